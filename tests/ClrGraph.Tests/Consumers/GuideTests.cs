using System.Text;
using ClrGraph.Building;
using ClrGraph.Export.Guide;
using ClrGraph.Synthetic;
using ClrGraph.Tests.Export;
using ClrGraph.Tests.Support;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClrGraph.Tests.Consumers;

/// <summary>The guide as its readers get it: Markdig with GitHub's extensions and heading identifiers, and the real
/// Mermaid.</summary>
public class GuideTests(MermaidParser mermaid) : IClassFixture<MermaidParser>
{
    public static TheoryData<string> Inputs => ["small", "hostile", "guide", "real"];

    // GitHub's heading identifiers first, so that UseAdvancedExtensions keeps them instead of Markdig's default.
    private static readonly MarkdownPipeline GitHub = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        .Build();

    private static string TaxonomyOf(string input) => input == "real" ? Repo.Taxonomy : Repo.Fixture(input);

    private static (MarkdownDocument Document, string Text, KnowledgeGraph Graph) Guide(string input)
    {
        using var temp = new TempFolder();
        var result = Fixture.Load(TaxonomyOf(input));
        var files = Fixture.ExportTo(temp.Path, result);
        var text = File.ReadAllText(files["guide.md"], Encoding.UTF8);
        return (Markdown.Parse(text, GitHub), text, result.Graph!);
    }

    // The guide of a taxonomy written out in the test, beside the reading lists given by file name.
    private static string GuideOf(string taxonomyYaml, params (string File, string Text)[] lists) =>
        ExportOf(taxonomyYaml, lists)["guide.md"];

    private static Dictionary<string, string> ExportOf(string taxonomyYaml, params (string File, string Text)[] lists)
    {
        using var temp = new TempFolder();
        var taxonomy = temp.File("taxonomy.yaml");
        File.WriteAllText(taxonomy, taxonomyYaml);
        foreach (var (file, text) in lists)
        {
            File.WriteAllText(temp.File(file), text);
        }

        var files = Fixture.ExportTo(temp.File("out"), Fixture.Load(taxonomy));
        return files.ToDictionary(f => f.Key, f => File.ReadAllText(f.Value));
    }

    private enum Kind
    {
        /// <summary>A post in full: a bold link to it, with its site, year and note.</summary>
        Full,

        /// <summary>A one-line link to a post's full entry.</summary>
        Link,

        /// <summary>Any other list item.</summary>
        Other,
    }

    private sealed record Entry(string Section, Kind Kind, string Text, string Url);

    // Every list item of the document with the anchor of the heading above it.
    private static List<Entry> Entries(MarkdownDocument document)
    {
        var entries = new List<Entry>();
        var section = "";
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                section = heading.GetAttributes().Id ?? "";
            }
            else if (block is ListBlock list)
            {
                foreach (var item in list.Descendants<ListItemBlock>())
                {
                    var first = item.Descendants<ParagraphBlock>().First().Inline!.FirstChild;
                    // A post whose title is its URL is an autolink, <url>.
                    var (kind, text, url) = first switch
                    {
                        EmphasisInline { DelimiterCount: 2, FirstChild: LinkInline l } => (Kind.Full, TextOf(l), l.Url),
                        EmphasisInline { DelimiterCount: 2, FirstChild: AutolinkInline a } => (Kind.Full, a.Url, a.Url),
                        LinkInline l when l.Url!.StartsWith('#') => (Kind.Link, TextOf(l), l.Url),
                        LinkInline l => (Kind.Other, TextOf(l), l.Url),
                        _ => (Kind.Other, "", ""),
                    };
                    entries.Add(new Entry(section, kind, text, url ?? ""));
                }
            }
        }

        return entries;
    }

    private static string TextOf(ContainerInline inline) =>
        string.Concat(
            inline
                .Descendants<LeafInline>()
                .Select(l =>
                    l switch
                    {
                        LiteralInline literal => literal.Content.ToString(),
                        HtmlEntityInline entity => entity.Transcoded.ToString(),
                        _ => "",
                    }
                )
        );

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_link_is_absolute_http_or_a_heading_of_the_guide(string input)
    {
        var (document, _, _) = Guide(input);
        var anchors = document
            .Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .ToHashSet(StringComparer.Ordinal);
        var urls = document
            .Descendants<LinkInline>()
            .Select(l => l.Url ?? "")
            .Concat(document.Descendants<AutolinkInline>().Select(a => a.Url))
            .ToList();
        Assert.NotEmpty(urls);
        foreach (var url in urls)
        {
            if (url.StartsWith('#'))
            {
                Assert.True(anchors.Contains(url[1..]), $"no heading has the anchor {url}");
            }
            else
            {
                Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var absolute), url);
                Assert.True(absolute.Scheme is "http" or "https", url);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Blocks_are_parted_by_one_blank_line_and_the_file_ends_with_one_line_end(string input)
    {
        var (_, text, _) = Guide(input);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal); // markdownlint MD012
        Assert.True(text.EndsWith('\n') && !text.EndsWith("\n\n", StringComparison.Ordinal), "one line end at the end");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_post_is_written_in_full_exactly_once_and_every_subsystem_has_a_heading(string input)
    {
        var (document, _, graph) = Guide(input);
        var full = Entries(document).Where(e => e.Kind == Kind.Full).ToList();
        foreach (var post in graph.Posts())
        {
            Assert.Single(full, e => e.Url == post.Url);
        }

        Assert.Equal(graph.Posts().Count(), full.Count);
        var headings = document.Descendants<HeadingBlock>().Select(h => TextOf(h.Inline!)).ToList();
        foreach (var subsystem in graph.Subsystems())
        {
            Assert.Contains(GuideEscapingTests.Seen(subsystem.Name).Trim(' '), headings);
        }
    }

    [Fact]
    public void Posts_are_in_full_under_their_primary_subsystem_and_linked_under_the_others()
    {
        var entries = Entries(Guide("guide").Document);

        // Worked out by hand from Fixtures/guide/taxonomy.yaml: the first subsystem of a post is its primary.
        string[] expectedFull =
        [
            "garbage-collector: GC basics",
            "jit: Inside the JIT",
            "jit: Performance of .NET 9",
            "suspension: Pauses",
            "the-runtime-as-a-whole: A tour of the runtime",
            "the-runtime-as-a-whole: Introduction",
            "the-runtime-as-a-whole: The runtime's home page",
        ];
        string[] expectedLinks =
        [
            "garbage-collector: A tour of the runtime -> #the-runtime-as-a-whole",
            "garbage-collector: Introduction -> #the-runtime-as-a-whole",
            "garbage-collector: Pauses -> #suspension",
            "garbage-collector: Performance of .NET 9 -> #jit",
            "jit: A tour of the runtime -> #the-runtime-as-a-whole",
            "jit: GC basics -> #garbage-collector",
            "jit: Introduction -> #the-runtime-as-a-whole",
            "thread-pool: Pauses -> #suspension",
            "thread-pool: Performance of .NET 9 -> #jit",
            "type-loader: A tour of the runtime -> #the-runtime-as-a-whole",
            "type-loader: Inside the JIT -> #jit",
            "type-loader: Performance of .NET 9 -> #jit",
        ];
        Assert.Equal(
            expectedFull,
            entries.Where(e => e.Kind == Kind.Full).Select(e => e.Section + ": " + e.Text).Order(StringComparer.Ordinal)
        );
        Assert.Equal(
            expectedLinks,
            entries
                .Where(e => e.Kind == Kind.Link && e.Section != "contents")
                .Select(e => e.Section + ": " + e.Text + " -> " + e.Url)
                .Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void Contents_links_every_subsystem_to_its_heading_with_githubs_anchors()
    {
        var (document, _, _) = Guide("guide");

        // Worked out by hand from Fixtures/guide/taxonomy.yaml: GitHub's heading anchors (lower case, spaces as '-'),
        // "-1" for the second "Start here", the children under their parent, the rest by name.
        string[] contents =
        [
            "Start here -> #start-here",
            "The subsystems -> #the-subsystems",
            "Garbage collector -> #garbage-collector",
            "Suspension -> #suspension",
            "JIT -> #jit",
            "The runtime as a whole -> #the-runtime-as-a-whole",
            "Start here -> #start-here-1",
            "Thread pool -> #thread-pool",
            "Type loader -> #type-loader",
        ];
        Assert.Equal(
            contents,
            Entries(document).Where(e => e.Section == "contents").Select(e => e.Text + " -> " + e.Url)
        );
        Assert.Equal(
            ["What to read about the CLR -> #what-to-read-about-the-clr", "Contents -> #contents", .. contents],
            document.Descendants<HeadingBlock>().Select(h => TextOf(h.Inline!) + " -> #" + h.GetAttributes().Id)
        );
    }

    [Fact]
    public void Start_here_lists_the_broad_posts_about_the_runtime_as_a_whole_broadest_first()
    {
        var (document, _, _) = Guide("guide");
        var entries = Entries(document);

        // The home page explains no part, so it is not one; the subsystem named "Start here" gets start-here-1.
        Assert.Equal(
            ["A tour of the runtime https://example.org/tour", "Introduction https://example.org/intro"],
            entries.Where(e => e.Section == "start-here").Select(e => e.Text + " " + e.Url)
        );
        Assert.Contains(entries, e => e.Section == "contents" && e.Text == "Start here" && e.Url == "#start-here-1");
        var start = document.Descendants<HeadingBlock>().Single(h => h.GetAttributes().Id == "start-here");
        Assert.True(Assert.IsType<ListBlock>(document[document.IndexOf(start) + 2]).IsOrdered);
    }

    // A course's notes, task_1.md to task_10.md: the guide named them "task_1, task_10, task_4", and the explorer's
    // sidebar listed them so, as their ids sort character by character.
    [Fact]
    public void Numbered_lists_are_named_in_the_order_of_their_numbers_in_the_guide_and_the_explorer()
    {
        int[] numbers = [10, 4, 1];
        var lists = numbers.Select(n => ($"task_{n}.md", $"# Task {n}\n\n- [Post {n}](https://example.org/{n})\n"));
        var files = ExportOf(
            """
            reading-lists: [task_10.md, task_4.md, task_1.md]
            posts:
              - { url: "https://example.org/1", subsystems: [gc] }
              - { url: "https://example.org/4", subsystems: [gc] }
              - { url: "https://example.org/10", subsystems: [gc] }
            """,
            [.. lists]
        );

        Assert.Contains("from the reading lists Task 1, Task 4, Task 10.", files["guide.md"], StringComparison.Ordinal);
        var page = files["explorer.html"];
        string[] titles = ["Task 1", "Task 4", "Task 10"];
        var order = titles.Select(t => page.IndexOf($"\"{t}\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain(-1, order);
    }

    // Not one that touches no part: a curator's list accepted as 'init' suggested it recommended the Wikipedia page of
    // Donald Knuth, filed under overview for want of any evidence.
    [Fact]
    public void Start_here_lists_a_post_about_the_runtime_as_a_whole_that_touches_one_part_when_none_is_broader()
    {
        var guide = GuideOf(
            """
            reading-lists: []
            posts:
              - url: https://en.wikipedia.org/wiki/Donald_Knuth
                title: Donald Knuth
                subsystems: [overview]
              - url: https://example.org/book
                title: The book of the runtime
                subsystems: [overview, gc]
              - url: https://example.org/gc
                title: Inside the collector
                subsystems: [gc]
            """
        );
        var entries = Entries(Markdown.Parse(guide, GitHub));

        Assert.Equal(
            ["The book of the runtime https://example.org/book"],
            entries.Where(e => e.Section == "start-here").Select(e => e.Text + " " + e.Url)
        );
        Assert.DoesNotContain("No post explains the runtime as a whole", guide, StringComparison.Ordinal);
        Assert.DoesNotContain("parts of the runtime", guide, StringComparison.Ordinal);
        Assert.Contains("Read this first; it is described under", guide, StringComparison.Ordinal); // not "these"
    }

    // Without an overview subsystem, the broadest posts of all: a real list's "Start here" recommended five narrow
    // troubleshooting posts, each tied with the others on two parts.
    [Fact]
    public void Start_here_without_an_overview_lists_posts_on_three_parts_at_least()
    {
        var guide = GuideOf(
            """
            reading-lists: []
            posts:
              - url: https://example.org/cpu
                title: Does the JIT take advantage of my CPU?
                subsystems: [jit, gc]
              - url: https://example.org/tour
                title: A tour of the runtime
                subsystems: [gc, jit, threadpool]
            """
        );
        var entries = Entries(Markdown.Parse(guide, GitHub));

        Assert.Equal(
            ["https://example.org/tour"],
            entries.Where(e => e.Section == "start-here").Select(e => e.Url)
        );
    }

    // A course's notes list a talk by its bare address: "Start here" recommended "youtube.com/watch?v=pjKNx41Ubxw" to a
    // newcomer, a link that says nothing of what it is.
    [Fact]
    public void Start_here_leaves_out_a_post_known_only_by_its_address()
    {
        var guide = GuideOf(
            """
            reading-lists: [notes.md]
            posts:
              - url: https://example.org/book
                title: The book of the runtime
                subsystems: [overview, gc, jit]
              - url: https://www.youtube.com/watch?v=pjKNx41Ubxw
                subsystems: [overview, gc, jit, threading]
            """,
            ("notes.md", "Refs:\n* https://www.youtube.com/watch?v=pjKNx41Ubxw\n")
        );
        var entries = Entries(Markdown.Parse(guide, GitHub));

        Assert.Equal(
            ["https://example.org/book"],
            entries.Where(e => e.Section == "start-here").Select(e => e.Url)
        );
    }

    // A course's notes file the Book of the Runtime's index under the runtime as a whole, touching no part: "Start
    // here" said that no post explains the runtime as a whole, under a contents that counted one.
    [Fact]
    public void Start_here_points_to_the_posts_on_the_whole_runtime_that_touch_no_part()
    {
        var guide = GuideOf(
            """
            reading-lists: []
            posts:
              - url: https://example.org/botr
                title: The Book of the Runtime
                subsystems: [overview]
              - url: https://example.org/gc
                title: Inside the collector
                subsystems: [gc]
            """
        );

        Assert.Contains(
            "\n\nNo post yet explains several of the runtime's parts: pick a subsystem below, or begin with "
                + "[The runtime as a whole](#the-runtime-as-a-whole).\n\n",
            guide,
            StringComparison.Ordinal
        );
    }

    // Right after 'clrgraph init', every post is a suggestion, and the ones about the runtime as a whole are often
    // placeholders for posts with no evidence: no recommendation until a curator has looked.
    [Fact]
    public void Start_here_leaves_out_suggestions_not_reviewed_and_the_introduction_counts_them()
    {
        var taxonomy =
            """
            reading-lists: []
            posts:
              - url: https://example.org/reviewed
                title: A reviewed tour
                subsystems: [overview, gc, jit]
              - url: https://example.org/pasted
                title: A pasted placeholder
                subsystems: [overview, gc, jit, threading]
                suggested: true
              - url: https://example.org/gc
                title: Inside the collector
                subsystems: [gc]
                suggested: true
            """;
        var guide = GuideOf(taxonomy);

        Assert.Equal(
            ["A reviewed tour https://example.org/reviewed"],
            Entries(Markdown.Parse(guide, GitHub))
                .Where(e => e.Section == "start-here")
                .Select(e => e.Text + " " + e.Url)
        );
        Assert.Contains(
            "under the subsystem it is mainly about. 2 posts are suggestions that nobody has reviewed yet "
                + "(`suggested: true` in the taxonomy): their subsystems may be wrong. Written by ClrGraph",
            guide,
            StringComparison.Ordinal
        );

        var reviewed = "title: A reviewed tour";
        guide = GuideOf(taxonomy.Replace(reviewed, reviewed + "\n    suggested: true", StringComparison.Ordinal));
        Assert.Contains("All 3 posts are suggestions that nobody has reviewed yet", guide, StringComparison.Ordinal);
        Assert.Contains(
            "No reviewed post explains the runtime as a whole yet: pick a subsystem below.",
            guide,
            StringComparison.Ordinal
        );
    }

    // The contents nested every subsystem under "The subsystems", a section of the same level that holds only the
    // mind map: each entry now sits as deep as its heading does.
    [Fact]
    public void Contents_nest_each_entry_as_deep_as_its_heading()
    {
        var (document, _, _) = Guide("real");
        var levels = document.OfType<HeadingBlock>().ToDictionary(h => "#" + h.GetAttributes().Id, h => h.Level);
        var contents = document.OfType<ListBlock>().First();
        var depths = contents
            .Descendants<ListItemBlock>()
            .Select(item =>
            {
                var link = item.Descendants<ParagraphBlock>().First().Inline!.Descendants<LinkInline>().First();
                return (Anchor: link.Url!, Depth: Depth(item));
            })
            .ToList();

        Assert.Equal(24, depths.Count); // start here, the subsystems and 22 subsystems
        Assert.All(depths, d => Assert.Equal((d.Anchor, levels[d.Anchor] - 2), d));

        static int Depth(ListItemBlock item) => item.Parent!.Parent is ListItemBlock outer ? 1 + Depth(outer) : 0;
    }

    [Fact]
    public void Real_guide_starts_with_tours_and_lists_no_home_page_under_a_part()
    {
        var entries = Entries(Guide("real").Document);
        var start = entries.Where(e => e.Section == "start-here").Select(e => e.Url).ToList();
        Assert.InRange(start.Count, 2, GuideWriter.StartHerePosts);
        Assert.Contains("http://mattwarren.org/2017/03/23/Hitchhikers-Guide-to-the-CoreCLR-Source-Code/", start);

        // A repository's home page and a book's index are about the runtime as a whole, nowhere else.
        string[] notPosts =
        [
            "https://github.com/dotnet/runtime",
            "https://github.com/dotnet/coreclr/tree/master/Documentation/botr",
        ];
        foreach (var url in notPosts)
        {
            Assert.DoesNotContain(url, start);
            Assert.Equal("the-runtime-as-a-whole", Assert.Single(entries, e => e.Url == url).Section);
        }

        Assert.DoesNotContain(
            entries,
            e => e.Kind == Kind.Link && e.Text is "The dotnet/runtime repository" or "Book of the Runtime"
        );
    }

    [Theory]
    [InlineData("small", 1)]
    [InlineData("guide", 6)]
    public void Diagrams_are_the_tree_and_the_neighbours_of_top_level_subsystems(string input, int expected)
    {
        var (document, _, _) = Guide(input);

        // By hand: "small" has no top-level subsystem read with three others; in "guide" all but "Start here" are.
        Assert.Equal(expected, document.Descendants<FencedCodeBlock>().Count(b => b.Info == "mermaid"));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Mermaid_parses_every_diagram(string input)
    {
        var (document, _, _) = Guide(input);
        var diagrams = document
            .Descendants<FencedCodeBlock>()
            .Where(b => b.Info == "mermaid")
            .Select(b => b.Lines.ToString())
            .ToList();
        Assert.NotEmpty(diagrams);
        var errors = await mermaid.ParseAsync(diagrams);
        for (var i = 0; i < diagrams.Count; i++)
        {
            Assert.True(errors[i] is null, $"Mermaid rejects diagram {i + 1}: {errors[i]}\n{diagrams[i]}");
        }
    }

    private static readonly string[] HostileLabels =
    [
        "say \"hi\"",
        "a]b[c",
        "x --> y",
        "end",
        "style: fill:#f00;",
        "classDef x fill:#000;",
        "#quot; #35;",
        "<b>bold</b> <img src=x onerror=alert(1)>",
        "`code` ```",
        "%% comment",
        "A|B|C",
        "{curly} (round)",
        "**md** _em_",
        "&amp; &lt; & ;",
        "back\\slash\\",
        "日本語 🧪 עברית e\u0301",
        "tab\there\nnew line",
        ":::cls",
        "click n0 call alert()",
        "x;y; z",
        "@{ shape: circle }",
        "---",
        "\u0001\u007f\ud800",
        "::icon(fa fa-book)",
    ];

    [Fact]
    public async Task Mermaid_draws_hostile_labels_as_written_in_a_flowchart()
    {
        var diagram =
            "flowchart LR\n" + string.Concat(HostileLabels.Select((t, i) => $"  n{i}[{MermaidText.Label(t)}]\n"));
        Assert.Null(Assert.Single(await mermaid.ParseAsync([diagram])));
        var labels = await mermaid.LabelsAsync(diagram);
        Assert.Equal(HostileLabels.Length, labels.Length);
        for (var i = 0; i < HostileLabels.Length; i++)
        {
            Assert.Equal(Collapse(GuideEscapingTests.Seen(HostileLabels[i])), Collapse(labels[i]));
        }
    }

    [Fact]
    public async Task Mermaid_draws_hostile_labels_as_written_in_a_mind_map()
    {
        var diagram =
            "mindmap\n  root((CoreCLR))\n"
            + string.Concat(HostileLabels.Select((t, i) => $"    s{i}[{MermaidText.Label(t)}]\n"));
        Assert.Null(Assert.Single(await mermaid.ParseAsync([diagram])));
        var labels = await mermaid.MindMapLabelsAsync(diagram);
        var expected = HostileLabels.Select(t => Collapse(GuideEscapingTests.Seen(t)));
        Assert.Equal(["CoreCLR", .. expected], labels.Select(Collapse));
    }

    [Fact(Timeout = 600_000)]
    public async Task Guide_of_20000_subsystems_is_written_in_linear_time_and_the_same_twice()
    {
        using var temp = new TempFolder();
        var result = Fixture.Load(SyntheticCorpus.Write(temp.Path, posts: 2_000, subsystems: 20_000));
        var token = TestContext.Current.CancellationToken;
        var (first, second) = await Task.Run(() => (Write(), Write()), token);
        Assert.Equal(first, second);
        // Contents, Start here, The subsystems, one per subsystem, and Not mapped yet when some posts are.
        var headings = Markdown.Parse(first, GitHub).Descendants<HeadingBlock>().Count(h => h.Level >= 2);
        Assert.InRange(headings, 3 + 20_000, 4 + 20_000);

        string Write()
        {
            using var writer = new StringWriter();
            GuideWriter.Write(result.Graph!, result.Metrics!, writer);
            return writer.ToString();
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
