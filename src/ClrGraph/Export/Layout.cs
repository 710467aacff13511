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

    /// <summary>The position of every node, by <see cref="Node.Index"/>.</summary>
    public static (double X, double Y)[] Positions(KnowledgeGraph graph)
    {
        var positions = new (double, double)[graph.NodeCount];
        var centres = new Dictionary<string, (double, double)>(StringComparer.Ordinal) { [""] = (0.0, 0.0) };
        var subsystems = graph.Nodes.Where(n => n.Kind == NodeKind.Subsystem)
            .OrderBy(n => n.TopLevel, StringComparer.Ordinal)
            .ThenBy(n => n.Parent is null ? 0 : 1)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        for (var i = 0; i < subsystems.Count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, subsystems.Count);
            positions[subsystems[i].Index] = Round(Radius * Math.Cos(angle), Radius * Math.Sin(angle));
            centres[GraphMetrics.SubsystemId(subsystems[i])] = positions[subsystems[i].Index];
        }

        var orbit = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = graph.Nodes.Where(n => n.Kind == NodeKind.Post)
            .GroupBy(n => n.PrimarySubsystem ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var post in graph.Nodes.Where(n => n.Kind == NodeKind.Post))
        {
            var key = post.PrimarySubsystem ?? "";
            var (cx, cy) = centres[key];
            var index = orbit.GetValueOrDefault(key);
            orbit[key] = index + 1;
            var count = counts[key];
            var ring = 120 + (40 * (index / 24)); // rings of 24 posts, further out as they fill
            var angle = 2 * Math.PI * (index % 24) / Math.Min(24, count);
            positions[post.Index] = Round(cx + (ring * Math.Cos(angle)), cy + (ring * Math.Sin(angle)));
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
}
