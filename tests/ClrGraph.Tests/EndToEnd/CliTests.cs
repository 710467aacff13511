using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.EndToEnd;

/// <summary>The clrgraph executable as a user runs it: exit codes, messages, and the output folder.</summary>
public class CliTests
{
    [Fact]
    public void Export_writes_every_file_and_exits_0()
    {
        using var temp = new TempFolder();
        var run = Programs.Clrgraph(["export", "--taxonomy", Repo.Fixture("small"), "--out", temp.Path]);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(
            [
                ".clrgraph-manifest",
                "clrgraph.dot",
                "clrgraph.gexf",
                "clrgraph.graphml",
                "coverage.csv",
                "edges.csv",
                "explorer.html",
                "guide.md",
                "nodes.csv",
                "subsystems.csv",
                "subsystems.dot",
                "subsystems/gc.dot",
                "subsystems/jit.dot",
            ],
            Directory
                .GetFiles(temp.Path, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(temp.Path, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
        );
        Assert.Contains("warning CG0017", run.Error, StringComparison.Ordinal); // the small list has an unmapped post
    }

    [Fact]
    public void Format_option_limits_the_files()
    {
        using var temp = new TempFolder();
        var run = Programs.Clrgraph([
            "export",
            "--taxonomy",
            Repo.Fixture("small"),
            "--out",
            temp.Path,
            "--format",
            "graphml,csv",
        ]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [".clrgraph-manifest", "clrgraph.graphml", "coverage.csv", "edges.csv", "nodes.csv", "subsystems.csv"],
            Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)
        );
    }

    [Theory]
    [InlineData("export", "--format", "pdf")]
    [InlineData("export", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("export", "--gexf-version", "2.0")]
    [InlineData("export", "--render-timeout", "0")]
    [InlineData("export", "--render-timeout", "0.5")]
    [InlineData("export", "--render-timeout", "99999999999")]
    public void Usage_errors_exit_2(params string[] arguments)
    {
        var run = Programs.Clrgraph(arguments);
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clrgraph: --render-timeout takes a whole number, not 'abc'", "export", "--render-timeout", "abc")]
    [InlineData("clrgraph: --posts takes a whole number, not '1e3'", "generate", "--out", "x", "--posts", "1e3")]
    [InlineData("clrgraph: --out is given more than once; give it once", "export", "--out", "a", "--out", "b")]
    [InlineData( // "1.2" was told "did you mean '1.3'?", the nearer by letters, where networkx's 1.2draft is meant
        "clrgraph: unknown value '1.2' for --gexf-version (did you mean '1.2draft'?); choose from 1.2draft, 1.3",
        "export", "--gexf-version", "1.2")]
    public void Usage_errors_say_what_the_option_takes(string expected, params string[] arguments)
    {
        var run = Programs.Clrgraph(arguments);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.Error.Split('\n')[0]);
    }

    [Fact]
    public void Bad_taxonomy_exits_1_names_the_line_and_leaves_the_output_folder_as_it_was()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(Repo.Fixtures, "small", "lists", "small.md"), temp.File("small.md"));
        var taxonomy = temp.File("taxonomy.yaml");
        File.WriteAllText(
            taxonomy,
            "reading-lists: [small.md]\nsubsystems:\n  - id: gc\n    name: GC\nposts:\n  - url: "
                + "https://example.org/posts/no-gc\n    subsystems: [gcc]\n"
        );
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "nodes.csv"), "precious");

        var run = Programs.Clrgraph(["export", "--taxonomy", taxonomy, "--out", output]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "taxonomy.yaml:7:18: error CG0003: unknown subsystem 'gcc' (did you mean 'gc'?)",
            run.Error,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.Equal(["nodes.csv"], Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(output, "nodes.csv")));
    }

    // A file where the output folder, or a folder above it, should be: said before the input is read (it was found
    // only when writing, as "Could not find a part of the path", with a hint about permissions).
    [Fact]
    public void A_file_where_the_output_folder_goes_is_a_clear_error_before_anything_is_read()
    {
        using var temp = new TempFolder();
        var blocker = temp.File("not-a-folder");
        File.WriteAllText(blocker, "x");
        foreach (var (folder, message) in new[]
        {
            (blocker, "not-a-folder is a file, not a folder"),
            (Path.Combine(blocker, "out"), "not-a-folder is a file, not a folder, so the output folder "),
        })
        {
            var run = Programs.Clrgraph(["export", "--taxonomy", Repo.Fixture("small"), "--out", folder]);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("error CG0044: ", run.Error, StringComparison.Ordinal);
            Assert.Contains(message, run.Error, StringComparison.Ordinal);
            Assert.Contains("choose another --out folder", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("warning", run.All, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        }

        Assert.Equal("x", File.ReadAllText(blocker));
    }

    [Fact]
    public void Render_without_graphviz_is_a_clear_error_with_the_install_hint()
    {
        using var temp = new TempFolder();
        var run = Programs.Clrgraph(
            ["export", "--taxonomy", Repo.Fixture("small"), "--out", temp.Path, "--render", "svg"],
            environment: new Dictionary<string, string?> { ["PATH"] = "/nonexistent" }
        );
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("apt-get install graphviz", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", run.All, StringComparison.Ordinal); // refused before the input is read
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Render_writes_svg_next_to_the_dot_files()
    {
        Programs.Require("dot", "graphviz");
        using var temp = new TempFolder();
        var run = Programs.Clrgraph([
            "export",
            "--taxonomy",
            Repo.Fixture("small"),
            "--out",
            temp.Path,
            "--format",
            "dot",
            "--render",
            "svg,png",
        ]);
        Assert.True(run.ExitCode == 0, run.All);
        foreach (var name in new[] { "clrgraph.svg", "subsystems.svg", "clrgraph.png", "subsystems.png" })
        {
            Assert.True(new FileInfo(temp.File(name)).Length > 1000, name);
        }

        System.Xml.Linq.XDocument.Load(temp.File("clrgraph.svg"));
    }

    [Fact]
    public void Output_is_byte_identical_between_runs_and_working_folders()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        Assert.Equal(0, Programs.Clrgraph(["export", "--taxonomy", Repo.Taxonomy, "--out", one.Path]).ExitCode);
        // The other run works in a folder where the taxonomy's path is shown the other way: relative, or in full.
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Repo.Taxonomy);
        var elsewhere = relative.StartsWith("..", StringComparison.Ordinal) ? Repo.Root : Path.GetTempPath();
        Assert.Equal(
            0,
            Programs
                .Clrgraph(["export", "--taxonomy", Repo.Taxonomy, "--out", two.Path], workingDirectory: elsewhere)
                .ExitCode
        );
        foreach (var file in Directory.GetFiles(one.Path, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(one.Path, file);
            Assert.True(
                File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(two.Path, name))),
                name + " differs"
            );
        }
    }

    [Fact]
    public void Export_of_an_unchanged_input_leaves_every_file_alone()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Programs.Clrgraph(["export", "--taxonomy", Repo.Taxonomy, "--out", temp.Path]).ExitCode);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var written = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories);
        foreach (var file in written)
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var again = Programs.Clrgraph([
            "export",
            "--taxonomy",
            Repo.Taxonomy,
            "--out",
            temp.Path,
            "--format",
            "csv,dot",
        ]);

        Assert.True(again.ExitCode == 0, again.All);
        // csv: 4 files; dot: the whole graph, the overview and one diagram per top-level subsystem (7).
        Assert.Contains("wrote 0 files to " + temp.Path + ", 13 unchanged:", again.Out, StringComparison.Ordinal);
        Assert.All(written, file => Assert.Equal(old, File.GetLastWriteTimeUtc(file)));
    }

    [Fact]
    public void Export_of_a_list_without_posts_says_node_in_the_singular()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("empty.md"), "# Empty\n\nNothing yet.\n");
        File.WriteAllText(temp.File("taxonomy.yaml"), "reading-lists:\n  - empty.md\n");

        var run = Programs.Clrgraph(["export", "--taxonomy", temp.File("taxonomy.yaml"), "--format", "csv"]);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.EndsWith(": 1 node, 0 edges", run.Out.TrimEnd(), StringComparison.Ordinal); // the list's own node
    }

    [Theory]
    [InlineData("reading-lists:\n  - empty.md\n")]
    [InlineData("reading-lists: []\nsubsystems: []\nposts: []\n")]
    public void Export_of_every_format_without_posts_writes_every_file(string taxonomy)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("empty.md"), "# Empty\n\nNothing yet.\n");
        File.WriteAllText(temp.File("taxonomy.yaml"), taxonomy);

        var run = Programs.Clrgraph(["export", "--taxonomy", temp.File("taxonomy.yaml")]);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.True(File.Exists(temp.File("output/explorer.html")), run.All);
        Assert.True(File.Exists(temp.File("output/clrgraph.dot")), run.All);
    }

    [Fact]
    public void Export_that_rewrites_one_file_says_file_in_the_singular()
    {
        using var temp = new TempFolder();
        string[] export = ["export", "--taxonomy", Repo.Taxonomy, "--out", temp.Path, "--format", "csv"];
        Assert.Equal(0, Programs.Clrgraph(export).ExitCode);
        File.WriteAllText(Path.Combine(temp.Path, "edges.csv"), "edited by hand\n");

        var again = Programs.Clrgraph(export);

        Assert.True(again.ExitCode == 0, again.All);
        Assert.Contains("wrote 1 file to " + temp.Path + ", 3 unchanged:", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Committed_output_is_what_export_makes_of_the_committed_taxonomy()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Programs.Clrgraph(["export", "--taxonomy", Repo.Taxonomy, "--out", temp.Path]).ExitCode);
        foreach (var file in Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(temp.Path, file).Replace('\\', '/');
            var committed = Path.Combine(Repo.Output, name);
            if (name == ".clrgraph-manifest" && File.Exists(committed))
            {
                // The committed one also names the pictures of --render svg.
                Assert.Empty(File.ReadAllLines(file).Except(File.ReadAllLines(committed)));
                continue;
            }

            Assert.True(
                File.Exists(committed) && File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(committed)),
                $"output/{name} is stale: run 'dotnet run --project src/ClrGraph.Cli -- export' and commit output/"
            );
        }
    }

    [Fact]
    public void Check_strict_is_clean_on_the_real_taxonomy()
    {
        var run = Programs.Clrgraph(["check", "--strict", "--taxonomy", Repo.Taxonomy]);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("0 errors, 0 warnings", run.Out, StringComparison.Ordinal);
        Assert.Contains("0 unmapped", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_finds_the_taxonomy_from_a_subfolder()
    {
        var run = Programs.Clrgraph(["check"], workingDirectory: Path.Combine(Repo.Root, "src"));
        Assert.True(run.ExitCode == 0, run.All);
    }

    [Fact]
    public void Long_export_shows_progress_on_a_terminal_and_nothing_when_redirected()
    {
        var script = Programs.Require("script", "bsdutils"); // runs a command on a pseudo-terminal
        using var temp = new TempFolder();
        var taxonomy = Repo.Fixture("small");
        var dll = Path.Combine(AppContext.BaseDirectory, "clrgraph.dll");
        // Any run is long enough with the threshold at 0 ms.
        var command = $"dotnet '{dll}' export --taxonomy '{taxonomy}' --out '{temp.File("tty")}'";
        command = "CLRGRAPH_PROGRESS_AFTER_MS=0 " + command;
        var onTerminal = Programs.Run(script, ["-qec", command, "/dev/null"]);
        Assert.True(onTerminal.ExitCode == 0, onTerminal.All);
        Assert.Contains("clrgraph: writing", onTerminal.Out, StringComparison.Ordinal);

        var redirected = Programs.Clrgraph(
            ["export", "--taxonomy", taxonomy, "--out", temp.File("redirected")],
            environment: new Dictionary<string, string?> { ["CLRGRAPH_PROGRESS_AFTER_MS"] = "0" }
        );
        Assert.Equal(0, redirected.ExitCode);
        Assert.DoesNotContain("clrgraph: writing", redirected.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[K", redirected.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timings_prints_one_line_per_phase_on_stderr()
    {
        using var temp = new TempFolder();
        var run = Programs.Clrgraph(["export", "--taxonomy", Repo.Fixture("small"), "--out", temp.Path, "--timings"]);
        Assert.Equal(0, run.ExitCode);
        var phases = run
            .Error.Split('\n')
            .Where(l => l.StartsWith("timing ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1])
            .ToList();
        Assert.Equal(
            [
                "build",
                "metrics",
                "read-lists",
                "read-taxonomy",
                "total",
                "validate",
                "write-csv",
                "write-diagrams",
                "write-dot",
                "write-gexf",
                "write-graphml",
                "write-guide",
                "write-html",
            ],
            phases.Order(StringComparer.Ordinal)
        );
        Assert.Equal("total", phases[^1]);
        Assert.DoesNotContain("timing", run.Out, StringComparison.Ordinal);
        var seconds = run
            .Error.Split('\n')
            .Where(l => l.StartsWith("timing ", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(seconds[^1], seconds.Max()); // every phase, the parallel writers too, within the total
    }

    [Theory]
    [InlineData("exprot", "clrgraph: unknown command 'exprot' (did you mean 'export'?); the commands are export")]
    [InlineData("frobnicate", "clrgraph: unknown command 'frobnicate'; the commands are export")]
    public void Unknown_command_is_named_first(string command, string message)
    {
        var run = Programs.Clrgraph([command]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_lists_the_commands()
    {
        var run = Programs.Clrgraph([]);
        Assert.Equal(2, run.ExitCode);
        var expected = "clrgraph: no command given; the commands are export";
        Assert.StartsWith(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_help_shows_its_code_as_optional()
    {
        // The usage line names the executable: clrgraph's, not the test host's.
        var run = Programs.Clrgraph(["explain", "--help"], separateProcess: true);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("clrgraph explain [<CGnnnn>]", run.Out, StringComparison.Ordinal);
        Assert.Contains("Optional", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_describes_a_code()
    {
        var run = Programs.Clrgraph(["explain", "CG0003"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("unknown subsystem", run.Out, StringComparison.Ordinal);
        Assert.Equal(2, Programs.Clrgraph(["explain", "CG9999"]).ExitCode);
    }

    [Fact]
    public void Suggest_prints_a_yaml_item_for_each_unmapped_post()
    {
        var run = Programs.Clrgraph(["suggest", "--taxonomy", Repo.Fixture("small")]);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains(
            "  - url: https://example.org/lists/no-gc/\n    subsystems: [gc]\n",
            run.Out,
            StringComparison.Ordinal
        );
        Assert.Contains("1 unmapped post", run.Error, StringComparison.Ordinal);
    }
}
