using ClrGraph.Building;
using QuikGraph;

namespace ClrGraph.Layout;

/// <summary>
/// A layout that reads at any size, in time linear in the posts: every subsystem a cluster on one ring, those of a
/// top-level subsystem side by side (its sector); each post in a sunflower around its primary subsystem; posts
/// without a subsystem in the middle; reading lists on a circle outside the ring.
/// </summary>
internal static class SectorLayout
{
    /// <summary>The distance between neighbouring posts of a sunflower, in layout units.</summary>
    public const double Spacing = 10;

    // The first seeds of a sunflower are left empty, for the subsystem's disc at its centre.
    private const int Hole = 6;

    // Successive multiples of it never line up, so points placed at them spread evenly (as seeds in a sunflower).
    internal static readonly double GoldenAngle = Math.PI * (3 - Math.Sqrt(5));

    /// <summary>The position of every node.</summary>
    public static Dictionary<Node, (double X, double Y)> Positions(IVertexSet<Node> graph)
    {
        var positions = new Dictionary<Node, (double X, double Y)>(
            graph.VertexCount,
            ReferenceEqualityComparer.Instance
        );
        var subsystems = graph.SubsystemsByTopLevel();
        var postsOf = graph
            .Posts()
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToLookup(p => p.PrimarySubsystem ?? "", StringComparer.Ordinal);
        double RadiusOf(string subsystemId) => Spacing * Math.Sqrt(postsOf[subsystemId].Count() + Hole);

        // Each cluster takes its diameter of the ring, with a gap after it and a wider one between sectors.
        var arcs = new double[subsystems.Count];
        var total = 0.0;
        for (var i = 0; i < subsystems.Count; i++)
        {
            var sectorEnds = i + 1 == subsystems.Count || subsystems[i + 1].TopLevelId != subsystems[i].TopLevelId;
            var diameter = 2 * RadiusOf(subsystems[i].SubsystemId);
            arcs[i] = total + (diameter / 2);
            total += diameter + (Spacing * (sectorEnds ? 8 : 2));
        }

        var largest = subsystems.Count > 0 ? subsystems.Max(s => RadiusOf(s.SubsystemId)) : 0;
        var middle = RadiusOf("");
        var ring = Math.Max(total / (2 * Math.PI), middle + largest + (Spacing * 4));
        for (var i = 0; i < subsystems.Count; i++)
        {
            var angle = arcs[i] / ring;
            var centre = (ring * Math.Cos(angle), ring * Math.Sin(angle));
            positions[subsystems[i]] = Round(centre);
            Sunflower(positions, postsOf[subsystems[i].SubsystemId], centre);
        }

        Sunflower(positions, postsOf[""], (0, 0));
        PlaceLists(positions, graph, ring + largest + (Spacing * 8));
        return positions;
    }

    /// <summary>Places the reading lists around everything else, evenly by angle, the first at the top: on a circle,
    /// or on the edge of a box when <paramref name="halfHeight"/> is given (an ellipse in the box would cut into the
    /// graph's corners). A list joins posts from every part of the graph, so in the middle its lines would cover
    /// everything.</summary>
    internal static void PlaceLists(
        Dictionary<Node, (double X, double Y)> positions,
        IVertexSet<Node> graph,
        double radius,
        double? halfHeight = null
    )
    {
        var lists = graph.ReadingLists().OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < lists.Count; i++)
        {
            var angle = (2 * Math.PI * (i + 0.5) / lists.Count) - (Math.PI / 2);
            var (x, y) = (Math.Cos(angle), Math.Sin(angle));
            var reach = halfHeight is { } height ? 1 / Math.Max(Math.Abs(x) / radius, Math.Abs(y) / height) : radius;
            positions[lists[i]] = Round((reach * x, reach * y));
        }
    }

    private static void Sunflower(
        Dictionary<Node, (double X, double Y)> positions,
        IEnumerable<PostNode> posts,
        (double X, double Y) centre
    )
    {
        var k = Hole;
        foreach (var post in posts)
        {
            var (radius, angle) = (Spacing * Math.Sqrt(k + 0.5), k * GoldenAngle);
            positions[post] = Round((centre.X + (radius * Math.Cos(angle)), centre.Y + (radius * Math.Sin(angle))));
            k++;
        }
    }

    // Rounds to 2 decimals, and turns -0 into 0 so that it prints the same.
    internal static (double X, double Y) Round((double X, double Y) point) =>
        (Math.Round(point.X, 2) + 0.0, Math.Round(point.Y, 2) + 0.0);
}
