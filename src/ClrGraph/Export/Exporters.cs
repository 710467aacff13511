using System.Globalization;
using System.Text;
using ClrGraph.Building;
using ClrGraph.Export.Explorer;
using ClrGraph.Export.Guide;
using ClrGraph.Layout;
using ClrGraph.Metrics;

namespace ClrGraph.Export;

/// <summary>One file of an export: its name in the output folder, the phase it is timed as, and how to write
/// it.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Phase">The timing phase (<c>write-dot</c>, <c>write-csv</c>…).</param>
/// <param name="Write">Writes the file's bytes.</param>
internal sealed record OutputFile(string Name, string Phase, Action<Stream> Write);

/// <summary>The formats ClrGraph exports and the files each one writes.</summary>
internal static class Exporters
{
    /// <summary>Why a format asked for is not written, or null when every one is.</summary>
    public static string? Skipped(KnowledgeGraph graph, ExportOptions options) =>
        options.Formats.Contains("html", StringComparer.OrdinalIgnoreCase)
        && graph.VertexCount > options.ExplorerMaxNodes
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"explorer.html is not written: the graph has {graph.VertexCount:N0} "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"nodes, and a page holds at most {options.ExplorerMaxNodes:N0}; "
                )
                + "the other formats are written"
            : null;

    /// <summary>The files of the formats asked for.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="metrics">Its measures.</param>
    /// <param name="options">The formats and the exporters' options.</param>
    /// <param name="dotPath">Graphviz's <c>dot</c>, when <see cref="ExportOptions.Render"/> asks for pictures.</param>
    public static IReadOnlyList<OutputFile> Files(
        KnowledgeGraph graph,
        GraphMetrics metrics,
        ExportOptions options,
        string? dotPath = null
    )
    {
        var wanted = options.Formats.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = new List<OutputFile>();
        var positions = new Lazy<IReadOnlyDictionary<Node, (double X, double Y)>>(() => GraphLayout.Positions(graph));

        // Largest first: the files are written in parallel in this order (see OutputFolder.Write).
        if (wanted.Contains("gexf"))
        {
            files.Add(
                new(
                    "clrgraph.gexf",
                    "write-gexf",
                    s => GexfWriter.Write(graph, metrics, positions.Value, options.GexfVersion, s)
                )
            );
        }

        if (wanted.Contains("graphml"))
        {
            files.Add(new("clrgraph.graphml", "write-graphml", s => GraphmlWriter.Write(graph, metrics, s)));
        }

        if (wanted.Contains("dot") || options.Render.Count > 0)
        {
            var diagrams = new List<(string Stem, Action<TextWriter> Write)>
            {
                ("clrgraph", w => DotWriter.Write(graph, metrics, options.Layout, w)),
                ("subsystems", w => SubsystemDotWriter.Write(graph, metrics, w)),
            };
            foreach (var topLevel in graph.Subsystems().Where(s => s.IsTopLevel))
            {
                diagrams.Add(
                    (
                        SubsystemDiagramWriter.Stem(topLevel),
                        w => SubsystemDiagramWriter.Write(graph, metrics, topLevel, w)
                    )
                );
            }

            foreach (var (stem, write) in diagrams)
            {
                // The whole graph is timed apart from the overview and the per-subsystem diagrams, as peers write it.
                var phase = stem == "clrgraph" ? "write-dot" : "write-diagrams";
                if (options.Render.Count == 0)
                {
                    files.Add(new(stem + ".dot", phase, s => WriteText(s, write)));
                    continue;
                }

                // Rendering needs the DOT text as well as the file: made once, in memory, and shared.
                var text = new Lazy<byte[]>(() => TextBytes(write));
                files.Add(new(stem + ".dot", phase, s => s.Write(text.Value)));
                foreach (var format in options.Render)
                {
                    files.Add(
                        new(
                            stem + "." + format,
                            "render-" + format,
                            s => GraphvizRenderer.Render(dotPath!, text.Value, format, options.RenderTimeout, s)
                        )
                    );
                }
            }
        }

        if (wanted.Contains("html") && graph.VertexCount <= options.ExplorerMaxNodes)
        {
            files.Add(
                new(
                    ExplorerPage.FileName,
                    "write-html",
                    s => ExplorerPage.Write(ExplorerMapper.From(graph, positions.Value), s)
                )
            );
        }

        if (wanted.Contains("guide"))
        {
            files.Add(
                new(
                    "guide.md",
                    "write-guide",
                    s =>
                    {
                        using var writer = new StreamWriter(s, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                        GuideWriter.Write(graph, metrics, writer);
                    }
                )
            );
        }

        if (wanted.Contains("csv"))
        {
            var tables = new CsvTables(graph, metrics, options.Excel);
            files.Add(new("nodes.csv", "write-csv", tables.WriteNodes));
            files.Add(new("edges.csv", "write-csv", tables.WriteEdges));
            files.Add(new("coverage.csv", "write-csv", tables.WriteCoverage));
            files.Add(new("subsystems.csv", "write-csv", tables.WriteSubsystems));
        }

        return files;
    }

    private static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        write(writer);
    }

    private static byte[] TextBytes(Action<TextWriter> write)
    {
        using var memory = new MemoryStream();
        using (var writer = new StreamWriter(memory, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            write(writer);
        }

        return memory.ToArray();
    }
}
