using System.CommandLine;
using System.Runtime.InteropServices;
using ClrGraph.Diagnostics;
using ClrGraph.Export;
using ClrGraph.Pipeline;

namespace ClrGraph.Cli;

/// <summary>The commands, printing to <paramref name="stdout"/> and <paramref name="stderr"/> (a progress line too
/// when that is a terminal), and the one place where outcomes become exit codes: 0 success, 1 bad input or output, 2
/// usage, 3 a bug, 130 cancelled.</summary>
internal sealed class Commands(TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
    public const int Cancelled = 130; // the shell's code for a run ended by Ctrl-C

    public int Run(string[] args)
    {
        var root = CommandLine.Root(this);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // At the root, System.CommandLine would first say "Required command was not provided.", naming no command.
            var atRoot = parsed.CommandResult.Command == root;
            var lines = atRoot
                ? [UsageErrors.UnknownCommand(args, [.. root.Subcommands.Select(c => c.Name)])]
                : UsageErrors.Describe(
                    parsed.Errors.Select(e => CommandLine.Error(e, parsed)),
                    parsed.CommandResult.Command.Name,
                    CommandLine.Options(parsed),
                    [.. parsed.Tokens.Select(t => t.Value)],
                    parsed.UnmatchedTokens
                );
            lines.ToList().ForEach(m => stderr.WriteLine("clrgraph: " + m));
            stderr.WriteLine(UsageErrors.TryHelp(atRoot ? null : parsed.CommandResult.Command.Name));
            return UsageError;
        }

        try
        {
            // Our own handler below reports a bug in one line; System.CommandLine's would print a stack trace.
            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
            (invocation.Output, invocation.Error) = (stdout, stderr);
            return parsed.Invoke(invocation);
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("clrgraph: cancelled; the output folder is as it was");
            return Cancelled;
        }
#pragma warning disable CA1031 // the last line of defence: a bug is reported in one line, never as a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"clrgraph: internal error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine(
                "This is a bug in ClrGraph; the output folder is as it was. Set CLRGRAPH_DEBUG=1 for details."
            );
            if (Environment.GetEnvironmentVariable("CLRGRAPH_DEBUG") == "1")
            {
                stderr.WriteLine(e);
            }

            return InternalError;
        }
    }

    public int Export(LoadRequest request, string? output, ExportOptions options, bool timings)
    {
        // Ctrl-C (SIGINT) and SIGTERM cancel the run instead of killing it, so the temporary files are removed and the
        // output folder stays as it was, whichever phase the signal arrives in.
        using var cancel = new CancellationTokenSource();
        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            cancel.Cancel();
        }

        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        if (GraphPipeline.ExportProblems(output, options) is [_, ..] refused)
        {
            Report(refused);
            stderr.WriteLine("clrgraph: nothing written: the output folder is as it was");
            return InputError;
        }

        using var progress = new ProgressLine(stderrIsTerminal ? stderr : null);
        var phases = new Phases { Started = progress.Show };
        var result = GraphPipeline.Load(request, phases, cancel.Token);
        Report(result.Diagnostics);
        if (result is not LoadedGraph loaded)
        {
            stderr.WriteLine("clrgraph: nothing written: fix the errors above");
            return InputError;
        }

        progress.Show(Phase.Writing);
        var written = GraphPipeline.Export(loaded, output, options, phases, cancel.Token);
        phases.Finish();
        progress.Dispose(); // the progress line goes before the summary is printed
        Report(written.Diagnostics);
        if (written.HasErrors)
        {
            stderr.WriteLine("clrgraph: nothing written: the output folder is as it was");
            return InputError;
        }

        stdout.WriteLine(written.Summary);
        stderr.Write(timings ? phases.Report() : "");
        return Success;
    }

    public int Check(LoadRequest request)
    {
        var result = GraphPipeline.Load(request);
        Report(result.Diagnostics);
        stdout.Write(string.Concat(CoverageReport.Lines(result).Select(line => line + "\n")));
        return result is LoadedGraph ? Success : InputError;
    }

    public int Suggest(LoadRequest request)
    {
        var result = GraphPipeline.Suggest(request);
        Report(result.Diagnostics);
        if (result.HasErrors)
        {
            return InputError;
        }

        stdout.Write(result.Yaml);
        stderr.WriteLine("clrgraph: " + result.Summary);
        return Success;
    }

    public int Init(IReadOnlyList<string> lists, string taxonomy)
    {
        var result = GraphPipeline.Init(new InitRequest(lists, taxonomy));
        Report(result.Diagnostics);
        stdout.Write(result.HasErrors ? "" : result.Summary + "\n");
        return result.HasErrors ? InputError : Success;
    }

    public int Generate(string folder, int posts, int subsystems)
    {
        if (GraphPipeline.GenerateSizeProblem(posts, subsystems) is { } problem)
        {
            stderr.WriteLine("clrgraph: " + problem);
            return UsageError;
        }

        var (taxonomy, error) = GraphPipeline.Generate(folder, posts, subsystems);
        Report(error is null ? [] : [error]);
        stdout.Write(error is null ? $"wrote {taxonomy}: {posts} posts, {subsystems} subsystems\n" : "");
        return error is null ? Success : InputError;
    }

    public int Explain(string? code)
    {
        if (DiagnosticCodes.Explain(code) is not { } text)
        {
            stderr.WriteLine($"clrgraph: unknown diagnostic code '{code}'; 'clrgraph explain' lists them");
            return UsageError;
        }

        stdout.Write(text);
        return Success;
    }

    private void Report(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.ToList().ForEach(d => stderr.WriteLine(d.ToString()));
}
