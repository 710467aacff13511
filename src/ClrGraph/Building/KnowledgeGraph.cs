using QuikGraph;

namespace ClrGraph.Building;

/// <summary>
/// The knowledge graph: a QuikGraph bidirectional graph whose vertices are in ordinal id order and whose edges are in
/// (source id, target id) order, so every exporter that walks it writes the same bytes on every run.
/// </summary>
public sealed class KnowledgeGraph : BidirectionalGraph<Node, Edge>
{
    internal KnowledgeGraph(int vertexCapacity)
        : base(allowParallelEdges: true, capacity: vertexCapacity) { }
}

/// <summary>Typed views of a graph's nodes, for the writers and metrics that take a QuikGraph interface.</summary>
internal static class NodeSets
{
    /// <summary>The subsystems, in id order.</summary>
    public static IEnumerable<SubsystemNode> Subsystems(this IVertexSet<Node> graph) =>
        graph.Vertices.OfType<SubsystemNode>();

    /// <summary>The posts, in id order.</summary>
    public static IEnumerable<PostNode> Posts(this IVertexSet<Node> graph) => graph.Vertices.OfType<PostNode>();

    /// <summary>The reading lists, in id order.</summary>
    public static IEnumerable<ReadingListNode> ReadingLists(this IVertexSet<Node> graph) =>
        graph.Vertices.OfType<ReadingListNode>();

    /// <summary>The subsystems by subsystem id.</summary>
    public static Dictionary<string, SubsystemNode> SubsystemsById(this IVertexSet<Node> graph) =>
        graph.Subsystems().ToDictionary(s => s.SubsystemId, StringComparer.Ordinal);

    /// <summary>The subsystems by top-level subsystem (in id order): the top-level one first, then the others below
    /// it in id order.</summary>
    public static List<SubsystemNode> SubsystemsByTopLevel(this IVertexSet<Node> graph) =>
        [
            .. graph
                .Subsystems()
                .OrderBy(s => s.TopLevelId, StringComparer.Ordinal)
                .ThenBy(s => s.IsTopLevel ? 0 : 1)
                .ThenBy(s => s.Id, StringComparer.Ordinal),
        ];

    /// <summary>The subsystems in tree order: each top-level subsystem (in id order) followed by its
    /// descendants.</summary>
    public static IReadOnlyList<SubsystemNode> SubsystemTree(this IVertexSet<Node> graph)
    {
        var children = graph.Subsystems().ToLookup(s => s.ParentId ?? "", StringComparer.Ordinal);
        var ordered = new List<SubsystemNode>();
        void Add(string parent)
        {
            foreach (var child in children[parent])
            {
                ordered.Add(child);
                Add(child.SubsystemId);
            }
        }

        Add("");
        return ordered;
    }
}
