using ClrGraph.Building;

namespace ClrGraph.Tests.Support;

/// <summary>Lookups the tests make on a built graph.</summary>
internal static class GraphLookups
{
    public static Node Find(this KnowledgeGraph graph, string id) => graph.Vertices.Single(v => v.Id == id);

    public static SubsystemNode Subsystem(this KnowledgeGraph graph, string id) =>
        graph.Subsystems().Single(s => s.SubsystemId == id);
}
