using System.Globalization;
using System.Text;
using ClrGraph.Building;
using ClrGraph.Export.Csv;
using ClrGraph.Export.Dot;
using ClrGraph.Export.Explorer;
using ClrGraph.Export.Guide;
using ClrGraph.Export.Xml;
using ClrGraph.Layout;
using ClrGraph.Metrics;
using ClrGraph.Pipeline;

namespace ClrGraph.Export;

/// <summary>One file of an export: its name in the output folder, the phase it is timed as, and how to write
/// it.</summary>
internal sealed record OutputFile(string Name, Phase Phase, Action<Stream> Write);

/// <summary>The formats ClrGraph exports and the files each one writes.</summary>
internal static class Exporters
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Why a format asked for is not written, or null when every one is.</summary>
    public static string? Skipped(KnowledgeGraph graph, ExportOptions options) =>
        options.Writes(ExportFormat.Html) && graph.VertexCount > options.ExplorerMaxNodes
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"explorer.html is not written: the graph has {graph.VertexCount:N0} nodes, and a page holds at most "
                    + $"{options.ExplorerMaxNodes:N0}; the other formats are written"
            )
            : null;

    /// <summary>The files of the formats asked for; <paramref name="dotPath"/> is Graphviz's <c>dot</c> when
    /// <see cref="ExportOptions.Render"/> asks for pictures, and <paramref name="cancel"/> stops it.</summary>
    public static IReadOnlyList<OutputFile> Files(
        KnowledgeGraph graph,
        GraphMetrics metrics,
        ExportOptions options,
        string? dotPath = null,
        CancellationToken cancel = default
    )
    {
        var files = new List<OutputFile>();
        var positions = new Lazy<IReadOnlyDictionary<Node, (double X, double Y)>>(() => GraphLayout.Positions(graph));

        // Largest first: the files are written in parallel in this order (see OutputFolder.Write).
        if (options.Writes(ExportFormat.Gexf))
        {
            files.Add(new("clrgraph.gexf", Phase.WriteGexf,
                s => GexfWriter.Write(graph, metrics, positions.Value, options.GexfVersion, s)));
        }

        if (options.Writes(ExportFormat.Graphml))
        {
            files.Add(new("clrgraph.graphml", Phase.WriteGraphml, s => GraphmlWriter.Write(graph, metrics, s)));
        }

        if (options.WritesDot)
        {
            // The whole graph is timed apart from the overview and the per-subsystem diagrams, as peers write it.
            AddDot("clrgraph", Phase.WriteDot, w => WholeGraph.Write(graph, metrics, options.Layout, w),
                WholeGraph.IsLayered(graph.VertexCount, options.Layout));
            AddDot("subsystems", Phase.WriteDiagrams, w => SubsystemOverviewWriter.Write(graph, metrics, w));
            foreach (var topLevel in graph.Subsystems().Where(s => s.IsTopLevel))
            {
                AddDot(Presentation.DiagramStem(topLevel), Phase.WriteDiagrams,
                    w => SubsystemFamilyWriter.Write(graph, metrics, topLevel, w));
            }
        }

        if (options.Writes(ExportFormat.Html) && graph.VertexCount <= options.ExplorerMaxNodes)
        {
            files.Add(new(ExplorerPage.FileName, Phase.WriteHtml,
                s => ExplorerPage.Write(graph, positions.Value, s)));
        }

        if (options.Writes(ExportFormat.Guide))
        {
            files.Add(new("guide.md", Phase.WriteGuide, s => WriteText(s, w => GuideWriter.Write(graph, metrics, w))));
        }

        if (options.Writes(ExportFormat.Csv))
        {
            var tables = new CsvTables(graph, metrics, options.Excel);
            files.Add(new("nodes.csv", Phase.WriteCsv, tables.WriteNodes));
            files.Add(new("edges.csv", Phase.WriteCsv, tables.WriteEdges));
            files.Add(new("coverage.csv", Phase.WriteCsv, tables.WriteCoverage));
            files.Add(new("subsystems.csv", Phase.WriteCsv, tables.WriteSubsystems));
        }

        return files;

        void AddDot(string stem, Phase phase, Action<TextWriter> write, bool layered = false)
        {
            if (options.Render.Count == 0)
            {
                files.Add(new(stem + ".dot", phase, s => WriteText(s, write)));
                return;
            }

            // Rendering needs the DOT text as well as the file: made once, in memory, and shared.
            var text = new Lazy<byte[]>(() =>
            {
                using var memory = new MemoryStream();
                WriteText(memory, write);
                return memory.ToArray();
            });
            files.Add(new(stem + ".dot", phase, s => s.Write(text.Value)));
            foreach (var format in options.Render)
            {
                var name = FormatNames.Name(format);
                var timeout = options.RenderTimeout;
                files.Add(new(stem + "." + name, Phases.Rendering(format),
                    s => GraphvizRenderer.Render(dotPath!, text.Value, name, timeout, layered, s, cancel)));
            }
        }
    }

    private static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
        write(writer);
    }
}
