using ClrGraph.Diagnostics;
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
        Earlier(output, "nodes.csv", "old nodes");
        Earlier(output, "clrgraph.dot", "old dot");
        File.WriteAllText(Path.Combine(output, "notes.txt"), "not ours");
        return output;
    }

    // A file an earlier run wrote: in place, and named by the manifest.
    private static void Earlier(string output, string name, string content)
    {
        File.WriteAllText(Path.Combine(output, name), content);
        File.AppendAllText(Path.Combine(output, OutputManifest.FileName), name + "\n");
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

        var run = Programs.Clrgraph(["export", "--taxonomy", temp.File("taxonomy.yaml"), "--out", output]);

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

    private static System.Diagnostics.Process StartExport(string taxonomy, string output)
    {
        var info = new System.Diagnostics.ProcessStartInfo(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "clrgraph.dll"), "export", "--taxonomy", taxonomy, "--out", output]
        )
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return System.Diagnostics.Process.Start(info)!;
    }

    private static void Signal(System.Diagnostics.Process process, string signal) =>
        Programs.Run("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    [Fact]
    public async Task Ctrl_c_or_sigterm_at_chosen_moments_leaves_the_folder_as_it_was_or_complete()
    {
        using var temp = new TempFolder();
        var taxonomy = ClrGraph.Synthetic.SyntheticCorpus.Write(temp.File("input"), posts: 2_000, subsystems: 60);
        // While reading (as soon as it starts), once the lock is taken, while writing: moments the folder shows, not
        // times, so that a loaded machine picks the same ones.
        var signals = new (string Signal, string Moment, Func<string, bool> Reached)[]
        {
            ("INT", "it starts", _ => true),
            ("TERM", "the lock is taken", folder => LockHoldsProcessId(Path.Combine(folder, OutputLock.FileName))),
            ("INT", "files are being written", folder => NamesIn(folder).Any(IsTemporary)),
        };
        var cancelled = 0;
        foreach (var (signal, moment, reached) in signals)
        {
            using var run = new TempFolder();
            var output = OutputWithOldFiles(run);
            var before = Snapshot(output);
            using var process = StartExport(taxonomy, output);
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            while (!process.HasExited && !reached(output))
            {
                Thread.Sleep(2);
            }

            if (!process.HasExited)
            {
                Signal(process, signal);
            }

            Assert.True(process.WaitForExit(120_000), "export did not end after SIG" + signal);
            var after = Snapshot(output);
            var what = $"SIG{signal} when {moment}, exit {process.ExitCode}: {await stderr}";
            Assert.DoesNotContain(after.Keys, k => k.StartsWith(".clrgraph.", StringComparison.Ordinal));
            Assert.DoesNotContain(OutputLock.FileName, after.Keys);
            if (process.ExitCode == 0)
            {
                // Finished before the signal: every file new (10, and 6 diagrams in subsystems/), the stranger kept,
                // and the manifest.
                Assert.Equal(18, after.Count);
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
    public void Kill_9_at_chosen_moments_is_repaired_by_the_next_run()
    {
        using var temp = new TempFolder();
        var taxonomy = ClrGraph.Synthetic.SyntheticCorpus.Write(temp.File("input"), posts: 2_000, subsystems: 60);
        var loaded = Fixture.Load(taxonomy);
        var reference = temp.File("reference");
        Assert.False(ExportInProcess(loaded, reference).HasErrors);
        var expected = Snapshot(reference);
        var output = temp.File("out");
        // The moments are what the folder shows, not times, so a loaded machine picks the same ones: the lock taken
        // (a stale lock left), and temporary files being written (leftovers to remove). Mid-move has its own test; a
        // lock killed before it holds the process id is refused for a minute, by design.
        var moments = new (string Name, Func<string, bool> Reached)[]
        {
            ("the lock is taken", folder => LockHoldsProcessId(Path.Combine(folder, OutputLock.FileName))),
            ("files are being written", folder => NamesIn(folder).Any(IsTemporary)),
        };
        foreach (var (name, reached) in moments)
        {
            using (var process = StartExport(taxonomy, output))
            {
                Assert.True(KillWhen(process, output, reached), "the export ended before " + name);
            }

            var next = ExportInProcess(loaded, output);

            Assert.False(next.HasErrors, $"killed when {name}: " + string.Join('\n', next.Diagnostics));
            var after = Snapshot(output);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
            Assert.All(expected, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), pair.Key));
        }
    }

    private static ExportResult ExportInProcess(LoadedGraph loaded, string output) =>
        GraphPipeline.Export(loaded, output, ExportOptions.Default, TestContext.Current.CancellationToken);

    // Sends SIGKILL as soon as the output folder shows the moment; false if the export ended first.
    private static bool KillWhen(System.Diagnostics.Process process, string output, Func<string, bool> reached)
    {
        while (!process.HasExited)
        {
            if (reached(output))
            {
                process.Kill(); // SIGKILL on Unix
                process.WaitForExit();
                return true;
            }

            Thread.Sleep(2);
        }

        return false;
    }

    private static bool LockHoldsProcessId(string path)
    {
        try
        {
            return File.ReadAllText(path).EndsWith('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsTemporary(string name) => name.EndsWith(".tmp", StringComparison.Ordinal);

    private static string[] NamesIn(string folder)
    {
        try
        {
            var paths = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories);
            return [.. paths.Select(f => Path.GetFileName(f))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // not there yet, or a folder removed while listed
        }
    }

    [Fact]
    public void A_run_killed_while_moving_its_files_is_undone_by_the_next_run()
    {
        // The folder as kill -9 leaves it in the middle of the moves: nodes.csv moved aside and the new one in,
        // edges.csv moved aside only, a new file in where there was none; the journal names each move.
        using var temp = new TempFolder();
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        var dead = DeadPid();
        File.WriteAllText(Path.Combine(output, $".clrgraph.{dead}.1.old"), "old nodes");
        File.WriteAllText(Path.Combine(output, "nodes.csv"), "new nodes");
        File.WriteAllText(Path.Combine(output, $".clrgraph.{dead}.2.old"), "old edges");
        File.WriteAllText(Path.Combine(output, $".clrgraph.{dead}.5.tmp"), "new edges");
        File.WriteAllText(Path.Combine(output, "coverage.csv"), "new coverage");
        File.WriteAllText(Path.Combine(output, "notes.txt"), "not ours");
        File.WriteAllText(Path.Combine(output, OutputManifest.FileName), "edges.csv\nnodes.csv\n");
        File.WriteAllText(Path.Combine(output, OutputLock.FileName), $"{dead}\n");
        File.WriteAllText(
            Path.Combine(output, MoveJournal.FileName),
            $"clrgraph journal 1\nnodes.csv\t.clrgraph.{dead}.4.tmp\t.clrgraph.{dead}.1.old\n"
                + $"edges.csv\t.clrgraph.{dead}.5.tmp\t.clrgraph.{dead}.2.old\n"
                + $"coverage.csv\t.clrgraph.{dead}.6.tmp\t-\n"
        );

        // A run that writes none of those files: what it finds is what the recovery left.
        var result = Fixture.Load(Repo.Fixture("small"));
        var written = GraphPipeline.Export(
            result,
            output,
            ExportOptions.Default with { Formats = [ExportFormat.Graphml] },
            cancel: TestContext.Current.CancellationToken
        );

        Assert.False(written.HasErrors, string.Join('\n', written.Diagnostics));
        Assert.Equal(
            [OutputManifest.FileName, "clrgraph.graphml", "edges.csv", "nodes.csv", "notes.txt"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal)
        );
        Assert.Equal("old nodes", File.ReadAllText(Path.Combine(output, "nodes.csv")));
        Assert.Equal("old edges", File.ReadAllText(Path.Combine(output, "edges.csv")));
    }

    private static int DeadPid()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    [Theory]
    [InlineData(3)] // before the new coverage.csv goes in where there was none
    [InlineData(4)] // after it went in: it is removed again
    public void A_move_that_fails_half_way_puts_every_old_file_back(int failing)
    {
        using var temp = new TempFolder();
        var output = OutputWithOldFiles(temp);
        Earlier(output, "edges.csv", "old edges");
        var before = Snapshot(output);
        OutputFile[] files =
        [
            new("nodes.csv", Phase.WriteCsv, s => s.Write("new nodes"u8)),
            new("edges.csv", Phase.WriteCsv, s => s.Write("new edges"u8)),
            new("coverage.csv", Phase.WriteCsv, s => s.Write("new coverage"u8)),
            new("clrgraph.dot", Phase.WriteDot, s => s.Write("digraph {}"u8)),
        ];
        var moves = 0;

        var written = OutputFolder.Write(
            output,
            files,
            moving: _ =>
            {
                if (++moves == failing)
                {
                    throw new IOException("disk gone");
                }
            },
            cancel: TestContext.Current.CancellationToken
        );

        var error = Assert.Single(written.Errors);
        Assert.Equal(DiagnosticCodes.OutputUnwritable, error.Code);
        Assert.Contains("disk gone", error.Message, StringComparison.Ordinal);
        Unchanged(before, output);
    }

    [Fact]
    public void A_folder_where_a_file_goes_changes_nothing()
    {
        using var temp = new TempFolder();
        var output = OutputWithOldFiles(temp);
        Directory.CreateDirectory(Path.Combine(output, "subsystems.csv"));
        var before = Snapshot(output);

        var run = Programs.Clrgraph(["export", "--taxonomy", Repo.Fixture("small"), "--out", output]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "subsystems.csv: error CG0044: a folder named subsystems.csv",
            run.Error,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Unchanged(before, output);
        Assert.Equal(["subsystems.csv"], Directory.GetDirectories(output).Select(Path.GetFileName));
    }

    [Fact]
    public void An_immutable_file_changes_nothing()
    {
        var chattr = Programs.Require("chattr", "e2fsprogs");
        using var temp = new TempFolder();
        var output = OutputWithOldFiles(temp);
        Earlier(output, "subsystems.csv", "old subsystems");
        var immutable = Path.Combine(output, "subsystems.csv");
        if (Programs.Run(chattr, ["+i", immutable]).ExitCode != 0)
        {
            Assert.Skip("chattr +i needs root and a file system that supports it");
        }

        try
        {
            var before = Snapshot(output);

            var run = Programs.Clrgraph(["export", "--taxonomy", Repo.Fixture("small"), "--out", output]);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("subsystems.csv: error CG0025: cannot replace", run.Error, StringComparison.Ordinal);
            Unchanged(before, output);
            Assert.Empty(Directory.GetDirectories(output));
        }
        finally
        {
            Programs.Run(chattr, ["-i", immutable]);
        }
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
        // 10 files, subsystems/gc.dot and subsystems/jit.dot, notes.txt and the manifest
        Assert.Equal(14, after.Count);
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

        File.WriteAllText(Path.Combine(diagrams, "holiday.png"), "a photo");
        string[] earlier = ["gc.dot", "gc.svg", "old.dot", "old.svg", "old.png", "old.pdf"];
        File.WriteAllText(
            Path.Combine(output, OutputManifest.FileName),
            string.Concat(earlier.Select(n => $"subsystems/{n}\n"))
        );
        OutputFile[] files = [new("subsystems/gc.dot", Phase.WriteDot, s => s.Write("digraph {}"u8))];

        Assert.Empty(OutputFolder.Write(output, files, cancel: TestContext.Current.CancellationToken).Errors);

        // gc.svg is the picture of a diagram this run writes; old.txt and holiday.png are not ClrGraph's.
        Assert.Equal(
            ["gc.dot", "gc.svg", "holiday.png", "old.txt"],
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
        File.WriteAllText(Path.Combine(output, OutputManifest.FileName), "subsystems/old.dot\n");
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

        Assert.ThrowsAny<OperationCanceledException>(() => OutputFolder.Write(output, files, cancel: cancel.Token));
        Unchanged(before, output);
    }
}
