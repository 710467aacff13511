using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export.Dot;

/// <summary>What the two drawings of the whole graph share.</summary>
internal static class WholeGraph
{
    /// <summary>Above this many nodes <c>dot</c> takes more than seconds, so <see cref="DotLayout.Auto"/> picks
    /// <c>sfdp</c>.</summary>
    public const int SfdpThreshold = 400;

    public static void Write(
        IVertexAndEdgeListGraph<Node, Edge> graph,
        GraphMetrics metrics,
        DotLayout asked,
        TextWriter output
    )
    {
        if (IsLayered(graph.VertexCount, asked))
        {
            LayeredDotWriter.Write(graph, metrics, output);
        }
        else
        {
            ForceDirectedDotWriter.Write(graph, metrics, output);
        }
    }

    /// <summary>Whether a graph of <paramref name="nodes"/> nodes is drawn with dot's layers, not sfdp's forces.
    /// </summary>
    public static bool IsLayered(int nodes, DotLayout asked) =>
        asked == DotLayout.Dot || (asked == DotLayout.Auto && nodes <= SfdpThreshold);

    public static void Defaults(DotOutput w)
    {
        w.Line("node [fontname=\"Helvetica\", fontsize=\"10\", margin=\"0.08,0.04\"];");
        w.Line("edge [fontname=\"Helvetica\", arrowsize=\"0.5\"];");
    }
}
