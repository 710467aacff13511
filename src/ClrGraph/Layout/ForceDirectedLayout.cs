using GraphShape;
using GraphShape.Algorithms.Layout;
using QuikGraph;
using QuikGraph.Algorithms;

namespace ClrGraph.Layout;

/// <summary>
/// A force-directed layout (GraphShape's Fruchterman-Reingold) that starts from given positions, with a fixed seed
/// and a fixed number of iterations, so it gives the same numbers on every run.
/// </summary>
/// <remarks>
/// The result does not depend on the order of the graph's vertices or edges: they are sorted by start position
/// first. Only vertices that start at the very same point keep the graph's order between them.
/// </remarks>
internal static class ForceDirectedLayout
{
    /// <summary>
    /// The most vertices <see cref="GraphLayout"/> lays out with forces. Each iteration compares every pair of
    /// vertices, so the time grows with the square of their number: on a shared 2-core machine 500 nodes took 0.7 s
    /// (1.3 s under heavy load), 1,000 took 3.3 s (see <c>LayoutBenchmarks</c>).
    /// </summary>
    public const int MaxVertices = 500;

    /// <summary>Positions come back within [-<see cref="HalfSize"/>, <see cref="HalfSize"/>] on both axes.</summary>
    public const double HalfSize = 1000;

    /// <summary>The iterations run; the temperature has fallen to 1% of its start by about the 90th.</summary>
    public const int Iterations = 100;

    // GraphShape's own generator is seeded by the clock; it needs one only for vertices without a start position.
    private const int Seed = 16;

    // GraphShape's natural scale: the length an edge tends to.
    private const double EdgeLength = 10;

    /// <summary>Lays the graph out, starting from <paramref name="start"/>.</summary>
    /// <param name="graph">The graph; every vertex needs a start position.</param>
    /// <param name="start">Where each vertex starts, in any unit: only the shape counts.</param>
    /// <param name="springs">
    /// How strongly an edge pulls its ends together, as a number of springs (0 leaves the edge out). A vertex without
    /// any spring is placed afterwards at the centre of its neighbours, or at the centre if it has none.
    /// </param>
    /// <returns>Each vertex's position rounded to 2 decimals, fitted into the box of <see cref="HalfSize"/> centred on
    /// 0,0.</returns>
    public static Dictionary<TVertex, (double X, double Y)> Compute<TVertex, TEdge>(
        IBidirectionalGraph<TVertex, TEdge> graph,
        IReadOnlyDictionary<TVertex, (double X, double Y)> start,
        Func<TEdge, int> springs
    )
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var sorted = graph.Vertices.OrderBy(v => start[v].X).ThenBy(v => start[v].Y).ToArray();
        var index = sorted.Select((vertex, i) => (vertex, i)).ToDictionary(p => p.vertex, p => p.i);

        // Every edge between two vertices as (from, to, springs), by sorted index, in sorted order.
        var edges = graph
            .Edges.Select(e => (A: index[e.Source], B: index[e.Target], Springs: Math.Max(0, springs(e))))
            .Where(e => e.A != e.B)
            .Select(e => (From: Math.Min(e.A, e.B), To: Math.Max(e.A, e.B), e.Springs))
            .Order()
            .ToList();
        var fitted = Fit(Forces([.. sorted.Select(v => start[v])], edges));
        return graph.Vertices.ToDictionary(v => v, v => fitted[index[v]]);
    }

    private static Point[] Forces((double X, double Y)[] start, List<(int From, int To, int Springs)> edges)
    {
        var tied = new bool[start.Length];
        var graph = new BidirectionalGraph<int, Edge<int>>(allowParallelEdges: true, start.Length);
        foreach (var (from, to, _) in edges.Where(e => e.Springs > 0))
        {
            tied[from] = tied[to] = true;
        }

        graph.AddVertexRange(Enumerable.Range(0, start.Length).Where(i => tied[i]));
        var pulls = edges.SelectMany(e => Enumerable.Range(0, e.Springs).Select(_ => new Edge<int>(e.From, e.To)));
        graph.AddEdgeRange(pulls); // an edge per spring

        var positions = Scaled(start, tied, Math.Sqrt(graph.VertexCount) * EdgeLength);
        var hub = HoldTogether(graph, positions, start.Length);
        var parameters = new FreeFRLayoutParameters { IdealEdgeLength = EdgeLength, MaxIterations = Iterations };
        var algorithm = new FRLayoutAlgorithm<int, Edge<int>, BidirectionalGraph<int, Edge<int>>>(
            graph,
            positions,
            parameters
        )
        {
            Rand = new Random(Seed),
        };
        algorithm.Compute();
        var points = new Point[start.Length];
        foreach (var (vertex, point) in algorithm.VerticesPositions.Where(p => p.Key != hub))
        {
            points[vertex] = point;
        }

        PlaceUntied(points, tied, edges);
        return points;
    }

    // Parts of the graph that no edge joins (subsystems that no post shares) push each other apart, out to the edges
    // of the box, with nothing between them. A hub in the middle, tied to the best-connected vertex of each part,
    // holds them together; it is left out of the result. Returns the hub's index, or -1 when the graph is one part.
    private static int HoldTogether(BidirectionalGraph<int, Edge<int>> graph, Dictionary<int, Point> positions, int hub)
    {
        var part = new Dictionary<int, int>();
        graph.WeaklyConnectedComponents(part);
        // The best-connected vertex of each part, the first in vertex order on a tie.
        var leaders = graph.Vertices.GroupBy(v => part[v]).Select(p => p.MaxBy(graph.Degree)).ToList();

        if (leaders.Count < 2)
        {
            return -1;
        }

        graph.AddVertex(hub);
        graph.AddEdgeRange(leaders.Select(leader => new Edge<int>(hub, leader)));
        positions[hub] = new Point(positions.Values.Average(p => p.X), positions.Values.Average(p => p.Y));
        return hub;
    }

    // The start positions of the tied vertices, fitted into a square of the given side, a side's length away from 0
    // on both axes: GraphShape keeps vertices off negative coordinates, which would flatten them against the axes.
    private static Dictionary<int, Point> Scaled((double X, double Y)[] start, bool[] tied, double side)
    {
        var tiedStart = start.Where((_, i) => tied[i]).ToArray();
        var (minX, minY, maxX, maxY) = Bounds(tiedStart);
        var size = Math.Max(maxX - minX, maxY - minY);
        var scale = size > 0 ? side / size : 0;
        var positions = new Dictionary<int, Point>(start.Length);
        var taken = new Dictionary<Point, int>();
        // On one line (two subsystems, their posts on either side), every force is along it and holds the vertices
        // there: each moves off it on a small spiral, as if it shared its point.
        var line = OnOneLine(tiedStart);
        foreach (var i in Enumerable.Range(0, start.Length).Where(i => tied[i]))
        {
            var point = new Point(side + ((start[i].X - minX) * scale), side + ((start[i].Y - minY) * scale));
            var before = taken[point] = taken.GetValueOrDefault(point) + 1;
            positions[i] = Apart(point, line ? i + 1 : before - 1);
        }

        return positions;
    }

    private static bool OnOneLine((double X, double Y)[] points)
    {
        var first = points.FirstOrDefault();
        var other = points.FirstOrDefault(p => p != first);
        var (dx, dy) = (other.X - first.X, other.Y - first.Y);
        return points.All(p => Math.Abs(((p.X - first.X) * dy) - ((p.Y - first.Y) * dx)) < 1e-6);
    }

    // The n-th vertex to start at one point moves out on a small spiral: GraphShape's forces between two vertices at
    // the same point are NaN.
    private static Point Apart(Point point, int n)
    {
        var radius = EdgeLength / 10 * Math.Sqrt(n);
        var angle = n * SectorLayout.GoldenAngle;
        return new Point(point.X + (radius * Math.Cos(angle)), point.Y + (radius * Math.Sin(angle)));
    }

    // A vertex that no spring holds (a reading list, when its edges are left out) goes to the centre of its tied
    // neighbours, or of all tied vertices: left to the forces it would drift away and squeeze the rest into a corner.
    private static void PlaceUntied(Point[] points, bool[] tied, List<(int From, int To, int Springs)> edges)
    {
        var neighbours = edges
            .SelectMany(e => (IEnumerable<(int Of, int Other)>)[(e.From, e.To), (e.To, e.From)])
            .Where(pair => !tied[pair.Of] && tied[pair.Other])
            .ToLookup(pair => pair.Of, pair => points[pair.Other]);
        var all = points.Where((_, i) => tied[i]).ToList();
        foreach (var i in Enumerable.Range(0, points.Length).Where(i => !tied[i]))
        {
            points[i] = Centre(neighbours.Contains(i) ? [.. neighbours[i]] : all);
        }
    }

    private static Point Centre(List<Point> points) =>
        points.Count > 0
            ? new Point(points.Sum(p => p.X) / points.Count, points.Sum(p => p.Y) / points.Count)
            : new Point(0, 0);

    // Centred on 0, the larger of the width and the height 2 * HalfSize; a taxonomy of no posts has no points.
    private static (double X, double Y)[] Fit(Point[] points)
    {
        var (minX, minY, maxX, maxY) = Bounds([.. points.Select(p => (p.X, p.Y))]);
        var size = Math.Max(maxX - minX, maxY - minY);
        var scale = size > 0 ? 2 * HalfSize / size : 0;
        var (centreX, centreY) = ((minX + maxX) / 2, (minY + maxY) / 2);
        return points.Select(p => SectorLayout.Round(((p.X - centreX) * scale, (p.Y - centreY) * scale))).ToArray();
    }

    // The smallest and the largest coordinates; all 0 for no points.
    private static (double MinX, double MinY, double MaxX, double MaxY) Bounds((double X, double Y)[] points) =>
        points.Length == 0
            ? (0, 0, 0, 0)
            : (points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
}
