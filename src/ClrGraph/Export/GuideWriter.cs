using System.Globalization;
using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export;

/// <summary>
/// Writes the reading guide, <c>guide.md</c>: Markdown that GitHub shows as a page, answering "what should I read
/// about X, and where does it live in the source?". A table of contents, a Mermaid diagram of the subsystem tree,
/// then per subsystem in tree order its summary, Book of the Runtime chapters, source paths, posts (those mainly
/// about it first, then by year), the subsystems most often read with it and a small Mermaid diagram of its posts.
/// Text goes through <see cref="MarkdownText"/> and <see cref="MermaidText"/> only.
/// </summary>
internal static class GuideWriter
{
    /// <summary>Where Book of the Runtime chapters live.</summary>
    public const string BotrBase = "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/";

    /// <summary>Where source paths are browsed.</summary>
    public const string SourceBase = "https://github.com/dotnet/runtime/tree/main/";

    /// <summary>Where design documents are read.</summary>
    public const string DocsBase = "https://github.com/dotnet/runtime/blob/main/";

    private const string Title = "What to read about the CLR";
    private const int DiagramPosts = 6;
    private const int DiagramTitleLength = 40;
    private const int ReadWith = 5;

    /// <summary>At most this many posts are listed under a subsystem that is not their primary one; every post is
    /// listed in full under its primary subsystem, so a large corpus gives a guide of about one entry per
    /// post.</summary>
    public const int MaxAlsoPosts = 100;

    /// <summary>The in-page anchor of each subsystem's heading, as GitHub makes them (repeats numbered).</summary>
    public static Dictionary<string, string> Anchors(IVertexSet<Node> graph)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        string Take(string heading)
        {
            var slug = MarkdownText.Slug(heading);
            var anchor = slug;
            for (var n = 1; !taken.Add(anchor); n++)
            {
                anchor = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            return anchor;
        }

        Take(Title);
        Take("Contents");
        Take("The subsystems");
        return graph.SubsystemTree().ToDictionary(s => s.SubsystemId, s => Take(s.Name), StringComparer.Ordinal);
    }

    /// <summary>The anchor of a subsystem's heading in <c>guide.md</c>.</summary>
    public static string Anchor(IVertexSet<Node> graph, SubsystemNode subsystem) =>
        Anchors(graph)[subsystem.SubsystemId];

    /// <summary>Writes the guide.</summary>
    public static void Write(IVertexSet<Node> graph, GraphMetrics metrics, TextWriter output)
    {
        var tree = graph.SubsystemTree();
        var byId = tree.ToDictionary(s => s.SubsystemId, StringComparer.Ordinal);
        var anchors = Anchors(graph);
        var posts = graph.Posts().ToList();
        var bySubsystem = ReadingOrder.BySubsystem(posts);
        string Ref(string id) => "[" + MarkdownText.Inline(byId[id].Name) + "](#" + anchors[id] + ")";
        void Line(string text = "")
        {
            output.Write(text);
            output.Write('\n');
        }

        Line("# " + Title);
        Line();
        var lists = graph.ReadingLists().Select(l => MarkdownText.Inline(l.Label)).ToList();
        Line(
            "For each part of the .NET runtime (CoreCLR): what it does, the Book of the Runtime chapters and source "
                + "folders to open, and the posts to read, those mainly about it first. "
                + Count(posts.Count, "post")
                + " on "
                + Count(tree.Count, "subsystem")
                + (lists.Count == 0 ? "" : ", from the reading lists " + string.Join(", ", lists))
                + ". Written by ClrGraph from `taxonomy/taxonomy.yaml`; do not edit."
        );
        Line();
        Line("## Contents");
        Line();
        foreach (var subsystem in tree)
        {
            Line(
                new string(' ', 2 * subsystem.Depth)
                    + "- "
                    + Ref(subsystem.SubsystemId)
                    + " ("
                    + ReadingOrder.Count(metrics[subsystem].TotalPosts)
                    + ")"
            );
        }

        var unmapped = posts.Where(p => p.Subsystems.IsEmpty).ToList();
        if (unmapped.Count > 0)
        {
            Line("- [Not mapped yet](#not-mapped-yet) (" + ReadingOrder.Count(unmapped.Count) + ")");
        }

        Line();
        Line("## The subsystems");
        Line();
        Line("Each box is a part of the runtime with the number of posts that explain it or one of its parts.");
        Line();
        WriteTree(tree, metrics, Line);

        foreach (var subsystem in tree)
        {
            Line();
            Line(new string('#', Math.Min(6, subsystem.Depth + 2)) + " " + MarkdownText.Inline(subsystem.Name));
            Line();
            if (!string.IsNullOrEmpty(subsystem.Summary))
            {
                Line(MarkdownText.Paragraph(subsystem.Summary));
                Line();
            }

            var children = tree.Where(s => string.Equals(s.ParentId, subsystem.SubsystemId, StringComparison.Ordinal))
                .Select(s => Ref(s.SubsystemId))
                .ToList();
            var facts = new List<string>();
            if (subsystem.ParentId is { } parent)
            {
                facts.Add("Part of " + Ref(parent) + ".");
            }

            if (children.Count > 0)
            {
                facts.Add("Parts: " + string.Join(", ", children) + ".");
            }

            AddLinks(facts, "Book of the Runtime", subsystem.Botr, BotrBase);
            AddLinks(facts, "Source", subsystem.Source, SourceBase);
            AddLinks(facts, "Design documents", subsystem.DesignDocs, DocsBase);
            foreach (var fact in facts)
            {
                Line("- " + fact);
            }

            if (facts.Count > 0)
            {
                Line();
            }

            var covering = ReadingOrder.PostsOf(bySubsystem, subsystem.SubsystemId).ToList();
            var main = covering.Where(p => p.PrimarySubsystem == subsystem.SubsystemId).ToList();
            WritePosts("Mainly about it", main, subsystem.SubsystemId, Ref, Line);
            var also = covering.Skip(main.Count).ToList();
            WritePosts("Also explain it", also.Take(MaxAlsoPosts).ToList(), subsystem.SubsystemId, Ref, Line);
            if (also.Count > MaxAlsoPosts)
            {
                Line(
                    "And "
                        + ReadingOrder.Count(also.Count - MaxAlsoPosts)
                        + " more, each listed under the subsystem "
                        + "it is mainly about."
                );
                Line();
            }
            if (covering.Count == 0)
            {
                Line("No post covers it directly yet" + (children.Count > 0 ? "; see its parts." : "."));
                Line();
            }

            var together = metrics
                .Shared.Where(s => s.First == subsystem.SubsystemId || s.Second == subsystem.SubsystemId)
                .Select(s => (Id: s.First == subsystem.SubsystemId ? s.Second : s.First, s.Count))
                .OrderByDescending(s => s.Count)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .Take(ReadWith)
                .Select(s => Ref(s.Id) + " (" + ReadingOrder.Count(s.Count) + ")")
                .ToList();
            if (together.Count > 0)
            {
                Line("Most often read with: " + string.Join(", ", together) + ".");
                Line();
            }

            if (covering.Count > 0)
            {
                WritePostDiagram(subsystem, covering, main.Count, Line);
            }
        }

        if (unmapped.Count > 0)
        {
            Line();
            Line("## Not mapped yet");
            Line();
            WritePosts(
                "In the reading lists, in no subsystem",
                ReadingOrder.Sort(unmapped, _ => false).ToList(),
                "",
                Ref,
                Line
            );
        }
    }

    private static void AddLinks(List<string> facts, string what, IReadOnlyList<string> paths, string baseUrl)
    {
        if (paths.Count > 0)
        {
            facts.Add(
                what + ": " + string.Join(", ", paths.Select(p => MarkdownText.Link(p, baseUrl + PathUrl(p)))) + "."
            );
        }
    }

    // Each segment percent-encoded, the slashes kept.
    private static string PathUrl(string path) => string.Join("/", path.Split('/').Select(Uri.EscapeDataString));

    private static void WritePosts(
        string heading,
        List<PostNode> posts,
        string subsystemId,
        Func<string, string> reference,
        Action<string> line
    )
    {
        if (posts.Count == 0)
        {
            return;
        }

        line("**" + heading + "** (" + ReadingOrder.Count(posts.Count) + "):");
        line("");
        foreach (var post in posts)
        {
            var source = string.Join(
                ", ",
                new[] { post.Site, post.Year?.ToString(CultureInfo.InvariantCulture) ?? "" }.Where(s => s.Length > 0)
            );
            // Bold, which also keeps a title such as " " or "x" from reading as a task list's check box.
            var text = "- **" + MarkdownText.Link(post.Title, post.Url) + "**";
            if (source.Length > 0)
            {
                text += " (" + MarkdownText.Inline(source) + ")";
            }

            if (post.Note.Length > 0)
            {
                text += ": " + MarkdownText.Inline(post.Note);
            }

            var others = post.Subsystems.Where(s => s != subsystemId).Select(reference).ToList();
            if (others.Count > 0)
            {
                text += " Also covers " + string.Join(", ", others) + ".";
            }

            line(text);
        }

        line("");
    }

    private static void WriteTree(IReadOnlyList<SubsystemNode> tree, GraphMetrics metrics, Action<string> line)
    {
        var ids = tree.Select((s, i) => (s.SubsystemId, Id: "s" + i.ToString(CultureInfo.InvariantCulture)))
            .ToDictionary(p => p.SubsystemId, p => p.Id, StringComparer.Ordinal);
        line("```mermaid");
        line("flowchart LR");
        foreach (var subsystem in tree)
        {
            line(
                "  "
                    + ids[subsystem.SubsystemId]
                    + "["
                    + MermaidText.Label(subsystem.Name, "<br/>" + ReadingOrder.Count(metrics[subsystem].TotalPosts))
                    + "]"
            );
        }

        foreach (var child in tree.Where(s => s.ParentId is not null))
        {
            line("  " + ids[child.ParentId!] + " --> " + ids[child.SubsystemId]);
        }

        var classes = 0;
        foreach (var color in tree.Select(s => s.Color).Distinct(StringComparer.Ordinal))
        {
            var name = "c" + (classes++).ToString(CultureInfo.InvariantCulture);
            line(
                "  classDef "
                    + name
                    + " fill:"
                    + color
                    + ",stroke:"
                    + Colors.Shade(color, 0.3)
                    + ",color:"
                    + Colors.TextOn(color)
            );
            line(
                "  class "
                    + string.Join(",", tree.Where(s => s.Color == color).Select(s => ids[s.SubsystemId]))
                    + " "
                    + name
            );
        }

        line("```");
    }

    private static void WritePostDiagram(SubsystemNode subsystem, List<PostNode> posts, int main, Action<string> line)
    {
        line("```mermaid");
        line("flowchart LR");
        line("  s[" + MermaidText.Label(subsystem.Name, "") + "]");
        var shown = posts.Take(DiagramPosts).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var title =
                shown[i].Title.Length > DiagramTitleLength
                    ? shown[i].Title[..(DiagramTitleLength - 1)].TrimEnd() + "…"
                    : shown[i].Title;
            var year = shown[i].Year?.ToString(CultureInfo.InvariantCulture);
            var id = "p" + i.ToString(CultureInfo.InvariantCulture);
            line(
                "  s "
                    + (i < main ? "==>" : "-.->")
                    + " "
                    + id
                    + "["
                    + MermaidText.Label(title, year is null ? "" : "<br/>" + year)
                    + "]"
            );
        }

        if (posts.Count > shown.Count)
        {
            line(
                "  s -.-> more["
                    + MermaidText.Label("and " + ReadingOrder.Count(posts.Count - shown.Count) + " more above", "")
                    + "]"
            );
        }

        line(
            "  classDef subsystem fill:"
                + subsystem.Color
                + ",stroke:"
                + Colors.Shade(subsystem.Color, 0.3)
                + ",color:"
                + Colors.TextOn(subsystem.Color)
        );
        line(
            "  classDef main fill:"
                + Colors.Tint(subsystem.Color, 0.85)
                + ",stroke:"
                + subsystem.Color
                + ",color:#000000"
        );
        line("  class s subsystem");
        if (main > 0)
        {
            line(
                "  class "
                    + string.Join(
                        ",",
                        Enumerable
                            .Range(0, Math.Min(main, shown.Count))
                            .Select(i => "p" + i.ToString(CultureInfo.InvariantCulture))
                    )
                    + " main"
            );
        }

        line("```");
        line("");
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
