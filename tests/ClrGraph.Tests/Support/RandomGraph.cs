using System.Collections.Immutable;
using ClrGraph.Building;
using ClrGraph.Diagnostics;
using ClrGraph.Metrics;
using ClrGraph.Pipeline;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Support;

/// <summary>A graph whose titles, notes and subsystem names are given strings, for property tests.</summary>
internal static class RandomGraph
{
    public static LoadedGraph WithTitles(IReadOnlyList<string> titles, string subsystemName = "Subsystem")
    {
        var at = new SourceLocation("t.yaml", 1, 1);
        var subsystem = new Subsystem("gc", subsystemName, subsystemName, null, "#1f77b4", [], [], [], at, at, null);
        var posts = titles
            .Select(
                (t, i) => new Post($"https://example.org/{i}", $"https://example.org/{i}?q=1&r=2", t, t, t, ["gc"], [])
            )
            .ToImmutableArray();
        var corpus = new Corpus([subsystem], [], posts);
        var graph = GraphBuilder.Build(corpus);
        return new LoadedGraph(graph, GraphMetrics.Measure(graph), []);
    }
}
