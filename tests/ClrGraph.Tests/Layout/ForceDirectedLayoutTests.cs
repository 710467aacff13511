using ClrGraph.Building;
using ClrGraph.Layout;
using ClrGraph.Synthetic;
using ClrGraph.Tests.Support;
using QuikGraph;
using Graph = QuikGraph.BidirectionalGraph<string, QuikGraph.TaggedEdge<string, int>>;

namespace ClrGraph.Tests.Layout;

/// <summary>The force-directed layout: the same numbers every run, in its box, clusters that hold together.</summary>
public class ForceDirectedLayoutTests
{
    // Two stars of five vertices (a hub and four leaves), their vertices alternating around one circle to start.
    private static readonly string[] Red = ["r0", "r1", "r2", "r3", "r4"];
    private static readonly string[] Blue = ["b0", "b1", "b2", "b3", "b4"];

    [Fact]
    public void The_real_taxonomy_comes_out_the_same_twice_and_fills_the_box()
    {
        var graph = Fixture.Load(Repo.Taxonomy, strict: true).Graph!;
        var orbit = OrbitLayout.Positions(graph);
        var start = orbit;

        var first = ForceDirectedLayout.Compute(graph, start, GraphLayout.Springs);
        var second = ForceDirectedLayout.Compute(graph, start, GraphLayout.Springs);

        Assert.Equal(graph.VertexCount, first.Count);
        Assert.Equal(graph.Vertices.Select(n => first[n]), graph.Vertices.Select(n => second[n]));
        Assert.All(first.Values, p => AssertInBox(p));
        Assert.Equal(ForceDirectedLayout.HalfSize, first.Values.Max(p => Math.Max(Math.Abs(p.X), Math.Abs(p.Y))));
        Assert.NotEqual(graph.Vertices.Select(n => orbit[n]), graph.Vertices.Select(n => first[n]));
    }

    // Two subsystems and three posts started on one line (the orbit layout of a list of three bare addresses): every
    // force pulled along it, and the explorer drew a line with the posts' labels on top of each other.
    [Fact]
    public void Vertices_that_start_on_one_line_leave_it()
    {
        var graph = new Graph();
        graph.AddVerticesAndEdgeRange(
            [new("gc", "p1", 2), new("tp", "p2", 2), new("tp", "p3", 2), new("gc", "tp", 1)]
        );
        var start = new Dictionary<string, (double X, double Y)>
        {
            ["gc"] = (-1000, 0),
            ["p1"] = (-880, 0),
            ["tp"] = (1000, 0),
            ["p2"] = (1120, 0),
            ["p3"] = (880, 0),
        };

        var positions = ForceDirectedLayout.Compute(graph, start, e => e.Tag);

        var height = positions.Values.Max(p => p.Y) - positions.Values.Min(p => p.Y);
        Assert.True(height > ForceDirectedLayout.HalfSize / 4, $"height {height:F0} of a box 2,000 wide");
    }

    // Three posts under two subsystems lie wide and low; their list was drawn on a circle around the whole box, far
    // below them, and the explorer, fitting both, left the graph a strip at the top.
    [Fact]
    public void A_reading_list_sits_just_outside_the_graph_on_each_axis()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("l.md"), "- [A](https://a.example/1)\n- [B](https://a.example/2)\n"
            + "- [C](https://a.example/3)\n");
        File.WriteAllText(folder.File("taxonomy.yaml"), "reading-lists: [l.md]\nposts:\n"
            + "  - url: https://a.example/1\n    subsystems: [gc]\n  - url: https://a.example/2\n"
            + "    subsystems: [threadpool]\n  - url: https://a.example/3\n    subsystems: [threadpool]\n");
        var graph = Fixture.Load(folder.File("taxonomy.yaml")).Graph!;

        var positions = GraphLayout.Positions(graph);

        var list = positions[graph.ReadingLists().Single()];
        var others = graph.Vertices.Where(v => v is not ReadingListNode).Select(v => positions[v]).ToList();
        var gap = ForceDirectedLayout.HalfSize * 0.12;
        Assert.True(Math.Abs(list.X) <= others.Max(p => Math.Abs(p.X)) + gap + 0.01, $"x {list.X}");
        Assert.True(Math.Abs(list.Y) <= others.Max(p => Math.Abs(p.Y)) + gap + 0.01, $"y {list.Y}");
    }

    // Five lists on the ellipse in the graph's box: the ones between the axes sat inside the graph's corners, a list's
    // diamond and name on top of a subsystem's.
    [Fact]
    public void Many_reading_lists_sit_on_the_edge_of_the_graph_box()
    {
        using var folder = new TempFolder();
        var names = Enumerable.Range(1, 5).Select(i => $"l{i}.md").ToList();
        string[] parts = ["gc", "threadpool", "jit", "host", "type-loader"];
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            File.WriteAllText(folder.File(name), $"- [A](https://a.example/{i}a)\n- [B](https://a.example/{i}b)\n");
        }

        File.WriteAllText(folder.File("taxonomy.yaml"), $"reading-lists: [{string.Join(", ", names)}]\nposts:\n"
            + string.Concat(parts.Select((p, i) => $"  - url: https://a.example/{i}a\n    subsystems: [{p}]\n"
                + $"  - url: https://a.example/{i}b\n    subsystems: [{p}]\n")));
        var graph = Fixture.Load(folder.File("taxonomy.yaml")).Graph!;

        var positions = GraphLayout.Positions(graph);

        var others = graph.Vertices.Where(v => v is not ReadingListNode).Select(v => positions[v]).ToList();
        var gap = ForceDirectedLayout.HalfSize * 0.12;
        var (halfWidth, halfHeight) = (others.Max(p => Math.Abs(p.X)) + gap, others.Max(p => Math.Abs(p.Y)) + gap);
        Assert.All(graph.ReadingLists(), l => Assert.InRange(
            Math.Max(Math.Abs(positions[l].X) / halfWidth, Math.Abs(positions[l].Y) / halfHeight), 0.999, 1.001));
    }

    [Fact]
    public void The_order_in_which_vertices_and_edges_were_added_does_not_matter()
    {
        var (graph, start) = TwoStars();
        var reversed = new Graph();
        reversed.AddVertexRange(graph.Vertices.Reverse());
        reversed.AddEdgeRange(graph.Edges.Reverse());

        var forward = ForceDirectedLayout.Compute(graph, start, e => e.Tag);
        var backward = ForceDirectedLayout.Compute(reversed, start, e => e.Tag);

        Assert.Equal(graph.Vertices.Select(v => forward[v]), graph.Vertices.Select(v => backward[v]));
    }

    [Fact]
    public void Connected_vertices_end_closer_than_unconnected_ones()
    {
        var (graph, start) = TwoStars();
        Assert.True(Mean(start, Pairs(Red, Blue)) < Mean(start, Pairs(Red, Red)), "the stars start mixed");

        var positions = ForceDirectedLayout.Compute(graph, start, e => e.Tag);

        var within = (Mean(positions, Pairs(Red, Red)) + Mean(positions, Pairs(Blue, Blue))) / 2;
        var across = Mean(positions, Pairs(Red, Blue));
        Assert.True(within < across / 2, $"within a star {within:F0}, across {across:F0}");
    }

    [Fact]
    public void Every_vertex_gets_a_finite_position_in_the_box_even_when_all_start_at_one_point()
    {
        var (graph, _) = TwoStars();
        var start = graph.Vertices.ToDictionary(v => v, _ => (0.0, 0.0));

        var positions = ForceDirectedLayout.Compute(graph, start, e => e.Tag);

        Assert.Equal(graph.VertexCount, positions.Count);
        Assert.All(positions.Values, p => AssertInBox(p));
    }

    [Fact]
    public void A_vertex_held_by_no_spring_sits_between_its_neighbours()
    {
        var (graph, start) = TwoStars();
        graph.AddVertex("list");
        graph.AddEdge(new TaggedEdge<string, int>("list", "r1", 0));
        graph.AddEdge(new TaggedEdge<string, int>("list", "b1", 0));
        start["list"] = (5000, 5000); // far away, where the forces alone would leave it

        var positions = ForceDirectedLayout.Compute(graph, start, e => e.Tag);

        var (r1, b1, list) = (positions["r1"], positions["b1"], positions["list"]);
        Assert.Equal((r1.X + b1.X) / 2, list.X, 0.01);
        Assert.Equal((r1.Y + b1.Y) / 2, list.Y, 0.01);
    }

    // A small list whose posts each cover one subsystem: every top-level subsystem a part of its own. Pushing each
    // other apart, the parts went out to the edges of the box, each drawn small, with nothing between them.
    [Fact]
    public void Parts_that_no_edge_joins_stay_together()
    {
        var graph = new Graph();
        var start = new Dictionary<string, (double X, double Y)>();
        var stars = Enumerable
            .Range(0, 6)
            .Select(s => Enumerable.Range(0, 4).Select(v => $"s{s}v{v}").ToArray())
            .ToList();
        foreach (var (s, star) in stars.Index())
        {
            graph.AddVertexRange(star);
            graph.AddEdgeRange(star.Skip(1).Select(leaf => new TaggedEdge<string, int>(leaf, star[0], 1)));
            foreach (var (v, vertex) in star.Index())
            {
                var angle = ((s * 4) + v) * Math.PI / 12;
                start[vertex] = (100 * Math.Cos(angle), 100 * Math.Sin(angle));
            }
        }

        var positions = ForceDirectedLayout.Compute(graph, start, e => e.Tag);

        // How far a star's leaves lie from its hub, as a share of the box: the larger, the better the space is used.
        var within = stars.Average(star => Mean(positions, star.Skip(1).Select(leaf => (leaf, star[0]))));
        Assert.True(within > 0.2 * ForceDirectedLayout.HalfSize, $"a leaf {within:F0} from its hub");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void The_threshold_counts_vertices_and_a_graph_above_it_gets_the_sector_layout(int over)
    {
        using var folder = new TempFolder();
        var nodes = ForceDirectedLayout.MaxVertices + over;
        var graph = Fixture.Load(SyntheticCorpus.Write(folder.Path, posts: nodes - 21, subsystems: 20)).Graph!;
        Assert.Equal(nodes, graph.VertexCount);

        var (positions, sectors) = (GraphLayout.Positions(graph), SectorLayout.Positions(graph));

        Assert.Equal(over > 0, graph.Vertices.All(n => positions[n] == sectors[n]));
    }

    // What the explorer feeds: covers and part-of edges, the primary ones doubled; lists edges would pull every post
    // to its list's node.

    private static (Graph Graph, Dictionary<string, (double, double)> Start) TwoStars()
    {
        var graph = new Graph();
        var start = new Dictionary<string, (double X, double Y)>();
        for (var i = 0; i < 5; i++)
        {
            graph.AddVertex(Red[i]);
            graph.AddVertex(Blue[i]);
            start[Red[i]] = OnCircle(2 * i);
            start[Blue[i]] = OnCircle((2 * i) + 1);
            if (i > 0)
            {
                graph.AddEdge(new TaggedEdge<string, int>(Red[i], Red[0], i == 1 ? 2 : 1));
                graph.AddEdge(new TaggedEdge<string, int>(Blue[i], Blue[0], 1));
            }
        }

        return (graph, start);

        static (double X, double Y) OnCircle(int step) =>
            (100 * Math.Cos(step * Math.PI / 5), 100 * Math.Sin(step * Math.PI / 5));
    }

    private static IEnumerable<(string, string)> Pairs(string[] from, string[] to) =>
        from.SelectMany(a => to.Where(b => a != b).Select(b => (a, b)));

    private static double Mean(
        IReadOnlyDictionary<string, (double X, double Y)> positions,
        IEnumerable<(string A, string B)> pairs
    ) =>
        pairs.Average(p =>
            Math.Sqrt(
                Math.Pow(positions[p.A].X - positions[p.B].X, 2) + Math.Pow(positions[p.A].Y - positions[p.B].Y, 2)
            )
        );

    private static List<(string, (double, double))> Sorted(IReadOnlyDictionary<string, (double, double)> positions) =>
        [.. positions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];

    private static void AssertInBox((double X, double Y) position)
    {
        Assert.True(double.IsFinite(position.X) && double.IsFinite(position.Y), $"{position} is not finite");
        Assert.InRange(position.X, -ForceDirectedLayout.HalfSize, ForceDirectedLayout.HalfSize);
        Assert.InRange(position.Y, -ForceDirectedLayout.HalfSize, ForceDirectedLayout.HalfSize);
    }
}
