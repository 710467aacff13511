using ClrGraph.Building;
using ClrGraph.Tests.Support;
using QuikGraph.Algorithms.Ranking;

namespace ClrGraph.Tests.Metrics;

public class MetricsTests
{
    [Theory]
    [InlineData("small")]
    [InlineData("hostile")]
    public void PageRank_agrees_with_quikgraphs_algorithm_scaled_to_sum_to_one(string fixture)
    {
        var result = Fixture.Load(Repo.Fixture(fixture));
        var theirs = new PageRankAlgorithm<Node, Edge>(result.Graph!) { Damping = 0.85, Tolerance = 1e-12 };
        theirs.Compute();
        var sum = theirs.Ranks.Values.Sum();
        foreach (var node in result.Graph!.Vertices)
        {
            // Ours is rounded to six significant digits.
            Assert.Equal(theirs.Ranks[node] / sum, result.Metrics![node].PageRank, tolerance: 1e-6);
        }
    }

    [Fact]
    public void Counts_of_the_small_fixture_are_those_worked_out_by_hand()
    {
        // gc: the GC pauses post, No GC, and the taxonomy-only post (not primary there); jit: the GC pauses post and
        // the taxonomy-only post directly, the interpreter post through its child.
        var result = Fixture.Load(Repo.Fixture("small"));
        var subsystems = result.Graph!.SubsystemsById();
        var measures = (string id) => result.Metrics![subsystems[id]];
        Assert.Equal((3, 3, 2), (measures("gc").DirectPosts, measures("gc").TotalPosts, measures("gc").PrimaryPosts));
        Assert.Equal(
            (2, 3, 1),
            (measures("jit").DirectPosts, measures("jit").TotalPosts, measures("jit").PrimaryPosts)
        );
        Assert.Equal([new("gc", "jit", 2)], result.Metrics!.Shared);
    }
}
