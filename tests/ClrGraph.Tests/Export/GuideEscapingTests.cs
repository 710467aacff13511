using System.Text;
using System.Text.RegularExpressions;
using ClrGraph.Export;
using ClrGraph.Export.Guide;
using ClrGraph.Tests.Support;
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
        ExpectedText.XmlCarried(text).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

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
                // Not "x", which Markdig's list extras read as a list number ("x." is roman ten).
                var document = Markdown.Parse("Qq" + MarkdownText.Inline(text) + "Qq\n", GitHub);
                var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
                Assert.Equal("Qq" + Seen(text) + "Qq", TextOf(paragraph.Inline!));
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
                var document = Markdown.Parse("## " + MarkdownText.Heading(text) + "\n", GitHub);
                var heading = Assert.IsType<HeadingBlock>(Assert.Single(document));
                Assert.Equal(2, heading.Level);
                Assert.Equal(Seen(text).Trim(' '), TextOf(heading.Inline!));
            },
            iter: 2000
        );

    [Fact]
    public void Link_to_a_heading_alone_in_a_list_item_parses_back_to_the_text() =>
        Hostile
            .Where(t => Seen(t).Trim(' ').Length > 0)
            .Sample(
                text =>
                {
                    var document = Markdown.Parse("- " + MarkdownText.Anchor(text, "the-jit") + "\n", GitHub);
                    var link = Assert.Single(document.Descendants<LinkInline>());
                    Assert.Equal(Seen(text), TextOf(link));
                    Assert.Equal("#the-jit", link.Url);
                    Assert.Single(document.Descendants<ListItemBlock>());
                    Assert.Empty(document.Descendants<Markdig.Extensions.TaskLists.TaskList>());
                },
                iter: 2000
            );

    [Fact]
    public void Url_is_written_as_it_is_unless_it_could_end_or_bend_the_link()
    {
        Assert.Equal("https://x.y/a?b=1&c=2#d", MarkdownText.Url("https://x.y/a?b=1&c=2#d"));
        Assert.Equal("<https://x.y/(a)>", MarkdownText.Url("https://x.y/(a)"));
        Assert.Equal("<https://x.y/a%20b%3Cc%3E%5Cd>", MarkdownText.Url("https://x.y/a b<c>\\d"));
        var document = Markdown.Parse("[a](" + MarkdownText.Url("https://x.y/a b<c>\\d") + ")", GitHub);
        Assert.Equal("https://x.y/a%20b%3Cc%3E%5Cd", Assert.Single(document.Descendants<LinkInline>()).Url);
    }

    [Fact]
    public void Link_text_x_is_not_a_check_box() =>
        Assert.Equal("[&#120;](https://x.y)", MarkdownText.Link("x", "https://x.y"));

    [Fact]
    public void Blank_link_text_gives_way_to_the_url() =>
        Assert.Equal(@"[https\://x y](<https://x%20y>)", MarkdownText.Link(" \t", "https://x y"));

    [Fact]
    public void A_web_address_that_is_its_own_text_is_an_autolink_in_a_bold_list_item()
    {
        const string url = "https://www.example.com/a_b?c=1&d=*2*";

        var link = MarkdownText.Link(url, url);
        var parsed = Markdown.Parse("- **" + link + "**\n", GitHub).Descendants<AutolinkInline>().Single();

        Assert.Equal("<" + url + ">", link);
        Assert.Equal(url, parsed.Url);
        Assert.IsType<EmphasisInline>(parsed.Parent);
        Assert.Equal("<https://x.y/>", MarkdownText.Link(" ", "https://x.y/"));
        Assert.Equal(@"[ftp\://x.y](ftp://x.y)", MarkdownText.Link("ftp://x.y", "ftp://x.y"));
    }

    [Fact]
    public void Link_to_a_heading() =>
        Assert.Equal("[Garbage collector](#gc)", MarkdownText.Anchor("Garbage collector", "gc"));

    // One test per rule of MarkdownText.Inline; the properties above check that each is enough for Markdig.
    [Fact]
    public void Dots_hashes_pluses_parentheses_and_quotes_stay_as_written() =>
        Assert.Equal(
            ".NET 5, C# and C++ (2017)! It's \"fast\": 1. 2) #3 > 4 - 5 | 6 = 7 % 8 / 9?",
            MarkdownText.Inline(".NET 5, C# and C++ (2017)! It's \"fast\": 1. 2) #3 > 4 - 5 | 6 = 7 % 8 / 9?")
        );

    [Fact]
    public void Backslash_backtick_star_brackets_angle_brace_tilde_caret_and_dollar_are_always_escaped() =>
        Assert.Equal(@"\\ \` \* \[ \] \< \{ \~ \^ \$ }", MarkdownText.Inline(@"\ ` * [ ] < { ~ ^ $ }"));

    [Fact]
    public void Underscore_is_escaped_unless_inside_a_word() =>
        Assert.Equal(@"snake_case \_em\_ x\_ 2_3", MarkdownText.Inline("snake_case _em_ x_ 2_3"));

    [Fact]
    public void Ampersand_is_escaped_before_a_letter_or_hash() =>
        Assert.Equal(@"AT\&T \&amp; & x \&#35;", MarkdownText.Inline("AT&T &amp; & x &#35;"));

    [Fact]
    public void Colon_is_escaped_unless_a_space_follows() =>
        Assert.Equal(
            @"Note: \:smile: https\://x mailto\:a std\:\:map",
            MarkdownText.Inline("Note: :smile: https://x mailto:a std::map")
        );

    [Fact]
    public void Www_dot_and_at_before_a_word_are_escaped() =>
        Assert.Equal(@"www\.x.org a\@b.c \@user, @ 2", MarkdownText.Inline("www.x.org a@b.c @user, @ 2"));

    [Fact]
    public void Runs_of_plus_equals_and_quotes_are_escaped_where_they_could_open() =>
        Assert.Equal(
            "C++ and \\+\\+x, a == b, \\=\\=mark==, \\\"\\\"cite\\\"\\\"",
            MarkdownText.Inline("C++ and ++x, a == b, ==mark==, \"\"cite\"\"")
        );

    // U+0085 and U+2028 are whitespace to .NET but not to CommonMark: a run before them can open emphasis.
    [Fact]
    public void A_run_before_a_character_only_dotnet_calls_whitespace_is_escaped() =>
        Assert.Equal("a \\=\\=\u0085b \\+\\+\u2028c", MarkdownText.Inline("a ==\u0085b ++\u2028c"));

    // Markdig reads a run before -, +, −, † or ‡ as it would before a letter:
    // "s==+x ... p==[" would be marked text.
    [Fact]
    public void A_run_after_a_letter_and_before_a_dash_or_plus_is_escaped()
    {
        var inline = MarkdownText.Inline("s==+x, t==-y and p==[z");

        Assert.Equal("s\\=\\=+x, t\\=\\=-y and p==\\[z", inline);
        Assert.Empty(Markdown.Parse(inline, GitHub).Descendants<EmphasisInline>());
    }

    [Fact]
    public void Line_breaks_and_tabs_become_spaces() =>
        Assert.Equal("a b c  d", MarkdownText.Inline("a\nb\tc\r\nd"));

    [Theory]
    [InlineData("# x", @"\# x")]
    [InlineData("> q", @"\> q")]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("* item", @"\* item")]
    [InlineData("2016. A year", @"2016\. A year")]
    [InlineData("1) x", @"1\) x")]
    [InlineData("iv. x", @"iv\. x")]
    [InlineData("b) x", @"b\) x")]
    [InlineData("System.Private.CoreLib is", "System.Private.CoreLib is")]
    [InlineData("Intro. Then", "Intro. Then")]
    [InlineData("=== x", @"\=== x")]
    [InlineData("| a | b |", @"\| a | b |")]
    [InlineData(": term", @"\: term")]
    [InlineData("    indented", "indented")]
    [InlineData("A # b > c - d + e 1. f", "A # b > c - d + e 1. f")]
    public void Paragraph_escapes_what_would_start_a_block_only_at_its_start(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Paragraph(text));

    [Theory]
    [InlineData("C#", "C#")]
    [InlineData("a #b", "a #b")]
    [InlineData("Issue #", @"Issue \#")]
    [InlineData("Issue ## ", @"Issue \##")]
    [InlineData("###", @"\###")]
    public void Heading_escapes_a_closing_run_of_hashes_only(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Heading(text));

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
