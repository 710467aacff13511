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
        var orbits = new Dictionary<string, Orbit>(StringComparer.Ordinal) { [""] = new Orbit(0.0, 0.0) };

        var subsystems = graph.SubsystemsByTopLevel();
        for (var i = 0; i < subsystems.Count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, subsystems.Count);
            var (x, y) = positions[subsystems[i]] = Round(Radius * Math.Cos(angle), Radius * Math.Sin(angle));
            orbits[subsystems[i].SubsystemId] = new Orbit(x, y);
        }

        var posts = graph.Posts().ToList();
        foreach (var post in posts)
        {
            orbits[post.PrimarySubsystem ?? ""].Posts++;
        }

        foreach (var post in posts)
        {
            var orbit = orbits[post.PrimarySubsystem ?? ""];
            var index = orbit.Placed++;
            var ring = 120 + (40 * (index / 24)); // rings of 24 posts, further out as they fill
            var angle = 2 * Math.PI * (index % 24) / Math.Min(24, orbit.Posts);
            positions[post] = Round(orbit.X + (ring * Math.Cos(angle)), orbit.Y + (ring * Math.Sin(angle)));
        }

        var lists = graph.ReadingLists().ToList();
        for (var i = 0; i < lists.Count; i++)
        {
            var angle = 2 * Math.PI * i / lists.Count;
            positions[lists[i]] = Round(150 * Math.Cos(angle), 150 * Math.Sin(angle));
        }

        return positions;
    }

    private static (double X, double Y) Round(double x, double y) => (Math.Round(x, 2), Math.Round(y, 2));

    // The posts around one subsystem (or, for posts without one, the centre).
    private sealed record Orbit(double X, double Y)
    {
        public int Posts { get; set; }

        public int Placed { get; set; }
    }
}
