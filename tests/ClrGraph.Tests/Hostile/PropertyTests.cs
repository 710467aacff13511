using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ClrGraph.Building;
using ClrGraph.Export;
using ClrGraph.Export.Xml;
using ClrGraph.Tests.Consumers;
using ClrGraph.Tests.Support;
using CsCheck;
using CsvHelper;

namespace ClrGraph.Tests.Hostile;

/// <summary>Any string as a title: every exporter's file parses back, with its consumer's reader, to the same
/// string.</summary>
public class PropertyTests
{
    // Any UTF-16 string, lone surrogates and control characters included, weighted towards the troublemakers.
    private static readonly Gen<string> Title = Gen.OneOf(
        Gen.String,
        Gen.Char["\"\\<>&'=+-@\t\r\n\0\u0001\u007f\u0085\ud800\udc00\uFFFE ]]>-->"]
            .Array[0, 30]
            .Select(c => new string(c)),
        Gen.Char.AlphaNumeric.Array[1, 20].Select(c => new string(c))
    );

    [Fact]
    public void Graphml_carries_any_title() =>
        Title
            .Array[1, 8]
            .Sample(
                titles =>
                {
                    var result = RandomGraph.WithTitles(titles);
                    var xml = XDocument.Parse(
                        Encoding.UTF8.GetString(
                            Fixture.Export(result, formats: [ExportFormat.Graphml])["clrgraph.graphml"]
                        ),
                        LoadOptions.PreserveWhitespace
                    );
                    XNamespace g = "http://graphml.graphdrawing.org/xmlns";
                    var labels = xml.Descendants(g + "node")
                        .Where(n => ((string)n.Attribute("id")!).StartsWith("post:", StringComparison.Ordinal))
                        .Select(n =>
                            n.Elements(g + "data").SingleOrDefault(d => (string?)d.Attribute("key") == "label")?.Value
                            ?? ""
                        );
                    Assert.Equal(
                        titles.Select(ExpectedText.XmlCarried).Order(StringComparer.Ordinal),
                        labels.Order(StringComparer.Ordinal)
                    );
                },
                iter: 200
            );

    [Fact]
    public void Gexf_carries_any_title() =>
        Title
            .Array[1, 8]
            .Sample(
                titles =>
                {
                    var result = RandomGraph.WithTitles(titles);
                    var xml = XDocument.Parse(
                        Encoding.UTF8.GetString(Fixture.Export(result, formats: [ExportFormat.Gexf])["clrgraph.gexf"])
                    );
                    var labels = xml.Descendants()
                        .Where(e =>
                            e.Name.LocalName == "node"
                            && ((string)e.Attribute("id")!).StartsWith("post:", StringComparison.Ordinal)
                        )
                        .Select(e => (string)e.Attribute("label")!);
                    Assert.Equal(
                        titles.Select(ExpectedText.XmlCarried).Order(StringComparer.Ordinal),
                        labels.Order(StringComparer.Ordinal)
                    );
                },
                iter: 200
            );

    [Fact]
    public void Csv_carries_any_title_and_neutralizes_formulas() =>
        Title
            .Array[1, 8]
            .Sample(
                titles =>
                {
                    var result = RandomGraph.WithTitles(titles);
                    var bytes = Fixture.Export(result, formats: [ExportFormat.Csv])["nodes.csv"];
                    using var reader = CsvReader.Create(
                        new StringReader(Encoding.UTF8.GetString(bytes)),
                        CsvReaderOptions.Default
                    );
                    var labels = new List<string>();
                    while (reader.Read())
                    {
                        if (reader.GetString("Kind") == "post")
                        {
                            labels.Add(reader.GetString("Label"));
                        }
                    }

                    // UTF-8 cannot carry a lone surrogate: the encoder writes U+FFFD, as for any UTF-8 text.
                    var expected = titles
                        .Select(t => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(t)))
                        .Select(t => t.Length > 0 && "=+-@\t\r".Contains(t[0], StringComparison.Ordinal) ? "'" + t : t);
                    Assert.Equal(expected.Order(StringComparer.Ordinal), labels.Order(StringComparer.Ordinal));
                },
                iter: 200
            );

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Dot_escapes_any_title_so_graphviz_renders_it()
    {
        var dot = Programs.Require("dot", "graphviz");
        // One Graphviz run per sample is slow, so each sample carries many titles.
        Title
            .Array[20, 40]
            .Sample(
                titles =>
                {
                    var result = RandomGraph.WithTitles(titles, subsystemName: titles[0]);
                    var run = Programs.Run(
                        dot,
                        ["-Tsvg"],
                        input: Fixture.Export(result, formats: [ExportFormat.Dot])["clrgraph.dot"]
                    );
                    Assert.True(run.ExitCode == 0, run.Error);
                    XNamespace svg = "http://www.w3.org/2000/svg";
                    var document = XDocument.Parse(run.Out);
                    foreach (var post in result.Graph!.Posts())
                    {
                        var group = document
                            .Descendants(svg + "g")
                            .Single(g => (string?)g.Element(svg + "title") == post.Id);
                        // Every character drawn, in order; where the lines break is the wrap's business (a long
                        // word breaks after a slash), tested in DotSyntaxTests.
                        var shown = string.Concat(group.Descendants(svg + "text").Select(t => t.Value));
                        var expected = ExpectedText.XmlCarried(post.Title);
                        Assert.Equal(WithoutSpaces(expected), WithoutSpaces(shown));
                    }
                },
                iter: 8,
                threads: 1
            );
    }

    // Worked out by hand from XML 1.0's Char production: what a reader gets back of each title.
    private static readonly (string Title, string ReadBack)[] XmlExamples =
    [
        ("plain", "plain"),
        ("bell \u0007 and NUL \0", "bell \uFFFD and NUL \uFFFD"),
        ("tab\tLF\nCR\r", "tab\tLF\nCR\r"),
        ("lone \ud800 high, lone \udc00 low", "lone \uFFFD high, lone \uFFFD low"),
        ("swapped \udc00\ud800", "swapped \uFFFD\uFFFD"),
        ("pair \U0001F9EA kept", "pair \U0001F9EA kept"),
        ("\uFFFE\uFFFF\uFFFD", "\uFFFD\uFFFD\uFFFD"),
        ("DEL \u007f, NEL \u0085", "DEL \u007f, NEL \u0085"),
        ("<a href=\"x\">&amp;</a> ]]>", "<a href=\"x\">&amp;</a> ]]>"),
    ];

    [Fact]
    public void Graphml_and_gexf_labels_read_back_as_worked_out_by_hand()
    {
        var result = RandomGraph.WithTitles([.. XmlExamples.Select(e => e.Title)]);
        var expected = XmlExamples.Select(e => e.ReadBack).Order(StringComparer.Ordinal);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var graphml = XDocument.Parse(
            Encoding.UTF8.GetString(Fixture.Export(result, formats: [ExportFormat.Graphml])["clrgraph.graphml"]),
            LoadOptions.PreserveWhitespace
        );
        var gexf = XDocument.Parse(
            Encoding.UTF8.GetString(Fixture.Export(result, formats: [ExportFormat.Gexf])["clrgraph.gexf"])
        );

        Assert.Equal(
            expected,
            graphml
                .Descendants(g + "node")
                .Where(n => ((string)n.Attribute("id")!).StartsWith("post:", StringComparison.Ordinal))
                .Select(n => n.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "label").Value)
                .Order(StringComparer.Ordinal)
        );
        Assert.Equal(
            expected,
            gexf.Descendants()
                .Where(e =>
                    e.Name.LocalName == "node"
                    && ((string)e.Attribute("id")!).StartsWith("post:", StringComparison.Ordinal)
                )
                .Select(e => (string)e.Attribute("label")!)
                .Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void Xml_text_and_attributes_read_back_as_written_once_cleaned() =>
        Title.Sample(
            text =>
            {
                using var stream = new MemoryStream();
                using (var xml = XmlOutput.Create(stream))
                {
                    xml.WriteStartElement("a");
                    xml.Attribute("v", text);
                    xml.WriteString(XmlText.Clean(text));
                    xml.WriteEndElement();
                }

                stream.Position = 0;
                var element = System.Xml.Linq.XElement.Load(stream, System.Xml.Linq.LoadOptions.PreserveWhitespace);
                Assert.Equal(ExpectedText.XmlCarried(text), (string?)element.Attribute("v"));
                Assert.Equal(ExpectedText.XmlCarried(text), element.Value);
            },
            iter: 2000
        );

    [Fact]
    public void Csv_numbers_are_invariant_whatever_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var text = Encoding.UTF8.GetString(
                Fixture.Export(Fixture.Load(Repo.Fixture("small")), formats: [ExportFormat.Csv])["subsystems.csv"]
            );
            Assert.Contains(",60.0,", text, StringComparison.Ordinal);
            Assert.DoesNotContain(",60,0,", text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
