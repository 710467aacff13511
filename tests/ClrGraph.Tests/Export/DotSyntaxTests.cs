using ClrGraph.Export;

namespace ClrGraph.Tests.Export;

/// <summary>One test per DOT escaping rule.</summary>
public class DotSyntaxTests
{
    [Fact]
    public void Ids_are_always_quoted() => Assert.Equal("\"gc\"", DotSyntax.Id("gc"));

    [Theory]
    [InlineData("node")]
    [InlineData("EDGE")]
    [InlineData("Graph")]
    [InlineData("digraph")]
    [InlineData("subGraph")]
    [InlineData("strict")]
    public void Keywords_in_any_case_are_quoted_so_they_are_ids(string keyword) =>
        Assert.Equal("\"" + keyword + "\"", DotSyntax.Id(keyword));

    [Fact]
    public void Quote_is_escaped() => Assert.Equal("\"say \\\"hi\\\"\"", DotSyntax.Text("say \"hi\""));

    [Fact]
    public void Backslash_is_doubled() => Assert.Equal("\"a\\\\b\"", DotSyntax.Text("a\\b"));

    [Fact]
    public void Trailing_backslash_cannot_swallow_the_closing_quote() =>
        Assert.Equal("\"end\\\\\"", DotSyntax.Text("end\\"));

    [Fact]
    public void Newline_becomes_centred_or_left_justified_break()
    {
        Assert.Equal("\"a\\nb\"", DotSyntax.Text("a\nb"));
        Assert.Equal("\"a\\nb\"", DotSyntax.Text("a\r\nb"));
        Assert.Equal("\"a\\nb\"", DotSyntax.Text("a\rb"));
    }

    [Fact]
    public void Ampersand_in_labels_is_an_entity_because_graphviz_decodes_entities() =>
        Assert.Equal("\"&amp;lt; &amp; more\"", DotSyntax.Text("&lt; & more"));

    [Fact]
    public void Ampersand_in_urls_is_written_as_an_entity_for_svg() =>
        Assert.Equal("\"https://a.example/?x=1&amp;y=2\"", DotSyntax.Url("https://a.example/?x=1&y=2"));

    [Fact]
    public void Control_characters_are_replaced() => Assert.Equal("\"a\uFFFDb c\"", DotSyntax.Text("a\u0001b\tc"));

    [Fact]
    public void Wrap_breaks_at_spaces_within_the_width()
    {
        Assert.Equal("one two\nthree four\nfive", DotSyntax.Wrap("one two three four five", 10));
        Assert.Equal("unbreakablelongword\nx", DotSyntax.Wrap("unbreakablelongword x", 5));
    }
}
