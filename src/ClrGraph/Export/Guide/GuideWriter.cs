using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;
using static System.FormattableString;

namespace ClrGraph.Export.Guide;

/// <summary>
/// Writes the reading guide, <c>guide.md</c>: Markdown that GitHub shows as a page, answering "what should I read
/// about X, and where does it live in the source?". A table of contents, the few posts to start with, a Mermaid
/// diagram of the subsystem tree, then per subsystem in tree order its summary, Book of the Runtime chapters and
/// source paths, the posts mainly about it in full, the other posts that cover it as one-line links, and a small
/// diagram of the subsystems most often read with it. Each post is written in full once. Text goes through
/// <see cref="MarkdownText"/> and <see cref="MermaidText"/> only.
/// </summary>
internal static class GuideWriter
{
    public const string SourceBase = "https://github.com/dotnet/runtime/tree/main/";

    public const string DocsBase = "https://github.com/dotnet/runtime/blob/main/";

    /// <summary>The subsystem of posts about the runtime as a whole (one of the taxonomy's fixed ids); the
    /// "start here" posts come from it.</summary>
    public const string OverviewId = "overview";

    /// <summary>At most this many posts are linked under a subsystem that is not their primary one; every post is
    /// written in full under its primary subsystem, so a large corpus gives a guide of about one entry per
    /// post.</summary>
    public const int MaxAlsoPosts = 100;

    /// <summary>At most this many posts are listed under "Start here".</summary>
    public const int StartHerePosts = 5;

    private const string NotMappedHeading = "Not mapped yet";
    private const int ReadWith = 3;

    public static void Write(IVertexSet<Node> graph, GraphMetrics metrics, TextWriter output)
    {
        var tree = graph.SubsystemTree();
        var byId = tree.ToDictionary(s => s.SubsystemId, StringComparer.Ordinal);
        var anchors = Presentation.GuideAnchors(graph);
        var before = Presentation.GuideHeadingsBefore;
        var headings = Presentation.HeadingAnchors([.. before, .. tree.Select(s => s.Name), NotMappedHeading]);
        var children = tree.Where(s => s.ParentId is not null).ToLookup(s => s.ParentId!, StringComparer.Ordinal);
        var neighbours = Neighbours(metrics);
        var posts = graph.Posts().ToList();
        var bySubsystem = posts
            .SelectMany(p => p.Subsystems.Select(id => (Id: id, Post: p)))
            .ToLookup(p => p.Id, p => p.Post, StringComparer.Ordinal);
        var unmapped = posts.Where(p => p.Subsystems.IsEmpty).ToList();
        string Ref(string id) => MarkdownText.Anchor(byId[id].Name, anchors[id]);
        string Name(string id) => MarkdownText.Inline(byId[id].Name);
        // A blank line is written only before the next text, so blocks never leave two blank lines or a trailing one.
        var blank = false;
        void Line(string text = "")
        {
            if (text.Length == 0)
            {
                blank = true;
                return;
            }

            if (blank)
            {
                output.Write('\n');
                blank = false;
            }

            output.Write(text);
            output.Write('\n');
        }

        // Lines, then a blank line.
        void Block(params IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                Line(line);
            }

            Line();
        }

        Block("# " + Presentation.GuideTitle);
        var lists = Presentation.InFileOrder(graph.ReadingLists()).Select(l => MarkdownText.Inline(l.Label)).ToList();
        Block(
            "What to read about each part of the .NET runtime (CoreCLR), and where it lives in the source: "
                + $"{ReadingOrder.Count(posts.Count)} on {ReadingOrder.Count(tree.Count, "subsystem")}"
                + (lists.Count == 0 ? "" : $", from the reading list{(lists.Count == 1 ? "" : "s")} ")
                + string.Join(", ", lists)
                + ". Each post is described once, under the subsystem it is mainly about. "
                + Unreviewed(posts.Count(p => p.Suggested), posts.Count)
                + "Written by ClrGraph: edit the taxonomy and run `clrgraph export`, not this file."
        );
        Block("## " + before[1]);
        Line("- " + MarkdownText.Anchor(before[2], headings[2]));
        Line("- " + MarkdownText.Anchor(before[3], headings[3]));
        foreach (var subsystem in tree)
        {
            var indent = new string(' ', 2 * Presentation.OutlineLevel(subsystem));
            Line($"{indent}- {Ref(subsystem.SubsystemId)} ({ReadingOrder.Count(metrics[subsystem].TotalPosts)})");
        }

        if (unmapped.Count > 0)
        {
            Line($"- {MarkdownText.Anchor(NotMappedHeading, headings[^1])} ({ReadingOrder.Count(unmapped.Count)})");
        }

        Line();
        Block("## " + before[2]);
        WriteStartHere(posts, byId, Ref, Block);
        Block("## " + before[3]);
        GuideDiagrams.WriteTree(tree, metrics, Block);

        foreach (var subsystem in tree)
        {
            var id = subsystem.SubsystemId;
            Block(new string('#', Math.Min(6, subsystem.Depth + 2)) + " " + MarkdownText.Heading(subsystem.Name));
            if (!string.IsNullOrWhiteSpace(subsystem.Summary))
            {
                Block(MarkdownText.Paragraph(subsystem.Summary));
            }

            var facts = new List<string>();
            if (subsystem.ParentId is { } parent)
            {
                facts.Add("Part of " + Ref(parent) + ".");
            }

            if (children[id].Any())
            {
                facts.Add("Parts: " + string.Join(", ", children[id].Select(c => Ref(c.SubsystemId))) + ".");
            }

            var covering = ReadingOrder.Sort(bySubsystem[id], p => p.PrimarySubsystem == id).ToList();

            // A chapter that is also one of its posts is listed with them.
            var urls = covering.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
            var chapters = subsystem.Botr.Where(c => !urls.Contains(Presentation.BotrBase + PathUrl(c))).ToList();
            var besides = chapters.Count < subsystem.Botr.Length ? ", besides the posts" : "";
            AddLinks(facts, "Book of the Runtime" + besides, chapters, Presentation.BotrBase);
            AddLinks(facts, "Source", subsystem.Source, SourceBase);
            AddLinks(facts, "Design documents", subsystem.DesignDocs, DocsBase);
            var together = neighbours[id].Take(GuideDiagrams.MaxNeighbours).ToList();
            var diagram = subsystem.IsTopLevel && together.Count >= GuideDiagrams.MinNeighbours;
            if (together.Count > 0 && !diagram)
            {
                var first = together.Take(ReadWith).Select(n => Ref(n.Id) + " (" + ReadingOrder.Count(n.Count) + ")");
                facts.Add("Most often read with: " + string.Join(", ", first) + ".");
            }

            Block(facts.Select(fact => "- " + fact));
            var main = covering.Where(p => p.PrimarySubsystem == id).ToList();
            if (main.Count > 0)
            {
                Block("**Mainly about it** (" + ReadingOrder.Count(main.Count) + "):");
                Block(main.Select(post => FullEntry(post, id, Name)));
            }

            var also = covering.Skip(main.Count).ToList();
            if (also.Count > 0)
            {
                var linked = also.Count == 1 ? "linked" : "each linked";
                Block($"**Also about it** ({ReadingOrder.Count(also.Count)}, {linked} to its entry under the subsystem "
                    + "it is mainly about):");
                var links = also
                    .Take(MaxAlsoPosts)
                    .Select(post =>
                        "- " + MarkdownText.Anchor(Presentation.Title(post), anchors[post.PrimarySubsystem!])
                    );
                var hidden = also.Count - MaxAlsoPosts;
                string[] more = hidden > 0 ? ["- and " + ReadingOrder.Count(hidden) + " more"] : [];
                Block([.. links, .. more]);
            }

            if (covering.Count == 0)
            {
                Block("No post covers it directly yet" + (children[id].Any() ? "; see its parts." : "."));
            }

            if (diagram)
            {
                Block("Most often read with:");
                GuideDiagrams.WriteNeighbours(subsystem, together, byId, Block);
            }
        }

        if (unmapped.Count > 0)
        {
            Block("## " + NotMappedHeading);
            Block("In the reading lists, in no subsystem yet:");
            Block(ReadingOrder.Sort(unmapped, _ => false).Select(post => FullEntry(post, "", Name)));
        }
    }

    /// <summary>The subsystems each subsystem shares posts with, most shared first, then by id.</summary>
    private static ILookup<string, (string Id, int Count)> Neighbours(GraphMetrics metrics) =>
        metrics
            .Shared.Select(s => (Of: s.First, Id: s.Second, s.Count))
            .Concat(metrics.Shared.Select(s => (Of: s.Second, Id: s.First, s.Count)))
            .OrderByDescending(n => n.Count)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToLookup(n => n.Of, n => (n.Id, n.Count), StringComparer.Ordinal);

    // The posts about the runtime as a whole that explain most of its parts, broadest first (when the taxonomy has
    // no such subsystem, the broadest posts of all); a post that explains no part, such as a home page, is not one.
    private static void WriteStartHere(
        List<PostNode> posts,
        Dictionary<string, SubsystemNode> byId,
        Func<string, string> reference,
        Action<IEnumerable<string>> block
    )
    {
        var overview = byId.ContainsKey(OverviewId);
        var about = posts.Where(p => !p.Subsystems.IsEmpty && (!overview || p.PrimarySubsystem == OverviewId)).ToList();
        // A post whose subsystems nobody has reviewed is no recommendation yet, nor one known only by its address.
        var candidates = about.Where(p => !p.Suggested && !p.TitledByAddress).ToList();
        var ranked = ReadingOrder
            .Sort(candidates, _ => true)
            .Select(p => (Post: p, Parts: p.Subsystems.Select(s => byId[s].TopLevelId).Distinct().Count(IsPart)))
            .OrderByDescending(p => p.Parts)
            .ToList();
        // Without a subsystem for the runtime as a whole, a post on two parts is just a post that spans them
        // ("Does the JIT take advantage of my CPU?"): the broad ones touch three.
        var broadest = ranked.Where(p => p.Parts >= (overview ? 2 : 3)).Take(StartHerePosts).ToList();
        if (broadest.Count == 0 && overview)
        {
            // Posts about the runtime as a whole that touch one part are still where to start; one that touches none
            // (a home page, or a post filed there for want of anything better) is not.
            broadest = ranked.Where(p => p.Parts == 1).Take(StartHerePosts).ToList();
        }

        if (broadest.Count == 0)
        {
            var reviewed = about.Any(p => p.Suggested) ? "reviewed " : "";
            // Posts filed under the runtime as a whole that touch no part (a book's index, a home page) are still
            // there to read: the guide says where, rather than that there are none.
            block([
                overview && candidates.Count > 0
                    ? $"No {reviewed}post yet explains several of the runtime's parts: pick a subsystem below, "
                        + $"or begin with {reference(OverviewId)}."
                    : $"No {reviewed}post explains the runtime as a whole yet: pick a subsystem below.",
            ]);
            return;
        }

        var (first, each) = broadest.Count == 1
            ? ("this first", "it is")
            : ("these first, the broadest first", "each is");
        block([
            $"New to the runtime's internals? Read {first}"
                + (overview ? $"; {each} described under {reference(OverviewId)}." : "."),
        ]);
        block(broadest.Select((b, i) =>
        {
            var parts = b.Parts < 2 ? "" : ", on " + ReadingOrder.Count(b.Parts, "part") + " of the runtime";
            var link = MarkdownText.Link(Presentation.Title(b.Post), b.Post.Url);
            return Invariant($"{i + 1}. {link}{Source(b.Post)}{parts}");
        }));
    }

    private static bool IsPart(string topLevelId) => topLevelId != OverviewId;

    private static string Unreviewed(int count, int of)
    {
        var which = count == of ? (count == 1 ? "The post is" : $"All {count} posts are")
            : count == 1 ? "One post is" : $"{count} posts are";
        return count == 0
            ? ""
            : $"{which} {(count == 1 ? "a suggestion" : "suggestions")} that nobody has reviewed yet "
                + "(`suggested: true` in the taxonomy): their subsystems may be wrong. ";
    }

    // The other subsystems by name only: each of them links back to this entry.
    private static string FullEntry(PostNode post, string subsystemId, Func<string, string> name)
    {
        // Bold, which also keeps a title such as "x" from reading as a task list's check box.
        var text = "- **" + MarkdownText.Link(Presentation.Title(post), post.Url) + "**" + Source(post);
        if (post.Note.Length > 0)
        {
            text += ": " + MarkdownText.Inline(post.Note);
        }

        var others = post.Subsystems.Where(s => s != subsystemId).Select(name).ToList();
        return others.Count == 0
            ? text
            : text + (text[^1] is '.' or '!' or '?' ? " " : ". ") + "Also covers " + string.Join(", ", others) + ".";
    }

    // Where and when, after the title.
    private static string Source(PostNode post) =>
        Presentation.Source(post) is { Length: > 0 } source ? " (" + MarkdownText.Inline(source) + ")" : "";

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
}
