using ClrGraph.Export;
using ClrGraph.Pipeline;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.EndToEnd;

/// <summary>A run that fails at any stage leaves the output folder exactly as it was: same files, same bytes, no leftovers.</summary>
public class NothingLostTests
{
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private static void Unchanged(Dictionary<string, byte[]> before, string folder)
    {
        var after = Snapshot(folder);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), pair.Key + " changed"));
    }

    private static string OutputWithOldFiles(TempFolder temp)
    {
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "nodes.csv"), "old nodes");
        File.WriteAllText(Path.Combine(output, "clrgraph.dot"), "old dot");
        File.WriteAllText(Path.Combine(output, "notes.txt"), "not ours");
        return output;
    }

    [Fact]
    public void Bad_reading_list_exits_1_and_changes_nothing()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("list.md"), [(byte)'#', (byte)' ', 0xFF, 0xFE, (byte)'\n']);
        File.WriteAllText(temp.File("taxonomy.yaml"), "reading-lists: [list.md]\nsubsystems:\n  - id: gc\n    name: GC\nposts: []\n");
        var output = OutputWithOldFiles(temp);
        var before = Snapshot(output);

        var run = Programs.Clrgraph(["export", "--taxonomy", temp.File("taxonomy.yaml"), "--out", output], workingDirectory: temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("list.md:1:3: error CG0014", run.Error, StringComparison.Ordinal);
        Unchanged(before, output);
    }

    [Fact]
    public void Exporter_that_throws_half_way_changes_nothing_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var output = OutputWithOldFiles(temp);
        var before = Snapshot(output);
        OutputFile[] files =
        [
            new("nodes.csv", "write-csv", s => s.Write("new nodes"u8)),
            new("clrgraph.dot", "write-dot", s =>
            {
                s.Write("digraph { half"u8);
                throw new InvalidOperationException("exporter bug");
            }),
        ];

        var error = Assert.Throws<InvalidOperationException>(() => OutputFolder.Write(output, files, cancel: TestContext.Current.CancellationToken));
        Assert.Equal("exporter bug", error.Message);
        Unchanged(before, output);
    }

    [Fact]
    public void Cancelling_half_way_as_ctrl_c_does_changes_nothing()
    {
        using var temp = new TempFolder();
        var output = OutputWithOldFiles(temp);
        var before = Snapshot(output);
        using var cancel = new CancellationTokenSource();
        OutputFile[] files =
        [
            new("nodes.csv", "write-csv", s =>
            {
                s.Write("new nodes"u8);
                cancel.Cancel(); // Ctrl-C arrives while the files are being written
            }),
            new("edges.csv", "write-csv", s => s.Write("new edges"u8)),
        ];

        Assert.ThrowsAny<OperationCanceledException>(() => OutputFolder.Write(output, files, cancel: cancel.Token));
        Unchanged(before, output);
    }

    [Fact]
    public void Successful_run_replaces_its_files_keeps_others_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var output = OutputWithOldFiles(temp);
        var result = Fixture.Load(Repo.Fixture("small"));
        OutputFolder.Write(output, Exporters.Files(result.Graph!, result.Metrics!, Exporters.Formats, ExportOptions.Default), cancel: TestContext.Current.CancellationToken);
        var after = Snapshot(output);
        Assert.Equal("not ours", System.Text.Encoding.UTF8.GetString(after["notes.txt"]));
        Assert.NotEqual("old nodes", System.Text.Encoding.UTF8.GetString(after["nodes.csv"]));
        Assert.DoesNotContain(after.Keys, k => k.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(9, after.Count);
    }
}
