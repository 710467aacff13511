using BenchmarkDotNet.Attributes;
using ClrGraph.Building;
using ClrGraph.Diagnostics;
using ClrGraph.Export;
using ClrGraph.Export.Csv;
using ClrGraph.Export.Dot;
using ClrGraph.Export.Xml;
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

    public static LoadedGraph Load() => (LoadedGraph)GraphPipeline.Load(new LoadRequest(Taxonomy, [], Strict: false));
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
        WholeGraph.Write(_graph!, _metrics!, DotLayout.Auto, writer);
    }

    [Benchmark]
    public void Graphml() => GraphmlWriter.Write(_graph!, _metrics!, Stream.Null);

    [Benchmark]
    public void Gexf() => GexfWriter.Write(_graph!, _metrics!, _positions!, GexfVersion.Gexf13, Stream.Null);

    [Benchmark]
    public void CsvNodesAndEdges()
    {
        var tables = new CsvTables(_graph!, _metrics!, excel: false);
        tables.WriteNodes(Stream.Null);
        tables.WriteEdges(Stream.Null);
    }
}
