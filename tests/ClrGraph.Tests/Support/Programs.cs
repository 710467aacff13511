using System.Diagnostics;
using System.Text;

namespace ClrGraph.Tests.Support;

/// <summary>The outcome of running a program.</summary>
internal sealed record ProgramResult(int ExitCode, string Out, string Error)
{
    public string All => Out + Error;
}

/// <summary>
/// Runs real programs: the consumers (Graphviz, xmllint, Debian's python3 with networkx and igraph) and our own CLI.
/// A missing consumer skips the test with the reason locally, and fails it when CI=true.
/// </summary>
internal static class Programs
{
    public const string DebianPython = "/usr/bin/python3";

    public static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The path of a consumer program, or a skip (fail in CI) naming what to install.</summary>
    public static string Require(string program, string package)
    {
        var path = program.StartsWith('/') ? (File.Exists(program) ? program : null) : Find(program);
        if (path is not null)
        {
            return path;
        }

        var reason = $"{program} is not installed (apt-get install {package})";
        if (InCi)
        {
            Assert.Fail(reason + ": consumer tests must run in CI");
        }

        Assert.Skip(reason);
        return "";
    }

    /// <summary>Skips (fails in CI) a run of Debian's python3 that could not import a module, naming the package to
    /// install: asking beforehand cost a start of python and an import of igraph, about a second.</summary>
    public static void SkipIfLacking(ProgramResult run, string module)
    {
        if (run.ExitCode == 0 || !run.Error.Contains($"No module named '{module}'", StringComparison.Ordinal))
        {
            return;
        }

        var reason = $"{DebianPython} lacks {module} (apt-get install python3-{module})";
        if (InCi)
        {
            Assert.Fail(reason + ": consumer tests must run in CI");
        }

        Assert.Skip(reason);
    }

    public static string? Find(string program)
    {
        foreach (
            var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(
                Path.PathSeparator,
                StringSplitOptions.RemoveEmptyEntries
            )
        )
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static ProgramResult Run(
        string program,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IDictionary<string, string?>? environment = null,
        byte[]? input = null,
        int timeoutSeconds = 120
    )
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} took more than {timeoutSeconds} s");
        }

        return new ProgramResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// Runs our own clrgraph: in this process through the command line's own entry (<c>Commands.Run</c>, which
    /// <c>Program</c> calls with the console), or, given a working folder or environment variables (both are the
    /// process's own), or when the test is about processes (<paramref name="separateProcess"/>), as a separate
    /// process of the executable built beside the tests.
    /// </summary>
    public static ProgramResult Clrgraph(
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IDictionary<string, string?>? environment = null,
        bool separateProcess = false,
        int timeoutSeconds = 120
    )
    {
        if (workingDirectory is null && environment is null && !separateProcess)
        {
            using StringWriter output = new(), error = new();
            var run = Task.Run(() => new Cli.Commands(output, error, stderrIsTerminal: false).Run([.. arguments]));
            Assert.True(
                run.Wait(TimeSpan.FromSeconds(timeoutSeconds)),
                $"clrgraph {string.Join(' ', arguments)} took more than {timeoutSeconds} s"
            );
            return new ProgramResult(run.Result, output.ToString(), error.ToString());
        }

        var dll = Path.Combine(AppContext.BaseDirectory, "clrgraph.dll");
        return Run("dotnet", [dll, .. arguments], workingDirectory, environment, timeoutSeconds: timeoutSeconds);
    }
}
