using ClrGraph.Curation;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Curation;

/// <summary>How <c>suggest</c> weighs a child subsystem against its parent.</summary>
public sealed class SuggesterTests
{
    private static PostSuggestion SuggestFor(string title, string subsystems)
    {
        const string url = "https://a.example/post";
        var list = new ReadingList(
            "l",
            "l.md",
            "l",
            [],
            null,
            null,
            [new ListedPost(url, url, title, "", "", 1, new SourceLocation("l.md", 1, 1))]
        );
        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Parse("subsystems:\n" + subsystems, "taxonomy.yaml", "/tmp", bag)!;
        var input = CurationInput.From(CorpusValidator.Validate(taxonomy, [list], strict: false, bag)!);
        return Suggester.SuggestUnmapped(input).Single();
    }

    [Fact]
    public void A_child_the_taxonomy_adds_keeps_a_keyword_that_its_built_in_parent_also_has()
    {
        // Built in, diagnostics lists PerfView among its keywords; the curator files PerfView under a child of it.
        var suggestion = SuggestFor(
            "Using PerfView",
            "  - id: diagnostics\n  - id: profiling\n    name: Profiling\n    parent: diagnostics\n"
                + "    keywords: [PerfView]\n"
        );

        Assert.Equal("profiling", suggestion.Subsystems[0].Id);
    }

    [Fact]
    public void A_word_of_a_longer_phrase_of_a_name_says_less_than_a_whole_name()
    {
        // "C# compiler" names the compiler, not every post that mentions C#; "Generics" is a whole name.
        var suggestion = SuggestFor(
            "Generics in C#",
            "  - id: generics\n    name: Generics\n  - id: compiler\n    name: C# compiler\n"
        );

        Assert.Equal("generics", suggestion.Subsystems[0].Id);
    }

    [Fact]
    public void A_keyword_written_in_lower_case_meets_the_camel_case_title()
    {
        // "WinDbg" in a title is the phrase "win dbg"; the curator wrote the keyword "windbg".
        var suggestion = SuggestFor(
            "Using WinDbg",
            "  - id: diagnostics\n  - id: dumps\n    name: Dumps\n    parent: diagnostics\n    keywords: [windbg]\n"
        );

        Assert.Equal("dumps", suggestion.Subsystems[0].Id);
    }

    [Fact]
    public void A_child_the_taxonomy_adds_comes_after_its_parent_on_the_word_its_name_repeats()
    {
        // "GC modes" names its parent with the parent's own word; "GC" alone is evidence for the parent.
        var suggestion = SuggestFor(
            "GC internals explained",
            "  - id: gc\n  - id: gc-modes\n    name: GC modes\n    parent: gc\n    keywords: [server GC]\n"
        );

        Assert.Equal("gc", suggestion.Subsystems[0].Id);
    }

    [Fact]
    public void A_built_in_child_comes_after_its_parent_on_a_word_that_names_the_parent()
    {
        // Built in, gc-suspension is under gc; "GC" names the parent, so the parent comes first.
        var suggestion = SuggestFor("GC pauses explained", "  - id: gc\n  - id: gc-suspension\n");

        Assert.Equal("gc", suggestion.Subsystems[0].Id);
    }
}
