using ClrGraph.Export;
using ClrGraph.Pipeline;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.EndToEnd;

/// <summary>A run that fails at any stage leaves the output folder exactly as it was: same files, same bytes, no
/// leftovers.</summary>
public class NothingLostTests
{
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory
            .GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);

    private static void Unchanged(Dictionary<string, byte[]> before, string folder)
    {
        var after = Snapshot(folder);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(
            before,
            pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), pair.Key + " changed")
        );
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
        File.WriteAllText(
            temp.File("taxonomy.yaml"),
            "reading-lists: [list.md]\nsubsystems:\n  - id: gc\n    name: GC\nposts: []\n"
        );
        var output = OutputWithOldFiles(temp);
        var before = Snapshot(output);

        var run = Programs.Clrgraph(
            ["export", "--taxonomy", temp.File("taxonomy.yaml"), "--out", output],
            workingDirectory: temp.Path
        );

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
            new("nodes.csv", Phase.WriteCsv, s => s.Write("new nodes"u8)),
            new(
                "clrgraph.dot",
                Phase.WriteDot,
                s =>
                {
                    s.Write("digraph { half"u8);
                    throw new InvalidOperationException("exporter bug");
                }
            ),
        ];

        var error = Assert.Throws<InvalidOperationException>(() =>
            OutputFolder.Write(output, files, cancel: TestContext.Current.CancellationToken)
        );
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
            new(
                "nodes.csv",
                Phase.WriteCsv,
                s =>
                {
                    s.Write("new nodes"u8);
                    cancel.Cancel(); // Ctrl-C arrives while the files are being written
                }
            ),
            new("edges.csv", Phase.WriteCsv, s => s.Write("new edges"u8)),
        ];

        Assert.ThrowsAny<OperationCanceledException>(() => OutputFolder.Write(output, files, cancel: cancel.Token));
        Unchanged(before, output);
    }

    [Fact]
    public async Task Ctrl_c_or_sigterm_at_any_moment_leaves_the_folder_as_it_was_or_complete()
    {
        using var temp = new TempFolder();
        var taxonomy = ClrGraph.Synthetic.SyntheticCorpus.Write(temp.File("input"), posts: 40_000, subsystems: 60);
        var signals = new (string Signal, int DelayMs)[]
        {
            ("INT", 300),
            ("INT", 1200),
            ("TERM", 2500),
            ("INT", 4000),
            ("TERM", 6000),
        };
        var cancelled = 0;
        foreach (var (signal, delay) in signals)
        {
            using var run = new TempFolder();
            var output = OutputWithOldFiles(run);
            var before = Snapshot(output);
            var info = new System.Diagnostics.ProcessStartInfo(
                "dotnet",
                [
                    Path.Combine(AppContext.BaseDirectory, "clrgraph.dll"),
                    "export",
                    "--taxonomy",
                    taxonomy,
                    "--out",
                    output,
                ]
            )
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = System.Diagnostics.Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            if (!process.WaitForExit(delay))
            {
                Programs.Run(
                    "kill",
                    ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]
                );
            }

            Assert.True(process.WaitForExit(120_000), "export did not end after SIG" + signal);
            var after = Snapshot(output);
            var what = $"SIG{signal} after {delay} ms, exit {process.ExitCode}: {await stderr}";
            Assert.DoesNotContain(after.Keys, k => k.EndsWith(".tmp", StringComparison.Ordinal));
            if (process.ExitCode == 0)
            {
                // Finished before the signal: every file new (10, and 6 diagrams in subsystems/), the stranger kept.
                Assert.Equal(17, after.Count);
                Assert.Contains("wrote 16 files", await stdout, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(process.ExitCode == 130, what);
                Unchanged(before, output);
                cancelled++;
            }
        }

        Assert.True(cancelled > 0, "no signal arrived before the export finished, so nothing was tested");
    }

    [Fact]
    public void Successful_run_replaces_its_files_keeps_others_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var output = OutputWithOldFiles(temp);
        var result = Fixture.Load(Repo.Fixture("small"));
        OutputFolder.Write(
            output,
            Exporters.Files(result.Graph!, result.Metrics!, ExportOptions.Default),
            cancel: TestContext.Current.CancellationToken
        );
        var after = Snapshot(output);
        Assert.Equal("not ours", System.Text.Encoding.UTF8.GetString(after["notes.txt"]));
        Assert.NotEqual("old nodes", System.Text.Encoding.UTF8.GetString(after["nodes.csv"]));
        Assert.DoesNotContain(after.Keys, k => k.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(13, after.Count); // 10 files, subsystems/gc.dot and subsystems/jit.dot, and notes.txt
        Assert.Contains("subsystems/gc.dot", after.Keys);
    }

    [Fact]
    public void Exporter_that_throws_in_a_subfolder_leaves_no_subfolder_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        var output = OutputWithOldFiles(temp);
        var before = Snapshot(output);
        OutputFile[] files =
        [
            new("subsystems/gc.dot", Phase.WriteDot, s => s.Write("digraph {}"u8)),
            new(
                "deeper/jit.dot",
                Phase.WriteDot,
                s =>
                {
                    s.Write("digraph { half"u8);
                    throw new InvalidOperationException("exporter bug");
                }
            ),
        ];

        Assert.Throws<InvalidOperationException>(() =>
            OutputFolder.Write(output, files, cancel: TestContext.Current.CancellationToken)
        );
        Unchanged(before, output);
        Assert.Empty(Directory.GetDirectories(output));
    }

    [Fact]
    public void Stale_diagrams_go_once_the_new_files_are_in_place_and_nothing_else_does()
    {
        using var temp = new TempFolder();
        var output = OutputWithOldFiles(temp);
        var diagrams = Directory.CreateDirectory(Path.Combine(output, "subsystems")).FullName;
        foreach (var name in new[] { "gc.dot", "gc.svg", "old.dot", "old.svg", "old.png", "old.pdf", "old.txt" })
        {
            File.WriteAllText(Path.Combine(diagrams, name), "earlier run");
        }

        OutputFile[] files = [new("subsystems/gc.dot", Phase.WriteDot, s => s.Write("digraph {}"u8))];
        StaleFiles[] stale = [new("subsystems", ["dot", "svg", "png", "pdf"])];

        OutputFolder.Write(output, files, stale: stale, cancel: TestContext.Current.CancellationToken);

        // gc.svg is the picture of a diagram this run writes; old.txt is not a kind of file the rule names.
        Assert.Equal(
            ["gc.dot", "gc.svg", "old.txt"],
            Directory.GetFiles(diagrams).Select(Path.GetFileName).Order(StringComparer.Ordinal)
        );
        Assert.Equal("digraph {}", File.ReadAllText(Path.Combine(diagrams, "gc.dot")));
    }

    [Fact]
    public void Cancelled_run_keeps_stale_diagrams()
    {
        using var temp = new TempFolder();
        var output = OutputWithOldFiles(temp);
        var diagrams = Directory.CreateDirectory(Path.Combine(output, "subsystems")).FullName;
        File.WriteAllText(Path.Combine(diagrams, "old.dot"), "earlier run");
        var before = Snapshot(output);
        using var cancel = new CancellationTokenSource();
        OutputFile[] files =
        [
            new(
                "subsystems/gc.dot",
                Phase.WriteDot,
                s =>
                {
                    s.Write("digraph {}"u8);
                    cancel.Cancel();
                }
            ),
        ];

        Assert.ThrowsAny<OperationCanceledException>(() =>
            OutputFolder.Write(output, files, stale: [new("subsystems", ["dot"])], cancel: cancel.Token)
        );
        Unchanged(before, output);
    }
}
