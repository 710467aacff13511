using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
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

    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // At the root, System.CommandLine would first say "Required command was not provided.", naming no command.
            var atRoot = parsed.CommandResult.Command == root;
            var lines = atRoot
                ? [UsageErrors.UnknownCommand(args, [.. root.Subcommands.Select(c => c.Name)])]
                : UsageErrors.Describe(
                    parsed.Errors.Select(e => Error(e, parsed)),
                    parsed.CommandResult.Command.Name,
                    Options(parsed),
                    [.. parsed.Tokens.Select(t => t.Value)],
                    parsed.UnmatchedTokens
                );
            lines.ToList().ForEach(m => Console.Error.WriteLine("clrgraph: " + m));
            Console.Error.WriteLine("Try 'clrgraph --help'" + (atRoot ? ", or 'clrgraph COMMAND --help'." : "."));
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
        using var progress = new ProgressLine(Console.IsErrorRedirected ? null : Console.Error);
        var phases = new Phases { Started = progress.Show };
        var result = GraphPipeline.Load(request, phases, cancel.Token);
        Report(result.Diagnostics);
        if (result is not LoadedGraph loaded)
        {
            Console.Error.WriteLine("clrgraph: nothing written: fix the errors above");
            return InputError;
        }

        progress.Show(Phase.Writing);
        var written = GraphPipeline.Export(loaded, output, options, phases, cancel.Token);
        phases.Finish();
        progress.Dispose(); // the progress line goes before the summary is printed
        Report(written.Diagnostics);
        if (written.HasErrors)
        {
            Console.Error.WriteLine("clrgraph: nothing written: the output folder is as it was");
            return InputError;
        }

        Console.WriteLine(written.Summary);
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
        if (result.HasErrors)
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
        Console.Write(result.HasErrors ? "" : result.Summary + "\n");
        return result.HasErrors ? InputError : Success;
    }

    public static int Generate(string folder, int posts, int subsystems)
    {
        if (GraphPipeline.GenerateSizeProblem(posts, subsystems) is { } problem)
        {
            Console.Error.WriteLine("clrgraph: " + problem);
            return UsageError;
        }

        var (taxonomy, error) = GraphPipeline.Generate(folder, posts, subsystems);
        Report(error is null ? [] : [error]);
        Console.Write(error is null ? $"wrote {taxonomy}: {posts} posts, {subsystems} subsystems\n" : "");
        return error is null ? Success : InputError;
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
        option.Validators.Add(r => RejectPaths(r, name));
        return option;
    }

    /// <summary>Reports each of <paramref name="result"/>'s tokens that no file can have as its path.</summary>
    public static void RejectPaths(SymbolResult result, string name) =>
        result.Tokens.Select(t => Reading.InputPath.Problem(t.Value, name)).OfType<string>().ToList()
            .ForEach(result.AddError);

    /// <summary>An option taking a comma-separated (or repeated) list of <typeparamref name="T"/>'s names.</summary>
    public static Option<T[]> ListOption<T>(string name, string description, string what)
        where T : struct, Enum => new(name)
        {
            Description = description + ", comma-separated: " + string.Join(",", FormatNames.All<T>()) + ".",
            HelpName = "LIST",
            CustomParser = r =>
            {
                var (values, errors) = UsageErrors.ParseList<T>(r.Tokens.Select(t => t.Value), what);
                errors.ForEach(r.AddError);
                return values;
            },
        };

    // A parse error with what our words need: the token it is about, or the option whose value it refuses.
    private static UsageError Error(ParseError error, ParseResult parsed)
    {
        var unmatched = parsed.UnmatchedTokens.FirstOrDefault(t =>
            error.Message.Contains($"'{t}'", StringComparison.Ordinal) && error.SymbolResult is null or CommandResult
        );
        // An option's allowed values are its completions (an enum's names, or AcceptOnlyFromAmong's list).
        return error.SymbolResult is OptionResult { Tokens: [{ Value: var value }, ..] } option
            ? new(error.Message, null, option.Option.Name, value, [.. Allowed(option.Option)])
            : new(error.Message, unmatched);
    }

    private static IEnumerable<string> Allowed(Option option) =>
        option.GetCompletions(CompletionContext.Empty).Select(c => c.Label);

    // The options of the parsed command and the root's recursive ones, by every name.
    private static List<string> Options(ParseResult parsed) =>
        [
            .. parsed
                .CommandResult.Command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive))
                .SelectMany(o => o.Aliases.Prepend(o.Name))
                .Distinct(StringComparer.Ordinal),
        ];

    private static void Report(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.ToList().ForEach(d => Console.Error.WriteLine(d.ToString()));
}
