using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export.Dot;

/// <summary>
/// Writes the whole graph as force-directed DOT for Graphviz's <c>sfdp</c> (<c>clrgraph.dot</c> of a large graph),
/// where <c>dot</c> would take minutes: no clusters, shorter labels, and no line tooltips (a million of them make
/// the file, not the picture).
/// </summary>
internal static class ForceDirectedDotWriter
{
    private const int LabelWidth = 24;

    public static void Write(IVertexAndEdgeListGraph<Node, Edge> graph, GraphMetrics metrics, TextWriter output)
    {
        var w = new DotOutput(output);
        w.Line("digraph \"clrgraph\" {");
        w.Indent++;
        w.Line(
            $"graph [layout=\"sfdp\", overlap=\"prism\", overlap_scaling=\"-4\", outputorder=\"edgesfirst\", "
                + $"splines=\"false\", fontname=\"Helvetica\", fontsize=\"20\", labelloc=\"t\", "
                + $"label={Presentation.GraphTitle:text}];"
        );
        WholeGraph.Defaults(w);
        foreach (var list in graph.ReadingLists())
        {
            DotNodes.ReadingList(w, list);
        }

        foreach (var post in DotNodes.PostClusters(graph).SelectMany(c => c.Posts))
        {
            DotNodes.Post(w, post, LabelWidth);
        }

        foreach (var subsystem in graph.Subsystems())
        {
            DotNodes.Subsystem(w, subsystem, metrics, wrap: 18, fontSize: 16);
        }

        foreach (var edge in graph.Edges)
        {
            DotNodes.Edge(w, edge, tooltip: false);
        }

        w.Indent--;
        w.Line("}");
    }
}
