using System.Globalization;
using BenchmarkDotNet.Attributes;
using ClrGraph.Building;
using ClrGraph.Layout;
using ClrGraph.Pipeline;
using ClrGraph.Synthetic;

namespace ClrGraph.Benchmarks;

/// <summary>
/// The force-directed layout against the number of nodes, on synthetic graphs shaped like ours (a subsystem per 20
/// nodes, 10 to 60 of them, each post on 2 to 4, one reading list), to set
/// <see cref="ForceDirectedLayout.MaxVertices"/>:
/// <c>dotnet run -c Release --project tests/ClrGraph.Benchmarks -- --filter '*LayoutBenchmarks*'</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LayoutBenchmarks
{
    private KnowledgeGraph? _graph;
    private Dictionary<Node, (double X, double Y)> _start = [];

    [Params(100, 250, 500, 750, 1000, 2000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var subsystems = Math.Clamp(Nodes / 20, 10, 60);
        var name = "clrgraph-layout-" + Nodes.ToString(CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), name);
        if (!File.Exists(Path.Combine(folder, "taxonomy.yaml")))
        {
            SyntheticCorpus.Write(folder, posts: Nodes - subsystems - 1, subsystems);
        }

        var request = new LoadRequest(Path.Combine(folder, "taxonomy.yaml"), [], Strict: false);
        _graph = ((LoadedGraph)GraphPipeline.Load(request)).Graph;
        var orbit = OrbitLayout.Positions(_graph);
        _start = orbit;
    }

    /// <summary>The layout with forces at any size, past the threshold.</summary>
    [Benchmark]
    public IReadOnlyDictionary<Node, (double X, double Y)> Forces() =>
        ForceDirectedLayout.Compute(_graph!, _start, GraphLayout.Springs);

    // Covers and part-of edges pull, the primary ones twice as hard; lists edges would pull every post to its list.
}
