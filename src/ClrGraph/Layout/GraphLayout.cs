using ClrGraph.Building;

namespace ClrGraph.Layout;

/// <summary>
/// Where each node of the knowledge graph is drawn, shared by the GEXF's <c>viz:position</c>s and the explorer: a
/// force-directed layout up to <see cref="ForceDirectedLayout.MaxVertices"/> nodes, started from the orbit layout,
/// with the reading lists on a circle around it; above that, the <see cref="SectorLayout"/>.
/// </summary>
internal static class GraphLayout
{
    /// <summary>The position of every node.</summary>
    public static IReadOnlyDictionary<Node, (double X, double Y)> Positions(KnowledgeGraph graph)
    {
        if (graph.VertexCount > ForceDirectedLayout.MaxVertices)
        {
            return SectorLayout.Positions(graph);
        }

        var positions = new Dictionary<Node, (double X, double Y)>(
            ForceDirectedLayout.Compute(graph, OrbitLayout.Positions(graph), Springs)
        );
        SectorLayout.PlaceLists(positions, graph, ForceDirectedLayout.HalfSize * 1.12);
        return positions;
    }

    /// <summary>
    /// How strongly an edge pulls its ends together: a post to its primary subsystem and a child to its parent twice
    /// as much as to its other subsystems; a list not at all (it would pull every post to the list).
    /// </summary>
    public static int Springs(Edge edge) =>
        edge switch
        {
            ListsEdge => 0,
            PartOfEdge => 2,
            CoversEdge covers => covers.Primary ? 2 : 1,
            _ => 1,
        };
}
