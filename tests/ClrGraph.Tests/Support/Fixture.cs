using ClrGraph.Export;
using ClrGraph.Pipeline;

namespace ClrGraph.Tests.Support;

/// <summary>Loads a fixture (or the real taxonomy) and exports it in memory.</summary>
internal static class Fixture
{
    public static LoadedGraph Load(string taxonomyPath, bool strict = false)
    {
        var result = GraphPipeline.Load(new LoadRequest(taxonomyPath, [], strict));
        Assert.True(result is LoadedGraph, "fixture has errors:\n" + string.Join('\n', result.Diagnostics));
        return (LoadedGraph)result;
    }

    /// <summary>Every file of an export, by name, as bytes.</summary>
    public static Dictionary<string, byte[]> Export(
        LoadedGraph result,
        ExportOptions? options = null,
        IReadOnlyList<ExportFormat>? formats = null
    )
    {
        options ??= ExportOptions.Default;
        var files = Exporters.Files(
            result.Graph!,
            result.Metrics!,
            options with
            {
                Formats = formats ?? options.Formats,
            }
        );
        return files.ToDictionary(
            f => f.Name,
            f =>
            {
                using var memory = new MemoryStream();
                f.Write(memory);
                return memory.ToArray();
            }
        );
    }

    /// <summary>Writes an export into a folder and returns the paths by name.</summary>
    public static Dictionary<string, string> ExportTo(string folder, LoadedGraph result, ExportOptions? options = null)
    {
        var files = Export(result, options);
        foreach (var (name, bytes) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, name))!);
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        return files.Keys.ToDictionary(n => n, n => Path.Combine(folder, n));
    }
}
