using ClrGraph.Export;
using ClrGraph.Export.Dot;

namespace ClrGraph.Tests.Export;

/// <summary>One test per DOT escaping rule.</summary>
public class DotSyntaxTests
{
    [Fact]
    public void Ids_are_always_quoted() => Assert.Equal("\"gc\"", Id("gc"));

    [Theory]
    [InlineData("node")]
    [InlineData("EDGE")]
    [InlineData("Graph")]
    [InlineData("digraph")]
    [InlineData("subGraph")]
    [InlineData("strict")]
    public void Keywords_in_any_case_are_quoted_so_they_are_ids(string keyword) =>
        Assert.Equal("\"" + keyword + "\"", Id(keyword));

    [Fact]
    public void Quote_is_escaped() => Assert.Equal("\"say \\\"hi\\\"\"", Text("say \"hi\""));

    [Fact]
    public void Backslash_is_doubled() => Assert.Equal("\"a\\\\b\"", Text("a\\b"));

    [Fact]
    public void Trailing_backslash_cannot_swallow_the_closing_quote() => Assert.Equal("\"end\\\\\"", Text("end\\"));

    [Fact]
    public void Newline_becomes_centred_or_left_justified_break()
    {
        Assert.Equal("\"a\\nb\"", Text("a\nb"));
        Assert.Equal("\"a\\nb\"", Text("a\r\nb"));
        Assert.Equal("\"a\\nb\"", Text("a\rb"));
    }

    [Fact]
    public void Ampersand_in_labels_is_an_entity_because_graphviz_decodes_entities() =>
        Assert.Equal("\"&amp;lt; &amp; more\"", Text("&lt; & more"));

    [Fact]
    public void Ampersand_in_urls_is_written_as_an_entity_for_svg() =>
        Assert.Equal("\"https://a.example/?x=1&amp;y=2\"", Url("https://a.example/?x=1&y=2"));

    [Fact]
    public void Control_characters_are_replaced() => Assert.Equal("\"a\uFFFDb c\"", Text("a\u0001b\tc"));

    [Fact]
    public void Wrap_breaks_at_spaces_within_the_width()
    {
        Assert.Equal("one two\nthree four\nfive", DotSyntax.Wrap("one two three four five", 10));
        Assert.Equal("unbreakablelongword\nx", DotSyntax.Wrap("unbreakablelongword x", 5));
        Assert.Equal(
            "https://\ndevblogs.microsoft.com/\ndotnet/provisional-mode/",
            DotSyntax.Wrap("https://devblogs.microsoft.com/dotnet/provisional-mode/", 24)
        );
        Assert.Equal("see https://\na.example/b", DotSyntax.Wrap("see https://a.example/b", 12));
        Assert.Equal(
            "https://a.example/\ncreating-strings-with-\nno-allocation-overhead",
            DotSyntax.Wrap("https://a.example/creating-strings-with-no-allocation-overhead", 24)
        );
    }

    [Fact]
    public void Ampersand_in_ids_is_kept_as_it_is() => Assert.Equal("\"a&b\"", Id("a&b"));

    [Fact]
    public void A_line_is_indented_quoted_piece_by_piece_and_ends_with_a_newline()
    {
        var text = new StringWriter();
        var w = new DotOutput(text) { Indent = 2 };
        w.Line($"{"a":id} -> {"b":id} [fontsize=\"{-12}\", label={"x\ny":text}];");
        w.Indent--;
        w.Line("}");
        Assert.Equal("    \"a\" -> \"b\" [fontsize=\"-12\", label=\"x\\ny\"];\n  }\n", text.ToString());
    }

    [Fact]
    public void A_hole_with_an_unknown_format_is_a_bug_not_unquoted_text()
    {
        var w = new DotOutput(new StringWriter());
        var error = Assert.Throws<FormatException>(() => w.Line($"label={"x":txt}"));
        Assert.Contains("'txt'", error.Message, StringComparison.Ordinal);
    }

    private static string Id(string id) => Written(w => DotSyntax.Id(w, id));

    private static string Text(string text) => Written(w => DotSyntax.Text(w, text));

    private static string Url(string url) => Written(w => DotSyntax.Url(w, url));

    private static string Written(Action<TextWriter> write)
    {
        var text = new StringWriter();
        write(text);
        return text.ToString();
    }
}
