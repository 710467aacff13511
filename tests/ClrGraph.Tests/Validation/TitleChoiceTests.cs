using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Validation;

/// <summary>Which title a post gets across lists, and when that is worth a diagnostic.</summary>
public class TitleChoiceTests
{
    private const string Url = "https://a.example/p";

    private static ListedPost Link(string title, bool fallback = false, int line = 1, bool borrowed = false) =>
        new(
            Url,
            Url,
            title,
            "",
            "",
            line,
            new SourceLocation("l.md", line, 3),
            fallback ? TitleOrigin.Fallback
            : borrowed ? TitleOrigin.Borrowed
            : TitleOrigin.LinkText
        );

    private static ReadingList List(string id, params ListedPost[] posts) =>
        new(id, id + ".md", id, [], null, null, [.. posts]);

    private static (Post Post, IReadOnlyList<Diagnostic> Diagnostics) Merge(
        string taxonomyPost,
        bool strict,
        params ReadingList[] lists
    )
    {
        var bag = new DiagnosticBag();
        var yaml =
            "subsystems:\n  - id: gc\n    name: GC\nposts:\n  - url: https://a.example/p\n    subsystems: [gc]\n"
            + taxonomyPost;
        var taxonomy = TaxonomyReader.Parse(yaml, "t.yaml", "/tmp", bag)!;
        var corpus = CorpusValidator.Validate(taxonomy, lists, strict, bag);
        return (Assert.Single(corpus.Posts), bag.Sorted());
    }

    // "[Dynamic PGO](…/performance-improvements-in-net-8/#dynamic-pgo)" links a section of the post: its title names
    // the section, not the post, and goes to the note.
    [Fact]
    public void A_link_to_a_section_of_the_post_gives_way_and_names_its_section_in_the_note()
    {
        var section = Link("Dynamic PGO") with { Url = Url + "/#dynamic-pgo", Note = "tiering" };
        var (post, diagnostics) = Merge(
            "",
            strict: true,
            List("first", section),
            List("second", Link("Performance Improvements in .NET 8") with { Note = "all of it" }),
            List("third", Link("Vectorization") with { Url = Url + "#vectorization" })
        );

        Assert.Equal(("Performance Improvements in .NET 8", Url), (post.Title, post.Url));
        Assert.Equal("Dynamic PGO: tiering · all of it · Vectorization", post.Note);
        Assert.Empty(diagnostics);
    }

    // Two links into one post and none to the post itself: only the curator knows the post's own title.
    [Fact]
    public void Two_links_to_sections_and_none_to_the_post_ask_for_its_title()
    {
        var (post, diagnostics) = Merge(
            "",
            strict: false,
            List("first", Link("Dynamic PGO") with { Url = Url + "#dynamic-pgo" }),
            List("second", Link("Vectorization") with { Url = Url + "#vectorization" })
        );

        Assert.Equal("Dynamic PGO", post.Title);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TitleConflict, d.Code);
        Assert.Equal(
            "both link places in one post: set 'title:' on the post in the taxonomy to the post's own title",
            d.Hint
        );
    }

    [Fact]
    public void A_real_title_beats_a_url_title_from_an_earlier_list()
    {
        var (post, diagnostics) = Merge(
            "",
            strict: true,
            List("first", Link(Url, fallback: true)),
            List("second", Link("The real title"))
        );
        Assert.Equal("The real title", post.Title);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_first_real_title_wins_over_later_real_ones_and_over_fallbacks_in_between()
    {
        var (post, diagnostics) = Merge(
            "",
            strict: false,
            List("a", Link("part 2", fallback: true)),
            List("b", Link("Real one")),
            List("c", Link("Real two"))
        );
        Assert.Equal("Real one", post.Title);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TitleConflict, d.Code);
        Assert.Contains(
            "title 'Real two' differs from 'Real one' at l.md:1:3, which is used",
            d.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("GC Pauses and Safe Points", "GC pauses and safe points")]
    [InlineData("GC Pauses and Safe Points", "GC  Pauses and\tSafe Points ")]
    [InlineData("GC Pauses and Safe Points", "gc pauses  AND safe points")]
    public void Case_and_white_space_differences_are_not_a_conflict(string first, string second)
    {
        var (post, diagnostics) = Merge("", strict: true, List("a", Link(first)), List("b", Link(second)));
        Assert.Equal(first, post.Title);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_different_wording_is_still_a_conflict()
    {
        var (_, diagnostics) = Merge(
            "",
            strict: true,
            List("a", Link("GC Pauses and Safe Points")),
            List("b", Link("GC pauses & safe points"))
        );
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.TitleConflict, Severity.Error), (d.Code, d.Severity));
    }

    [Fact]
    public void CG0028_a_title_that_says_nothing_everywhere_is_a_warning_at_its_first_link()
    {
        var (post, diagnostics) = Merge(
            "",
            strict: true,
            List("a", Link("Source", fallback: true, line: 4)),
            List("b", Link(Url, fallback: true, line: 9))
        );
        Assert.Equal("Source", post.Title);
        var d = Assert.Single(diagnostics);
        Assert.Equal(
            (DiagnosticCodes.VagueTitle, Severity.Warning, "l.md", 4, 3),
            (d.Code, d.Severity, d.Location.File, d.Location.Line, d.Location.Column)
        );
        Assert.Equal(
            "link text 'Source' says nothing alone, and no list gives post 'https://a.example/p' a better title",
            d.Message
        );
        Assert.Equal("give the link a descriptive text, or set 'title:' for the post in the taxonomy", d.Hint);
    }

    [Fact]
    public void CG0028_for_a_url_title_says_so_once()
    {
        var (_, diagnostics) = Merge("", strict: false, List("a", Link(Url, fallback: true)));
        var d = Assert.Single(diagnostics);
        Assert.Equal(
            "post 'https://a.example/p' has only its URL as a title, and no list gives it a better one",
            d.Message
        );
    }

    [Fact]
    public void CG0028_is_silenced_by_the_taxonomys_title()
    {
        var (post, diagnostics) = Merge(
            "    title: The dotnet/runtime repository\n",
            strict: true,
            List("a", Link("Source", fallback: true))
        );
        Assert.Equal("The dotnet/runtime repository", post.Title);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_title_written_for_the_link_beats_one_borrowed_from_the_main_link_and_is_no_conflict()
    {
        var (post, diagnostics) = Merge(
            "",
            strict: true,
            List("blogs", Link("Adam's blog (talks)", borrowed: true)),
            List("talks", Link("Manual memory management in .NET", line: 2))
        );
        Assert.Equal("Manual memory management in .NET", post.Title);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.TitleConflict);
    }

    // A blog post (krackjack29's ".Net Internals") praises "this [great article](…)", then names it: "Internals –
    // [.NET Framework Internals: How the CLR Creates Runtime Objects](…)". The praise is no title.
    [Theory]
    [InlineData("great article")]
    [InlineData("excellent post")]
    [InlineData("this very useful post")]
    public void Praise_for_a_post_gives_way_to_its_name_and_is_no_conflict(string praise)
    {
        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse(
            $"I read this [{praise}](https://a.example/p) twice.\n\n"
                + "Internals – [How the CLR Creates Runtime Objects](https://a.example/p)\n",
            "blog.md",
            bag
        );
        var (post, diagnostics) = Merge("", strict: true, list);

        Assert.Equal("How the CLR Creates Runtime Objects", post.Title);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.TitleConflict);
    }
}
