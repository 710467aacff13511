using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Curation;

/// <summary>The subsystem tree that ships with ClrGraph, and how a taxonomy adds to it and overrides it.</summary>
public sealed class BuiltInSubsystemsTests
{
    private const string File = "taxonomy.yaml";

    private static ListedPost Link(string url, int line) =>
        new(url, url, "A post", "", "", line, new SourceLocation("l.md", line, 1));

    private static readonly ReadingList List = new(
        "l",
        "l.md",
        "l",
        [],
        null,
        null,
        [Link("https://a.example/gc", 1), Link("https://a.example/pal", 2)]
    );

    private const string Posts =
        "posts:\n  - url: https://a.example/gc\n    subsystems: [gc]\n"
        + "  - url: https://a.example/pal\n    subsystems: [pal]\n";

    private static (Corpus? Corpus, IReadOnlyList<Diagnostic> Diagnostics) Validate(string yaml, bool strict)
    {
        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Parse(yaml, File, "/tmp", bag);
        var corpus = taxonomy is null ? null : CorpusValidator.Validate(taxonomy, [List], strict, bag);
        return (corpus, bag.Sorted());
    }

    [Fact]
    public void The_tree_reads_without_a_problem_and_every_subsystem_has_keywords_and_a_colour()
    {
        var bag = new DiagnosticBag();
        var subsystems = TaxonomyReader.ParseSubsystems(BuiltInSubsystems.Text(), BuiltInSubsystems.File, bag);

        Assert.Empty(bag.Sorted());
        Assert.Equal(22, subsystems.Length);
        Assert.All(subsystems, s => Assert.NotEmpty(s.Keywords));
        Assert.All(subsystems, s => Assert.Matches("^#[0-9a-f]{6}$", s.Color));
        Assert.Equal(
            ["gc", "host", "jit", "overview", "strings-arrays", "threadpool", "type-loader"],
            subsystems.Where(s => s.Parent is null).Select(s => s.Id).Order(StringComparer.Ordinal)
        );
        Assert.All(BuiltInSubsystems.All, s => Assert.False(s.Declared));
    }

    [Fact]
    public void A_taxonomy_of_posts_alone_passes_strict_and_keeps_only_the_covered_subsystems_and_their_parents()
    {
        var (corpus, diagnostics) = Validate("reading-lists: []\n" + Posts, strict: true);

        Assert.Empty(diagnostics);
        Assert.Equal(["gc", "host", "pal"], corpus!.Subsystems.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal("Garbage collector", corpus.Subsystems.Single(s => s.Id == "gc").Name);
    }

    [Fact]
    public void An_override_changes_only_the_keys_it_writes_and_a_null_clears_one()
    {
        var (corpus, diagnostics) = Validate(
            "subsystems:\n  - id: gc\n    name: The GC\n    color: ~\n" + Posts,
            strict: false
        );

        Assert.Empty(diagnostics);
        var gc = corpus!.Subsystems.Single(s => s.Id == "gc");
        var builtIn = BuiltInSubsystems.ById["gc"];
        Assert.Equal(("The GC", null, builtIn.Summary), (gc.Name, gc.Color, gc.Summary));
        Assert.Equal(builtIn.Source, gc.Source);
        Assert.True(gc.Declared);
        Assert.Equal(new SourceLocation(File, 2, 5), gc.Location);
    }

    [Fact]
    public void A_subsystem_the_taxonomy_declares_still_needs_a_post()
    {
        var yaml =
            "subsystems:\n  - id: gc\n    name: The GC\n  - id: workstation\n    name: Workstation GC\n"
            + "    parent: gc\n  - id: boxing\n    summary: Ours.\n"
            + Posts;

        var (corpus, diagnostics) = Validate(yaml, strict: true);

        Assert.Equal(
            [("CG0018", 4, "workstation"), ("CG0018", 7, "boxing")],
            diagnostics.Select(d => (d.Code, d.Location.Line, d.Message.Split('\'')[1]))
        );
        Assert.All(diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains(corpus!.Subsystems, s => s.Id == "type-loader"); // boxing's parent stays with it
    }

    [Fact]
    public void A_new_subsystem_needs_a_name_and_a_built_in_one_does_not()
    {
        var (_, diagnostics) = Validate("subsystems:\n  - id: gc\n  - id: mine\n" + Posts, strict: false);

        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MissingKey);
        Assert.Equal(3, d.Location.Line);
    }

    [Theory]
    [InlineData("botr: [../x.md]")]
    [InlineData("source: [src/../../etc/]")]
    [InlineData("design-docs: ['docs\\..\\x.md']")]
    public void A_path_that_climbs_out_with_dot_dot_is_an_error(string key)
    {
        var (_, diagnostics) = Validate("subsystems:\n  - id: gc\n    " + key + "\n" + Posts, strict: false);

        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.PathOutsideRepository, 3), (d.Code, d.Location.Line));
    }

    [Fact]
    public void Suggested_items_are_one_warning_and_under_strict_an_error_each()
    {
        var yaml =
            "posts:\n  - url: https://a.example/gc\n    subsystems: [gc]\n    suggested: true\n"
            + "  - url: https://a.example/pal\n    subsystems: [pal]\n    suggested: true\n";

        var (_, relaxed) = Validate(yaml, strict: false);
        var (_, strict) = Validate(yaml, strict: true);
        var (_, reviewed) = Validate(yaml.Replace("    suggested: true\n", "", StringComparison.Ordinal), true);

        var warning = Assert.Single(relaxed);
        Assert.Equal((DiagnosticCodes.UnreviewedSuggestion, Severity.Warning, 4), (warning.Code, warning.Severity,
            warning.Location.Line));
        Assert.StartsWith("2 posts are", warning.Message, StringComparison.Ordinal);
        Assert.Equal([4, 7], strict.Select(d => d.Location.Line));
        Assert.All(strict, d => Assert.Contains("delete its line 'suggested: true'", d.Hint, StringComparison.Ordinal));
        Assert.Empty(reviewed);
    }

    [Fact]
    public void One_suggested_item_is_counted_in_the_singular()
    {
        var (_, diagnostics) = Validate(
            "posts:\n  - url: https://a.example/gc\n    subsystems: [gc]\n    suggested: true\n",
            strict: false
        );

        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnreviewedSuggestion);
        Assert.Equal("1 post is a suggestion not reviewed yet ('suggested: true')", warning.Message);
    }

    [Fact]
    public void A_built_in_parent_gives_way_when_the_taxonomy_puts_that_parent_under_the_child()
    {
        // Built in, threading is under threadpool; this taxonomy redefines threading without a parent and puts the
        // thread pool under it.
        var (corpus, diagnostics) = Validate(
            "reading-lists: []\nsubsystems:\n  - id: threading\n    name: Threading and concurrency\n"
                + "  - id: threadpool\n    parent: threading\n"
                + "posts:\n  - url: https://a.example/t\n    subsystems: [threadpool]\n",
            strict: false
        );

        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.ParentCycle);
        var byId = corpus!.Subsystems.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Assert.Null(byId["threading"].Parent);
        Assert.Equal("threading", byId["threadpool"].Parent);
    }

    [Fact]
    public void A_cycle_the_taxonomy_writes_itself_is_still_an_error()
    {
        var (_, diagnostics) = Validate(
            "reading-lists: []\nsubsystems:\n  - id: threading\n    parent: threadpool\n"
                + "  - id: threadpool\n    parent: threading\n"
                + "posts:\n  - url: https://a.example/t\n    subsystems: [threadpool]\n",
            strict: false
        );

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ParentCycle);
    }

    [Fact]
    public void Suggested_must_be_true_or_false()
    {
        var item = "  - url: https://a.example/x\n    subsystems: [gc]\n    suggested: yes\n    title: X\n";
        var (_, diagnostics) = Validate(Posts + item, strict: false);

        Assert.Equal(DiagnosticCodes.WrongType, Assert.Single(diagnostics).Code);
    }
}
