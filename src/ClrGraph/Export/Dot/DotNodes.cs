using ClrGraph.Building;
using ClrGraph.Metrics;
using ClrGraph.Reading;
using QuikGraph;

namespace ClrGraph.Export.Dot;

/// <summary>A section of a reading list and its posts in list order, drawn as one cluster in the layered whole
/// graph: labelled with the section's last heading (or the list's title), the whole path in the tooltip.</summary>
internal sealed record PostCluster(string Label, string Tooltip, List<PostNode> Posts);

/// <summary>How the DOT files draw each kind of node and line, shared by the whole-graph writers and the
/// per-subsystem diagrams so that a post or a subsystem looks the same in each.</summary>
internal static class DotNodes
{
    /// <summary>Writes a reading list: a grey folder, linked to the list when it has an address.</summary>
    public static void ReadingList(DotOutput w, ReadingListNode list)
    {
        w.Write($"{list.Id:id} [label={DotSyntax.Wrap(list.Label, 20):text}, shape=\"folder\", style=\"filled\", ");
        w.Write($"fillcolor=\"#eeeeee\", color=\"#7f7f7f\", fontsize=\"13\"");
        if (list.Url is not null)
        {
            w.Write($", URL={list.Url:url}, target=\"_blank\"");
        }

        w.Line($", tooltip={Presentation.Tooltip(list.Label, list.Summary):text}];");
    }

    /// <summary>Writes a post: a box in a tint of its primary subsystem's colour, linked to the post.</summary>
    public static void Post(DotOutput w, PostNode post, int width) =>
        w.Line(
            $"{post.Id:id} [label={DotSyntax.Wrap(Presentation.Title(post), width):text}, shape=\"box\", "
                + $"style=\"rounded,filled\", "
                + $"fillcolor={Colors.Tint(post.Color, 0.82):text}, color={post.Color:text}, URL={post.Url:url}, "
                + $"target=\"_blank\", tooltip={Presentation.PostTooltip(post):text}];"
        );

    /// <summary>Writes a subsystem's box: name (wrapped at <paramref name="wrap"/>) and posts, filled with its
    /// colour, top-level ones bold and in <paramref name="fontSize"/>, the others 3 points smaller.</summary>
    public static void Subsystem(DotOutput w, SubsystemNode subsystem, GraphMetrics metrics, int wrap, int fontSize)
    {
        var top = subsystem.IsTopLevel;
        var label = DotSyntax.Wrap(subsystem.Label, wrap) + "\n" + ReadingOrder.Count(metrics[subsystem].TotalPosts);
        w.Line(
            $"{subsystem.Id:id} [label={label:text}, shape=\"box\", "
                + $"style=\"{(top ? "rounded,filled,bold" : "rounded,filled")}\", fillcolor={subsystem.Color:text}, "
                + $"color={Colors.Shade(subsystem.Color, 0.3):text}, fontcolor={Colors.TextOn(subsystem.Color):text}, "
                + $"fontsize=\"{(top ? fontSize : fontSize - 3)}\", "
                + $"tooltip={Presentation.Tooltip(subsystem.Label, subsystem.Summary):text}];"
        );
    }

    /// <summary>Writes a line of the whole graph: primary lines bold in the subsystem's colour, secondary ones
    /// faint and without pull, part-of lines dark, a list's lines light grey.</summary>
    public static void Edge(DotOutput w, Edge edge, bool tooltip)
    {
        w.Write($"{edge.Source.Id:id} -> {edge.Target.Id:id} [");
        switch (edge)
        {
            case CoversEdge { Primary: true } covers:
                w.Write($"color={covers.Subsystem.Color:text}, penwidth=\"2.4\", weight=\"4\"");
                break;
            case CoversEdge covers:
                // Translucent, thin, headless and without pull on the layout, so they stay behind.
                var translucent = covers.Subsystem.Color + "59";
                w.Write($"color={translucent:text}, penwidth=\"0.8\", arrowhead=\"none\", weight=\"0\"");
                break;
            case PartOfEdge:
                w.Write($"color=\"#555555\", penwidth=\"1.6\", arrowhead=\"onormal\", arrowsize=\"0.9\"");
                break;
            default:
                w.Write($"color=\"#c8c8c8\", penwidth=\"0.6\", arrowhead=\"none\"");
                break;
        }

        if (tooltip && Presentation.EdgeTooltip(edge) is { } text)
        {
            w.Write($", tooltip={text:text}");
        }

        w.Line("];");
    }

    /// <summary>
    /// Posts grouped by the section of their first listing (by list id, then position), clusters in the order of
    /// their first post, so they read top to bottom like the lists; posts no list names come last.
    /// </summary>
    public static List<PostCluster> PostClusters(IVertexAndEdgeListGraph<Node, Edge> graph)
    {
        // Lists come in id order, so a post's first listing is in the ordinally first list naming it.
        var firsts = graph
            .ReadingLists()
            .SelectMany(list => graph.OutEdges(list).Cast<ListsEdge>().OrderBy(l => l.Position))
            .DistinctBy(l => l.Post)
            .ToList();
        var clusters = firsts
            .GroupBy(l => (l.ReadingList.Id, l.Section))
            .Select(group =>
            {
                var (title, section) = (group.First().ReadingList.Title, group.Key.Section);
                var label = section.Length == 0 ? title : SectionPath.Innermost(section);
                var tooltip = section.Length == 0 ? title : title + SectionPath.Separator + section;
                return new PostCluster(label, tooltip, [.. group.Select(l => l.Post)]);
            })
            .ToList();
        var listed = firsts.Select(l => l.Post).ToHashSet();
        var unlisted = graph.Posts().Where(p => !listed.Contains(p)).ToList();
        if (unlisted.Count > 0)
        {
            clusters.Add(new PostCluster("In the taxonomy only", "Posts that no reading list names", unlisted));
        }

        return clusters;
    }
}
