using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Validation;

/// <summary>One test per diagnostic: its code, file, line and column.</summary>
public class DiagnosticTests
{
    private const string File = "taxonomy/taxonomy.yaml";

    private static IReadOnlyList<Diagnostic> Check(
        string yaml,
        IReadOnlyList<ReadingList>? lists = null,
        bool strict = false
    )
    {
        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Parse(yaml, File, "/tmp", bag);
        if (taxonomy is not null)
        {
            CorpusValidator.Validate(taxonomy, lists ?? [], strict, bag);
        }

        return bag.Sorted();
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        Assert.True(diagnostics.Any(d => d.Code == code), $"expected {code}, got:\n" + string.Join('\n', diagnostics));
        return diagnostics.Single(d => d.Code == code);
    }

    private static void At(Diagnostic d, int line, int column, Severity severity = Severity.Error) =>
        Assert.Equal((File, line, column, severity), (d.Location.File, d.Location.Line, d.Location.Column, d.Severity));

    private const string Gc = "subsystems:\n  - id: gc\n    name: GC\n";

    [Fact]
    public void CG0001_yaml_syntax_error_at_the_parser_position()
    {
        var d = Single(Check("subsystems:\n  - id: gc\n    name: [unclosed\n"), DiagnosticCodes.YamlSyntax);
        Assert.Equal(File, d.Location.File);
        Assert.InRange(d.Location.Line, 3, 4);
    }

    [Fact]
    public void CG0001_unclosed_bracket_is_reported_at_its_line_not_as_a_crash()
    {
        // YamlDotNet's parser throws InvalidOperationException on this input, not a YamlException.
        var d = Single(
            Check(Gc + "    botr: [a.md, b.md\n    color: \"#ff7f0e\"\n    source: [c]\n"),
            DiagnosticCodes.YamlSyntax
        );
        Assert.Equal((File, 4), (d.Location.File, d.Location.Line));
        Assert.Contains("unclosed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CG0002_repeated_key_is_reported_with_the_other_errors()
    {
        var diagnostics = Check(Gc + "    name: Again\n  - id: Bad Id\n    name: B\n");
        At(Single(diagnostics, DiagnosticCodes.UnknownKey), 4, 5);
        var repeated = Single(diagnostics, DiagnosticCodes.UnknownKey);
        Assert.Equal(
            ("key 'name' is repeated", "join the two into one 'name:'; the second is not read"),
            (repeated.Message, repeated.Hint)
        );
        At(Single(diagnostics, DiagnosticCodes.InvalidId), 5, 9);
    }

    // The next post with its "- " forgotten: one error, at its url, not one for each of its keys.
    [Fact]
    public void CG0002_a_second_url_in_a_post_says_to_start_another_post()
    {
        var diagnostics = Check(
            Gc + "posts:\n  - url: https://blog.example/a\n    subsystems: [gc]\n    url: https://blog.example/b\n"
                + "    subsystems: [gc]\n    title: B\n"
        );

        var repeated = Single(diagnostics, DiagnosticCodes.UnknownKey);
        At(repeated, 7, 5);
        Assert.Equal(
            ("key 'url' is repeated", "if it starts another post, write '- url:' in line with the '- ' above it"),
            (repeated.Message, repeated.Hint)
        );
    }

    [Fact]
    public void Every_yaml_shape_in_a_wrong_place_is_reported_and_skipped()
    {
        var diagnostics = Check(
            "reading-lists: {a: b}\nsubsystems:\n  - [gc]\n  - id: {x: [1, {y: 2}]}\n    name: N\n    ? [complex, "
                + "key]\n    : value\n  - id: ok\n    name: OK\nposts: text\n---\nsecond: document\n"
        );
        Assert.Equal(
            [
                "1:16 CG0004",
                "3:5 CG0004",
                "4:5 CG0005",
                "4:9 CG0004",
                "6:7 CG0004",
                "8:9 CG0018",
                "10:8 CG0004",
                "12:1 CG0001",
            ],
            diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Code}").ToArray()
        );
    }

    [Fact]
    public void CG0002_unknown_key_with_a_hint()
    {
        var d = Single(
            Check(Gc + "posts:\n  - url: https://a.example/x\n    subsytems: [gc]\n    title: X\n"),
            DiagnosticCodes.UnknownKey
        );
        At(d, 6, 5);
        Assert.Equal("did you mean 'subsystems'?", d.Hint);
        Assert.Contains(
            "taxonomy/taxonomy.yaml:6:5: error CG0002: unknown key 'subsytems' (did you mean 'subsystems'?)",
            d.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void CG0003_unknown_subsystem_with_a_hint()
    {
        var d = Single(
            Check(Gc + "posts:\n  - url: https://a.example/x\n    subsystems: [gcc]\n    title: X\n"),
            DiagnosticCodes.UnknownSubsystem
        );
        At(d, 6, 18);
        Assert.Equal(
            "taxonomy/taxonomy.yaml:6:18: error CG0003: unknown subsystem 'gcc' (did you mean 'gc'?)",
            d.ToString()
        );
    }

    [Fact]
    public void CG0004_wrong_type() =>
        At(
            Single(
                Check(Gc + "posts:\n  - url: https://a.example/x\n    subsystems: gc\n    title: X\n"),
                DiagnosticCodes.WrongType
            ),
            6,
            17
        );

    [Fact]
    public void CG0005_missing_key() =>
        At(Single(Check("subsystems:\n  - name: GC\n"), DiagnosticCodes.MissingKey), 2, 5);

    [Fact]
    public void CG0006_invalid_id() =>
        At(Single(Check("subsystems:\n  - id: Type Loader\n    name: T\n"), DiagnosticCodes.InvalidId), 2, 9);

    [Theory]
    [InlineData("Type Loader", "did you mean 'type-loader'?")]
    [InlineData("-lead", "did you mean 'lead'?")]
    [InlineData("a--b", "did you mean 'a-b'?")]
    [InlineData("---", null)]
    public void CG0006_says_single_dashes_and_proposes_an_id(string id, string? hint)
    {
        var d = Single(Check($"subsystems:\n  - id: '{id}'\n    name: T\n"), DiagnosticCodes.InvalidId);
        Assert.Contains("joined by single '-'", d.Message, StringComparison.Ordinal);
        Assert.Equal(hint, d.Hint);
    }

    [Fact]
    public void CG0007_duplicate_subsystem_names_both_lines()
    {
        var d = Single(Check(Gc + "  - id: gc\n    name: Again\n"), DiagnosticCodes.DuplicateSubsystem);
        At(d, 4, 9);
        Assert.Contains("line 2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CG0008_unknown_parent() =>
        At(Single(Check(Gc + "  - id: child\n    name: C\n    parent: gcc\n"), DiagnosticCodes.UnknownParent), 6, 13);

    [Fact]
    public void CG0009_parent_cycle()
    {
        var d = Single(
            Check("subsystems:\n  - id: a\n    name: A\n    parent: b\n  - id: b\n    name: B\n    parent: a\n"),
            DiagnosticCodes.ParentCycle
        );
        At(d, 4, 13);
        Assert.Contains("a → b → a", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CG0010_post_without_subsystem() =>
        At(
            Single(
                Check(Gc + "posts:\n  - url: https://a.example/x\n    subsystems: []\n    title: X\n"),
                DiagnosticCodes.PostWithoutSubsystem
            ),
            5,
            5
        );

    [Fact]
    public void CG0011_duplicate_post_after_normalization_names_both_lines()
    {
        var d = Single(
            Check(
                Gc
                    + "posts:\n  - url: https://a.example/x\n    subsystems: [gc]\n    title: X\n  - url: "
                    + "http://www.a.example/x/\n    subsystems: [gc]\n    title: X\n"
            ),
            DiagnosticCodes.DuplicatePost
        );
        At(d, 8, 10);
        Assert.Contains("line 5", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CG0012_post_in_no_list_without_title() =>
        At(
            Single(
                Check(Gc + "posts:\n  - url: https://a.example/x\n    subsystems: [gc]\n"),
                DiagnosticCodes.PostWithoutTitle
            ),
            5,
            10
        );

    [Fact]
    public void CG0017_unmapped_post_is_a_warning_or_with_strict_an_error()
    {
        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse("- [x](https://a.example/x)\n", "list.md", bag);
        var warning = Single(Check(Gc, [list]), DiagnosticCodes.UnmappedPost);
        Assert.Equal(
            ("list.md", 1, 3, Severity.Warning),
            (warning.Location.File, warning.Location.Line, warning.Location.Column, warning.Severity)
        );
        Assert.Equal(Severity.Error, Single(Check(Gc, [list], strict: true), DiagnosticCodes.UnmappedPost).Severity);
    }

    [Fact]
    public void CG0018_subsystem_without_posts()
    {
        At(Single(Check(Gc), DiagnosticCodes.SubsystemWithoutPosts), 2, 9, Severity.Warning);
        At(Single(Check(Gc, strict: true), DiagnosticCodes.SubsystemWithoutPosts), 2, 9);
    }

    [Fact]
    public void CG0019_title_conflict_between_lists()
    {
        var bag = new DiagnosticBag();
        var one = ReadingListReader.Parse("- [One](https://a.example/x)\n", "one.md", bag);
        var two = ReadingListReader.Parse("\n- [Two](https://a.example/x/)\n", "two.md", bag);
        var d = Single(
            Check(Gc + "posts:\n  - url: https://a.example/x\n    subsystems: [gc]\n", [one, two]),
            DiagnosticCodes.TitleConflict
        );
        Assert.Equal(
            ("two.md", 2, 3, Severity.Warning),
            (d.Location.File, d.Location.Line, d.Location.Column, d.Severity)
        );
    }

    [Fact]
    public void CG0020_invalid_color() =>
        At(
            Single(Check("subsystems:\n  - id: gc\n    name: GC\n    color: blue\n"), DiagnosticCodes.InvalidColor),
            4,
            12
        );

    [Fact]
    public void CG0021_subsystem_named_twice_in_a_post() =>
        At(
            Single(
                Check(Gc + "posts:\n  - url: https://a.example/x\n    subsystems: [gc, gc]\n    title: X\n"),
                DiagnosticCodes.DuplicateSubsystemInPost
            ),
            6,
            22
        );

    [Fact]
    public void CG0022_yaml_alias_is_refused_before_it_expands()
    {
        var bomb =
            "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, "
            + "*b, *b, *b, *b]\n";
        At(Single(Check(bomb), DiagnosticCodes.YamlAlias), 1, 4);
    }

    [Fact]
    public void CG0026_invalid_post_url() =>
        At(
            Single(
                Check(Gc + "posts:\n  - url: not a url\n    subsystems: [gc]\n    title: X\n"),
                DiagnosticCodes.InvalidPostUrl
            ),
            5,
            10
        );

    [Fact]
    public void Every_code_is_explained_once()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(i => i.Code).Distinct().Count());
        var declared = typeof(DiagnosticCodes)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(declared.Order(), DiagnosticCodes.All.Select(i => i.Code).Order());
    }
}
