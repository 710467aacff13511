using System.Text;
using System.Text.RegularExpressions;
using ClrGraph.Export;
using ClrGraph.Export.Guide;
using CsCheck;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClrGraph.Tests.Export;

/// <summary>
/// The guide's two escaping routines on any text: Markdown that Markdig (GitHub's extensions on) parses back to the
/// text, and Mermaid labels that cannot end their string or start markup. The real Mermaid library judges the labels
/// in <see cref="Consumers.GuideTests"/>.
/// </summary>
public partial class GuideEscapingTests
{
    // Any UTF-16 string, weighted towards what Markdown and Mermaid treat specially.
    internal static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.String,
        Gen.Char["\"\\`*_{}[]()<>#+-.!|~&;:%@=^$'/? \t\r\n\0\u0001\u0085\ud800\udc00\uFFFE"]
            .Array[0, 30]
            .Select(c => new string(c)),
        Gen.OneOfConst(
                "style",
                "classDef",
                "end",
                "&amp;",
                "#quot;",
                "#35;",
                "<b>x</b>",
                "[x](y)",
                "```",
                "%%",
                "- item",
                "1. item",
                "    code",
                "+ x",
                "# h",
                "> q",
                "===",
                "-->",
                "**bold**",
                "<!--",
                "www.example.com",
                "https://x.y",
                "[^1]",
                "[ ] task",
                "x",
                "X",
                "\\",
                ":::class",
                "A|B"
            )
            .Array[1, 4]
            .Select(parts => string.Join("", parts))
    );

    private static readonly string[] Forbidden =
    [
        "\"",
        "\n",
        "\r",
        "`",
        "<",
        ">",
        "[",
        "]",
        "|",
        "%",
        "style",
        "classDef",
    ];

    private static readonly MarkdownPipeline GitHub = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>What a reader sees of the text: forbidden characters replaced, line breaks and tabs as
    /// spaces.</summary>
    internal static string Seen(string text) =>
        XmlText.Clean(text).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    private static string TextOf(ContainerInline inline)
    {
        var text = new StringBuilder();
        foreach (var leaf in inline.Descendants<LeafInline>())
        {
            text.Append(
                leaf switch
                {
                    LiteralInline literal => literal.Content.ToString(),
                    HtmlEntityInline entity => entity.Transcoded.ToString(),
                    _ => "",
                }
            );
        }

        return text.ToString();
    }

    [Fact]
    public void Link_text_in_a_bold_list_item_parses_back_to_the_text_and_keeps_its_url() =>
        Hostile
            .Where(t => Seen(t).Trim(' ').Length > 0)
            .Sample(
                text =>
                {
                    var link = "**" + MarkdownText.Link(text, "https://example.com/a?b=1&c=(2)") + "**";
                    var document = Markdown.Parse("- " + link + "\n", GitHub);
                    var links = document.Descendants<LinkInline>().ToList();
                    Assert.True(links.Count == 1, "not one link in: " + link);
                    var parsed = links[0];
                    Assert.Equal(Seen(text), TextOf(parsed));
                    Assert.Equal("https://example.com/a?b=1&c=(2)", parsed.Url);
                    Assert.IsType<EmphasisInline>(parsed.Parent);
                    Assert.Single(document.Descendants<ListItemBlock>());
                },
                iter: 2000
            );

    [Fact]
    public void Inline_text_between_letters_parses_back_to_the_text() =>
        Hostile.Sample(
            text =>
            {
                var document = Markdown.Parse("x" + MarkdownText.Inline(text) + "x\n", GitHub);
                var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
                Assert.Equal("x" + Seen(text) + "x", TextOf(paragraph.Inline!));
                Assert.Empty(paragraph.Inline!.Descendants<LinkInline>());
            },
            iter: 2000
        );

    [Fact]
    public void Paragraph_parses_back_to_the_text_trimmed_as_one_paragraph() =>
        Hostile.Sample(
            text =>
            {
                var document = Markdown.Parse(MarkdownText.Paragraph(text) + "\n", GitHub);
                if (Seen(text).Trim().Length == 0)
                {
                    return;
                }

                var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
                Assert.Equal(Seen(text).Trim(), TextOf(paragraph.Inline!));
                Assert.Empty(paragraph.Inline!.Descendants<LinkInline>());
            },
            iter: 2000
        );

    [Fact]
    public void Heading_parses_back_to_the_text_trimmed() =>
        Hostile.Sample(
            text =>
            {
                var document = Markdown.Parse("## " + MarkdownText.Inline(text) + "\n", GitHub);
                var heading = Assert.IsType<HeadingBlock>(Assert.Single(document));
                Assert.Equal(2, heading.Level);
                Assert.Equal(Seen(text).Trim(' '), TextOf(heading.Inline!));
            },
            iter: 2000
        );

    [Fact]
    public void Url_with_spaces_angle_brackets_and_backslashes_stays_one_destination()
    {
        var document = Markdown.Parse("[a](" + MarkdownText.Url("https://x.y/a b<c>\\d") + ")", GitHub);
        Assert.Equal("https://x.y/a%20b%3Cc%3E%5Cd", Assert.Single(document.Descendants<LinkInline>()).Url);
    }

    [Fact]
    public void Link_text_x_is_not_a_check_box() =>
        Assert.Equal("[&#120;](<https://x.y>)", MarkdownText.Link("x", "https://x.y"));

    [Fact]
    public void Blank_link_text_gives_way_to_the_url() =>
        Assert.Equal(
            @"[https\:\/\/x\.y](<https://x.y>)".Replace(@"\/", "/", StringComparison.Ordinal),
            MarkdownText.Link(" \t", "https://x.y")
        );

    [Fact]
    public void Punctuation_is_backslash_escaped() =>
        Assert.Equal(@"\*a\_b\[c\]\(d\)\#\<e\>\&f\|g\.h\:", MarkdownText.Inline("*a_b[c](d)#<e>&f|g.h:"));

    [Fact]
    public void Commas_slashes_question_marks_apostrophes_and_inner_hyphens_stay() =>
        Assert.Equal(@"\-a, b/c? d'e-f", MarkdownText.Inline("-a, b/c? d'e-f"));

    [Fact]
    public void Line_breaks_and_tabs_become_spaces() =>
        Assert.Equal("a b c d", MarkdownText.Inline("a\nb\tc\r\nd").Replace("  ", " ", StringComparison.Ordinal));

    [Fact]
    public void Mermaid_label_is_one_quoted_string_that_decodes_to_the_text() =>
        Hostile.Sample(
            text =>
            {
                var label = MermaidText.Label(text);
                Assert.StartsWith("\"", label, StringComparison.Ordinal);
                Assert.EndsWith("\"", label, StringComparison.Ordinal);
                var inside = label[1..^1];
                foreach (var forbidden in Forbidden)
                {
                    Assert.DoesNotContain(forbidden, inside, StringComparison.Ordinal);
                }

                // Every # starts an entity, so nothing else can be read as one.
                Assert.Equal(inside.Count(c => c == '#'), Entity().Count(inside));
                var decoded = Entity()
                    .Replace(
                        inside,
                        m =>
                            char.ConvertFromUtf32(
                                int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                            )
                    );
                Assert.Equal(Seen(text), decoded);
            },
            iter: 5000
        );

    [Fact]
    public void Mermaid_keywords_that_bend_entities_are_escaped() =>
        Assert.Equal("\"#115;tyle: #99;lassDef#59;\"", MermaidText.Label("style: classDef;"));

    [Fact]
    public void Mermaid_quote_is_an_entity() => Assert.Equal("\"say #34;hi#34;\"", MermaidText.Label("say \"hi\""));

    [Fact]
    public void Markup_after_the_label_is_kept_inside_the_quotes() =>
        Assert.Equal("\"a<br/>2\"", MermaidText.Label("a", "<br/>2"));

    [GeneratedRegex("#([0-9]+);")]
    private static partial Regex Entity();
}
