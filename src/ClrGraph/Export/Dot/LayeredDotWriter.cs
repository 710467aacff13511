using System.Globalization;
using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export.Dot;

/// <summary>
/// Writes the whole graph as layered DOT for Graphviz's <c>dot</c> (<c>clrgraph.dot</c>): left to right, reading
/// lists, then posts in clusters by section, then subsystems in frames by family; each post clickable with a
/// tooltip, each line with one; a legend.
/// </summary>
internal static class LayeredDotWriter
{
    private const int LabelWidth = 34;

    private static readonly string[] Legend =
    [
        "graph [label=\"Legend\", style=\"rounded\", color=\"#999999\", fontsize=\"14\", labeljust=\"l\"];",
        "node [fontsize=\"11\", width=\"1.6\"];",
        "\"legend:list\" [label=\"reading list\", shape=\"folder\", style=\"filled\", fillcolor=\"#eeeeee\", "
            + "color=\"#7f7f7f\"];",
        "\"legend:post\" [label=\"post (click to open)\", shape=\"box\", style=\"rounded,filled\", "
            + "fillcolor=\"#d2e4f0\", color=\"#1f77b4\"];",
        "\"legend:subsystem\" [label=\"subsystem\\nN posts\", shape=\"box\", style=\"rounded,filled,bold\", "
            + "fillcolor=\"#1f77b4\", color=\"#1f77b4\", fontcolor=\"#ffffff\"];",
        "\"legend:child\" [label=\"child subsystem\", shape=\"box\", style=\"rounded,filled\", "
            + "fillcolor=\"#6baed6\", color=\"#6baed6\"];",
        "\"legend:list\" -> \"legend:post\" [label=\"lists\", fontsize=\"9\", color=\"#c8c8c8\", "
            + "arrowhead=\"none\"];",
        "\"legend:post\" -> \"legend:subsystem\" [label=\"primary\", fontsize=\"9\", color=\"#1f77b4\", "
            + "penwidth=\"2.4\"];",
        "\"legend:post\" -> \"legend:child\" [label=\"also covers\", fontsize=\"9\", color=\"#6baed659\", "
            + "penwidth=\"0.8\", arrowhead=\"none\"];",
        "\"legend:child\" -> \"legend:subsystem\" [label=\"part of\", fontsize=\"9\", color=\"#555555\", "
            + "penwidth=\"1.6\", arrowhead=\"onormal\"];",
    ];

    public static void Write(IVertexAndEdgeListGraph<Node, Edge> graph, GraphMetrics metrics, TextWriter output)
    {
        var w = new DotOutput(output);
        w.Line("digraph \"clrgraph\" {");
        w.Indent++;
        w.Line(
            $"graph [rankdir=\"LR\", ranksep=\"1.1\", nodesep=\"0.12\", newrank=\"true\", fontname=\"Helvetica\", "
                + $"fontsize=\"20\", labelloc=\"t\", label={Presentation.GraphTitle:text}, "
                + $"tooltip={"ClrGraph: the CoreCLR reading list mapped to the runtime's subsystems":text}];"
        );
        WholeGraph.Defaults(w);
        foreach (var list in graph.ReadingLists())
        {
            DotNodes.ReadingList(w, list);
        }

        var clusters = DotNodes.PostClusters(graph);
        foreach (var (cluster, number) in clusters.Select((c, i) => (c, i + 1)))
        {
            w.Line($"subgraph {"cluster_" + number:id} {{");
            w.Indent++;
            w.Line(
                $"graph [label={DotSyntax.Wrap(cluster.Label, 48):text}, tooltip={cluster.Tooltip:text}, "
                    + $"style=\"rounded,filled\", color=\"#d9d9d9\", fillcolor=\"#fafafa\", fontsize=\"12\", "
                    + $"fontcolor=\"#444444\", labeljust=\"l\"];"
            );
            foreach (var post in cluster.Posts)
            {
                DotNodes.Post(w, post, LabelWidth);
            }

            w.Indent--;
            w.Line("}");
        }

        // Each family (a top-level subsystem and its descendants) in a frame, so part-of lines stay short.
        foreach (var family in graph.SubsystemTree().GroupBy(s => s.TopLevelId, StringComparer.Ordinal))
        {
            w.Line($"subgraph {"cluster_family_" + family.Key:id} {{");
            w.Indent++;
            w.Line($"graph [label=\"\", style=\"rounded\", color=\"#d9d9d9\", tooltip={family.First().Name:text}];");
            foreach (var subsystem in family)
            {
                DotNodes.Subsystem(w, subsystem, metrics, wrap: 18, fontSize: 16);
            }

            w.Indent--;
            w.Line("}");
        }

        // Lists on the left, posts in one column (newrank lets a rank cross clusters), subsystems on the right,
        // one column per level of the hierarchy, top-level ones last.
        WriteRank(w, "min", graph.ReadingLists());
        WriteRank(w, "same", clusters.SelectMany(c => c.Posts));
        foreach (var level in graph.Subsystems().GroupBy(n => n.Depth).OrderBy(g => g.Key))
        {
            WriteRank(w, "same", level);
        }

        foreach (var edge in graph.Edges)
        {
            DotNodes.Edge(w, edge, tooltip: true);
        }

        w.Line("subgraph \"cluster_legend\" {");
        w.Indent++;
        foreach (var line in Legend)
        {
            w.Line(line);
        }

        w.Indent--;
        w.Line("}");
        w.Indent--;
        w.Line("}");
    }

    // { rank="same"; "a"; "b"; }
    private static void WriteRank(DotOutput w, string rank, IEnumerable<Node> nodes)
    {
        w.Write($"{{ rank=\"{rank}\"; ");
        foreach (var (index, node) in nodes.Index())
        {
            w.Write($"{(index == 0 ? "" : " ")}{node.Id:id};");
        }

        w.Line(" }");
    }
}
