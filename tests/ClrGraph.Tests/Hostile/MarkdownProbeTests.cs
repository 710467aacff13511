using System.Globalization;
using System.Text;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Hostile;

/// <summary>
/// The Markdown probes of issue #24, each fixture made by the test: `check` ends in a clean read or exit 1 with a
/// coded diagnostic, never a crash (exit 3, or 134 for a stack overflow). They run the CLI, so that a regression
/// fails one test instead of taking the test host down.
/// </summary>
public class MarkdownProbeTests
{
    private const string Taxonomy = """
        reading-lists:
          - list.md
        subsystems:
          - id: gc
            name: GC
            summary: The garbage collector.
        posts: []

        """;

    private static ProgramResult Check(string markdown)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("taxonomy.yaml"), Taxonomy);
        File.WriteAllText(temp.File("list.md"), markdown);
        return Programs.Clrgraph(["check", "--taxonomy", temp.File("taxonomy.yaml")]);
    }

    [Fact]
    public void A_link_between_70000_emphasis_marks_on_each_side_is_read()
    {
        var stars = new string('*', 70_000);
        var run = Check($"- {stars}[Deep](https://a.example/deep){stars}\n");
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("post 'https://a.example/deep' is not mapped", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("brackets")]
    [InlineData("images")]
    [InlineData("emphasis")]
    public void Nesting_past_Markdigs_depth_limit_is_CG0023_at_the_file(string shape)
    {
        var markdown = shape switch
        {
            "brackets" => "- " + new string('[', 100_000) + "x" + new string(']', 100_000) + "(https://a.example/x)\n",
            "images" => "- " + Repeat("![a", 20_000) + new string(']', 20_000) + "\n",
            _ => "- " + Repeat("*_", 50_000) + "x" + Repeat("_*", 50_000) + "\n",
        };
        var run = Check(markdown);
        Assert.True(run.ExitCode == 1, run.All);
        Assert.Contains("list.md: error CG0023: Markdig cannot read the file", run.Error, StringComparison.Ordinal);
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    // A section is named without the marks around its heading: trimmed from the end by a backtracking regex, each
    // start inside a run of marks read the run again, and a heading of 100,000 emoji before its word took minutes.
    [Fact]
    public void A_heading_of_100000_marks_around_its_words_is_read_in_one_pass()
    {
        var run = Check("## " + Repeat("🟡 ", 100_000) + "Pinning" + Repeat(" 🟡", 100_000) + " x\n\n"
            + "- [Pins](https://a.example/pins)\n");
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("post 'https://a.example/pins' is not mapped", run.Error, StringComparison.Ordinal);
    }

    // A summary sits at most three levels past the sixth: 100,000 nested collapsible sections cost one pass.
    [Fact]
    public void A_list_inside_100000_nested_collapsible_sections_is_read()
    {
        var run = Check(Repeat("<details><summary>S</summary>\n", 100_000) + "\n- [Last](https://a.example/last)\n");
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("post 'https://a.example/last' is not mapped", run.Error, StringComparison.Ordinal);
    }

    // Each <a href> is read to its own </a>: 100,000 that never close cost one pass, not one each.
    [Fact]
    public void A_block_of_HTML_with_100000_unclosed_links_is_read_to_its_last_link()
    {
        var run = Check(
            "<div>\n" + Repeat("<a href=\"https://a.example/x\" ", 50_000) + Repeat("<a href=x>open ", 50_000)
                + "<a href=\"https://a.example/last\">Last</a>\n"
        );
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("post 'https://a.example/last' is not mapped", run.Error, StringComparison.Ordinal);
    }

    // Bare addresses in one HTML item, and tags that never close around them: one pass over the block.
    [Fact]
    public void A_block_of_HTML_with_100000_bare_addresses_is_read_to_its_last()
    {
        var run = Check(
            "<table><tr><td>\n" + Repeat("https://a.example/x <img src=\"https://a.example/i\" <", 50_000)
                + Repeat("https://a.example/y ", 50_000) + "</td></tr><tr><td>https://a.example/last</td></tr>\n"
        );
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("post 'https://a.example/last' is not mapped", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_of_200000_link_reference_definitions_is_CG0023_at_the_line_past_the_limit()
    {
        var markdown = new StringBuilder("# Definitions\n\n[Post][r0]\n\n");
        for (var i = 0; i < 200_000; i++)
        {
            markdown.Append("[r").Append(i).Append("]: https://a.example/").Append(i).Append('\n');
        }

        var run = Check(markdown.ToString());
        Assert.True(run.ExitCode == 1, run.All);
        var line = 5 + ReadingListReader.MaxDefinitionsPerBlock;
        Assert.Contains($"list.md:{line}:1: error CG0023: more than 5,000 link", run.Error, StringComparison.Ordinal);
    }

    // With a blank line between each, Markdig still read 200,000 definitions in 9 s, 400,000 in 36 s.
    [Fact]
    public void Definitions_past_the_limit_in_all_are_CG0023_even_with_blank_lines_between()
    {
        var markdown = new StringBuilder("# Definitions\n\n[Post][r0] and a note[^1]\n\n");
        for (var i = 0; i < 100_000; i++)
        {
            markdown.Append(i % 2 == 0 ? "[r" : "[^").Append(i);
            markdown.Append("]: https://a.example/").Append(i).Append("\n\n");
        }

        var run = Check(markdown.ToString());
        Assert.True(run.ExitCode == 1, run.All);
        var line = 5 + (2 * ReadingListReader.MaxDefinitions);
        Assert.Contains($"list.md:{line}:1: error CG0023: more than 20,000 link", run.Error, StringComparison.Ordinal);
    }

    // Markdig reads the bare addresses of a table's rows in time that grows with the square of the rows: 20,000 rows
    // of 25 cells took 38 s to check, 50,000 took 5 minutes.
    [Fact]
    public void A_table_past_the_limit_is_CG0023_at_its_row_and_one_under_it_is_read()
    {
        static string Table(int rows) =>
            "| Name | URL |\n|---|---|\n"
            + string.Concat(Enumerable.Range(0, rows).Select(i => $"| Post {i} | [post](https://a.example/{i}) |\n"));

        var run = Check(Table(ReadingListReader.MaxTableRows));
        Assert.True(run.ExitCode == 1, run.All);
        var line = ReadingListReader.MaxTableRows + 1;
        var expected = $"list.md:{line}:1: error CG0023: a table of more than 5,000 rows";
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);

        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse(Table(ReadingListReader.MaxTableRows - 2), "list.md", bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(ReadingListReader.MaxTableRows - 2, list.Posts.Length);
    }

    // Markdig's autolinks look back over all that their block holds: 25,000 bare addresses in one paragraph took
    // 5.5 s to check, 50,000 took 20 s. Past the limit, the list is refused at the first address too many.
    [Theory]
    [InlineData("https://a.example/{0}\n", 2003, 1)]
    [InlineData("see www.a.example/{0} ", 3, 44_895)]
    [InlineData("| Post | https://a.example/{0} |\n", 2005, 10)]
    public void Bare_addresses_past_the_limit_in_one_block_are_CG0023_at_the_first_too_many(
        string each,
        int line,
        int column
    )
    {
        var lines = Repeated(each, 2 * BoundedAutoLinks.Max);
        var table = each.StartsWith('|') ? "| Post | Address |\n|---|---|\n" : "";
        var run = Check("# Links\n\n" + table + lines + "\n");
        Assert.True(run.ExitCode == 1, run.All);
        var expected = $"list.md:{line}:{column}: error CG0023: more than 2,000 bare addresses in one paragraph";
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    // The count starts again in each list item and paragraph; an address inside a link is no bare one.
    [Fact]
    public void Bare_addresses_in_items_paragraphs_and_links_under_the_limit_are_read()
    {
        var max = BoundedAutoLinks.Max;
        string[] blocks = ["- https://a.example/i{0}\n", "[Post](https://a.example/l{0}) ", "https://a.example/p{0}\n"];
        var markdown = string.Join("\n\n", blocks.Select(each => Repeated(each, each[0] == '-' ? 2 * max : max)));

        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse("# Links\n\n" + markdown + "\n", "list.md", bag);
        Assert.DoesNotContain(bag.Sorted(), d => d.Code == DiagnosticCodes.InputTooLarge);
        Assert.Equal(4 * max, list.Posts.Length);
    }

    // The format filled in with 0, 1, 2… and joined.
    private static string Repeated(string format, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => string.Format(CultureInfo.InvariantCulture, format, i)));

    [Fact]
    public void Link_reference_definitions_in_blocks_under_the_limit_are_read()
    {
        var markdown = new StringBuilder("[Post][r0] and [Other][r4999]\n\n");
        for (var i = 0; i < 2 * ReadingListReader.MaxDefinitionsPerBlock; i++)
        {
            markdown.Append(i == ReadingListReader.MaxDefinitionsPerBlock ? "\n" : "");
            markdown.Append("[r").Append(i).Append("]: https://a.example/").Append(i).Append('\n');
        }

        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse(markdown.ToString(), "list.md", bag);
        Assert.Equal(["https://a.example/0", "https://a.example/4999"], list.Posts.Select(p => p.Url));
        // The 9,998 definitions no link uses are one warning, at the first.
        var unused = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.MalformedLink, 4), (unused.Code, unused.Location.Line));
        Assert.StartsWith("'[r1]: https://a.example/1' and 9997 more", unused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_in_one_paragraph_allocate_in_proportion_to_their_number()
    {
        // Allocation, not time: 8 times the links may cost about 8 times the bytes (quadratic would be 64).
        var small = Allocated(1_000, out var smallList);
        var large = Allocated(8_000, out var largeList);
        Assert.Equal(8_000, largeList.Posts.Length);
        Assert.Equal(("post 1", ""), (smallList.Posts[1].Title, smallList.Posts[1].Note));
        Assert.True(large < 12 * small, $"1,000 links allocate {small:N0} bytes, 8,000 allocate {large:N0}");
    }

    // A post's note grows with the items below it only up to its limit: 8 times the items, about 8 times the bytes.
    [Fact]
    public void Items_below_a_post_allocate_in_proportion_to_their_number()
    {
        var small = AllocatedBy("- [Pro .NET Memory](https://a.example/1)\n" + Items(1_000));
        var large = AllocatedBy("- [Pro .NET Memory](https://a.example/1)\n" + Items(8_000));
        Assert.True(large < 12 * small, $"1,000 items allocate {small:N0} bytes, 8,000 allocate {large:N0}");

        static string Items(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"  - point {i}\n"));
    }

    // Links one to a line: each post's note is the rest of its own line, found in the one paragraph; past sixteen
    // links a paragraph is a collection whose links get no note, so 8 times the lines cost about 8 times the bytes.
    [Fact]
    public void Links_one_to_a_line_allocate_in_proportion_to_their_number()
    {
        var small = AllocatedBy(Lines(1_000));
        var large = AllocatedBy(Lines(8_000));
        Assert.True(large < 12 * small, $"1,000 lines allocate {small:N0} bytes, 8,000 allocate {large:N0}");

        static string Lines(int count) => string.Concat(Enumerable.Range(0, count)
            .Select(i => $"[post {i}](https://a.example/{i}) and a few words of its own\n"));
    }

    // A talk's name in quotes before links that only say what form each is ("slides"): its words are every link's note,
    // but past sixteen links a paragraph is a collection, and 8 times the links cost about 8 times the bytes.
    [Fact]
    public void Forms_of_a_talk_named_in_quotes_allocate_in_proportion_to_their_number()
    {
        var small = AllocatedBy(Forms(1_000));
        var large = AllocatedBy(Forms(8_000));
        Assert.True(large < 12 * small, $"1,000 links allocate {small:N0} bytes, 8,000 allocate {large:N0}");

        static string Forms(int count) => "2022 talk - \"Diagnosing leaks\" " + string.Concat(Enumerable.Range(0, count)
            .Select(i => $"- and [slides](https://a.example/{i}) "));
    }

    private static long AllocatedBy(string markdown)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        ReadingListReader.Parse(markdown, "list.md", new DiagnosticBag());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static long Allocated(int links, out ReadingList list)
    {
        var markdown = string.Join(' ', Enumerable.Range(0, links).Select(i => $"[post {i}](https://a.example/{i})"));
        var before = GC.GetAllocatedBytesForCurrentThread();
        list = ReadingListReader.Parse(markdown + "\n", "list.md", new DiagnosticBag());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
