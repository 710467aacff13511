using BenchmarkDotNet.Attributes;
using ClrGraph.Building;
using ClrGraph.Diagnostics;
using ClrGraph.Export;
using ClrGraph.Metrics;
using ClrGraph.Pipeline;
using ClrGraph.Reading;
using ClrGraph.Synthetic;
using ClrGraph.Validation;

namespace ClrGraph.Benchmarks;

/// <summary>A synthetic corpus written once per process, shared by the benchmarks.</summary>
internal static class Corpus
{
    public const int Posts = 20_000;

    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(
            Path.GetTempPath(),
            "clrgraph-bench-" + Posts.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        if (!File.Exists(Path.Combine(folder, "taxonomy.yaml")))
        {
            SyntheticCorpus.Write(folder, Posts, subsystems: 60);
        }

        return folder;
    });

    public static string Taxonomy => Path.Combine(Folder.Value, "taxonomy.yaml");

    public static string FirstList => Path.Combine(Folder.Value, "lists", "list-000.md");

    public static LoadResult Load() => GraphPipeline.Load(new LoadRequest(Taxonomy, [], Strict: false));
}

/// <summary>The readers and the front half of the pipeline, on a 20,000-post synthetic corpus.</summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private string _taxonomyText = "";
    private string _listText = "";
    private Taxonomy? _taxonomy;
    private List<ReadingList> _lists = [];
    private Validation.Corpus? _corpus;
    private KnowledgeGraph? _graph;

    [GlobalSetup]
    public void Setup()
    {
        _taxonomyText = File.ReadAllText(Corpus.Taxonomy);
        _listText = File.ReadAllText(Corpus.FirstList);
        _taxonomy = (Taxonomy)ReadTaxonomy()!;
        _lists = [(ReadingList)ReadList()];
        _corpus = (Validation.Corpus)Validate();
        _graph = Build();
    }

    [Benchmark]
    public object? ReadTaxonomy() =>
        TaxonomyReader.Parse(
            _taxonomyText,
            "taxonomy.yaml",
            Path.GetDirectoryName(Corpus.Taxonomy)!,
            new DiagnosticBag()
        );

    /// <summary>The taxonomy's YAML events alone, from YamlDotNet's parser.</summary>
    [Benchmark]
    public int YamlEvents() => Drain(new YamlDotNet.Core.Parser(new StringReader(_taxonomyText)));

    [Benchmark]
    public object ReadList() => ReadingListReader.Parse(_listText, "list-000.md", new DiagnosticBag());

    [Benchmark]
    public object Validate() => CorpusValidator.Validate(_taxonomy!, _lists, strict: false, new DiagnosticBag());

    [Benchmark]
    public KnowledgeGraph Build() => GraphBuilder.Build(_corpus!);

    [Benchmark]
    public GraphMetrics Measure() => GraphMetrics.Measure(_graph!);

    private static int Drain(YamlDotNet.Core.Parser parser)
    {
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }
}

/// <summary>Each writer alone, into a null stream, on the same 20,000-post graph.</summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private KnowledgeGraph? _graph;
    private GraphMetrics? _metrics;
    private Dictionary<Node, (double X, double Y)>? _positions;

    [GlobalSetup]
    public void Setup()
    {
        var result = Corpus.Load();
        _graph = result.Graph;
        _metrics = result.Metrics;
        _positions = Layout.OrbitLayout.Positions(_graph!);
    }

    [Benchmark]
    public void Dot()
    {
        using var writer = new StreamWriter(Stream.Null);
        DotWriter.Write(_graph!, _metrics!, DotLayout.Auto, writer);
    }

    [Benchmark]
    public void Graphml() => GraphmlWriter.Write(_graph!, _metrics!, Stream.Null);

    [Benchmark]
    public void Gexf() => GexfWriter.Write(_graph!, _metrics!, _positions!, "1.3", Stream.Null);

    [Benchmark]
    public void CsvNodesAndEdges()
    {
        var tables = new CsvTables(_graph!, _metrics!, excel: false);
        tables.WriteNodes(Stream.Null);
        tables.WriteEdges(Stream.Null);
    }
}

/// <summary>
/// GraphML through <see cref="System.Xml.XmlWriter"/> against our <c>Utf8Xml</c>: the same bytes (checked in the
/// setup), so the difference is the cost of the writer alone.
/// </summary>
[MemoryDiagnoser]
public class XmlWriterBenchmarks
{
    private KnowledgeGraph? _graph;
    private GraphMetrics? _metrics;

    [GlobalSetup]
    public void Setup()
    {
        var result = Corpus.Load();
        _graph = result.Graph;
        _metrics = result.Metrics;
        using var ours = new MemoryStream();
        GraphmlWriter.Write(_graph!, _metrics!, ours);
        using var theirs = new MemoryStream();
        GraphmlWithXmlWriter(theirs);
        if (!ours.ToArray().AsSpan().SequenceEqual(theirs.ToArray()))
        {
            throw new InvalidOperationException(
                "XmlWriter's GraphML differs from ours: the comparison would be unfair"
            );
        }
    }

    [Benchmark(Baseline = true)]
    public void GraphmlWithUtf8Xml() => GraphmlWriter.Write(_graph!, _metrics!, Stream.Null);

    [Benchmark]
    public void GraphmlWithXmlWriter() => GraphmlWithXmlWriter(Stream.Null);

    private void GraphmlWithXmlWriter(Stream output)
    {
        var attributes = new GraphAttributes(_metrics!);
        var settings = new System.Xml.XmlWriterSettings
        {
            Encoding = new System.Text.UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = System.Xml.NewLineHandling.Entitize,
        };
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        using var xml = System.Xml.XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", ns);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        xml.WriteAttributeString("xsi", "schemaLocation", xsi, ns + " " + ns + "/1.0/graphml.xsd");
        void Key(string id, string domain, string type)
        {
            xml.WriteStartElement("key", ns);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", domain);
            xml.WriteAttributeString("attr.name", id.StartsWith("e_", StringComparison.Ordinal) ? id[2..] : id);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        static string TypeOf(ColumnType type) =>
            type switch
            {
                ColumnType.WholeNumber => "int",
                ColumnType.Real => "double",
                ColumnType.Flag => "boolean",
                _ => "string",
            };

        void Data(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                xml.WriteStartElement("data", ns);
                xml.WriteAttributeString("key", key);
                xml.WriteString(XmlText.Clean(value));
                xml.WriteEndElement();
            }
        }

        Key("label", "node", "string");
        foreach (var a in attributes.Node)
        {
            Key(a.Name, "node", TypeOf(a.Type));
        }

        Key("r", "node", "int");
        Key("g", "node", "int");
        Key("b", "node", "int");
        Key("size", "node", "double");
        Key("weight", "edge", "double");
        foreach (var a in attributes.Edge)
        {
            Key("e_" + a.Name, "edge", TypeOf(a.Type));
        }

        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("id", "clrgraph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in _graph!.Vertices)
        {
            xml.WriteStartElement("node", ns);
            xml.WriteAttributeString("id", XmlText.Clean(node.Id));
            Data("label", node.Label);
            foreach (var a in attributes.Node)
            {
                Data(a.Name, a.Value(node));
            }

            var (r, g, b) = Colors.Rgb(node.Color);
            Data("r", GraphAttributes.WholeNumber(r));
            Data("g", GraphAttributes.WholeNumber(g));
            Data("b", GraphAttributes.WholeNumber(b));
            Data("size", GraphAttributes.Number(attributes.Size(node)));
            xml.WriteEndElement();
        }

        var index = 0;
        foreach (var edge in _graph.Edges)
        {
            xml.WriteStartElement("edge", ns);
            xml.WriteAttributeString("id", "e" + (index++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", edge.Source.Id);
            xml.WriteAttributeString("target", edge.Target.Id);
            Data("weight", GraphAttributes.Number(edge.Weight));
            foreach (var a in attributes.Edge)
            {
                Data("e_" + a.Name, a.Value(edge));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
