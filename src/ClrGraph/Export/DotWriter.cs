using System.Globalization;
using System.Text;
using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export;

/// <summary>
/// Writes the whole graph as DOT for Graphviz (<c>clrgraph.dot</c>): left to right, reading lists, then posts in
/// clusters by section, then subsystems in their colours; each post clickable with a tooltip; a legend.
/// Graphs too large for <c>dot</c> get <c>sfdp</c> hints and no clusters.
/// </summary>
internal static class DotWriter
{
    /// <summary>Above this many nodes <c>dot</c> takes more than seconds, so <see cref="DotLayout.Auto"/> picks
    /// <c>sfdp</c>.</summary>
    public const int SfdpThreshold = 400;

    private const int LabelWidth = 34;

    /// <summary>The layout a graph of <paramref name="nodeCount"/> nodes gets.</summary>
    public static DotLayout LayoutFor(DotLayout asked, int nodeCount) =>
        asked != DotLayout.Auto ? asked
        : nodeCount > SfdpThreshold ? DotLayout.Sfdp
        : DotLayout.Dot;

    /// <summary>Writes the graph.</summary>
    public static void Write(IEdgeListGraph<Node, Edge> graph, GraphMetrics metrics, DotLayout asked, TextWriter output)
    {
        var layout = LayoutFor(asked, graph.VertexCount);
        var w = new DotOutput(output);
        const string title = "Which posts explain which part of the CLR";
        w.Line("digraph " + DotSyntax.Id("clrgraph") + " {");
        w.Indent++;
        if (layout == DotLayout.Dot)
        {
            w.Line(
                "graph [rankdir=\"LR\", ranksep=\"1.1\", nodesep=\"0.12\", newrank=\"true\", fontname=\"Helvetica\", "
                    + "fontsize=\"20\", labelloc=\"t\", label="
                    + DotSyntax.Text(title)
                    + ", tooltip="
                    + DotSyntax.Text("ClrGraph: the CoreCLR reading list mapped to the runtime's subsystems")
                    + "];"
            );
        }
        else
        {
            w.Line(
                "graph [layout=\"sfdp\", overlap=\"prism\", overlap_scaling=\"-4\", outputorder=\"edgesfirst\", "
                    + "splines=\"false\", fontname=\"Helvetica\", fontsize=\"20\", labelloc=\"t\", label="
                    + DotSyntax.Text(title)
                    + "];"
            );
        }

        w.Line("node [fontname=\"Helvetica\", fontsize=\"10\", margin=\"0.08,0.04\"];");
        w.Line("edge [arrowsize=\"0.5\"];");

        foreach (var list in graph.ReadingLists())
        {
            w.Line(
                DotSyntax.Id(list.Id)
                    + " [label="
                    + DotSyntax.Text(DotSyntax.Wrap(list.Label, 20))
                    + ", shape=\"folder\", style=\"filled\", fillcolor=\"#eeeeee\", color=\"#7f7f7f\", fontsize=\"13\""
                    + (list.Url is null ? "" : ", URL=" + DotSyntax.Url(list.Url) + ", target=\"_blank\"")
                    + ", tooltip="
                    + DotSyntax.Text(Tooltip(list.Label, list.Summary))
                    + "];"
            );
        }

        var clusters = PostClusters(graph);
        var tints = new Dictionary<string, string>(StringComparer.Ordinal);
        if (layout == DotLayout.Dot)
        {
            var number = 0;
            foreach (var cluster in clusters)
            {
                number++;
                w.Line("subgraph " + DotSyntax.Id("cluster_" + number.ToString(CultureInfo.InvariantCulture)) + " {");
                w.Indent++;
                w.Line(
                    "graph [label="
                        + DotSyntax.Text(DotSyntax.Wrap(cluster.Label, 48))
                        + ", tooltip="
                        + DotSyntax.Text(cluster.Tooltip)
                        + ", style=\"rounded,filled\", color=\"#d9d9d9\", "
                        + "fillcolor=\"#fafafa\", fontsize=\"12\", fontcolor=\"#444444\", labeljust=\"l\"];"
                );
                foreach (var post in cluster.Posts)
                {
                    w.Line(PostLine(post, LabelWidth, tints));
                }

                w.Indent--;
                w.Line("}");
            }
        }
        else
        {
            foreach (var post in clusters.SelectMany(c => c.Posts))
            {
                w.Line(PostLine(post, 24, tints));
            }
        }

        if (layout == DotLayout.Dot)
        {
            // Each family (a top-level subsystem and its descendants) in a frame, so part-of lines stay short.
            foreach (var family in graph.SubsystemTree().GroupBy(s => s.TopLevelId, StringComparer.Ordinal))
            {
                w.Line("subgraph " + DotSyntax.Id("cluster_family_" + family.Key) + " {");
                w.Indent++;
                w.Line(
                    "graph [label=\"\", style=\"rounded\", color=\"#d9d9d9\", tooltip="
                        + DotSyntax.Text(family.First().Name)
                        + "];"
                );
                foreach (var subsystem in family)
                {
                    w.Line(SubsystemLine(subsystem, metrics, wrap: 18, fontSize: 16));
                }

                w.Indent--;
                w.Line("}");
            }
        }
        else
        {
            foreach (var subsystem in graph.Subsystems())
            {
                w.Line(SubsystemLine(subsystem, metrics, wrap: 18, fontSize: 16));
            }
        }

        if (layout == DotLayout.Dot)
        {
            // Lists on the left, posts in one column (newrank lets a rank cross clusters), subsystems on the right,
            // one column per level of the hierarchy, top-level ones last.
            w.Line(Rank("min", graph.ReadingLists()));
            w.Line(Rank("same", clusters.SelectMany(c => c.Posts)));
            foreach (var level in graph.Subsystems().GroupBy(n => n.Depth).OrderBy(g => g.Key))
            {
                w.Line(Rank("same", level));
            }
        }

        foreach (var edge in graph.Edges)
        {
            w.Line(EdgeLine(edge, tooltips: layout == DotLayout.Dot));
        }

        if (layout == DotLayout.Dot)
        {
            WriteLegend(w);
        }

        w.Indent--;
        w.Line("}");
    }

    /// <summary>A subsystem's box: name and posts, filled with its colour, top-level ones bold and larger.</summary>
    /// <param name="subsystem">The subsystem.</param>
    /// <param name="metrics">The graph's measures, for its post count.</param>
    /// <param name="wrap">The width its name is wrapped at.</param>
    /// <param name="fontSize">The font size of a top-level subsystem; its children's is 3 points smaller.</param>
    internal static string SubsystemLine(SubsystemNode subsystem, GraphMetrics metrics, int wrap, int fontSize)
    {
        var top = subsystem.IsTopLevel;
        return DotSyntax.Id(subsystem.Id)
            + " [label="
            + DotSyntax.Text(
                DotSyntax.Wrap(subsystem.Label, wrap) + "\n" + ReadingOrder.Count(metrics[subsystem].TotalPosts)
            )
            + ", shape=\"box\", style=\""
            + (top ? "rounded,filled,bold" : "rounded,filled")
            + "\", fillcolor="
            + DotSyntax.Text(subsystem.Color)
            + ", color="
            + DotSyntax.Text(Colors.Shade(subsystem.Color, 0.3))
            + ", fontcolor="
            + DotSyntax.Text(Colors.TextOn(subsystem.Color))
            + ", fontsize=\""
            + (top ? fontSize : fontSize - 3).ToString(CultureInfo.InvariantCulture)
            + "\", tooltip="
            + DotSyntax.Text(Tooltip(subsystem.Label, subsystem.Summary))
            + "];";
    }

    // { rank="same"; "a"; "b"; }
    private static string Rank(string rank, IEnumerable<Node> nodes) =>
        "{ rank=\"" + rank + "\"; " + string.Join(" ", nodes.Select(n => DotSyntax.Id(n.Id) + ";")) + " }";

    // Posts take a tint of their primary subsystem's colour; there are few colours, so each is worked out once.
    private static string TintOf(string color, Dictionary<string, string> tints)
    {
        if (!tints.TryGetValue(color, out var tint))
        {
            tints[color] = tint = Colors.Tint(color, 0.82);
        }

        return tint;
    }

    private static string PostLine(PostNode post, int width, Dictionary<string, string> tints) =>
        DotSyntax.Id(post.Id)
        + " [label="
        + DotSyntax.Text(DotSyntax.Wrap(post.Title, width))
        + ", shape=\"box\", style=\"rounded,filled\", fillcolor="
        + DotSyntax.Text(TintOf(post.Color, tints))
        + ", color="
        + DotSyntax.Text(post.Color)
        + ", URL="
        + DotSyntax.Url(post.Url)
        + ", target=\"_blank\""
        + ", tooltip="
        + DotSyntax.Text(PostTooltip(post))
        + "];";

    // Large graphs (sfdp) leave out the edge tooltips: a million of them make the file, not the picture.
    private static string EdgeLine(Edge edge, bool tooltips)
    {
        var line = DotSyntax.Id(edge.Source.Id) + " -> " + DotSyntax.Id(edge.Target.Id) + " [";
        switch (edge)
        {
            case CoversEdge covers:
                // Secondary lines: translucent, thin, headless and without pull on the layout, so they stay behind.
                line += covers.Primary
                    ? "color=" + DotSyntax.Text(covers.Subsystem.Color) + ", penwidth=\"2.4\", weight=\"4\""
                    : "color="
                        + DotSyntax.Text(covers.Subsystem.Color + "59")
                        + ", penwidth=\"0.8\", "
                        + "arrowhead=\"none\", weight=\"0\"";
                if (tooltips)
                {
                    line +=
                        ", tooltip="
                        + DotSyntax.Text(
                            covers.Post.Title + " → " + covers.Subsystem.Name + (covers.Primary ? " (primary)" : "")
                        );
                }

                break;
            case PartOfEdge partOf:
                line += "color=\"#555555\", penwidth=\"1.6\", arrowhead=\"onormal\", arrowsize=\"0.9\"";
                if (tooltips)
                {
                    line += ", tooltip=" + DotSyntax.Text(partOf.Child.Name + " is part of " + partOf.Parent.Name);
                }

                break;
            default:
                line += "color=\"#c8c8c8\", penwidth=\"0.6\", arrowhead=\"none\"";
                break;
        }

        return line + "];";
    }

    private static void WriteLegend(DotOutput w)
    {
        w.Line("subgraph " + DotSyntax.Id("cluster_legend") + " {");
        w.Indent++;
        w.Line("graph [label=\"Legend\", style=\"rounded\", color=\"#999999\", fontsize=\"14\", labeljust=\"l\"];");
        w.Line("node [fontsize=\"11\", width=\"1.6\"];");
        w.Line(
            "\"legend:list\" [label=\"reading list\", shape=\"folder\", style=\"filled\", fillcolor=\"#eeeeee\", "
                + "color=\"#7f7f7f\"];"
        );
        w.Line(
            "\"legend:post\" [label=\"post (click to open)\", shape=\"box\", style=\"rounded,filled\", "
                + "fillcolor=\"#d2e4f0\", color=\"#1f77b4\"];"
        );
        w.Line(
            "\"legend:subsystem\" [label=\"subsystem\\nN posts\", shape=\"box\", style=\"rounded,filled,bold\", "
                + "fillcolor=\"#1f77b4\", color=\"#1f77b4\", fontcolor=\"#ffffff\"];"
        );
        w.Line(
            "\"legend:child\" [label=\"child subsystem\", shape=\"box\", style=\"rounded,filled\", "
                + "fillcolor=\"#6baed6\", color=\"#6baed6\"];"
        );
        w.Line(
            "\"legend:list\" -> \"legend:post\" [label=\"lists\", fontsize=\"9\", color=\"#c8c8c8\", "
                + "arrowhead=\"none\"];"
        );
        w.Line(
            "\"legend:post\" -> \"legend:subsystem\" [label=\"primary\", fontsize=\"9\", color=\"#1f77b4\", "
                + "penwidth=\"2.4\"];"
        );
        w.Line(
            "\"legend:post\" -> \"legend:child\" [label=\"also covers\", fontsize=\"9\", color=\"#6baed659\", "
                + "penwidth=\"0.8\", arrowhead=\"none\"];"
        );
        w.Line(
            "\"legend:child\" -> \"legend:subsystem\" [label=\"part of\", fontsize=\"9\", color=\"#555555\", "
                + "penwidth=\"1.6\", arrowhead=\"onormal\"];"
        );
        w.Indent--;
        w.Line("}");
    }

    private static string Tooltip(string title, string? note) =>
        string.IsNullOrEmpty(note) ? title : title + "\n" + note;

    /// <summary>A post's tooltip: title, site and year, subsystems, note.</summary>
    internal static string PostTooltip(PostNode post)
    {
        var builder = new StringBuilder(post.Title);
        if (post.Site.Length > 0 || post.Year is not null)
        {
            builder.Append('\n').Append(post.Site);
            if (post.Year is { } year)
            {
                builder.Append(", ").Append(year.ToString(CultureInfo.InvariantCulture));
            }
        }

        builder
            .Append('\n')
            .Append(post.Subsystems.IsEmpty ? "not mapped" : "covers: " + string.Join(", ", post.Subsystems));
        if (post.Note.Length > 0)
        {
            builder.Append('\n').Append(post.Note);
        }

        return builder.ToString();
    }

    private sealed record Cluster(string Label, string Tooltip, List<PostNode> Posts);

    // Posts grouped by the section of their first listing (by list id, then position), clusters in the order of their
    // first post, so they read top to bottom like the lists; posts no list names come last.
    private static List<Cluster> PostClusters(IEdgeListGraph<Node, Edge> graph)
    {
        // Edges come in source-id order, so a post's first 'lists' edge is from the ordinally first list naming it.
        var firstListing = new Dictionary<PostNode, ListsEdge>(ReferenceEqualityComparer.Instance);
        foreach (var edge in graph.Edges.OfType<ListsEdge>())
        {
            firstListing.TryAdd(edge.Post, edge);
        }

        var clusters = new Dictionary<(string List, string Section), Cluster>();
        var ordered = new List<Cluster>();
        var unlisted = new Cluster("In the taxonomy only", "Posts that no reading list names", []);
        var placed = graph.Posts().Select(p => (Post: p, First: firstListing.GetValueOrDefault(p))).ToList();
        placed.Sort(
            (a, b) =>
                string.CompareOrdinal(a.First?.ReadingList.Id ?? "~", b.First?.ReadingList.Id ?? "~")
                    is var byList
                        and not 0
                    ? byList
                : (a.First?.Position ?? int.MaxValue) != (b.First?.Position ?? int.MaxValue)
                    ? (a.First?.Position ?? int.MaxValue).CompareTo(b.First?.Position ?? int.MaxValue)
                : string.CompareOrdinal(a.Post.Id, b.Post.Id)
        );
        foreach (var (post, first) in placed)
        {
            if (first is null)
            {
                unlisted.Posts.Add(post);
                continue;
            }

            if (!clusters.TryGetValue((first.ReadingList.Id, first.Section), out var cluster))
            {
                var tooltip = first.ReadingList.Title + (first.Section.Length == 0 ? "" : " › " + first.Section);
                cluster = new Cluster(ClusterLabel(first), tooltip, []);
                clusters.Add((first.ReadingList.Id, first.Section), cluster);
                ordered.Add(cluster);
            }

            cluster.Posts.Add(post);
        }

        if (unlisted.Posts.Count > 0)
        {
            ordered.Add(unlisted);
        }

        return ordered;
    }

    private static string ClusterLabel(ListsEdge listing)
    {
        var last = listing.Section.LastIndexOf(" › ", StringComparison.Ordinal);
        return listing.Section.Length == 0 ? listing.ReadingList.Title
            : last < 0 ? listing.Section
            : listing.Section[(last + 3)..];
    }
}
