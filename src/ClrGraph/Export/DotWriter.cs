using System.Globalization;
using System.Text;
using ClrGraph.Building;
using ClrGraph.Metrics;

namespace ClrGraph.Export;

/// <summary>
/// Writes the whole graph as DOT for Graphviz (<c>clrgraph.dot</c>): left to right, reading lists, then posts in
/// clusters by section, then subsystems in their colours; each post clickable with a tooltip; a legend.
/// Graphs too large for <c>dot</c> get <c>sfdp</c> hints and no clusters.
/// </summary>
public sealed class DotWriter(ExportOptions options)
{
    /// <summary>Above this many nodes <c>dot</c> takes more than seconds, so <see cref="DotLayout.Auto"/> picks <c>sfdp</c>.</summary>
    public const int SfdpThreshold = 400;

    private const int LabelWidth = 34;

    private readonly Dictionary<string, string> _tints = new(StringComparer.Ordinal);
    private readonly StringBuilder _scratch = new(); // one builder for every tooltip of a run

    /// <summary>The layout a graph of <paramref name="nodeCount"/> nodes gets.</summary>
    public DotLayout LayoutFor(int nodeCount) => options.Layout != DotLayout.Auto
        ? options.Layout
        : nodeCount > SfdpThreshold ? DotLayout.Sfdp : DotLayout.Dot;

    /// <summary>Writes the graph.</summary>
    public void Write(KnowledgeGraph graph, GraphMetrics metrics, TextWriter output)
    {
        var layout = LayoutFor(graph.NodeCount);
        var w = new DotOutput(output);
        w.Line("digraph " + DotSyntax.Id("clrgraph") + " {");
        w.Indent++;
        if (layout == DotLayout.Dot)
        {
            w.Line("graph [rankdir=\"LR\", ranksep=\"1.1\", nodesep=\"0.12\", newrank=\"true\", fontname=\"Helvetica\", fontsize=\"20\", labelloc=\"t\", label=" +
                DotSyntax.Text("Which posts explain which part of the CLR") + ", tooltip=" + DotSyntax.Text("ClrGraph: the CoreCLR reading list mapped to the runtime's subsystems") + "];");
        }
        else
        {
            w.Line("graph [layout=\"sfdp\", overlap=\"prism\", overlap_scaling=\"-4\", outputorder=\"edgesfirst\", splines=\"false\", fontname=\"Helvetica\", fontsize=\"20\", labelloc=\"t\", label=" +
                DotSyntax.Text("Which posts explain which part of the CLR") + "];");
        }

        w.Line("node [fontname=\"Helvetica\", fontsize=\"10\", margin=\"0.08,0.04\"];");
        w.Line("edge [arrowsize=\"0.5\"];");

        foreach (var list in graph.Nodes.Where(n => n.Kind == NodeKind.ReadingList))
        {
            w.Line(DotSyntax.Id(list.Id) + " [label=" + DotSyntax.Text(DotSyntax.Wrap(list.Label, 20)) + ", shape=\"folder\", style=\"filled\", fillcolor=\"#eeeeee\", color=\"#7f7f7f\", fontsize=\"13\"" +
                (list.Url is null ? "" : ", URL=" + DotSyntax.Url(list.Url) + ", target=\"_blank\"") +
                ", tooltip=" + DotSyntax.Text(Tooltip(list.Label, list.Note)) + "];");
        }

        var posts = PostsInReadingOrder(graph);
        if (layout == DotLayout.Dot)
        {
            var cluster = 0;
            foreach (var group in posts.GroupBy(p => p.Cluster))
            {
                cluster++;
                w.Line("subgraph " + DotSyntax.Id("cluster_" + cluster.ToString(CultureInfo.InvariantCulture)) + " {");
                w.Indent++;
                w.Line("graph [label=" + DotSyntax.Text(DotSyntax.Wrap(group.Key.Label, 48)) + ", tooltip=" + DotSyntax.Text(group.Key.Tooltip) +
                    ", style=\"rounded,filled\", color=\"#d9d9d9\", fillcolor=\"#fafafa\", fontsize=\"12\", fontcolor=\"#444444\", labeljust=\"l\"];");
                foreach (var post in group)
                {
                    WritePost(w, post.Node, LabelWidth);
                }

                w.Indent--;
                w.Line("}");
            }
        }
        else
        {
            foreach (var post in posts)
            {
                WritePost(w, post.Node, 24);
            }
        }

        foreach (var subsystem in graph.Nodes.Where(n => n.Kind == NodeKind.Subsystem))
        {
            var m = metrics[subsystem];
            var topLevel = subsystem.Parent is null;
            w.Line(DotSyntax.Id(subsystem.Id) + " [label=" + DotSyntax.Text(DotSyntax.Wrap(subsystem.Label, 18) + "\n" + Posts(m.TotalPosts)) +
                ", shape=\"box\", style=\"" + (topLevel ? "rounded,filled,bold" : "rounded,filled") + "\", fillcolor=" + DotSyntax.Text(subsystem.Color) +
                ", color=" + DotSyntax.Text(subsystem.Color) + ", fontcolor=" + DotSyntax.Text(Colors.TextOn(subsystem.Color)) +
                ", fontsize=\"" + (topLevel ? "16" : "13") + "\", tooltip=" + DotSyntax.Text(Tooltip(subsystem.Label, subsystem.Note)) + "];");
        }

        if (layout == DotLayout.Dot)
        {
            // Lists on the left, posts in one column (newrank lets a rank cross clusters), subsystems on the right,
            // one column per level of the hierarchy, top-level ones last.
            w.Line(Rank("min", graph.Nodes.Where(n => n.Kind == NodeKind.ReadingList)));
            w.Line(Rank("same", posts.Select(p => p.Node)));
            foreach (var level in graph.Nodes.Where(n => n.Kind == NodeKind.Subsystem).GroupBy(n => n.Depth).OrderBy(g => g.Key))
            {
                w.Line(Rank("same", level));
            }
        }

        foreach (var link in graph.Links)
        {
            WriteEdge(w, link, tooltips: layout == DotLayout.Dot);
        }

        if (layout == DotLayout.Dot)
        {
            WriteLegend(w);
        }

        w.Indent--;
        w.Line("}");
    }

    // { rank="same"; "a"; "b"; }
    private static string Rank(string rank, IEnumerable<Node> nodes)
    {
        var line = new StringBuilder("{ rank=\"").Append(rank).Append("\"; ");
        var separator = "";
        foreach (var node in nodes)
        {
            line.Append(separator).Append(DotSyntax.Id(node.Id)).Append(';');
            separator = " ";
        }

        return line.Append(" }").ToString();
    }

    private void WritePost(DotOutput w, Node post, int width)
    {
        w.Start().Id(post.Id).Raw(" [label=").Text(DotSyntax.Wrap(_scratch.Clear(), post.Label, width))
            .Raw(", shape=\"box\", style=\"rounded,filled\", fillcolor=").Text(Tint(post.Color)).Raw(", color=").Text(post.Color);
        if (post.Url is not null)
        {
            w.Raw(", URL=").Url(post.Url).Raw(", target=\"_blank\"");
        }

        w.Raw(", tooltip=").Text(PostTooltip(post)).Raw("];").End();
    }

    // Large graphs (sfdp) leave out the edge tooltips: a million of them make the file, not the picture.
    private static void WriteEdge(DotOutput w, Link link, bool tooltips)
    {
        w.Start().Id(link.Source.Id).Raw(" -> ").Id(link.Target.Id).Raw(" [");
        switch (link.Relation)
        {
            case Relation.Covers:
                w.Raw("color=").Text(link.Target.Color).Raw(link.Primary ? ", penwidth=\"2.4\"" : ", penwidth=\"0.9\", style=\"dashed\"");
                if (tooltips)
                {
                    w.Raw(", tooltip=").Text(link.Source.Label + " → " + link.Target.Label + (link.Primary ? " (primary)" : ""));
                }

                break;
            case Relation.PartOf:
                w.Raw("color=\"#555555\", penwidth=\"1.6\", arrowhead=\"onormal\", arrowsize=\"0.9\"");
                if (tooltips)
                {
                    w.Raw(", tooltip=").Text(link.Source.Label + " is part of " + link.Target.Label);
                }

                break;
            default:
                w.Raw("color=\"#c8c8c8\", penwidth=\"0.6\", arrowhead=\"none\"");
                break;
        }

        w.Raw("];").End();
    }

    // Posts take a tint of their primary subsystem's colour; there are few colours, so each tint is worked out once.
    private string Tint(string color)
    {
        if (!_tints.TryGetValue(color, out var tint))
        {
            tint = Colors.Tint(color, 0.82);
            _tints[color] = tint;
        }

        return tint;
    }

    private static void WriteLegend(DotOutput w)
    {
        w.Line("subgraph " + DotSyntax.Id("cluster_legend") + " {");
        w.Indent++;
        w.Line("graph [label=\"Legend\", style=\"rounded\", color=\"#999999\", fontsize=\"14\", labeljust=\"l\"];");
        w.Line("node [fontsize=\"11\", width=\"1.6\"];");
        w.Line("\"legend:list\" [label=\"reading list\", shape=\"folder\", style=\"filled\", fillcolor=\"#eeeeee\", color=\"#7f7f7f\"];");
        w.Line("\"legend:post\" [label=\"post (click to open)\", shape=\"box\", style=\"rounded,filled\", fillcolor=\"#d2e4f0\", color=\"#1f77b4\"];");
        w.Line("\"legend:subsystem\" [label=\"subsystem\\nN posts\", shape=\"box\", style=\"rounded,filled,bold\", fillcolor=\"#1f77b4\", color=\"#1f77b4\", fontcolor=\"#ffffff\"];");
        w.Line("\"legend:child\" [label=\"child subsystem\", shape=\"box\", style=\"rounded,filled\", fillcolor=\"#6baed6\", color=\"#6baed6\"];");
        w.Line("\"legend:list\" -> \"legend:post\" [label=\"lists\", fontsize=\"9\", color=\"#c8c8c8\", arrowhead=\"none\"];");
        w.Line("\"legend:post\" -> \"legend:subsystem\" [label=\"primary\", fontsize=\"9\", color=\"#1f77b4\", penwidth=\"2.4\"];");
        w.Line("\"legend:post\" -> \"legend:child\" [label=\"also covers\", fontsize=\"9\", color=\"#6baed6\", penwidth=\"0.9\", style=\"dashed\"];");
        w.Line("\"legend:child\" -> \"legend:subsystem\" [label=\"part of\", fontsize=\"9\", color=\"#555555\", penwidth=\"1.6\", arrowhead=\"onormal\"];");
        w.Indent--;
        w.Line("}");
    }

    private static string Posts(int count) => count == 1 ? "1 post" : count.ToString(CultureInfo.InvariantCulture) + " posts";

    private static string Tooltip(string title, string? note) => string.IsNullOrEmpty(note) ? title : title + "\n" + note;

    private StringBuilder PostTooltip(Node post)
    {
        var builder = _scratch.Clear().Append(post.Label);
        if (!string.IsNullOrEmpty(post.Site) || post.Year is not null)
        {
            builder.Append('\n').Append(post.Site);
            if (post.Year is { } year)
            {
                builder.Append(", ").Append(year.ToString(CultureInfo.InvariantCulture));
            }
        }

        builder.Append('\n');
        if (post.Subsystems.IsEmpty)
        {
            builder.Append("not mapped");
        }
        else
        {
            builder.Append("covers: ").AppendJoin(", ", post.Subsystems);
        }

        if (!string.IsNullOrEmpty(post.Note))
        {
            builder.Append('\n').Append(post.Note);
        }

        return builder;
    }

    // Index: the order in which the clusters were met, 0 for the unlisted posts' cluster.
    private sealed record ClusterKey(int Index, string ListId, string Section, string Label, string Tooltip);

    private sealed record PlacedPost(Node Node, ClusterKey Cluster);

    // Posts in the order their first reading list names them, so clusters read top to bottom like the list.
    private static List<PlacedPost> PostsInReadingOrder(KnowledgeGraph graph)
    {
        // Links come in source-id order, so a post's first 'lists' link is from the ordinally first list naming it.
        var firstListing = new Link?[graph.NodeCount];
        foreach (var link in graph.Links)
        {
            if (link.Relation == Relation.Lists)
            {
                firstListing[link.Target.Index] ??= link;
            }
        }

        var unlisted = new ClusterKey(0, "~", "", "In the taxonomy only", "Posts that no reading list names");
        var clusters = new List<ClusterKey> { unlisted };
        var sections = new Dictionary<string, ClusterKey>?[graph.NodeCount]; // by list, then by section
        var placed = new List<(string ListId, int Position, PlacedPost Post)>();
        foreach (var post in graph.Nodes)
        {
            if (post.Kind != NodeKind.Post)
            {
                continue;
            }

            var key = unlisted;
            var first = firstListing[post.Index];
            if (first is not null)
            {
                var section = first.Section ?? "";
                var ofList = sections[first.Source.Index] ??= new Dictionary<string, ClusterKey>(StringComparer.Ordinal);
                if (!ofList.TryGetValue(section, out key))
                {
                    key = new ClusterKey(clusters.Count, first.Source.Id, section, ClusterLabel(first), first.Source.Label + (section.Length == 0 ? "" : " › " + section));
                    clusters.Add(key);
                    ofList.Add(section, key);
                }
            }

            placed.Add((key.ListId, first?.Position ?? int.MaxValue, new PlacedPost(post, key)));
        }

        placed.Sort((a, b) =>
        {
            var byList = string.CompareOrdinal(a.ListId, b.ListId);
            return byList != 0 ? byList : a.Position != b.Position ? a.Position.CompareTo(b.Position) : string.CompareOrdinal(a.Post.Node.Id, b.Post.Node.Id);
        });

        // A cluster is listed where its first post is; a post is drawn once, in its first section.
        var byCluster = new List<PlacedPost>?[clusters.Count];
        var clusterOrder = new List<List<PlacedPost>>();
        foreach (var (_, _, post) in placed)
        {
            if (byCluster[post.Cluster.Index] is not { } members)
            {
                members = byCluster[post.Cluster.Index] = [];
                clusterOrder.Add(members);
            }

            members.Add(post);
        }

        var ordered = new List<PlacedPost>(placed.Count);
        foreach (var members in clusterOrder)
        {
            ordered.AddRange(members);
        }

        return ordered;
    }

    private static string ClusterLabel(Link listing)
    {
        if (string.IsNullOrEmpty(listing.Section))
        {
            return listing.Source.Label;
        }

        var last = listing.Section.LastIndexOf(" › ", StringComparison.Ordinal);
        return last < 0 ? listing.Section : listing.Section[(last + 3)..];
    }
}
