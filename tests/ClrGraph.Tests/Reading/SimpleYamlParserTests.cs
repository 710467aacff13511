using System.Text;
using ClrGraph.Reading;
using ClrGraph.Tests.Support;
using CsCheck;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClrGraph.Tests.Reading;

/// <summary>
/// Our YAML parser gives exactly YamlDotNet's events (values, styles, marks) for every text it accepts, and refuses
/// the rest as a whole, so that YamlDotNet reads it.
/// </summary>
public class SimpleYamlParserTests
{
    private static readonly string[] Seeds =
    [
        File.ReadAllText(Repo.Taxonomy),
        File.ReadAllText(Path.Combine(Repo.Fixtures, "small", "taxonomy.yaml")),
        File.ReadAllText(Path.Combine(Repo.Fixtures, "hostile", "taxonomy.yaml")),
    ];

    // What the mutations insert: YAML's indicators, line structure, and characters it treats apart.
    private static readonly string[] Pieces =
    [
        " ", "  ", "\n", "\n  ", "\n- ", "-", "- ", ":", ": ", "#", " #", "'", "''", "\"", "\\", "[", "]", ",", "{", "}",
        "&a ", "*a", "!", "|", ">", "?", "%", "@", "\t", "\r", "\r\n", "...", "---", "x", "é", "~", "null", "\u0085", "\uFEFF",
    ];

    /// <summary>Every event of a parse, with everything the taxonomy reader could look at; an error ends the text.</summary>
    private static string Events(IParser parser)
    {
        var text = new StringBuilder();
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                text.Append(e.GetType().Name).Append(' ').Append(e.Start).Append(' ').Append(e.End).Append(' ').Append(e switch
                {
                    Scalar s => $"{s.Style} {s.IsPlainImplicit} {s.IsQuotedImplicit} [{s.Value}] {s.Anchor} {s.Tag}",
                    MappingStart m => $"{m.Style} {m.IsImplicit} {m.Anchor} {m.Tag}",
                    SequenceStart q => $"{q.Style} {q.IsImplicit} {q.Anchor} {q.Tag}",
                    DocumentStart d => $"{d.IsImplicit}",
                    DocumentEnd d => $"{d.IsImplicit}",
                    _ => "",
                }).Append('\n');
            }
        }
        catch (YamlException e)
        {
            text.Append("error ").Append(e.Start).Append(' ').Append(e.Message);
        }

        return text.ToString();
    }

    private static string YamlDotNetEvents(string text) => Events(new Parser(new StringReader(text)));

    [Fact]
    public void The_real_taxonomy_and_the_small_fixture_are_read_as_YamlDotNet_reads_them()
    {
        foreach (var text in Seeds[..2])
        {
            var parser = SimpleYamlParser.TryCreate(text);
            Assert.NotNull(parser);
            Assert.Equal(YamlDotNetEvents(text), Events(parser));
        }

        Assert.Null(SimpleYamlParser.TryCreate(Seeds[2])); // the hostile fixture's escapes and quoted keys are YamlDotNet's
    }

    [Theory]
    [InlineData("a: b")] // no line break at the end
    [InlineData("a: b\n  ")] // spaces after the last one
    [InlineData("a:\n  - b\n  - c\n    ")]
    [InlineData("# only\na:\n  b:\n    c:\n# comment\n")]
    [InlineData("- a\n- [b, 'c''d', \"e\"]\n- k: v\n  l: []\n")]
    [InlineData("url: https://example.com/a#b?c=d:e\nnote: C# and F# # a comment\n")]
    public void Edge_cases_of_the_subset_give_YamlDotNet_s_events(string text)
    {
        var parser = SimpleYamlParser.TryCreate(text);
        Assert.NotNull(parser);
        Assert.Equal(YamlDotNetEvents(text), Events(parser));
    }

    [Theory]
    [InlineData("a: &x b\nc: *x\n")] // anchors and aliases
    [InlineData("a: !tag b\n")]
    [InlineData("a: |\n  block\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: one\n  two\n")] // a plain scalar on two lines
    [InlineData("a: \"escaped \\\" quote\"\n")]
    [InlineData("a: \"two\n  lines\"\n")]
    [InlineData("a: {b: c}\n")]
    [InlineData("a: [b, [c]]\n")]
    [InlineData("a: [b, c,]\n")]
    [InlineData("---\na: b\n")]
    [InlineData("a: b\n...\n")]
    [InlineData("a:\n- b\n")] // a list at its key's indentation
    [InlineData("\"a\": b\n")]
    [InlineData("a: b\r\nc: d\r\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: b\n c: d\n")]
    [InlineData("# nothing but a comment\n")]
    [InlineData("")]
    public void Anything_beyond_the_subset_is_left_to_YamlDotNet(string text) => Assert.Null(SimpleYamlParser.TryCreate(text));

    [Fact]
    public void Mutated_taxonomies_are_read_as_YamlDotNet_reads_them_or_left_to_it()
    {
        var edit = Gen.Select(Gen.Int[0, 5], Gen.Double[0, 1], Gen.Int[0, Pieces.Length - 1], Gen.Int[1, 3]);
        var accepted = 0;
        Gen.Select(Gen.Int[0, Seeds.Length - 1], edit.Array[1, 3]).Sample((seed, edits) =>
        {
            var text = Seeds[seed];
            foreach (var (kind, where, piece, length) in edits)
            {
                text = Mutate(text, kind, (int)(where * text.Length), Pieces[piece], length);
            }

            var parser = SimpleYamlParser.TryCreate(text);
            if (parser is not null)
            {
                Interlocked.Increment(ref accepted);
                Assert.Equal(YamlDotNetEvents(text), Events(parser));
            }
        }, iter: 3000);

        Assert.InRange(accepted, 300, 2900); // the property ran on both sides of the subset's edge
    }

    // Deletes, inserts, repeats a line, re-indents a line or cuts the text short.
    private static string Mutate(string text, int kind, int at, string piece, int length)
    {
        var lines = text.Split('\n').ToList();
        var line = lines.Count * at / Math.Max(1, text.Length + 1);
        switch (kind)
        {
            case 0:
                return text.Remove(at, Math.Min(length, text.Length - at));
            case 1 or 2:
                return text.Insert(at, piece);
            case 3:
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            case 4:
                lines[line] = new string(' ', length) + lines[line].TrimStart(' ');
                return string.Join('\n', lines);
            default:
                return text[..at];
        }
    }
}
