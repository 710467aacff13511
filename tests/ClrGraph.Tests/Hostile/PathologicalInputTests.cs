using System.Globalization;
using System.Text;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Hostile;

/// <summary>Pathological input ends in a clear error or a correct result, within bounds stated in each test's
/// name.</summary>
public class PathologicalInputTests
{
    [Fact]
    public void Yaml_alias_bomb_of_a_billion_items_is_refused_before_expanding()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 9; i++)
        {
            yaml.Append(Anchor(i))
                .Append(": &")
                .Append(Anchor(i))
                .Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + Anchor(i - 1), 9)))
                .Append("]\n");
        }

        var bag = new DiagnosticBag();
        Assert.Null(TaxonomyReader.Parse(yaml.ToString(), "t.yaml", "/tmp", bag));
        Assert.Equal(DiagnosticCodes.YamlAlias, Assert.Single(bag.Sorted()).Code);
    }

    private static string Anchor(int i) => ((char)('a' + i)).ToString();

    [Fact]
    public void Parent_chain_10000_long_is_checked_and_guided_in_proportion_to_its_length()
    {
        using var temp = new TempFolder();
        var yaml = new StringBuilder("reading-lists: [list.md]\nposts:\n  - url: https://a.example/p\n");
        yaml.Append("    subsystems: [s9999]\nsubsystems:\n");
        for (var i = 0; i < 10_000; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: s{i}\n    name: S {i}\n");
            yaml.Append(i > 0 ? string.Create(CultureInfo.InvariantCulture, $"    parent: s{i - 1}\n") : "");
        }

        File.WriteAllText(temp.File("list.md"), "# L\n\n- [A post](https://a.example/p)\n");
        File.WriteAllText(temp.File("taxonomy.yaml"), yaml.ToString());
        var size = yaml.Length;

        var check = Programs.Clrgraph(["check", "--taxonomy", temp.File("taxonomy.yaml")]);
        var export = Programs.Clrgraph(
            ["export", "--taxonomy", temp.File("taxonomy.yaml"), "--out", temp.File("out"), "--format", "guide"]
        );

        // A line per subsystem in the table and in the guide's contents, each indented six levels at most.
        Assert.True(check.ExitCode == 0, check.All);
        Assert.InRange(check.Out.Length, size / 4, 2 * size);
        Assert.Contains("\n            s9999 ", check.Out, StringComparison.Ordinal);
        Assert.True(export.ExitCode == 0, export.All);
        var guide = File.ReadAllText(temp.File(Path.Combine("out", "guide.md")));
        Assert.InRange(guide.Length, size / 4, 5 * size);
        Assert.Contains("\n            - [S 9999](#s-9999) (1 post)\n", guide, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    [InlineData("  - ")]
    public void Markdown_nested_100000_levels_deep_is_refused_at_its_line(string level)
    {
        var text = "# Deep\n\n" + string.Concat(Enumerable.Repeat(level, 100_000)) + "[x](https://a.example/x)\n";
        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse(text, "deep.md", bag);
        Assert.Empty(list.Posts);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.InputTooLarge, 3), (d.Code, d.Location.Line));
    }

    [Fact]
    public void Markdown_nested_40_levels_deep_is_read()
    {
        var text = string.Concat(Enumerable.Repeat("> ", 40)) + "[x](https://a.example/x)\n";
        var bag = new DiagnosticBag();
        Assert.Single(ReadingListReader.Parse(text, "deep.md", bag).Posts);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void File_of_100MB_on_one_line_is_refused_without_reading_it()
    {
        using var temp = new TempFolder();
        var path = temp.File("huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var bag = new DiagnosticBag();
        Assert.Null(ReadingListReader.ReadFile(path, "huge.md", bag));
        Assert.Equal(DiagnosticCodes.InputTooLarge, Assert.Single(bag.Sorted()).Code);
    }

    // Each "part N" takes its main link's title; a main link of 100,000 characters would be copied into every one.
    [Fact]
    public void A_title_of_100000_characters_is_lent_to_none_of_2000_parts()
    {
        var text = new StringBuilder("- [").Append('t', 100_000).Append("](https://a.example/0)");
        for (var i = 2; i <= 2_000; i++)
        {
            text.Append(" | [part ").Append(i).Append("](https://a.example/").Append(i).Append(')');
        }

        var list = ReadingListReader.Parse(text.Append('\n').ToString(), "long.md", new DiagnosticBag());

        Assert.Equal(2_000, list.Posts.Length);
        Assert.Equal(100_000, list.Posts[0].Title.Length);
        Assert.Equal(("part 2", TitleOrigin.Fallback), (list.Posts[1].Title, list.Posts[1].Origin));
        Assert.True(list.Posts.Sum(p => p.Title.Length + p.Note.Length) < 2 * text.Length);
    }

    [Fact]
    public void Reading_list_of_many_links_is_read_completely()
    {
        // A million links: MillionLinksBenchmarks.
        var text = new StringBuilder(24 * 10_000);
        for (var i = 0; i < 10_000; i++)
        {
            text.Append("- [p").Append(i).Append("](https://a.example/").Append(i).Append(")\n");
        }

        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse(text.ToString(), "many.md", bag);
        Assert.Equal(10_000, list.Posts.Length);
        Assert.Equal("https://a.example/9999", list.Posts[^1].Url);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Binary_garbage_is_reported_as_not_utf8_with_its_position()
    {
        using var temp = new TempFolder();
        var path = temp.File("garbage.md");
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[0] = (byte)'#';
        bytes[1] = (byte)'\n';
        bytes[2] = 0xC3; // a lead byte not followed by a continuation byte
        bytes[3] = (byte)'(';
        File.WriteAllBytes(path, bytes);
        var bag = new DiagnosticBag();
        Assert.Null(ReadingListReader.ReadFile(path, "garbage.md", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.NotUtf8, d.Code);
        Assert.Equal(2, d.Location.Line);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column()
    {
        var bag = new DiagnosticBag();
        Assert.Null(InputFile.Decode([(byte)'a', (byte)'\n', 0xC3, 0xA9, 0xFF], "x.md", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.NotUtf8, 2, 2), (d.Code, d.Location.Line, d.Location.Column));
    }

    // A list saved by Windows PowerShell's '>' was "binary, not text", for the NUL of its first character.
    [Theory]
    [InlineData("utf-16")] // little-endian, with its byte-order mark, as .NET and Windows write it
    [InlineData("utf-16BE")]
    public void A_utf16_file_is_said_to_be_utf16_with_how_to_save_it_as_utf8(string encoding)
    {
        var text = System.Text.Encoding.GetEncoding(encoding);
        var bytes = text.GetPreamble().Concat(text.GetBytes("# L\n\n- [A](https://a.example/1)\n")).ToArray();
        var bag = new DiagnosticBag();

        Assert.Null(InputFile.Decode(bytes, "list.md", bag));

        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.NotUtf8, 1, 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.StartsWith("file is UTF-16", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("save it as UTF-8", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_reading_list_is_reported_at_the_taxonomy_line_that_names_it()
    {
        using var temp = new TempFolder();
        var taxonomy = temp.File("taxonomy.yaml");
        File.WriteAllText(taxonomy, "reading-lists:\n  - missing.md\nsubsystems: []\nposts: []\n");
        var result = ClrGraph.Pipeline.GraphPipeline.Load(new ClrGraph.Pipeline.LoadRequest(taxonomy, [], false));
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.FileUnreadable);
        Assert.Equal((2, 5), (d.Location.Line, d.Location.Column));
        Assert.Contains("missing.md", d.Message, StringComparison.Ordinal);
    }
}
