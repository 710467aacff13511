using System.Collections.Concurrent;
using System.Text;
using System.Xml.Linq;
using ClrGraph.Building;
using ClrGraph.Export;
using ClrGraph.Reading;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Consumers;

/// <summary>The real consumers judge the files: Graphviz, xmllint with the schemas, networkx and igraph.</summary>
public class ConsumerTests(ConsumerReads reads) : IClassFixture<ConsumerReads>
{
    internal static readonly string[] InputNames = ["small", "hostile", "real"];

    public static TheoryData<string> Inputs => [.. InputNames];

    internal static string TaxonomyOf(string input) => input == "real" ? Repo.Taxonomy : Repo.Fixture(input);

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Graphviz_renders_every_diagram_as_well_formed_svg_with_one_link_per_post(string input)
    {
        var dot = Programs.Require("dot", "graphviz");
        var result = Fixture.Load(TaxonomyOf(input));
        var files = Fixture.Export(result, formats: [ExportFormat.Dot]);
        var names = files.Keys.Where(n => n.EndsWith(".dot", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 + result.Graph!.Subsystems().Count(s => s.IsTopLevel), names.Count);
        foreach (var name in names)
        {
            var run = Programs.Run(dot, ["-Tsvg"], input: files[name]);
            Assert.True(run.ExitCode == 0, $"dot failed on {input}/{name}: {run.Error}");
            var svg = XDocument.Parse(run.Out); // throws if the SVG is not well-formed XML
            if (name.StartsWith("subsystems/", StringComparison.Ordinal))
            {
                // Each post of the family is drawn once, as a link to it.
                var top = result.Graph!.Subsystems().Single(s => "subsystems/" + s.SubsystemId + ".dot" == name);
                var family = result
                    .Graph!.Subsystems()
                    .Where(s => s.TopLevelId == top.SubsystemId)
                    .Select(s => s.SubsystemId)
                    .ToHashSet(StringComparer.Ordinal);
                var covering = result.Graph!.Posts().Where(p => p.Subsystems.Any(family.Contains)).Select(p => p.Url);
                var drawn = svg.Descendants(Svg + "a")
                    .Select(a => (string?)a.Attribute(XLink + "href"))
                    .Where(h => h is not null && !h.Contains("guide.md", StringComparison.Ordinal))
                    .ToList();
                Assert.Equal(covering.Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));

                continue;
            }

            if (name != "clrgraph.dot")
            {
                continue;
            }

            var links = svg.Descendants(Svg + "a")
                .Select(a => (string?)a.Attribute(XLink + "href"))
                .Where(h => h is not null)
                .ToList();
            var urls = result.Graph!.Vertices.Select(n =>
                n switch
                {
                    PostNode p => p.Url,
                    ReadingListNode l => l.Url,
                    _ => null,
                }
            );
            var expected = urls.OfType<string>().ToList();
            Assert.Equal(expected.Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
            // One link per post (and per list with a url), each inside its own node's group.
            var linkedNodes = svg.Descendants(Svg + "g")
                .Where(g =>
                    (string?)g.Attribute("class") == "node"
                    && g.Descendants(Svg + "a").Any(a => a.Attribute(XLink + "href") is not null)
                )
                .Select(g => (string)g.Element(Svg + "title")!);
            var linked = result.Graph.Vertices.Where(n => n is PostNode || n is ReadingListNode { Url: not null });
            Assert.Equal(
                linked.Select(n => n.Id).Order(StringComparer.Ordinal),
                linkedNodes.Order(StringComparer.Ordinal)
            );
        }
    }

    [Fact]
    public void Graphviz_shows_every_hostile_title_in_the_svg()
    {
        var dot = Programs.Require("dot", "graphviz");
        var result = Fixture.Load(Repo.Fixture("hostile"));
        var text = Fixture.Export(result, formats: [ExportFormat.Dot])["clrgraph.dot"];
        var run = Programs.Run(dot, ["-Tsvg"], input: text);
        Assert.Equal(0, run.ExitCode);
        var svg = XDocument.Parse(run.Out);

        // Worked out by hand from Fixtures/hostile: Markdown's escapes and entities read, the taxonomy's titles with
        // control characters made visible as \uXXXX and line breaks and tabs as spaces.
        var expected = new Dictionary<string, string>
        {
            ["post:example.com-a-x-1-y-2"] = @"Quote "" and backslash \ end\",
            ["post:example.com-node"] = "node",
            ["post:example.com-formula"] = "=SUM(A1:A9)",
            ["post:example.com-plus"] = "+cmd|' /C calc'!A0",
            ["post:example.com-minus"] = "-2+3",
            ["post:example.com-at"] = "@SUM(1)",
            ["post:example.com-unicode"] = "日本語 🧪 עברית e\u0301 & <tag> \"",
            ["post:example.com-backslash"] = @"\",
            ["post:example.com-entities"] = "Graph DIGRAPH subgraph Edge",
            ["post:example.com-control"] =
                @"bell \u0007, escape \u001B, CR , LF , tab , DEL \u007F, C1 \u0085, end",
            ["post:example.com-trailing"] = @"trailing backslash \",
            ["post:example.com-lone-surrogate"] =
                @"cells: =1+1 and ""quotes"" & <b>bold</b> ]]> --> <!-- \n not a newline",
        };
        var shown = svg.Descendants(Svg + "g")
            .Where(g => ((string?)g.Element(Svg + "title"))?.StartsWith("post:", StringComparison.Ordinal) == true)
            .Where(g => (string?)g.Attribute("class") == "node")
            .ToDictionary(
                g => (string)g.Element(Svg + "title")!,
                g => ExpectedText.Words(string.Join(" ", g.Descendants(Svg + "text").Select(t => t.Value)))
            );
        Assert.Equal(
            expected.OrderBy(p => p.Key, StringComparer.Ordinal),
            shown.OrderBy(p => p.Key, StringComparer.Ordinal)
        );
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Xmllint_validates_graphml_and_gexf_against_the_schemas(string input)
    {
        var xmllint = Programs.Require("xmllint", "libxml2-utils");
        var shared = Repo.RequireShared();

        using var temp = new TempFolder();
        var result = Fixture.Load(TaxonomyOf(input));
        var paths = Fixture.ExportTo(temp.Path, result);
        var env = new Dictionary<string, string?>
        {
            ["XML_CATALOG_FILES"] = Path.Combine(shared, "schemas", "catalog.xml"),
        };
        var graphml = Programs.Run(
            xmllint,
            [
                "--nonet",
                "--noout",
                "--schema",
                Path.Combine(shared, "schemas", "graphml", "graphml.xsd"),
                paths["clrgraph.graphml"],
            ],
            environment: env
        );
        Assert.True(graphml.ExitCode == 0, graphml.All);
        var gexf = Programs.Run(
            xmllint,
            [
                "--nonet",
                "--noout",
                "--relaxng",
                Path.Combine(shared, "schemas", "gexf", "1.3-rng", "gexf.rng"),
                paths["clrgraph.gexf"],
            ]
        );
        Assert.True(gexf.ExitCode == 0, gexf.All);

        // The 1.2draft XSD declares the viz elements in the wrong namespace (as the 1.3 XSD does), so it rejects a
        // correct viz:color; the rest of the file is validated against it, and networkx reads the viz data below.
        var old = temp.File("old.gexf");
        var draftXml = XDocument.Parse(
            Encoding.UTF8.GetString(
                Fixture.Export(
                    result,
                    ExportOptions.Default with { GexfVersion = GexfVersion.Gexf12Draft },
                    [ExportFormat.Gexf]
                )["clrgraph.gexf"]
            )
        );
        draftXml.Descendants().Where(e => e.Name.NamespaceName == "http://www.gexf.net/1.2draft/viz").Remove();
        draftXml.Save(old);
        var draft = Programs.Run(
            xmllint,
            ["--nonet", "--noout", "--schema", Path.Combine(shared, "schemas", "gexf", "1.2draft", "gexf.xsd"), old]
        );
        Assert.True(draft.ExitCode == 0, draft.All);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Networkx_reads_graphml_with_every_attribute_and_type(string input) =>
        RoundTrip(input, "networkx", "graphml", withRgb: true, numbersAsDoubles: false);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Igraph_reads_graphml_with_every_attribute(string input) =>
        RoundTrip(input, "igraph", "graphml", withRgb: true, numbersAsDoubles: true);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Networkx_reads_gexf_1_2draft_with_every_attribute_and_type(string input) =>
        RoundTrip(input, "networkx", "gexf", withRgb: false, numbersAsDoubles: false);

    private void RoundTrip(string input, string reader, string format, bool withRgb, bool numbersAsDoubles)
    {
        var python = Programs.Require(Programs.DebianPython, "python3");
        var read = reads.Read(python, reader, format)[input];
        // The small fixture's sizes are written by hand; other inputs are checked for size growing with degree.
        var sizes = input == "small"
            ? Expected.WrittenByHand("small").Nodes.ToDictionary(n => n.Key, n => (double)n.Value["size"])
            : null;
        var result = Fixture.Load(TaxonomyOf(input));
        Expected.Compare(read, result, withRgb, numbersAsDoubles, $"{reader} ({input}.{format})", sizes);
    }

    [Fact]
    public void The_expected_attributes_of_the_small_fixture_are_the_ones_written_by_hand()
    {
        var result = Fixture.Load(Repo.Fixture("small"));
        var (nodes, edges) = Expected.WrittenByHand("small");
        foreach (var node in nodes.Values)
        {
            node.Remove("size"); // compared with what the consumers read, as Expected has no formula for it
        }

        Assert.Equal(nodes, Expected.Nodes(result, withRgb: true));
        Assert.Equal(edges, Expected.Edges(result));
    }
}

/// <summary>
/// Every input's graph exported (GEXF as 1.2draft, which networkx reads) and read by a consumer in one run of
/// read_graph.py for all inputs, once for the class: starting python and importing igraph takes about a second.
/// </summary>
public sealed class ConsumerReads : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ConcurrentDictionary<(string, string), Lazy<Dictionary<string, string>>> _reads = new();

    /// <summary>What <paramref name="reader"/> read of each input's <paramref name="format"/> file, as JSON, by
    /// input.</summary>
    public Dictionary<string, string> Read(string python, string reader, string format) =>
        _reads.GetOrAdd((reader, format), _ => new(() => ReadAll(python, reader, format))).Value;

    public void Dispose() => _temp.Dispose();

    private Dictionary<string, string> ReadAll(string python, string reader, string format)
    {
        var options = ExportOptions.Default with { GexfVersion = GexfVersion.Gexf12Draft };
        var which = format == "gexf" ? ExportFormat.Gexf : ExportFormat.Graphml;
        var inputs = ConsumerTests.InputNames;
        var files = inputs.Select(input => _temp.File($"{reader}-{input}.{format}")).ToList();
        foreach (var (input, file) in inputs.Zip(files))
        {
            var result = Fixture.Load(ConsumerTests.TaxonomyOf(input));
            File.WriteAllBytes(file, Fixture.Export(result, options, [which])["clrgraph." + format]);
        }

        var script = Path.Combine(AppContext.BaseDirectory, "Consumers", "read_graph.py");
        var run = Programs.Run(python, [script, reader, format, .. files]);
        Programs.SkipIfLacking(run, reader);
        Assert.True(run.ExitCode == 0, $"{reader} failed to read the {format} files: {run.Error}");
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(inputs.Length, lines.Length);
        return inputs.Zip(lines).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
    }
}
