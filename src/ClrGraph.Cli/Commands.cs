using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Runtime.InteropServices;
using ClrGraph.Diagnostics;
using ClrGraph.Export;
using ClrGraph.Pipeline;

namespace ClrGraph.Cli;

/// <summary>The commands, and the one place where outcomes become exit codes: 0 success, 1 bad input or output, 2
/// usage, 3 a bug, 130 cancelled.</summary>
internal static class Commands
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
    public const int Cancelled = 130; // the shell's code for a run ended by Ctrl-C

    private const int MaxPosts = 1_000_000; // what 'generate' writes at most: about 200 MB of input

    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.CommandResult.Command == root)
        {
            // System.CommandLine would first say "Required command was not provided.", which names no command.
            var names = root.Subcommands.Select(c => c.Name).ToList();
            var word = args.FirstOrDefault(a => !a.StartsWith('-'));
            var hint = word is not null && Suggestions.DidYouMean(word, names) is { } meant ? $" ({meant})" : "";
            var commands = "; the commands are " + string.Join(", ", names);
            var what = word is null ? "no command given" : $"unknown command '{word}'{hint}";
            Console.Error.WriteLine("clrgraph: " + what + commands);
            Console.Error.WriteLine("Try 'clrgraph --help', or 'clrgraph COMMAND --help'.");
            return UsageError;
        }

        if (parsed.Errors.Count > 0)
        {
            ParseErrors.Describe(parsed).ToList().ForEach(m => Console.Error.WriteLine("clrgraph: " + m));
            Console.Error.WriteLine("Try 'clrgraph --help'.");
            return UsageError;
        }

        try
        {
            // Our own handler below reports a bug in one line; System.CommandLine's would print a stack trace.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("clrgraph: cancelled; the output folder is as it was");
            return Cancelled;
        }
#pragma warning disable CA1031 // the last line of defence: a bug is reported in one line, never as a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"clrgraph: internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine(
                "This is a bug in ClrGraph; the output folder is as it was. Set CLRGRAPH_DEBUG=1 for details."
            );
            if (Environment.GetEnvironmentVariable("CLRGRAPH_DEBUG") == "1")
            {
                Console.Error.WriteLine(e);
            }

            return InternalError;
        }
    }

    public static int Export(LoadRequest request, string? output, ExportOptions options, bool timings)
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
        using var progress = new Progress();
        var phases = new Phases { Started = progress.Phase };
        var result = GraphPipeline.Load(request, phases, cancel.Token);
        Report(result.Diagnostics);
        if (result is not LoadedGraph loaded)
        {
            Console.Error.WriteLine("clrgraph: nothing written: fix the errors above");
            return InputError;
        }

        var folder = GraphPipeline.OutputFolderFor(output, result);
        progress.Phase(Phase.Writing);
        var written = GraphPipeline.Export(loaded.Graph, loaded.Metrics, folder, options, phases, cancel.Token);
        phases.Finish();
        progress.Dispose(); // the progress line goes before the summary is printed
        Report(written.Diagnostics);
        if (written.HasErrors)
        {
            Console.Error.WriteLine("clrgraph: nothing written: the output folder is as it was");
            return InputError;
        }

        var kept = written.Unchanged > 0 ? $", {written.Unchanged} unchanged" : "";
        var shown = output is null ? folder : written.Folder; // a folder the user did not name is shown in full
        Console.WriteLine(
            Invariant($"wrote {written.Files - written.Unchanged} files to {shown}{kept}: ")
                + Invariant($"{loaded.Graph.VertexCount} nodes, {loaded.Graph.EdgeCount} edges")
        );
        Console.Error.Write(timings ? phases.Report() : "");

        return Success;
    }

    public static int Check(LoadRequest request)
    {
        var result = GraphPipeline.Load(request);
        Report(result.Diagnostics);
        Console.Write(string.Concat(CoverageReport.Lines(result).Select(line => line + "\n")));

        return result is LoadedGraph ? Success : InputError;
    }

    public static int Suggest(LoadRequest request)
    {
        var result = GraphPipeline.Suggest(request);
        Report(result.Diagnostics);
        if (result.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return InputError;
        }

        Console.Out.Write(result.Yaml);
        Console.Error.WriteLine("clrgraph: " + result.Summary);
        return Success;
    }

    public static int Init(IReadOnlyList<string> lists, string taxonomy)
    {
        var result = GraphPipeline.Init(new InitRequest(lists, taxonomy));
        Report(result.Diagnostics);
        if (result.HasErrors)
        {
            return InputError;
        }

        Console.WriteLine(result.Summary);
        return Success;
    }

    public static int Generate(string folder, int posts, int subsystems)
    {
        if (posts < 1 || posts > MaxPosts || subsystems < 6 || subsystems > MaxPosts)
        {
            Console.Error.WriteLine(
                Invariant($"clrgraph: --posts must be 1 to {MaxPosts:N0} and --subsystems 6 to {MaxPosts:N0}")
            );
            return UsageError;
        }

        var (taxonomy, error) = GraphPipeline.Generate(folder, posts, subsystems);
        if (error is not null)
        {
            Report([error]);
            return InputError;
        }

        Console.WriteLine(Invariant($"wrote {taxonomy}: {posts} posts, {subsystems} subsystems"));
        return Success;
    }

    public static int Explain(string? code)
    {
        if (DiagnosticCodes.Explain(code) is not { } text)
        {
            Console.Error.WriteLine($"clrgraph: unknown diagnostic code '{code}'; 'clrgraph explain' lists them");
            return UsageError;
        }

        Console.Write(text);
        return Success;
    }

    /// <summary>An option with its description, the name of its value in the help, and its default.</summary>
    public static Option<T> Option<T>(string name, string about, string? helpName = null, Func<T>? byDefault = null)
    {
        var option = new Option<T>(name) { Description = about, HelpName = helpName };
        option.DefaultValueFactory = byDefault is null ? null : _ => byDefault();
        return option;
    }

    /// <summary>An option naming files or folders: a path no file can have (empty, or with a NUL) is a usage
    /// error.</summary>
    public static Option<T> PathOption<T>(string name, string description, string helpName, Func<T>? byDefault = null)
    {
        var option = Option(name, description, helpName, byDefault);
        option.Validators.Add(r =>
            r.Tokens.Select(t => Reading.InputPath.Problem(t.Value, name)).OfType<string>().ToList().ForEach(r.AddError)
        );
        return option;
    }

    /// <summary>An option taking a comma-separated (or repeated) list of <typeparamref name="T"/>'s names.</summary>
    public static Option<T[]> ListOption<T>(string name, string description, string what)
        where T : struct, Enum
    {
        var names = FormatNames.All<T>().ToList();
        return new Option<T[]>(name)
        {
            Description = description + ", comma-separated: " + string.Join(",", names) + ".",
            HelpName = "LIST",
            CustomParser = r =>
            {
                var split = StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries;
                var values = r
                    .Tokens.SelectMany(t => t.Value.Split(',', split))
                    .ToLookup(v => names.Contains(v.ToLowerInvariant()));
                var choices = string.Join(", ", names);
                values[false].ToList().ForEach(v => r.AddError($"unknown {what} '{v}'{Meant(v, names)}; choose from " + choices));
                return [.. values[true].Select(v => Enum.Parse<T>(v, ignoreCase: true))];
            },
        };
    }

    private static string Meant(string value, IReadOnlyList<string> names) =>
        Suggestions.DidYouMean(value, names) is { } meant ? $" ({meant})" : "";

    private static void Report(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.ToList().ForEach(d => Console.Error.WriteLine(d.ToString()));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
