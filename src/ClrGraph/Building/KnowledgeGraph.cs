using QuikGraph;

namespace ClrGraph.Building;

/// <summary>
/// The knowledge graph: a QuikGraph bidirectional graph whose vertices are in ordinal id order and whose edges are in
/// (source, target, relation) order, so every exporter that walks it writes the same bytes on every run.
/// </summary>
public sealed class KnowledgeGraph
{
    private Dictionary<string, Node>? _byId; // made on the first lookup: the exporters walk the graph and rarely ask

    internal KnowledgeGraph(BidirectionalGraph<Node, Link> graph)
    {
        Graph = graph;
    }

    /// <summary>The QuikGraph graph.</summary>
    public IBidirectionalGraph<Node, Link> Graph { get; }

    /// <summary>The nodes in ordinal id order.</summary>
    public IEnumerable<Node> Nodes => Graph.Vertices;

    /// <summary>The edges in (source id, target id, relation) order.</summary>
    public IEnumerable<Link> Links => Graph.Edges;

    /// <summary>The number of nodes.</summary>
    public int NodeCount => Graph.VertexCount;

    /// <summary>The number of edges.</summary>
    public int LinkCount => Graph.EdgeCount;

    /// <summary>The node with this id, or null.</summary>
    public Node? Find(string id) =>
        LazyInitializer.EnsureInitialized(ref _byId, () => Graph.Vertices.ToDictionary(v => v.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    /// <summary>The node of a subsystem id, or null.</summary>
    public Node? Subsystem(string id) => Find(NodeIds.Subsystem(id));
}

/// <summary>How node ids are formed.</summary>
public static class NodeIds
{
    /// <summary><c>subsystem:&lt;id&gt;</c>.</summary>
    public static string Subsystem(string id) => "subsystem:" + id;

    /// <summary><c>list:&lt;id&gt;</c>.</summary>
    public static string ReadingList(string id) => "list:" + id;

    /// <summary><c>post:&lt;slug&gt;</c>.</summary>
    public static string Post(string slug) => "post:" + slug;
}
