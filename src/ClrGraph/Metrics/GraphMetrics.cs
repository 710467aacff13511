using System.Globalization;
using ClrGraph.Building;

namespace ClrGraph.Metrics;

/// <summary>What is measured of one node.</summary>
/// <param name="InDegree">Edges ending at it.</param>
/// <param name="OutDegree">Edges starting at it.</param>
/// <param name="PageRank">PageRank (QuikGraph's formula, summing to 1), rounded to 6 significant digits so that every output agrees on it.</param>
/// <param name="DirectPosts">Subsystems: posts covering it directly. Reading lists: posts it names.</param>
/// <param name="TotalPosts">Subsystems: posts covering it or one of its descendants.</param>
/// <param name="PrimaryPosts">Subsystems: posts whose primary subsystem it is.</param>
public sealed record NodeMeasures(int InDegree, int OutDegree, double PageRank, int DirectPosts, int TotalPosts, int PrimaryPosts)
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
    private readonly NodeMeasures[] _byNode; // by Node.Index: no hashing at all

    private GraphMetrics(NodeMeasures[] byNode, int postCount, IReadOnlyList<SharedPosts> shared)
    {
        _byNode = byNode;
        PostCount = postCount;
        Shared = shared;
    }

    /// <summary>Every pair of subsystems that posts cover together, with how many, in (first, second) ordinal order.</summary>
    public IReadOnlyList<SharedPosts> Shared { get; }

    /// <summary>The number of posts in the graph.</summary>
    public int PostCount { get; }

    /// <summary>The measures of a node of the measured graph (that very object: they are looked up by its index).</summary>
    public NodeMeasures this[Node node] => _byNode[node.Index];

    /// <summary>Measures the graph.</summary>
    public static GraphMetrics Measure(KnowledgeGraph knowledge)
    {
        var graph = knowledge.Graph;
        var nodes = knowledge.Nodes.ToList();
        var ranks = PageRank(knowledge, nodes);

        var direct = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var primary = new Dictionary<string, int>(StringComparer.Ordinal);
        var posts = 0;
        var pairs = new Dictionary<(string, string), int>();

        // Each subsystem's node id and those of its ancestors, worked out once rather than per post.
        var chains = knowledge.Nodes.Where(n => n.Kind == NodeKind.Subsystem).ToDictionary(
            SubsystemId,
            n =>
            {
                var chain = new List<string>();
                for (var current = n; current is not null && !chain.Contains(current.Id); current = current.Parent is null ? null : knowledge.Subsystem(current.Parent))
                {
                    chain.Add(current.Id);
                }

                return chain;
            },
            StringComparer.Ordinal);
        var ancestors = new List<string>();
        foreach (var node in knowledge.Nodes)
        {
            if (node.Kind != NodeKind.Post)
            {
                continue;
            }

            posts++;
            ancestors.Clear();
            foreach (var id in node.Subsystems)
            {
                var chain = chains[id];
                Increment(direct, chain[0]);
                foreach (var ancestor in chain)
                {
                    if (!ancestors.Contains(ancestor))
                    {
                        ancestors.Add(ancestor);
                    }
                }
            }

            foreach (var id in ancestors)
            {
                Increment(total, id);
            }

            for (var i = 0; i < node.Subsystems.Length; i++)
            {
                for (var j = i + 1; j < node.Subsystems.Length; j++)
                {
                    var (a, b) = (node.Subsystems[i], node.Subsystems[j]);
                    var pair = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                }
            }

            if (node.PrimarySubsystem is { } p)
            {
                Increment(primary, chains[p][0]);
            }
        }

        var byNode = new NodeMeasures[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var inDegree = graph.InDegree(node);
            var outDegree = graph.OutDegree(node);
            var rank = Round(ranks[i]);
            byNode[node.Index] = node.Kind switch
            {
                NodeKind.Subsystem => new NodeMeasures(inDegree, outDegree, rank, direct.GetValueOrDefault(node.Id), total.GetValueOrDefault(node.Id), primary.GetValueOrDefault(node.Id)),
                NodeKind.ReadingList => new NodeMeasures(inDegree, outDegree, rank, outDegree, outDegree, 0),
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

    /// <summary>
    /// PageRank by power iteration over arrays, the formula of QuikGraph's <c>PageRankAlgorithm</c> (damping 0.85,
    /// rank = 0.15 + 0.85 Σ rank(u) / outdegree(u) over in-edges) scaled to sum to 1. QuikGraph's own implementation
    /// took 294 s on a 33,000-node graph; this one is linear in the edges per iteration.
    /// </summary>
    /// <returns>The rank of each node, in the order of <see cref="KnowledgeGraph.Nodes"/>.</returns>
    private static double[] PageRank(KnowledgeGraph knowledge, List<Node> nodes)
    {
        const double damping = 0.85;
        var outDegree = nodes.Select(n => knowledge.Graph.OutDegree(n)).ToArray();
        var sources = new int[knowledge.LinkCount];
        var targets = new int[knowledge.LinkCount];
        var e = 0;
        foreach (var link in knowledge.Links)
        {
            sources[e] = link.Source.Index;
            targets[e] = link.Target.Index;
            e++;
        }

        var rank = new double[nodes.Count];
        var next = new double[nodes.Count];
        Array.Fill(rank, 1.0);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            Array.Fill(next, 0.0);
            for (var i = 0; i < sources.Length; i++)
            {
                next[targets[i]] += rank[sources[i]] / outDegree[sources[i]];
            }

            var error = 0.0;
            for (var v = 0; v < next.Length; v++)
            {
                next[v] = (1 - damping) + (damping * next[v]);
                error += Math.Abs(next[v] - rank[v]);
            }

            (rank, next) = (next, rank);
            if (error <= 1e-10)
            {
                break;
            }
        }

        var sum = rank.Sum();
        for (var v = 0; v < rank.Length; v++)
        {
            rank[v] = sum > 0 ? rank[v] / sum : 0;
        }

        return rank;
    }

    /// <summary>The subsystem id of a subsystem node (its node id without the prefix).</summary>
    public static string SubsystemId(Node node) => node.Id["subsystem:".Length..];

    private static void Increment(Dictionary<string, int> counts, string id) =>
        counts[id] = counts.GetValueOrDefault(id) + 1;

    private static double Round(double value) =>
        double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
