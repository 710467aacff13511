using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Validation;

/// <summary>The taxonomy's <c>ignore:</c> patterns: how they match, and what the validator does with them.</summary>
public class IgnoreTests
{
    private const string File = "taxonomy.yaml";

    private const string Subsystems = "subsystems:\n  - id: gc\n    name: GC\n";

    [Theory]
    [InlineData("twitter.com/*", "https://twitter.com/SitnikAdam", true)]
    [InlineData("twitter.com/*", "https://twitter.com", true)] // 'host/*' also matches the bare host
    [InlineData("twitter.com/*", "https://nottwitter.com/x", false)]
    [InlineData("twitter.com/*", "https://mobile.twitter.com/x", false)]
    [InlineData("*.twitter.com/*", "https://mobile.twitter.com/x", true)]
    [InlineData("*.slideshare.net/*", "https://slideshare.net/x", true)] // the www. the address lost, or none
    [InlineData("*.slideshare.net/*", "https://notslideshare.net/x", false)]
    [InlineData("https://www.Twitter.com/*", "https://twitter.com/x", true)] // scheme, www. and case do not count
    [InlineData("github.com/adamsitnik", "https://github.com/adamsitnik", true)]
    [InlineData("github.com/adamsitnik/", "https://github.com/adamsitnik", true)]
    [InlineData("github.com/adamsitnik", "https://github.com/AdamSitnik", true)]
    [InlineData("github.com/adamsitnik", "https://github.com/adamsitnik/repo", false)]
    [InlineData("reddit.com/r/*/comments/*", "https://reddit.com/r/dotnet/comments/abc/title", true)]
    [InlineData("reddit.com/r/*/comments/*", "https://reddit.com/r/dotnet/top", false)]
    [InlineData("news.ycombinator.com/item?id=*", "https://news.ycombinator.com/item?id=123", true)]
    [InlineData("example.org/a#part", "https://example.org/a", true)]
    [InlineData("", "https://example.org/a", false)]
    [InlineData("example.org/*/x*", "https://example.org/a/b/xyz", true)] // each '*' takes what the next part leaves
    [InlineData("example.org/*/x*", "https://example.org/x", false)]
    [InlineData("*.example.org", "https://a.b.example.org", true)]
    [InlineData("*.example.org", "https://example.org", true)]
    [InlineData("example.org/a*a", "https://example.org/a", false)] // the parts do not overlap
    [InlineData("*", "https://example.org/a", true)]
    public void Pattern_matches_the_identity_without_scheme(string pattern, string key, bool matches) =>
        Assert.Equal(matches, IgnoreRules.Matches(IgnoreRules.Compile(pattern), key));

    [Fact]
    public void Ignored_links_are_not_posts_and_the_rest_are_renumbered()
    {
        var (corpus, diagnostics) = Validate(
            Subsystems + "posts:\n  - url: https://a.example/post\n    subsystems: [gc]\nignore:\n  - twitter.com/*\n",
            List("one", "https://twitter.com/someone", "https://a.example/post", "https://twitter.com/other")
        );

        Assert.Empty(diagnostics);
        var post = Assert.Single(corpus.Posts);
        Assert.Equal("https://a.example/post", post.Key);
        Assert.Equal(1, Assert.Single(post.Listings).Position);
        Assert.Equal([new IgnoredLinks("one.md", 2)], corpus.Ignored);
    }

    [Fact]
    public void Ignored_links_count_per_list()
    {
        var (corpus, _) = Validate(
            Subsystems + "ignore: [twitter.com/*]\n",
            List("one", "https://twitter.com/a"),
            List("two", "https://twitter.com/b", "https://twitter.com/c"),
            List("three", "https://a.example/x")
        );
        Assert.Equal([new("one.md", 1), new("two.md", 2), new("three.md", 0)], corpus.Ignored);
    }

    [Fact]
    public void CG0029_pattern_that_matches_no_link_is_a_warning_at_the_pattern()
    {
        var (_, diagnostics) = Validate(
            Subsystems
                + "posts:\n  - url: https://a.example/x\n    subsystems: [gc]\n"
                + "ignore:\n  - twitter.com/*\n  - twiter.com/*\n",
            List("one", "https://twitter.com/a", "https://a.example/x")
        );
        var d = Assert.Single(diagnostics);
        Assert.Equal(
            (DiagnosticCodes.IgnorePatternUnused, Severity.Warning, 9, 5),
            (d.Code, d.Severity, d.Location.Line, d.Location.Column)
        );
        Assert.Contains("'twiter.com/*' matches no link", d.Message, StringComparison.Ordinal);
        Assert.NotNull(d.Hint);
    }

    [Fact]
    public void CG0030_post_in_the_taxonomy_that_a_pattern_also_matches_is_an_error_at_the_post()
    {
        var (_, diagnostics) = Validate(
            Subsystems
                + "posts:\n  - url: https://github.com/dotnet/runtime/blob/main/docs/gc.md\n"
                + "    subsystems: [gc]\nignore:\n  - github.com/*\n",
            List("one", "https://github.com/dotnet/runtime/blob/main/docs/gc.md")
        );
        var d = Assert.Single(diagnostics);
        Assert.Equal(
            (DiagnosticCodes.IgnoredPostMapped, Severity.Error, 5, 10),
            (d.Code, d.Severity, d.Location.Line, d.Location.Column)
        );
        Assert.Contains("ignore pattern 'github.com/*' at line 8", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignore_must_be_a_list_of_text()
    {
        var (_, diagnostics) = Validate(Subsystems + "ignore: twitter.com/*\n");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.WrongType && d.Location.Line == 4);
    }

    [Fact]
    public void Explain_describes_both_codes()
    {
        Assert.Contains("matches no link", DiagnosticCodes.Find("CG0029")!.Meaning, StringComparison.Ordinal);
        Assert.Contains("narrow the pattern", DiagnosticCodes.Find("CG0030")!.Fix, StringComparison.Ordinal);
    }

    private static ReadingList List(string id, params string[] urls) =>
        new(
            id,
            id + ".md",
            id,
            [],
            null,
            null,
            [
                .. urls.Select(
                    (url, i) =>
                    {
                        Assert.True(PostUrl.TryNormalize(url, out var key));
                        return new ListedPost(url, key, "T", "", "", i + 1, new SourceLocation(id + ".md", i + 1, 3));
                    }
                ),
            ]
        );

    private static (Corpus Corpus, IReadOnlyList<Diagnostic> Diagnostics) Validate(
        string yaml,
        params ReadingList[] lists
    )
    {
        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Parse(yaml, File, "/tmp", bag);
        Assert.NotNull(taxonomy);
        var corpus = CorpusValidator.Validate(taxonomy, lists, strict: false, bag);
        return (corpus, bag.Sorted());
    }
}
