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
        w.Start().Raw("digraph ").Id("clrgraph").Raw(" {").End();
        w.Indent++;
        if (layout == DotLayout.Dot)
        {
            w.Start()
                .Raw("graph [rankdir=\"LR\", ranksep=\"1.1\", nodesep=\"0.12\", newrank=\"true\", ")
                .Raw("fontname=\"Helvetica\", fontsize=\"20\", labelloc=\"t\", label=")
                .Text(title)
                .Raw(", tooltip=")
                .Text("ClrGraph: the CoreCLR reading list mapped to the runtime's subsystems")
                .Raw("];")
                .End();
        }
        else
        {
            w.Start()
                .Raw("graph [layout=\"sfdp\", overlap=\"prism\", overlap_scaling=\"-4\", outputorder=\"edgesfirst\", ")
                .Raw("splines=\"false\", fontname=\"Helvetica\", fontsize=\"20\", labelloc=\"t\", label=")
                .Text(title)
                .Raw("];")
                .End();
        }

        w.Line("node [fontname=\"Helvetica\", fontsize=\"10\", margin=\"0.08,0.04\"];");
        w.Line("edge [arrowsize=\"0.5\"];");

        foreach (var list in graph.ReadingLists())
        {
            w.Start()
                .Id(list.Id)
                .Raw(" [label=")
                .Text(DotSyntax.Wrap(list.Label, 20))
                .Raw(", shape=\"folder\", style=\"filled\", fillcolor=\"#eeeeee\", color=\"#7f7f7f\", fontsize=\"13\"");
            if (list.Url is not null)
            {
                w.Raw(", URL=").Url(list.Url).Raw(", target=\"_blank\"");
            }

            w.Raw(", tooltip=").Text(Tooltip(list.Label, list.Summary)).Raw("];").End();
        }

        var clusters = PostClusters(graph);
        var tints = new Dictionary<string, string>(StringComparer.Ordinal);
        if (layout == DotLayout.Dot)
        {
            var number = 0;
            foreach (var cluster in clusters)
            {
                number++;
                w.Start()
                    .Raw("subgraph ")
                    .Id("cluster_" + number.ToString(CultureInfo.InvariantCulture))
                    .Raw(" {")
                    .End();
                w.Indent++;
                w.Start()
                    .Raw("graph [label=")
                    .Text(DotSyntax.Wrap(cluster.Label, 48))
                    .Raw(", tooltip=")
                    .Text(cluster.Tooltip)
                    .Raw(", style=\"rounded,filled\", color=\"#d9d9d9\", ")
                    .Raw("fillcolor=\"#fafafa\", fontsize=\"12\", fontcolor=\"#444444\", labeljust=\"l\"];")
                    .End();
                foreach (var post in cluster.Posts)
                {
                    WritePost(w, post, LabelWidth, tints);
                }

                w.Indent--;
                w.Line("}");
            }
        }
        else
        {
            foreach (var post in clusters.SelectMany(c => c.Posts))
            {
                WritePost(w, post, 24, tints);
            }
        }

        if (layout == DotLayout.Dot)
        {
            // Each family (a top-level subsystem and its descendants) in a frame, so part-of lines stay short.
            foreach (var family in graph.SubsystemTree().GroupBy(s => s.TopLevelId, StringComparer.Ordinal))
            {
                w.Start().Raw("subgraph ").Id("cluster_family_" + family.Key).Raw(" {").End();
                w.Indent++;
                w.Start()
                    .Raw("graph [label=\"\", style=\"rounded\", color=\"#d9d9d9\", tooltip=")
                    .Text(family.First().Name)
                    .Raw("];")
                    .End();
                foreach (var subsystem in family)
                {
                    WriteSubsystem(w, subsystem, metrics, wrap: 18, fontSize: 16);
                }

                w.Indent--;
                w.Line("}");
            }
        }
        else
        {
            foreach (var subsystem in graph.Subsystems())
            {
                WriteSubsystem(w, subsystem, metrics, wrap: 18, fontSize: 16);
            }
        }

        if (layout == DotLayout.Dot)
        {
            // Lists on the left, posts in one column (newrank lets a rank cross clusters), subsystems on the right,
            // one column per level of the hierarchy, top-level ones last.
            WriteRank(w, "min", graph.ReadingLists());
            WriteRank(w, "same", clusters.SelectMany(c => c.Posts));
            foreach (var level in graph.Subsystems().GroupBy(n => n.Depth).OrderBy(g => g.Key))
            {
                WriteRank(w, "same", level);
            }
        }

        var faded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            WriteEdge(w, edge, tooltips: layout == DotLayout.Dot, faded);
        }

        if (layout == DotLayout.Dot)
        {
            WriteLegend(w);
        }

        w.Indent--;
        w.Line("}");
    }

    /// <summary>Writes a subsystem's box: name and posts, filled with its colour, top-level ones bold and
    /// larger.</summary>
    /// <param name="w">The output.</param>
    /// <param name="subsystem">The subsystem.</param>
    /// <param name="metrics">The graph's measures, for its post count.</param>
    /// <param name="wrap">The width its name is wrapped at.</param>
    /// <param name="fontSize">The font size of a top-level subsystem; its children's is 3 points smaller.</param>
    internal static void WriteSubsystem(
        DotOutput w,
        SubsystemNode subsystem,
        GraphMetrics metrics,
        int wrap,
        int fontSize
    )
    {
        var top = subsystem.IsTopLevel;
        w.Start()
            .Id(subsystem.Id)
            .Raw(" [label=")
            .Text(DotSyntax.Wrap(subsystem.Label, wrap) + "\n" + ReadingOrder.Count(metrics[subsystem].TotalPosts))
            .Raw(", shape=\"box\", style=\"")
            .Raw(top ? "rounded,filled,bold" : "rounded,filled")
            .Raw("\", fillcolor=")
            .Text(subsystem.Color)
            .Raw(", color=")
            .Text(Colors.Shade(subsystem.Color, 0.3))
            .Raw(", fontcolor=")
            .Text(Colors.TextOn(subsystem.Color))
            .Raw(", fontsize=\"")
            .Raw(top ? fontSize : fontSize - 3)
            .Raw("\", tooltip=")
            .Text(Tooltip(subsystem.Label, subsystem.Summary))
            .Raw("];")
            .End();
    }

    // { rank="same"; "a"; "b"; }
    private static void WriteRank(DotOutput w, string rank, IEnumerable<Node> nodes)
    {
        w.Start().Raw("{ rank=\"").Raw(rank).Raw("\"; ");
        var first = true;
        foreach (var node in nodes)
        {
            w.Raw(first ? "" : " ").Id(node.Id).Raw(";");
            first = false;
        }

        w.Raw(" }").End();
    }

    // A colour made from another (a post's tint, a faded line): there are few colours, so each is worked out once.
    private static string Derived(Dictionary<string, string> made, string color, Func<string, string> make)
    {
        if (!made.TryGetValue(color, out var derived))
        {
            made[color] = derived = make(color);
        }

        return derived;
    }

    private static void WritePost(DotOutput w, PostNode post, int width, Dictionary<string, string> tints) =>
        w.Start()
            .Id(post.Id)
            .Raw(" [label=")
            .Text(DotSyntax.Wrap(post.Title, width))
            .Raw(", shape=\"box\", style=\"rounded,filled\", fillcolor=")
            .Text(Derived(tints, post.Color, static c => Colors.Tint(c, 0.82)))
            .Raw(", color=")
            .Text(post.Color)
            .Raw(", URL=")
            .Url(post.Url)
            .Raw(", target=\"_blank\", tooltip=")
            .Text(PostTooltip(post))
            .Raw("];")
            .End();

    // Large graphs (sfdp) leave out the edge tooltips: a million of them make the file, not the picture.
    private static void WriteEdge(DotOutput w, Edge edge, bool tooltips, Dictionary<string, string> faded)
    {
        w.Start().Id(edge.Source.Id).Raw(" -> ").Id(edge.Target.Id).Raw(" [");
        switch (edge)
        {
            case CoversEdge { Primary: true } covers:
                w.Raw("color=").Text(covers.Subsystem.Color).Raw(", penwidth=\"2.4\", weight=\"4\"");
                break;
            case CoversEdge covers:
                // Secondary lines: translucent, thin, headless and without pull on the layout, so they stay behind.
                w.Raw("color=")
                    .Text(Derived(faded, covers.Subsystem.Color, static c => c + "59"))
                    .Raw(", penwidth=\"0.8\", arrowhead=\"none\", weight=\"0\"");
                break;
            case PartOfEdge:
                w.Raw("color=\"#555555\", penwidth=\"1.6\", arrowhead=\"onormal\", arrowsize=\"0.9\"");
                break;
            default:
                w.Raw("color=\"#c8c8c8\", penwidth=\"0.6\", arrowhead=\"none\"");
                break;
        }

        if (tooltips && EdgeTooltip(edge) is { } tooltip)
        {
            w.Raw(", tooltip=").Text(tooltip);
        }

        w.Raw("];").End();
    }

    private static string? EdgeTooltip(Edge edge) =>
        edge switch
        {
            CoversEdge covers => covers.Post.Title
                + " → "
                + covers.Subsystem.Name
                + (covers.Primary ? " (primary)" : ""),
            PartOfEdge partOf => partOf.Child.Name + " is part of " + partOf.Parent.Name,
            _ => null, // a list's line says nothing a tooltip would add
        };

    private static void WriteLegend(DotOutput w)
    {
        w.Start().Raw("subgraph ").Id("cluster_legend").Raw(" {").End();
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
        var builder = new StringBuilder(post.Title, capacity: 256);
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
            .Append(post.Subsystems.IsEmpty ? "not mapped" : "covers: ")
            .AppendJoin(", ", post.Subsystems);
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
