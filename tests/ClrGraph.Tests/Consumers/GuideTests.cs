using System.Text;
using System.Text.RegularExpressions;
using ClrGraph.Building;
using ClrGraph.Export.Guide;
using ClrGraph.Tests.Export;
using ClrGraph.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClrGraph.Tests.Consumers;

/// <summary>The guide as its readers get it: Markdig with GitHub's extensions and anchors, and the real
/// Mermaid.</summary>
public class GuideTests
{
    public static TheoryData<string> Inputs => ["small", "hostile", "real"];

    private static readonly MarkdownPipeline GitHub = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    // GitHub's anchors (github-slugger), written here from its rule: lower case, drop all but letters, marks,
    // numbers, connector punctuation, spaces and hyphens, spaces to hyphens; a repeat gets -1, -2, ...
    private static HashSet<string> Anchors(MarkdownDocument document)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = string.Concat(heading.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            var slug = Regex.Replace(text.ToLowerInvariant(), @"[^\p{L}\p{M}\p{N}\p{Pc} -]", "").Replace(' ', '-');
            var anchor = slug;
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return anchors;
    }

    private static string TaxonomyOf(string input) => input == "real" ? Repo.Taxonomy : Repo.Fixture(input);

    private static (MarkdownDocument Document, Dictionary<string, string> Folder, KnowledgeGraph Graph) Guide(
        string input,
        TempFolder temp
    )
    {
        var result = Fixture.Load(TaxonomyOf(input));
        var files = Fixture.ExportTo(temp.Path, result);
        var text = File.ReadAllText(files["guide.md"], Encoding.UTF8);
        return (Markdown.Parse(text, GitHub), files, result.Graph!);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_link_is_absolute_http_or_an_anchor_or_a_file_that_exists(string input)
    {
        using var temp = new TempFolder();
        var (document, _, _) = Guide(input, temp);
        var anchors = Anchors(document);
        var links = document.Descendants<LinkInline>().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var url = link.Url ?? "";
            if (url.StartsWith('#'))
            {
                Assert.True(anchors.Contains(url[1..]), $"no heading has the anchor {url}");
            }
            else if (Uri.TryCreate(url, UriKind.Absolute, out var absolute))
            {
                Assert.True(absolute.Scheme is "http" or "https", url);
            }
            else
            {
                Assert.True(File.Exists(Path.Combine(temp.Path, url)), $"{url} is not in the output");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_post_and_subsystem_appears(string input)
    {
        using var temp = new TempFolder();
        var (document, _, graph) = Guide(input, temp);
        var linked = document.Descendants<LinkInline>().Select(l => l.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var post in graph.Posts())
        {
            Assert.Contains(post.Url, linked);
        }

        var headings = document
            .Descendants<HeadingBlock>()
            .Select(h => string.Concat(h.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString())))
            .ToList();
        foreach (var subsystem in graph.Subsystems())
        {
            Assert.Contains(GuideEscapingTests.Seen(subsystem.Name).Trim(' '), headings);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Mermaid_parses_every_diagram(string input)
    {
        using var temp = new TempFolder();
        var (document, _, graph) = Guide(input, temp);
        var diagrams = document
            .Descendants<FencedCodeBlock>()
            .Where(b => b.Info == "mermaid")
            .Select(b => b.Lines.ToString())
            .ToList();
        Assert.Equal(
            1 + graph.Subsystems().Count(s => graph.Posts().Any(p => p.Subsystems.Contains(s.SubsystemId))),
            diagrams.Count
        );
        await using var mermaid = await MermaidParser.StartAsync();
        var errors = await mermaid.ParseAsync(diagrams);
        for (var i = 0; i < diagrams.Count; i++)
        {
            Assert.True(errors[i] is null, $"Mermaid rejects diagram {i + 1}: {errors[i]}\n{diagrams[i]}");
        }
    }

    [Fact]
    public async Task Mermaid_draws_hostile_labels_as_written()
    {
        string[] texts =
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
        ];
        var diagram = "flowchart LR\n" + string.Concat(texts.Select((t, i) => $"  n{i}[{MermaidText.Label(t)}]\n"));
        await using var mermaid = await MermaidParser.StartAsync();
        Assert.Null(Assert.Single(await mermaid.ParseAsync([diagram])));
        var labels = await mermaid.LabelsAsync(diagram);
        Assert.Equal(texts.Length, labels.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(Collapse(GuideEscapingTests.Seen(texts[i])), Collapse(labels[i]));
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
