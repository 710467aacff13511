using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.EndToEnd;

/// <summary>A Graphviz that fails or hangs is named as the cause, with what it said, and changes nothing.</summary>
public class RendererFailureTests
{
    // A folder holding a fake 'dot' script, to put first on PATH.
    private static string FakeDot(TempFolder temp, string script)
    {
        var folder = Directory.CreateDirectory(temp.File("fake-bin")).FullName;
        var dot = Path.Combine(folder, "dot");
        File.WriteAllText(dot, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dot, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }

    private static ProgramResult Export(string fakeBin, string output, params string[] more) =>
        Programs.Clrgraph(
            ["export", "--taxonomy", Repo.Fixture("small"), "--out", output, "--render", "svg", .. more],
            environment: new Dictionary<string, string?>
            {
                ["PATH"] = fakeBin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            }
        );

    private static string OldOutput(TempFolder temp)
    {
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "nodes.csv"), "old nodes");
        return output;
    }

    [Fact]
    public void A_failing_dot_is_reported_with_what_it_printed()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "the fake dot is a shell script");
        using var temp = new TempFolder();
        var fake = FakeDot(temp, "echo 'Error: <stdin>: syntax error in line 3 near ->' >&2\nexit 1");
        var output = OldOutput(temp);

        var run = Export(fake, output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error CG0045: dot -Tsvg failed (exit 1)", run.Error, StringComparison.Ordinal);
        Assert.Contains("syntax error in line 3 near ->", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken pipe", run.Error, StringComparison.Ordinal);
        Assert.Equal(["nodes.csv"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal("old nodes", File.ReadAllText(Path.Combine(output, "nodes.csv")));
    }

    [Fact]
    public void A_hanging_dot_is_stopped_at_the_timeout_and_reported()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "the fake dot is a shell script");
        using var temp = new TempFolder();
        var fake = FakeDot(temp, "exec sleep 600");
        var output = OldOutput(temp);

        // Programs.Run fails the test if the export takes over its 120 s, far beyond the 1 s timeout.
        var run = Export(fake, output, "--render-timeout", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error CG0046: dot -Tsvg did not finish within 1 s", run.Error, StringComparison.Ordinal);
        Assert.Equal(["nodes.csv"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void A_timeout_with_sfdp_asked_for_does_not_say_to_ask_for_sfdp()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "the fake dot is a shell script");
        using var temp = new TempFolder();
        var fake = FakeDot(temp, "exec sleep 600");

        var run = Export(fake, temp.File("out"), "--render-timeout", "1", "--layout", "sfdp");

        Assert.Contains("error CG0046: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("(raise --render-timeout)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("--layout Sfdp", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_the_run_stops_a_running_dot()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "the fake dot is a shell script");
        using var temp = new TempFolder();
        var pidFile = temp.File("dot.pid");
        var fake = FakeDot(temp, $"echo $$ > '{pidFile}'\nexec sleep 600");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        // Without the token, this would wait for the 60 s timeout and end in CG0046 instead.
        Assert.ThrowsAny<OperationCanceledException>(() =>
            ClrGraph.Export.GraphvizRenderer.Render(
                Path.Combine(fake, "dot"),
                "digraph { a }"u8.ToArray(),
                "svg",
                TimeSpan.FromSeconds(60),
                layered: true,
                Stream.Null,
                cancel.Token
            )
        );
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.ThrowsAny<ArgumentException>(() => System.Diagnostics.Process.GetProcessById(pid));
    }

    [Fact]
    public void Render_timeout_must_be_a_positive_number_of_seconds()
    {
        using var temp = new TempFolder();
        var run = Programs.Clrgraph(
            ["export", "--taxonomy", Repo.Fixture("small"), "--out", temp.Path, "--render-timeout", "0"]
        );
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--render-timeout must be 1 to 86400 seconds", run.Error, StringComparison.Ordinal);
    }
}
