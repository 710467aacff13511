using System.Globalization;
using ClrGraph.Diagnostics;
using ClrGraph.Export;
using ClrGraph.Pipeline;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.EndToEnd;

/// <summary>The output folder is ClrGraph's only where ClrGraph wrote: the manifest, the sweep, links, the lock and
/// the leftovers of dead runs.</summary>
public class OutputFolderTests
{
    private static string Small => Repo.Fixture("small");

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory
            .GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);

    private static ExportResult Export(string folder, ExportOptions? options = null)
    {
        var result = Fixture.Load(Small);
        return GraphPipeline.Export(
            result,
            folder,
            options ?? ExportOptions.Default,
            cancel: TestContext.Current.CancellationToken
        );
    }

    private static string[] Manifest(string folder) =>
        [.. File.ReadAllLines(Path.Combine(folder, OutputManifest.FileName)).Where(l => !l.StartsWith('#'))];

    private static int DeadPid()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void Manifest_names_every_file_written_sorted_and_is_the_same_on_every_run()
    {
        using var temp = new TempFolder();
        Assert.False(Export(temp.Path).HasErrors);
        var first = File.ReadAllBytes(Path.Combine(temp.Path, OutputManifest.FileName));
        var names = Manifest(temp.Path);

        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Contains("subsystems/gc.dot", names);
        Assert.Equal(
            Snapshot(temp.Path).Keys.Where(k => k != OutputManifest.FileName).Order(StringComparer.Ordinal),
            names
        );
        Assert.DoesNotContain((byte)'\r', first);
        Assert.False(Export(temp.Path).HasErrors);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(temp.Path, OutputManifest.FileName)));
    }

    [Fact]
    public void Sweep_removes_only_what_the_manifest_names_and_keeps_a_users_files()
    {
        using var temp = new TempFolder();
        Assert.False(Export(temp.Path).HasErrors);
        var diagrams = Path.Combine(temp.Path, "subsystems");
        // An earlier run wrote old.dot and its picture; the user put a holiday photo and notes beside them.
        File.WriteAllText(Path.Combine(diagrams, "old.dot"), "digraph {}");
        File.WriteAllText(Path.Combine(diagrams, "old.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(diagrams, "holiday.png"), "a photo");
        File.WriteAllText(Path.Combine(diagrams, "notes.dot"), "mine");
        File.WriteAllText(Path.Combine(temp.Path, "thesis.pdf"), "mine");
        var manifest = Path.Combine(temp.Path, OutputManifest.FileName);
        File.AppendAllText(manifest, "subsystems/old.dot\nsubsystems/old.svg\n");

        Assert.False(Export(temp.Path).HasErrors);

        var after = Snapshot(temp.Path);
        Assert.DoesNotContain("subsystems/old.dot", after.Keys);
        Assert.DoesNotContain("subsystems/old.svg", after.Keys);
        Assert.Equal("a photo"u8.ToArray(), after["subsystems/holiday.png"]);
        Assert.Equal("mine"u8.ToArray(), after["subsystems/notes.dot"]);
        Assert.Equal("mine"u8.ToArray(), after["thesis.pdf"]);
        Assert.DoesNotContain("subsystems/old.dot", Manifest(temp.Path));
    }

    [Fact]
    public void Files_of_formats_not_asked_for_stay_and_stay_in_the_manifest()
    {
        using var temp = new TempFolder();
        Assert.False(Export(temp.Path).HasErrors);
        var before = Snapshot(temp.Path);

        Assert.False(Export(temp.Path, ExportOptions.Default with { Formats = [ExportFormat.Csv] }).HasErrors);

        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Snapshot(temp.Path).Keys.Order(StringComparer.Ordinal));
        Assert.Contains("clrgraph.gexf", Manifest(temp.Path));
    }

    [Fact]
    public void Skipped_explorer_removes_the_one_an_earlier_run_wrote()
    {
        using var temp = new TempFolder();
        Assert.False(Export(temp.Path).HasErrors);
        Assert.True(File.Exists(Path.Combine(temp.Path, "explorer.html")));

        var written = Export(temp.Path, ExportOptions.Default with { ExplorerMaxNodes = 5 });

        Assert.Equal(DiagnosticCodes.ExplorerSkipped, Assert.Single(written.Diagnostics).Code);
        Assert.False(File.Exists(Path.Combine(temp.Path, "explorer.html")));
        Assert.DoesNotContain("explorer.html", Manifest(temp.Path));
    }

    [Fact]
    public void A_folder_without_a_manifest_holds_nothing_of_ours_and_loses_nothing()
    {
        using var temp = new TempFolder();
        var diagrams = Directory.CreateDirectory(Path.Combine(temp.Path, "subsystems")).FullName;
        File.WriteAllText(Path.Combine(temp.Path, "explorer.html"), "somebody's explorer");
        File.WriteAllText(Path.Combine(temp.Path, "nodes.csv"), "somebody's nodes");
        File.WriteAllText(Path.Combine(diagrams, "gc.svg"), "somebody's picture");
        File.WriteAllText(Path.Combine(diagrams, "holiday.png"), "a photo");
        var before = Snapshot(temp.Path);

        // A file this run writes, in place and not ClrGraph's: refused, and nothing written.
        var refused = Export(temp.Path, ExportOptions.Default with { ExplorerMaxNodes = 5 });

        var error = Assert.Single(refused.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OutputPathBlocked, error.Code);
        Assert.Equal("nodes.csv", Path.GetFileName(error.Location.File));
        Assert.StartsWith("nodes.csv is not ClrGraph's", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp.Path));

        // Moved away by its owner: the explorer is not written (the graph is over 5 nodes), though its format is
        // asked for, and the stranger's explorer, picture and photo stay.
        File.Delete(Path.Combine(temp.Path, "nodes.csv"));
        var written = Export(temp.Path, ExportOptions.Default with { ExplorerMaxNodes = 5 });

        Assert.False(written.HasErrors);
        var after = Snapshot(temp.Path);
        Assert.Equal("somebody's explorer"u8.ToArray(), after["explorer.html"]);
        Assert.Equal("somebody's picture"u8.ToArray(), after["subsystems/gc.svg"]);
        Assert.Equal("a photo"u8.ToArray(), after["subsystems/holiday.png"]);
        var names = Manifest(temp.Path);
        Assert.Contains("nodes.csv", names);
        Assert.DoesNotContain("explorer.html", names);
        Assert.DoesNotContain("subsystems/gc.svg", names);
        Assert.DoesNotContain("subsystems/holiday.png", names);
    }

    [Fact]
    public void A_file_the_manifest_does_not_name_is_replaced_only_when_it_holds_what_the_run_writes()
    {
        using var temp = new TempFolder();
        Assert.False(Export(temp.Path, ExportOptions.Default with { Formats = [ExportFormat.Csv] }).HasErrors);
        var guide = Path.Combine(temp.Path, "guide.md");
        File.WriteAllText(guide, "# My own reading guide\n");

        var refused = Export(temp.Path);

        var error = Assert.Single(refused.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OutputPathBlocked, error.Code);
        Assert.Equal("# My own reading guide\n", File.ReadAllText(guide));
        Assert.DoesNotContain("guide.md", Manifest(temp.Path));

        // The same bytes as the run writes (a copy of an earlier output/ without its manifest) are taken as ours.
        using var other = new TempFolder();
        Assert.False(Export(other.Path).HasErrors);
        File.Copy(Path.Combine(other.Path, "guide.md"), guide, overwrite: true);
        Assert.False(Export(temp.Path).HasErrors);
        Assert.Contains("guide.md", Manifest(temp.Path));
    }

    [Fact]
    public void Manifest_names_outside_the_folder_are_never_removed()
    {
        using var temp = new TempFolder();
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(temp.File("outside.csv"), "not ours");
        File.WriteAllText(
            Path.Combine(output, OutputManifest.FileName),
            "../outside.csv\n" + temp.File("outside.csv") + "\n./x.csv\nsubsystems/../../outside.csv\n"
        );

        Assert.False(Export(output).HasErrors);

        Assert.Equal("not ours", File.ReadAllText(temp.File("outside.csv")));
    }

    [Fact]
    public void Symlinked_subsystems_folder_is_refused_and_what_it_points_to_is_untouched()
    {
        using var temp = new TempFolder();
        var elsewhere = Directory.CreateDirectory(temp.File("photos")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "holiday.png"), "a photo");
        File.WriteAllText(Path.Combine(elsewhere, "gc.dot"), "my own gc.dot");
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "nodes.csv"), "old nodes");
        Directory.CreateSymbolicLink(Path.Combine(output, "subsystems"), elsewhere);
        // A manifest naming files behind the link, as a hostile or mistaken one might.
        File.WriteAllText(Path.Combine(output, OutputManifest.FileName), "subsystems/holiday.png\nnodes.csv\n");
        var photos = Snapshot(elsewhere);
        var before = Snapshot(output);

        var run = Programs.Clrgraph(["export", "--taxonomy", Small, "--out", output]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error CG0043", run.Error, StringComparison.Ordinal);
        Assert.Contains("subsystems is a symbolic link", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.Equal(photos, Snapshot(elsewhere));
        Assert.Equal(before, Snapshot(output));
    }

    [Fact]
    public void Symlinked_target_file_is_refused()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("mine.csv"), "mine");
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.CreateSymbolicLink(Path.Combine(output, "nodes.csv"), temp.File("mine.csv"));

        var written = Export(output);

        var error = Assert.Single(written.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputSymlink, error.Code);
        Assert.EndsWith("nodes.csv", error.Location.File, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(temp.File("mine.csv")));
        Assert.Equal(["nodes.csv"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_named_pipe_where_a_file_goes_is_refused_without_waiting_for_a_reader()
    {
        var mkfifo = Programs.Require("mkfifo", "coreutils");
        using var temp = new TempFolder();
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        Assert.Equal(0, Programs.Run(mkfifo, [Path.Combine(output, "nodes.csv")]).ExitCode);

        var written = await Task.Run(() => Export(output), TestContext.Current.CancellationToken);

        var error = Assert.Single(written.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputPathBlocked, error.Code);
        Assert.Contains("a named pipe (FIFO) named nodes.csv", error.Message, StringComparison.Ordinal);
        Assert.Equal(["nodes.csv"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void Root_and_home_are_refused_as_output_folders()
    {
        using var temp = new TempFolder();
        var home = Directory.CreateDirectory(temp.File("home")).FullName;
        var environment = new Dictionary<string, string?> { ["HOME"] = home };
        foreach (var folder in new[] { "/", home, home + "/" })
        {
            var run = Programs.Clrgraph(["export", "--taxonomy", Small, "--out", folder], environment: environment);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("error CG0041", run.Error, StringComparison.Ordinal);
            // Refused before the input is read: none of its warnings, no coverage table.
            Assert.DoesNotContain("warning", run.All, StringComparison.Ordinal);
            Assert.Empty(run.Out);
        }

        Assert.Empty(Directory.GetFileSystemEntries(home));
        Assert.False(File.Exists("/" + OutputManifest.FileName));
    }

    // A lock that could not hold its process id stayed behind, empty, and said "another clrgraph run is writing": the
    // next run was refused too, as if a run were still starting.
    [Fact]
    public void A_disk_too_full_for_the_lock_is_reported_as_such_and_leaves_no_lock()
    {
        using var temp = new TempFolder();
        using var disk = SmallDisk.Mount(temp);
        var output = Directory.CreateDirectory(disk.File("out")).FullName;

        var full = Programs.Clrgraph(["export", "--taxonomy", Small, "--out", output]);

        SmallDisk.AssertReported(full, "to the output folder");
        Assert.Empty(Directory.GetFileSystemEntries(output));
    }

    // A read-only file system was told to "free some space or fix the folder's permissions".
    [Fact]
    public void A_read_only_file_system_is_named_in_the_hint()
    {
        using var temp = new TempFolder();
        using var disk = SmallDisk.MountReadOnly(temp);

        var run = Programs.Clrgraph(["export", "--taxonomy", Small, "--out", disk.File("out")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "error CG0025: cannot write to the output folder: Read-only file system (the file system is mounted "
                + "read-only: choose another --out folder)",
            run.Error,
            StringComparison.Ordinal
        );
    }

    // The journal of the moves is the last file written: on a disk full just then, the error blamed the first file
    // to move ("cannot move clrgraph.gexf into place") and did not say to free space.
    [Fact]
    public void A_disk_full_at_the_journal_names_the_journal_and_changes_nothing()
    {
        using var temp = new TempFolder();
        var probe = temp.File("probe");
        Assert.Equal(0, Programs.Clrgraph(["export", "--taxonomy", Small, "--out", probe]).ExitCode);
        // A tmpfs gives each file whole 4 KiB pages: room for the lock and every file, none for the journal.
        var pages = Directory.GetFiles(probe, "*", SearchOption.AllDirectories)
            .Sum(f => (new FileInfo(f).Length + 4095) / 4096);
        using var disk = SmallDisk.Mount(temp, freeKiB: (int)(pages + 1) * 4, sizeKiB: 1024);
        var output = disk.File("out");

        var full = Programs.Clrgraph(["export", "--taxonomy", Small, "--out", output]);

        SmallDisk.AssertReported(full, ".clrgraph-journal");
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), output);
    }

    [Fact]
    public void A_second_run_on_a_locked_folder_is_refused_and_a_dead_runs_lock_is_taken_over()
    {
        using var temp = new TempFolder();
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        var lockFile = Path.Combine(output, OutputLock.FileName);
        // This test's own process runs: to the CLI it is another run holding the folder.
        File.WriteAllText(lockFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");

        var locked = Programs.Clrgraph(["export", "--taxonomy", Small, "--out", output], separateProcess: true);

        Assert.Equal(1, locked.ExitCode);
        Assert.Contains("error CG0042", locked.Error, StringComparison.Ordinal);
        Assert.Contains(
            $"process {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}",
            locked.Error,
            StringComparison.Ordinal
        );
        Assert.Equal([lockFile], Directory.GetFileSystemEntries(output));

        File.WriteAllText(lockFile, DeadPid().ToString(CultureInfo.InvariantCulture) + "\n");
        var taken = Programs.Clrgraph(["export", "--taxonomy", Small, "--out", output]);

        Assert.True(taken.ExitCode == 0, taken.All);
        Assert.False(File.Exists(lockFile));
        Assert.True(File.Exists(Path.Combine(output, "nodes.csv")));
    }

    [Fact]
    public async Task Two_runs_at_once_never_mix_their_files()
    {
        using var temp = new TempFolder();
        var output = temp.File("out");
        var runs = Enumerable
            .Range(0, 2)
            .Select(_ =>
                Task.Run(() =>
                    Programs.Clrgraph(["export", "--taxonomy", Small, "--out", output], separateProcess: true)
                )
            )
            .ToArray();
        var results = await Task.WhenAll(runs);

        Assert.Contains(results, r => r.ExitCode == 0);
        Assert.All(
            results.Where(r => r.ExitCode != 0),
            r => Assert.Contains("error CG0042", r.Error, StringComparison.Ordinal)
        );
        var files = Snapshot(output).Keys.Where(k => !k.StartsWith('.')).Order(StringComparer.Ordinal);
        Assert.Equal(Manifest(output), files);
    }

    [Fact]
    public void Leftover_temporary_files_of_dead_runs_are_removed_and_no_others()
    {
        using var temp = new TempFolder();
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        var diagrams = Directory.CreateDirectory(Path.Combine(output, "subsystems")).FullName;
        var dead = DeadPid().ToString(CultureInfo.InvariantCulture);
        var alive = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        string[] leftovers =
        [
            Path.Combine(output, $".clrgraph.{dead}.3.tmp"),
            Path.Combine(output, $".clrgraph.{dead}.1.old"),
        ];
        string[] kept =
        [
            Path.Combine(output, $".clrgraph.{alive}.3.tmp"), // a running process's
            Path.Combine(output, $".notes.{dead}.tmp"), // not our pattern
            Path.Combine(diagrams, $".gc.dot.{dead}-0123abcd.tmp"), // nor one ClrGraph used long ago
            Path.Combine(output, "draft.tmp"),
        ];
        foreach (var path in leftovers.Concat(kept))
        {
            File.WriteAllText(path, "left");
        }

        // The process that "runs" is this test's own: the library skips its own process id, so the CLI runs apart.
        var run = Programs.Clrgraph(["export", "--taxonomy", Small, "--out", output], separateProcess: true);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.All(leftovers, path => Assert.False(File.Exists(path), path));
        Assert.All(kept, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void A_300_character_id_is_a_file_name_too_long_error_naming_the_file()
    {
        using var temp = new TempFolder();
        var id = new string('a', 300);
        File.WriteAllText(temp.File("list.md"), "# List\n\n- [A post about it](https://example.org/a)\n");
        File.WriteAllText(
            temp.File("taxonomy.yaml"),
            $"reading-lists: [list.md]\nsubsystems:\n  - id: {id}\n    name: Long\nposts:\n"
                + $"  - url: https://example.org/a\n    subsystems: [{id}]\n"
        );
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "nodes.csv"), "old nodes");

        var run = Programs.Clrgraph(["export", "--taxonomy", temp.File("taxonomy.yaml"), "--out", output]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"subsystems/{id}.dot: error CG0040: file name too long", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CG0025", run.Error, StringComparison.Ordinal);
        Assert.Equal(["nodes.csv"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void An_out_folder_whose_path_leaves_no_room_for_a_file_is_a_path_too_long_error()
    {
        using var temp = new TempFolder();
        // Linux refuses a path of 4,096 bytes or more: the folder fits, the lock file inside it does not.
        var output = temp.Path;
        while (output.Length < 4_080)
        {
            output = Path.Combine(output, new string('d', Math.Min(200, 4_085 - output.Length - 1)));
        }

        Directory.CreateDirectory(output);

        var run = Programs.Clrgraph(["export", "--taxonomy", Small, "--out", output]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error CG0040", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CG0025", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(output));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("lists")]
    public void An_export_that_would_replace_one_of_its_inputs_is_refused_and_writes_nothing(string folder)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("lists"));
        var list = "# My reading guide\n\n- [A GC post](https://example.com/gc-post)\n";
        File.WriteAllText(temp.File("lists/guide.md"), list);
        File.WriteAllText(temp.File("guide.md"), list);
        var listed = folder == "." ? "guide.md" : "lists/guide.md";
        File.WriteAllText(
            temp.File("taxonomy.yaml"),
            $"reading-lists: [{listed}]\nposts:\n  - url: https://example.com/gc-post\n    subsystems: [gc]\n"
        );

        var run = Programs.Clrgraph(["export", "--taxonomy", temp.File("taxonomy.yaml"), "--out", temp.File(folder)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error CG0069", run.Error, StringComparison.Ordinal);
        Assert.Equal(list, File.ReadAllText(temp.File(listed)));
        Assert.False(File.Exists(Path.Combine(temp.File(folder), "nodes.csv")), run.All);
    }
}
