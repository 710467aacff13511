using System.Text;
using ClrGraph.Building;
using ClrGraph.Metrics;

namespace ClrGraph.Export;

/// <summary>One file of an export: its name in the output folder, the phase it is timed as, and how to write it.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Phase">The timing phase (<c>write-dot</c>, <c>write-csv</c>…).</param>
/// <param name="Write">Writes the file's bytes.</param>
public sealed record OutputFile(string Name, string Phase, Action<Stream> Write);

/// <summary>The formats ClrGraph exports and the files each one writes.</summary>
public static class Exporters
{
    /// <summary>Every format, in the order they are written.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["dot", "graphml", "gexf", "csv"];

    /// <summary>The files of the formats asked for.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="metrics">Its measures.</param>
    /// <param name="formats">The formats: any of <see cref="Formats"/>.</param>
    /// <param name="options">The exporters' options.</param>
    /// <param name="render">Graphviz output formats to render both DOT files to (svg, png, pdf); needs <paramref name="dotPath"/>.</param>
    /// <param name="dotPath">Graphviz's <c>dot</c>.</param>
    public static IReadOnlyList<OutputFile> Files(KnowledgeGraph graph, GraphMetrics metrics, IEnumerable<string> formats, ExportOptions options, IReadOnlyList<string>? render = null, string? dotPath = null)
    {
        var wanted = formats.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = new List<OutputFile>();
        // Largest first: the files are written in parallel in this order (see OutputFolder.Write).
        if (wanted.Contains("gexf"))
        {
            files.Add(new("clrgraph.gexf", "write-gexf", s => GexfWriter.Write(graph, metrics, options.GexfVersion, s)));
        }

        if (wanted.Contains("graphml"))
        {
            files.Add(new("clrgraph.graphml", "write-graphml", s => GraphmlWriter.Write(graph, metrics, s)));
        }

        if (wanted.Contains("dot") || render is { Count: > 0 })
        {
            var dot = new DotWriter(options);
            var diagrams = new (string Stem, Action<TextWriter> Write)[]
            {
                ("clrgraph", w => dot.Write(graph, metrics, w)),
                ("subsystems", w => SubsystemDotWriter.Write(graph, metrics, w)),
            };
            foreach (var (stem, write) in diagrams)
            {
                if (render is not { Count: > 0 })
                {
                    files.Add(new(stem + ".dot", "write-dot", s => WriteText(s, write)));
                    continue;
                }

                // Rendering needs the DOT text as well as the file: made once, in memory, and shared.
                var text = new Lazy<byte[]>(() => TextBytes(write));
                files.Add(new(stem + ".dot", "write-dot", s => s.Write(text.Value)));
                foreach (var format in render)
                {
                    files.Add(new(stem + "." + format, "render-" + format, s => GraphvizRenderer.Render(dotPath!, text.Value, format, s)));
                }
            }
        }

        if (wanted.Contains("csv"))
        {
            var tables = new CsvTables(graph, metrics, options);
            files.Add(new("nodes.csv", "write-csv", tables.WriteNodes));
            files.Add(new("edges.csv", "write-csv", tables.WriteEdges));
            files.Add(new("coverage.csv", "write-csv", tables.WriteCoverage));
            files.Add(new("subsystems.csv", "write-csv", tables.WriteSubsystems));
        }

        return files;
    }

    private static byte[] TextBytes(Action<TextWriter> write)
    {
        using var memory = new MemoryStream();
        WriteText(memory, write);
        return memory.ToArray();
    }

    /// <summary>Writes text as UTF-8 without a byte-order mark.</summary>
    public static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 12, leaveOpen: true);
        write(writer);
    }
}
