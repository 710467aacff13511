using ClrGraph.Building;
using ClrGraph.Metrics;

namespace ClrGraph.Export;

/// <summary>
/// A simple deterministic layout for GEXF's <c>viz:position</c>: top-level subsystems on a large circle, their
/// children beside them, each post on a small circle around its primary subsystem, reading lists near the centre.
/// </summary>
public static class Layout
{
    private const double Radius = 1000;

    // By top-level subsystem, the top-level one first, then by id (a comparer, not a ThenBy chain: see DiagnosticBag).
    private static readonly Comparer<Node> AroundTheCircle = Comparer<Node>.Create((a, b) =>
    {
        var order = string.CompareOrdinal(a.TopLevel, b.TopLevel);
        order = order != 0 ? order : (a.Parent is null ? 0 : 1).CompareTo(b.Parent is null ? 0 : 1);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>The position of every node, by <see cref="Node.Index"/>.</summary>
    public static (double X, double Y)[] Positions(KnowledgeGraph graph)
    {
        var positions = new (double, double)[graph.NodeCount];
        var orbits = new Dictionary<string, Orbit>(StringComparer.Ordinal) { [""] = new Orbit(0.0, 0.0) };
        var subsystems = graph.Nodes.Where(n => n.Kind == NodeKind.Subsystem).Order(AroundTheCircle).ToList();
        for (var i = 0; i < subsystems.Count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, subsystems.Count);
            var (x, y) = positions[subsystems[i].Index] = Round(Radius * Math.Cos(angle), Radius * Math.Sin(angle));
            orbits[GraphMetrics.SubsystemId(subsystems[i])] = new Orbit(x, y);
        }

        foreach (var post in graph.Nodes)
        {
            if (post.Kind == NodeKind.Post)
            {
                orbits[post.PrimarySubsystem ?? ""].Posts++;
            }
        }

        foreach (var post in graph.Nodes)
        {
            if (post.Kind != NodeKind.Post)
            {
                continue;
            }

            var orbit = orbits[post.PrimarySubsystem ?? ""];
            var index = orbit.Placed++;
            var ring = 120 + (40 * (index / 24)); // rings of 24 posts, further out as they fill
            var angle = 2 * Math.PI * (index % 24) / Math.Min(24, orbit.Posts);
            positions[post.Index] = Round(orbit.X + (ring * Math.Cos(angle)), orbit.Y + (ring * Math.Sin(angle)));
        }

        var lists = graph.Nodes.Where(n => n.Kind == NodeKind.ReadingList).ToList();
        for (var i = 0; i < lists.Count; i++)
        {
            var angle = 2 * Math.PI * i / lists.Count;
            positions[lists[i].Index] = Round(150 * Math.Cos(angle), 150 * Math.Sin(angle));
        }

        return positions;
    }

    private static (double, double) Round(double x, double y) => (Math.Round(x, 2), Math.Round(y, 2));

    // The posts around one subsystem (or, for posts without one, the centre).
    private sealed class Orbit(double x, double y)
    {
        public double X { get; } = x;

        public double Y { get; } = y;

        public int Posts { get; set; }

        public int Placed { get; set; }
    }
}
