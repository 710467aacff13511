using System.Globalization;
using ClrGraph.Building;
using QuikGraph;

namespace ClrGraph.Metrics;

/// <summary>What is measured of one node.</summary>
/// <param name="InDegree">Edges ending at it.</param>
/// <param name="OutDegree">Edges starting at it.</param>
/// <param name="PageRank">PageRank (QuikGraph's formula, summing to 1), rounded to 6 significant digits so that every
/// output agrees on it.</param>
/// <param name="DirectPosts">Subsystems: posts covering it directly. Reading lists: posts it names.</param>
/// <param name="TotalPosts">Subsystems: posts covering it or one of its descendants.</param>
/// <param name="PrimaryPosts">Subsystems: posts whose primary subsystem it is.</param>
public sealed record NodeMeasures(
    int InDegree,
    int OutDegree,
    double PageRank,
    int DirectPosts,
    int TotalPosts,
    int PrimaryPosts
)
{
    /// <summary>All edges at the node.</summary>
    public int Degree => InDegree + OutDegree;
}

/// <summary>Two subsystems that posts cover together.</summary>
/// <param name="First">One subsystem id (the ordinally smaller).</param>
/// <param name="Second">The other subsystem id.</param>
/// <param name="Count">How many posts cover both.</param>
public sealed record SharedPosts(string First, string Second, int Count);

/// <summary>The measures of every node, computed once and shared by every exporter.</summary>
public sealed class GraphMetrics
{
    private readonly Dictionary<Node, NodeMeasures> _byNode;

    private GraphMetrics(Dictionary<Node, NodeMeasures> byNode, int postCount, IReadOnlyList<SharedPosts> shared)
    {
        _byNode = byNode;
        PostCount = postCount;
        Shared = shared;
    }

    /// <summary>Every pair of subsystems that posts cover together, with how many, in (first, second) ordinal
    /// order.</summary>
    public IReadOnlyList<SharedPosts> Shared { get; }

    /// <summary>The number of posts in the graph.</summary>
    public int PostCount { get; }

    /// <summary>The measures of a node of the measured graph (that very object).</summary>
    public NodeMeasures this[Node node] => _byNode[node];

    /// <summary>Measures the graph.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired.</exception>
    public static GraphMetrics Measure(IBidirectionalGraph<Node, Edge> graph, CancellationToken cancel = default)
    {
        var subsystems = graph.SubsystemsById();
        var direct = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var primary = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), int>();
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var posts = 0;
        foreach (var post in graph.Posts())
        {
            cancel.ThrowIfCancellationRequested();
            posts++;
            counted.Clear();
            var ids = post.Subsystems;
            for (var i = 0; i < ids.Length; i++)
            {
                Increment(direct, ids[i]);
                for (var s = subsystems[ids[i]]; s is not null && counted.Add(s.SubsystemId);)
                {
                    Increment(total, s.SubsystemId);
                    s = s.ParentId is { } parent ? subsystems[parent] : null;
                }

                for (var j = i + 1; j < ids.Length; j++)
                {
                    var pair = string.CompareOrdinal(ids[i], ids[j]) < 0 ? (ids[i], ids[j]) : (ids[j], ids[i]);
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                }
            }

            if (post.PrimarySubsystem is { } p)
            {
                Increment(primary, p);
            }
        }

        var ranks = PageRank.Compute(graph, cancel);
        var byNode = new Dictionary<Node, NodeMeasures>(graph.VertexCount, ReferenceEqualityComparer.Instance);
        foreach (var node in graph.Vertices)
        {
            cancel.ThrowIfCancellationRequested();
            var (inDegree, outDegree, rank) = (graph.InDegree(node), graph.OutDegree(node), Round(ranks[node]));
            byNode[node] = node switch
            {
                SubsystemNode s => new NodeMeasures(
                    inDegree,
                    outDegree,
                    rank,
                    direct.GetValueOrDefault(s.SubsystemId),
                    total.GetValueOrDefault(s.SubsystemId),
                    primary.GetValueOrDefault(s.SubsystemId)
                ),
                ReadingListNode => new NodeMeasures(inDegree, outDegree, rank, outDegree, outDegree, 0),
                _ => new NodeMeasures(inDegree, outDegree, rank, 0, 0, 0),
            };
        }

        var shared = pairs
            .Select(p => new SharedPosts(p.Key.Item1, p.Key.Item2, p.Value))
            .OrderBy(p => p.First, StringComparer.Ordinal)
            .ThenBy(p => p.Second, StringComparer.Ordinal)
            .ToList();
        return new GraphMetrics(byNode, posts, shared);
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static double Round(double value) =>
        double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
