using ClrGraph.Diagnostics;
using ClrGraph.Pipeline;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Validation;

/// <summary>Diagnostics that lead to the fix: the hint names what to change, and follow-on errors stay quiet.</summary>
public class FixHintTests
{
    private const string File = "taxonomy.yaml";

    private const string Gc = "subsystems:\n  - id: gc\n    name: GC\n";

    [Fact]
    public void CG0012_names_the_listed_url_that_differs_only_in_letter_case()
    {
        var diagnostics = Check(
            Gc + "posts:\n  - url: https://blog.example/2020/GC-Regions\n    subsystems: [gc]\n",
            List("lists/awesome.md", ("https://blog.example/2020/gc-regions/", 120))
        );
        var d = Single(diagnostics, DiagnosticCodes.PostWithoutTitle);
        Assert.Equal(
            "did you mean 'https://blog.example/2020/gc-regions/' at lists/awesome.md:120:3? correct the url; "
                + "a title would make this a second post",
            d.Hint
        );

        // The listed post's own warning points back at the entry that was meant for it.
        var unmapped = Single(diagnostics, DiagnosticCodes.UnmappedPost);
        Assert.Equal(
            "did you mean the taxonomy's 'https://blog.example/2020/GC-Regions' at line 5? correct its url",
            unmapped.Hint
        );
    }

    // An id written as the subsystem is called, two ids without their comma, or a typo.
    [Theory]
    [InlineData("aot", "did you mean 'ahead-of-time'? 'aot' is one of its keywords")]
    [InlineData("garbage-collection", "did you mean 'gc'? 'garbage-collection' is one of its keywords")]
    [InlineData("Thread pool", "did you mean 'threadpool'? 'Thread pool' is its name")]
    [InlineData("jit gc", "these are 2 ids: separate them with commas, [jit, gc]")]
    [InlineData("gcc", "did you mean 'gc'?")]
    public void CG0003_proposes_the_subsystem_an_unknown_id_names(string id, string hint)
    {
        var yaml = Gc + $"posts:\n  - url: https://blog.example/a\n    subsystems: [{id}]\n";

        Assert.Equal(hint, Single(Check(yaml), DiagnosticCodes.UnknownSubsystem).Hint);
    }

    // A block list's second '- ' one space further in than the first continues the first item's text.
    [Fact]
    public void CG0003_for_list_items_read_as_one_id_says_to_line_up_their_dashes()
    {
        var yaml = Gc + "  - id: jit\n    name: JIT\n"
            + "posts:\n  - url: https://blog.example/a\n    subsystems:\n      - jit\n       - gc\n";

        var d = Single(Check(yaml), DiagnosticCodes.UnknownSubsystem);

        Assert.Equal("unknown subsystem 'jit - gc'", d.Message);
        Assert.Equal(
            "YAML read the lines '- jit', '- gc' as one id, as each '- ' after the first is indented further than the "
                + "one above it: line up the '- ' of the list's items",
            d.Hint
        );
    }

    [Fact]
    public void CG0012_names_the_listed_url_a_typo_away()
    {
        var d = Single(
            Check(
                Gc + "posts:\n  - url: https://blog.example/2020/gc-regoins\n    subsystems: [gc]\n",
                List("a.md", ("https://blog.example/2019/other", 1), ("https://blog.example/2020/gc-regions", 2))
            ),
            DiagnosticCodes.PostWithoutTitle
        );
        Assert.StartsWith(
            "did you mean 'https://blog.example/2020/gc-regions' at a.md:2:3?",
            d.Hint,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void CG0012_without_a_near_url_asks_for_a_title()
    {
        var d = Single(
            Check(
                Gc + "posts:\n  - url: https://elsewhere.example/a/post\n    subsystems: [gc]\n",
                List("a.md", ("https://blog.example/x", 1))
            ),
            DiagnosticCodes.PostWithoutTitle
        );
        Assert.Equal("add 'title:', or add the post to a reading list", d.Hint);
    }

    // The list's relative link was the post, but the list has no address to resolve it against.
    [Fact]
    public void CG0012_points_at_a_list_that_skipped_relative_links()
    {
        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse("- [SSCLI essentials](../sscli-essentials)\n", "a.md", bag);
        var d = Single(
            Check(Gc + "posts:\n  - url: https://research.example/sscli-essentials\n    subsystems: [gc]\n", list),
            DiagnosticCodes.PostWithoutTitle
        );
        Assert.Equal(
            "a.md skipped relative links for want of its own address (CG0015), and one may be this post: give the "
                + "list 'url: https://…' in front matter, or add 'title:'",
            d.Hint
        );
    }

    [Fact]
    public void An_unread_list_gives_no_follow_on_CG0012_or_CG0018()
    {
        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Parse(
            Gc + "  - id: jit\n    name: JIT\nposts:\n  - url: https://blog.example/a\n    subsystems: [gc]\n",
            File,
            "/tmp",
            bag
        )!;
        CorpusValidator.Validate(taxonomy, [], strict: true, bag, someListUnread: true);
        Assert.Empty(bag.Sorted());

        // The same taxonomy with every list read reports both.
        CorpusValidator.Validate(taxonomy, [], strict: true, bag);
        Assert.Equal(
            [
                DiagnosticCodes.PostWithoutTitle,
                DiagnosticCodes.SubsystemWithoutPosts,
                DiagnosticCodes.SubsystemWithoutPosts,
            ],
            bag.Sorted().Select(d => d.Code).Order(StringComparer.Ordinal)
        );
    }

    // "subsystems: gc" was two errors: the list written as text, and the post mapping to no subsystem.
    [Fact]
    public void A_list_written_as_text_is_one_error_and_read_as_its_one_item()
    {
        var diagnostics = Check(
            Gc + "posts:\n  - url: https://blog.example/a\n    subsystems: gc\n",
            List("a.md", ("https://blog.example/a", 1))
        );

        var d = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(
            (DiagnosticCodes.WrongType, 6, "write it as subsystems: [gc]"),
            (d.Code, d.Location.Line, d.Hint)
        );
    }

    // "lists\\gc.md", as Windows writes it: on Linux the backslash is part of the file's name.
    [Fact]
    public void A_list_path_written_with_backslashes_gets_the_path_with_slashes()
    {
        Assert.SkipUnless(Path.DirectorySeparatorChar == '/', "a backslash separates folders on Windows");
        using var temp = new Support.TempFolder();
        var taxonomy = temp.File("taxonomy.yaml");
        System.IO.Directory.CreateDirectory(temp.File("lists"));
        System.IO.File.WriteAllText(temp.File("lists/gc.md"), "- [A](https://blog.example/a)\n");
        System.IO.File.WriteAllText(taxonomy, Gc + "reading-lists: ['lists\\gc.md']\nposts: []\n");

        var d = Assert.Single(GraphPipeline.Load(new(taxonomy, [], Strict: false)).Diagnostics,
            d => d.Severity == Severity.Error);

        Assert.Equal(DiagnosticCodes.FileUnreadable, d.Code);
        Assert.Matches("^did you mean '.*/lists/gc.md'[?] folders are separated by '/'$", d.Hint);
    }

    // A list kept as a link to a clone elsewhere, whose target moved: "file not found: gc.md (did you mean
    // 'gc.md'?)" named the very link.
    [Fact]
    public void A_list_linked_to_a_missing_file_says_where_the_link_points()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need rights on Windows");
        using var temp = new Support.TempFolder();
        var taxonomy = temp.File("taxonomy.yaml");
        System.IO.File.CreateSymbolicLink(temp.File("gc.md"), "../clone/gc.md");
        System.IO.File.WriteAllText(taxonomy, Gc + "reading-lists: [gc.md]\nposts: []\n");

        var d = Assert.Single(GraphPipeline.Load(new(taxonomy, [], Strict: false)).Diagnostics,
            d => d.Severity == Severity.Error);

        var message = $"{temp.File("gc.md")} is a link to '../clone/gc.md', which does not exist";
        var hint = "point the link at an existing file, or give that file's own path";
        Assert.Equal((DiagnosticCodes.FileUnreadable, message, hint), (d.Code, d.Message, d.Hint));
    }

    [Fact]
    public void A_mistyped_list_path_is_one_error()
    {
        using var temp = new Support.TempFolder();
        var taxonomy = temp.File("taxonomy.yaml");
        System.IO.File.WriteAllText(
            taxonomy,
            Gc
                + "  - id: jit\n    name: JIT\nreading-lists: [lists/awsome.md]\nposts:\n"
                + "  - url: https://blog.example/a\n    subsystems: [gc]\n"
                + "  - url: https://blog.example/b\n    subsystems: [jit]\n"
        );
        var load = () => Assert.Single(GraphPipeline.Load(new(taxonomy, [], Strict: true)).Diagnostics);
        var missingFolder = load();
        System.IO.Directory.CreateDirectory(temp.File("lists"));
        System.IO.File.WriteAllText(temp.File("lists/awesome.md"), "- [A](https://blog.example/a)\n");
        var typo = load();
        System.IO.File.Move(temp.File("lists/awesome.md"), temp.File("lists/performance.md"));
        var unlike = load();

        Assert.Equal((DiagnosticCodes.FileUnreadable, 6), (missingFolder.Code, missingFolder.Location.Line));
        Assert.Matches("^there is no folder .*/lists/$", missingFolder.Hint);
        Assert.Matches("^did you mean '.*/lists/awesome.md'[?]$", typo.Hint);
        Assert.Equal($"it was looked for in {temp.File("lists")}/", unlike.Hint);
    }

    [Theory]
    [InlineData("blog.example/a", "did you mean 'https://blog.example/a'?")]
    [InlineData("ftp://blog.example/a", "write the post's whole address, from https://")]
    [InlineData("htps://blog.example/a", "did you mean 'https://blog.example/a'?")]
    [InlineData("hhttp://blog.example/a", "did you mean 'https://blog.example/a'?")]
    [InlineData("'https://blog.example /a'", "did you mean 'https://blog.example/a'?")]
    public void CG0026_proposes_the_address_a_url_was_meant_to_be(string url, string hint)
    {
        var d = Single(Check(Gc + $"posts:\n  - url: {url}\n    subsystems: [gc]\n"), DiagnosticCodes.InvalidPostUrl);

        Assert.Equal(hint, d.Hint);
    }

    [Fact]
    public void CG0005_a_post_without_its_url_says_to_give_it()
    {
        var d = Single(Check(Gc + "posts:\n  - subsystems: [gc]\n"), DiagnosticCodes.MissingKey);

        Assert.Equal("give the post's address: url: https://…", d.Hint);
    }

    // A Jekyll list's front matter had "title: [翻译]深入了解CLR"; a title may start with a tag the same way.
    [Fact]
    public void CG0001_a_value_that_goes_on_after_its_brackets_says_to_quote_it_whole()
    {
        var d = Single(
            Check(
                Gc
                    + "posts:\n  - url: https://blog.example/a\n    subsystems: [gc]\n"
                    + "    title: [Draft] Tiered JIT\n"
            ),
            DiagnosticCodes.YamlSyntax
        );
        Assert.Equal("the value of 'title' opens a list ('[Draft]') and goes on after it", d.Message);
        Assert.Equal("quote the whole value: title: '[Draft] Tiered JIT'", d.Hint);
    }

    [Fact]
    public void CG0001_a_value_that_goes_on_after_its_quotes_says_what_yaml_read()
    {
        var d = Single(
            Check(Gc + "posts:\n  - url: https://blog.example/a\n    subsystems: [gc]\n    title: \"GC\" internals\n"),
            DiagnosticCodes.YamlSyntax
        );
        Assert.Equal("the value of 'title' opens a quoted value ('\"GC\"') and goes on after it", d.Message);
    }

    [Fact]
    public void CG0001_unquoted_colon_in_a_value_says_to_quote_it()
    {
        var d = Single(
            Check(
                Gc
                    + "posts:\n  - url: https://blog.example/a\n    subsystems: [gc]\n"
                    + "    note: Tiered JIT: how it works\n"
            ),
            DiagnosticCodes.YamlSyntax
        );
        Assert.Equal(7, d.Location.Line);
        Assert.Equal("the value of 'note' holds ': ', which YAML reads as the start of another key", d.Message);
        Assert.Equal("quote the whole value: note: 'Tiered JIT: how it works'", d.Hint);
        Assert.Contains("quoted", DiagnosticCodes.Find("CG0001")!.Fix, StringComparison.Ordinal);
        var fix = DiagnosticCodes.Find("CG0001")!.Fix;
        Assert.Contains("mapping values are not allowed", fix, StringComparison.Ordinal);
    }

    // The slips of YAML typed by hand, each reported at the line that holds it (YamlDotNet names line 1 for a tab, and
    // the line after a key without its colon) with what to type.
    [Theory]
    [InlineData("\tsubsystems: [gc]\n", "6:1", "a tab in the indentation", "replace the tab with spaces")]
    [InlineData("    subsystems:[gc]\n", "6:16", "no space after 'subsystems:', so YAML reads no key here",
        "put a space after the colon: subsystems: [gc]")]
    [InlineData("     subsystems: [gc]\n", "6:6", "'subsystems:' is indented 5, in line with no key above it",
        "YAML nests by indentation: line it up with 'url:' on line 5, 4 spaces in")]
    [InlineData("   subsystems: [gc]\n", "6:4", "'subsystems:' is indented 3, in line with no key above it",
        "line it up with 'url:' on line 5, 4 spaces in")]
    [InlineData("    subsystems: [gc]\n  - url https://blog.example/b\n    subsystems: [gc]\n", "7:8",
        "no ':' after 'url', so line 7 runs on into line 8", "write a key and its value: url: https://blog.example/b")]
    [InlineData("    subsystems: [gc]\n    note: \"never closed\n  - url: https://blog.example/b\n", "7:11",
        "a quoted value that is never closed", "end the value with the quote mark it starts with")]
    [InlineData("    subsystems: [gc]\n      title: A\n", "7:7", "'title:' is indented 6, in line with no key above it",
        "line it up with 'subsystems:' on line 6, 4 spaces in")]
    [InlineData("    subsystems: [gc]\n    note: \"see C:\\dev\\notes\"\n", "7:18",
        "'\\d' is no escape in double quotes, where '\\' starts one",
        "write it without double quotes, where a backslash is a backslash: note: see C:\\dev\\notes")]
    [InlineData("    subsystems: [gc]\n    note Tiered compilation\n", "7:9",
        "no ':' after 'note', so YAML reads no key here", "write a key and its value: note: Tiered compilation")]
    [InlineData("    subsystems: [gc]\n  -url: https://blog.example/b\n    subsystems: [gc]\n", "7:3",
        "no space after '-', so YAML reads a key '-url', not an item of the list",
        "put a space after the dash: - url:")]
    [InlineData("    subsystems: [gc]\n  url: https://blog.example/b\n", "7:3",
        "'url:' is indented 2, in line with no key above it",
        "if it starts another item, write '- url:' in line with the '- ' on line 5")]
    public void CG0001_a_hand_typed_slip_is_found_on_its_line(string tail, string at, string message, string hint)
    {
        var d = Single(Check(Gc + "posts:\n  - url: https://blog.example/a\n" + tail), DiagnosticCodes.YamlSyntax);

        Assert.Equal((at, message), ($"{d.Location.Line}:{d.Location.Column}", d.Message));
        Assert.Contains(hint, d.Hint, StringComparison.Ordinal);
    }

    // Which subsystems are read together counts each pair of a post's subsystems: thousands would cost their square.
    [Fact]
    public void CG0023_a_post_mapped_to_more_subsystems_than_the_limit_is_refused_at_the_first_past_it()
    {
        var ids = string.Join(", ", Enumerable.Range(0, CorpusValidator.MaxSubsystemsPerPost + 1).Select(i => "gc"));
        var d = Single(
            Check(Gc + $"posts:\n  - url: https://blog.example/a\n    subsystems: [{ids}]\n"),
            DiagnosticCodes.InputTooLarge
        );

        Assert.Equal((6, 18 + (4 * CorpusValidator.MaxSubsystemsPerPost)), (d.Location.Line, d.Location.Column));
        Assert.Equal(
            "post 'https://blog.example/a' maps to 65 subsystems, and a post may map to at most 64",
            d.Message
        );
    }

    [Fact]
    public void CG0001_a_list_key_without_its_colon_is_found_on_its_line()
    {
        var d = Single(Check(Gc + "posts\n  - url: https://blog.example/a\n"), DiagnosticCodes.YamlSyntax);

        Assert.Equal(("4:6", "no ':' after 'posts', so the lines below are not its value", "write posts:"),
            ($"{d.Location.Line}:{d.Location.Column}", d.Message, d.Hint));
    }

    [Theory]
    [InlineData("    title: @kevingosse on GC\n", "quote the whole value: title: '@kevingosse on GC'")]
    [InlineData("    title: `code` in GC\n", "quote the whole value: title: '`code` in GC'")]
    [InlineData("    title: - a dash\n", "quote the whole value: title: '- a dash'")]
    [InlineData("    title: !important GC\n", "quote the whole value: title: '!important GC'")] // a tag, dropped
    [InlineData("    note: > 2 GB heaps\n", "quote the whole value: note: '> 2 GB heaps'")] // a block scalar's mark
    [InlineData("    note: !!! must read\n", "quote the whole value: note: '!!! must read'")]
    [InlineData("    note: [gc, jit\n", "close it on this line: note: [gc, jit]")] // the last line
    [InlineData("    note: [gc, jit\n  - url: https://blog.example/b\n", "close it on this line: note: [gc, jit]")]
    [InlineData("    title: 'It's GC'\n", "the quote mark inside ends the value early: write title: It's GC")]
    [InlineData("    note: \"Said \"hi\"\"\n", "the quote mark inside ends the value early: write note: Said \"hi\"")]
    public void CG0001_a_value_that_yaml_reads_otherwise_is_shown_written_right(string tail, string hint)
    {
        var yaml = Gc + "posts:\n  - url: https://blog.example/a\n    subsystems: [gc]\n" + tail;

        Assert.Equal(hint, Single(Check(yaml), DiagnosticCodes.YamlSyntax).Hint);
    }

    [Fact]
    public void CG0022_text_that_starts_with_a_star_says_to_quote_it_and_a_real_alias_to_write_it_out()
    {
        var post = Gc + "posts:\n  - url: https://blog.example/a\n    subsystems: [gc]\n";

        var starred = Single(Check(post + "    title: *Bold* GC\n"), DiagnosticCodes.YamlAlias);
        var alias = Single(Check(post + "    subsystems: *gc\n"), DiagnosticCodes.YamlAlias);

        Assert.Equal(("quote the whole value: title: '*Bold* GC'", 7), (starred.Hint, starred.Location.Line));
        Assert.Equal("write the value out", alias.Hint);
    }

    // "title: C# tips #1 of 10" is the title "C# tips" to YAML, the rest a comment: the words after '#' are lost.
    [Fact]
    public void CG0068_a_value_cut_by_a_comment_is_warned_at_its_hash_and_a_comment_is_not()
    {
        var post = Gc + "posts:\n  - url: https://blog.example/a\n    subsystems: [gc]  # the GC first\n";

        var cut = Single(Check(post + "    title: C# tips #1 of 10\n"), DiagnosticCodes.CommentInValue);
        var comments = Check(post + "    title: C# tips # a comment\n    # a line of its own\n");

        Assert.Equal((7, 20), (cut.Location.Line, cut.Location.Column));
        Assert.Equal("'title' ends before ' #', where a YAML comment starts: '#1 of 10' is dropped", cut.Message);
        Assert.StartsWith("quote the whole value: title: 'C# tips #1 of 10'", cut.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(comments, d => d.Code == DiagnosticCodes.CommentInValue);
    }

    // "color: #1f77b4" and "note: #1 tip" are empty values to YAML: the whole value is a comment.
    [Fact]
    public void CG0068_a_value_that_is_all_comment_is_warned_and_quoting_it_is_the_hint()
    {
        var post = "posts:\n  - url: https://blog.example/a\n    subsystems: [gc]\n";

        var colour = Single(Check(Gc + "    color: #1f77b4\n" + post), DiagnosticCodes.CommentInValue);
        var note = Single(Check(Gc + post + "    note: #1 tip for the GC\n"), DiagnosticCodes.CommentInValue);

        Assert.Equal((4, 12), (colour.Location.Line, colour.Location.Column));
        Assert.StartsWith("quote the whole value: color: '#1f77b4'", colour.Hint, StringComparison.Ordinal);
        Assert.StartsWith("quote the whole value: note: '#1 tip for the GC'", note.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void CG0001_a_top_level_key_out_of_line_is_lined_up_with_the_first()
    {
        var d = Single(Check("reading-lists:\n  - lists/a.md\n posts:\n  - url: https://blog.example/a\n"),
            DiagnosticCodes.YamlSyntax);

        Assert.Equal("3:2", $"{d.Location.Line}:{d.Location.Column}");
        Assert.Equal("YAML nests by indentation: line it up with 'reading-lists:' on line 1, at the start of the line",
            d.Hint);
    }

    [Fact]
    public void A_misspelt_key_and_an_unknown_subsystem_under_it_are_reported_together()
    {
        var diagnostics = Check(Gc + "posts:\n  - url: https://blog.example/a\n    subsytems: [gcc]\n    title: A\n");
        Assert.Equal(
            ["2:9 CG0018", "6:5 CG0002", "6:17 CG0003"],
            diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Code}").ToArray()
        );
    }

    [Fact]
    public void A_misspelt_key_and_an_unknown_subsystem_beside_it_are_reported_together()
    {
        var diagnostics = Check(Gc + "posts:\n  - url: https://blog.example/a\n    titel: A\n    subsystems: [gcc]\n");
        Assert.Equal(
            ["2:9 CG0018", "6:5 CG0002", "7:18 CG0003"],
            diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Code}").ToArray()
        );
    }

    [Fact]
    public void A_misspelt_key_beside_the_right_one_is_still_reported_and_skipped()
    {
        var diagnostics = Check(
            Gc + "posts:\n  - url: https://blog.example/a\n    subsystems: [gc]\n    subsytems: [gcc]\n    title: A\n"
        );
        Assert.Equal(["7:5 CG0002"], diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Code}"));
    }

    private static ReadingList List(string file, params (string Url, int Line)[] links) =>
        new(
            Path.GetFileNameWithoutExtension(file),
            file,
            file,
            [],
            null,
            null,
            [
                .. links.Select(
                    (link, i) =>
                    {
                        Assert.True(PostUrl.TryNormalize(link.Url, out var key));
                        return new ListedPost(
                            link.Url,
                            key,
                            "T",
                            "",
                            "",
                            i + 1,
                            new SourceLocation(file, link.Line, 3)
                        );
                    }
                ),
            ]
        );

    private static IReadOnlyList<Diagnostic> Check(string yaml, params ReadingList[] lists)
    {
        var bag = new DiagnosticBag();
        if (TaxonomyReader.Parse(yaml, File, "/tmp", bag) is { } taxonomy)
        {
            CorpusValidator.Validate(taxonomy, lists, strict: false, bag);
        }

        return bag.Sorted();
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        Assert.True(diagnostics.Any(d => d.Code == code), $"expected {code}, got:\n" + string.Join('\n', diagnostics));
        return diagnostics.Single(d => d.Code == code);
    }
}
