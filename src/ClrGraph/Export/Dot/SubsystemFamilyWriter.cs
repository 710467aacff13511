using System.Globalization;
using System.Text;
using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export.Dot;

/// <summary>
/// Writes one DOT diagram per top-level subsystem (<c>subsystems/&lt;id&gt;.dot</c>): the subsystem, its
/// descendants, and every post that covers any of them, left to right. Each post hangs off one subsystem of the
/// family (its primary one when that is in the family); the other subsystems it covers are small tags in its label,
/// not lines. Posts mainly about the family are filled and outlined in its colour, the others plain.
/// </summary>
internal static class SubsystemFamilyWriter
{
    /// <summary>At most this many posts per subsystem are drawn (the largest diagram that stays readable at
    /// 100 %); the rest are counted in one node that points to the guide.</summary>
    public const int MaxPostsPerSubsystem = 30;

    private const int TitleWidth = 34;

    private const int TagsPerRow = 3;

    // The empty columns after a row of tags, which take up the width the row does not need: 40 leave a tag at most
    // a fortieth of it (each widens nothing, where one cell spanning 40 columns would widen the post by 40 points).
    private static readonly string EmptyColumns = string.Concat(Enumerable.Repeat("<TD></TD>", 40));

    public static void Write(
        IBidirectionalGraph<Node, Edge> graph,
        GraphMetrics metrics,
        SubsystemNode topLevel,
        TextWriter output
    )
    {
        var family = graph.SubsystemTree().Where(s => s.TopLevelId == topLevel.SubsystemId).ToList();
        var inFamily = family.ToDictionary(s => s.SubsystemId, StringComparer.Ordinal);
        var names = graph.SubsystemsById();
        var anchors = Presentation.GuideAnchors(graph);

        var w = new DotOutput(output);
        w.Line($"digraph {Presentation.DiagramStem(topLevel):id} {{");
        w.Indent++;
        var title = topLevel.Name + ": what to read\n"
            + "filled: posts mainly about it · plain: posts that also touch it · tags: what else a post covers";
        var tooltip = topLevel.Name + (topLevel.Summary is null ? "" : ": " + topLevel.Summary);
        w.Line(
            $"graph [rankdir=\"LR\", ranksep=\"0.35\", nodesep=\"0.1\", ordering=\"out\", fontname=\"Helvetica\", "
                + $"fontsize=\"16\", labelloc=\"t\", labeljust=\"l\", label={title:text}, tooltip={tooltip:text}];"
        );
        w.Line("node [fontname=\"Helvetica\", fontsize=\"11\"];");
        w.Line("edge [arrowhead=\"none\"];");

        foreach (var subsystem in family)
        {
            DotNodes.Subsystem(w, subsystem, metrics, wrap: 16, fontSize: 15);
        }

        foreach (var child in family.Where(s => !s.IsTopLevel))
        {
            var partOf = child.Name + " is part of " + inFamily[child.ParentId!].Name;
            w.Line(
                $"{NodeId.Subsystem(child.ParentId!):id} -> {child.Id:id} [color=\"#555555\", penwidth=\"1.6\", "
                    + $"tooltip={partOf:text}];"
            );
        }

        foreach (var subsystem in family)
        {
            // A post hangs off the first subsystem of the family that it covers.
            var posts = graph
                .InEdges(subsystem)
                .OfType<CoversEdge>()
                .Select(e => e.Post)
                .Where(p => p.Subsystems.First(inFamily.ContainsKey) == subsystem.SubsystemId)
                .ToList();
            var shown = ReadingOrder.Sort(posts, p => inFamily.ContainsKey(p.PrimarySubsystem!));
            foreach (var post in shown.Take(MaxPostsPerSubsystem))
            {
                var main = inFamily.ContainsKey(post.PrimarySubsystem!);
                w.Line(
                    $"{post.Id:id} [label=<{PostLabel(post, subsystem.SubsystemId, topLevel, names)}>, shape=\"box\", "
                        + $"style=\"{(main ? "rounded,filled,bold" : "rounded,dashed")}\", "
                        + $"fillcolor={(main ? Colors.Tint(subsystem.Color, 0.85) : "#ffffff"):text}, "
                        + $"color={(main ? Colors.Shade(subsystem.Color, 0.2) : "#8c8c8c"):text}, margin=\"0.1,0.05\", "
                        + $"URL={post.Url:url}, target=\"_blank\", tooltip={Presentation.PostTooltip(post):text}];"
                );
                w.Line(
                    $"{subsystem.Id:id} -> {post.Id:id} [color={(main ? subsystem.Color : "#b3b3b3"):text}"
                        + $"{(main ? ", penwidth=\"2\"" : ", penwidth=\"1\", style=\"dashed\"")}];"
                );
            }

            if (posts.Count > MaxPostsPerSubsystem)
            {
                var more = "more:" + subsystem.SubsystemId;
                var rest = posts.Count - MaxPostsPerSubsystem;
                var label = "and " + ReadingOrder.Count(rest) + " more\nsee guide.md";
                var guide = "../guide.md#" + anchors[subsystem.SubsystemId];
                w.Line(
                    $"{more:id} [label={label:text}, shape=\"note\", style=\"filled\", fillcolor=\"#f2f2f2\", "
                        + $"color=\"#8c8c8c\", URL={guide:url}];"
                );
                w.Line($"{subsystem.Id:id} -> {more:id} [color=\"#b3b3b3\"];");
            }
        }

        w.Indent--;
        w.Line("}");
    }

    // An HTML-like label: the title, site and year in grey, then a tag per other subsystem it covers, except the
    // diagram's own top-level subsystem, which every post in it shares.
    private static string PostLabel(
        PostNode post,
        string anchor,
        SubsystemNode topLevel,
        Dictionary<string, SubsystemNode> subsystems
    )
    {
        var label = new StringBuilder("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">");
        label.Append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">");
        var lines = DotSyntax.Wrap(Presentation.Title(post), TitleWidth).Split('\n');
        label.Append(string.Join("<BR/>", lines.Select(DotSyntax.Html)));
        label.Append("</TD></TR>");
        var source = Presentation.Source(post);
        if (source.Length > 0)
        {
            label
                .Append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"#4d4d4d\">")
                .Append(DotSyntax.Html(source))
                .Append("</FONT></TD></TR>");
        }

        var others = post.Subsystems.Where(s => s != anchor && s != topLevel.SubsystemId);

        // One table per row of tags, 2 points apart. Graphviz widens a nested table to its cell and shares the extra
        // width equally among its columns: empty columns after the tags take nearly all of it, so that each tag stays
        // about as wide as its name instead of a bar across the post.
        foreach (var row in others.Chunk(TagsPerRow))
        {
            label.Append(
                "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
            );
            foreach (var (index, other) in row.Select(id => subsystems[id]).Index())
            {
                var fill = Colors.ReadableFill(Colors.Tint(other.Color, 0.55), Colors.Black);
                var name = DotSyntax.Html(other.Name);
                label.Append(index == 0 ? "" : "<TD WIDTH=\"2\"></TD>");
                label.Append("<TD BGCOLOR=\"" + fill + "\" CELLPADDING=\"1\"><FONT POINT-SIZE=\"8\">");
                label.Append(name).Append("</FONT></TD>");
            }

            label.Append(EmptyColumns).Append("</TR></TABLE></TD></TR>");
        }

        return label.Append("</TABLE>").ToString();
    }
}
