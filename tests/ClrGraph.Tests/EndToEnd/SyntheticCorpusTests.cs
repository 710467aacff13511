using ClrGraph.Synthetic;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.EndToEnd;

public class SyntheticCorpusTests
{
    [Fact]
    public void Generated_input_is_deterministic_and_strictly_valid()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        var taxonomy = SyntheticCorpus.Write(one.Path, posts: 2_000, subsystems: 40);
        SyntheticCorpus.Write(two.Path, posts: 2_000, subsystems: 40);
        foreach (var file in Directory.GetFiles(one.Path, "*", SearchOption.AllDirectories))
        {
            Assert.True(
                File.ReadAllBytes(file)
                    .AsSpan()
                    .SequenceEqual(File.ReadAllBytes(file.Replace(one.Path, two.Path, StringComparison.Ordinal))),
                file
            );
        }

        var result = Fixture.Load(taxonomy, strict: true);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2_000 + 40 + 1, result.Graph!.VertexCount);
        var covers = result.Graph.Edges.OfType<ClrGraph.Building.CoversEdge>().Count();
        Assert.InRange(covers, 2_000 * 2.8, 2_000 * 3.2); // about three subsystems per post
    }
}
