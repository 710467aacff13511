using ClrGraph.Building;
using ClrGraph.Layout;
using ClrGraph.Synthetic;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Layout;

/// <summary>The layout above 500 nodes: posts around their primary subsystem, sectors apart, lists outside.</summary>
public class SectorLayoutTests
{
    private static readonly Lazy<KnowledgeGraph> Generated = new(() =>
    {
        using var folder = new TempFolder();
        return Fixture.Load(SyntheticCorpus.Write(folder.Path, 2000, 60)).Graph!;
    });

    [Fact]
    public void Above_the_force_layouts_size_the_graph_gets_the_sector_layout_the_same_every_run()
    {
        var graph = Generated.Value;
        Assert.True(graph.VertexCount > ForceDirectedLayout.MaxVertices);
        var first = GraphLayout.Positions(graph);
        var again = SectorLayout.Positions(graph);
        Assert.Equal(graph.Vertices.Select(n => first[n]), graph.Vertices.Select(n => again[n]));
    }

    [Fact]
    public void Each_post_lies_in_its_primary_subsystems_disc_and_no_two_discs_overlap()
    {
        var graph = Generated.Value;
        var positions = SectorLayout.Positions(graph);
        var subsystems = graph.Subsystems().ToList();
        var posts = graph.Posts().Where(p => p.PrimarySubsystem is not null).ToLookup(p => p.PrimarySubsystem!);

        // A sunflower of n seeds, the first few left empty, spaced by Spacing: its radius grows with the root of n.
        double Radius(SubsystemNode s) => SectorLayout.Spacing * Math.Sqrt(posts[s.SubsystemId].Count() + 7);
        foreach (var subsystem in subsystems)
        {
            Assert.All(
                posts[subsystem.SubsystemId],
                p => Assert.True(Distance(positions[p], positions[subsystem]) <= Radius(subsystem))
            );
        }

        for (var a = 0; a < subsystems.Count; a++)
        {
            for (var b = a + 1; b < subsystems.Count; b++)
            {
                var apart = Distance(positions[subsystems[a]], positions[subsystems[b]]);
                var (first, second) = (subsystems[a], subsystems[b]);
                Assert.True(apart >= Radius(first) + Radius(second), $"{first.Id}, {second.Id}");
            }
        }
    }

    [Fact]
    public void Reading_lists_lie_outside_every_other_node()
    {
        var graph = Generated.Value;
        var positions = SectorLayout.Positions(graph);
        var farthest = graph.Vertices.Where(n => n is not ReadingListNode).Max(n => Distance(positions[n], (0, 0)));
        Assert.All(graph.ReadingLists(), l => Assert.True(Distance(positions[l], (0, 0)) > farthest));
    }

    [Fact]
    public void The_subsystems_of_one_top_level_subsystem_are_side_by_side_on_the_ring()
    {
        var graph = Generated.Value;
        var positions = SectorLayout.Positions(graph);
        var around = graph
            .Subsystems()
            .OrderBy(s => Math.Atan2(positions[s].Y, positions[s].X) is var a && a < 0 ? a + (2 * Math.PI) : a)
            .Select(s => s.TopLevelId)
            .ToList();
        var runs = around.Where((top, i) => i == 0 || around[i - 1] != top).Count();
        Assert.Equal(graph.Subsystems().Count(s => s.IsTopLevel), runs);
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) =>
        double.Hypot(a.X - b.X, a.Y - b.Y);
}
