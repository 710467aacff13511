using ClrGraph.Building;
using QuikGraph;

namespace ClrGraph.Layout;

/// <summary>
/// A simple deterministic layout for any size: top-level subsystems on a large circle, their children beside them,
/// each post on a small circle around its primary subsystem, reading lists near the centre.
/// </summary>
internal static class OrbitLayout
{
    private const double Radius = 1000;

    /// <summary>The position of every node.</summary>
    public static Dictionary<Node, (double X, double Y)> Positions(IVertexSet<Node> graph)
    {
        var positions = new Dictionary<Node, (double X, double Y)>(
            graph.VertexCount,
            ReferenceEqualityComparer.Instance
        );
        var centres = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal) { [""] = (0.0, 0.0) };

        var subsystems = graph.SubsystemsByTopLevel();
        for (var i = 0; i < subsystems.Count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, subsystems.Count);
            centres[subsystems[i].SubsystemId] = positions[subsystems[i]] =
                SectorLayout.Round((Radius * Math.Cos(angle), Radius * Math.Sin(angle)));
        }

        // The posts around each subsystem (or, for posts without one, the centre).
        foreach (var orbit in graph.Posts().GroupBy(p => p.PrimarySubsystem ?? "", StringComparer.Ordinal))
        {
            var (x, y) = centres[orbit.Key];
            var count = orbit.Count();
            foreach (var (post, index) in orbit.Select((post, index) => (post, index)))
            {
                var ring = 120 + (40 * (index / 24)); // rings of 24 posts, further out as they fill
                var angle = 2 * Math.PI * (index % 24) / Math.Min(24, count);
                positions[post] = SectorLayout.Round((x + (ring * Math.Cos(angle)), y + (ring * Math.Sin(angle))));
            }
        }

        var lists = graph.ReadingLists().ToList();
        for (var i = 0; i < lists.Count; i++)
        {
            var angle = 2 * Math.PI * i / lists.Count;
            positions[lists[i]] = SectorLayout.Round((150 * Math.Cos(angle), 150 * Math.Sin(angle)));
        }

        return positions;
    }
}
