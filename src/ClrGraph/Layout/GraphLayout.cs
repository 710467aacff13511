using ClrGraph.Building;

namespace ClrGraph.Layout;

/// <summary>
/// Where each node of the knowledge graph is drawn, shared by the GEXF's <c>viz:position</c>s and the explorer: a
/// force-directed layout up to <see cref="ForceDirectedLayout.MaxVertices"/> nodes, started from the orbit layout,
/// with the reading lists just outside it; above that, the <see cref="SectorLayout"/>.
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

        var positions = ForceDirectedLayout.Compute(graph, OrbitLayout.Positions(graph), Springs);
        // Just outside the graph, which fills the box only along its longer side.
        var placed = positions.Where(p => p.Key is not ReadingListNode).Select(p => p.Value).ToList();
        var gap = ForceDirectedLayout.HalfSize * 0.12;
        var (halfWidth, halfHeight) = placed.Count == 0
            ? (0.0, 0.0)
            : (placed.Max(p => Math.Abs(p.X)), placed.Max(p => Math.Abs(p.Y)));
        SectorLayout.PlaceLists(positions, graph, halfWidth + gap, halfHeight + gap);
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
