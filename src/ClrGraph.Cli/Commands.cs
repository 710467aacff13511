using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using ClrGraph.Building;
using ClrGraph.Diagnostics;
using ClrGraph.Export;
using ClrGraph.Metrics;
using ClrGraph.Pipeline;

namespace ClrGraph.Cli;

/// <summary>The arguments of <c>clrgraph export</c>.</summary>
internal sealed record ExportArguments(
    string? Taxonomy,
    IReadOnlyList<string> Lists,
    bool Strict,
    string? Output,
    ExportOptions Options,
    bool Timings
);

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
            Console.Error.WriteLine(
                word is null
                    ? "clrgraph: no command given; the commands are " + string.Join(", ", names)
                    : $"clrgraph: unknown command '{word}'{hint}; the commands are " + string.Join(", ", names)
            );
            Console.Error.WriteLine("Try 'clrgraph --help', or 'clrgraph COMMAND --help'.");
            return UsageError;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine("clrgraph: " + error.Message);
            }

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

    public static int Export(ExportArguments arguments)
    {
        // Ctrl-C (SIGINT) and SIGTERM cancel the run instead of killing it, so the temporary files are removed and the
        // output folder stays as it was, whichever phase the signal arrives in.
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM,
            c =>
            {
                c.Cancel = true;
                cancel.Cancel();
            }
        );
        try
        {
            return Export(arguments, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static int Export(ExportArguments arguments, CancellationToken cancel)
    {
        using var progress = new Progress();
        var phases = new Phases { Started = progress.Phase };
        var request = new LoadRequest(arguments.Taxonomy, arguments.Lists, arguments.Strict);
        var result = GraphPipeline.Load(request, phases, cancel);
        Report(result.Diagnostics);
        if (result.HasErrors || result.Graph is null || result.Metrics is null)
        {
            Console.Error.WriteLine("clrgraph: nothing written: fix the errors above");
            return InputError;
        }

        var folder = arguments.Output ?? GraphPipeline.DefaultOutputFolder(result.TaxonomyPath!);
        progress.Phase("writing");
        var written = GraphPipeline.Export(result.Graph, result.Metrics, folder, arguments.Options, phases, cancel);
        phases.Finish();
        progress.Dispose(); // the progress line goes before the summary is printed
        Report(written.Diagnostics);
        if (written.HasErrors)
        {
            Console.Error.WriteLine("clrgraph: nothing written: the output folder is as it was");
            return InputError;
        }

        var kept = written.Unchanged > 0 ? $", {written.Unchanged} unchanged" : "";
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {written.Files - written.Unchanged} files to "
                    + $"{(arguments.Output is null ? folder : DisplayPathOf(folder))}{kept}: "
                    + $"{result.Graph.VertexCount} nodes, {result.Graph.EdgeCount} edges"
            )
        );
        if (arguments.Timings)
        {
            foreach (var (name, elapsed) in phases.Done)
            {
                Console.Error.WriteLine(
                    string.Create(CultureInfo.InvariantCulture, $"timing {name} {elapsed.TotalSeconds:0.000}")
                );
            }
        }

        return Success;
    }

    public static int Check(string? taxonomy, IReadOnlyList<string> lists, bool strict)
    {
        var result = GraphPipeline.Load(new LoadRequest(taxonomy, lists, strict));
        Report(result.Diagnostics);
        if (result.Graph is { } graph && result.Metrics is { } metrics)
        {
            PrintCoverage(graph, metrics);
        }

        foreach (var ignored in result.Ignored)
        {
            Console.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"ignored: {ignored.Links} link(s) of {ignored.ListFile}")
            );
        }

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors} error(s), {warnings} warning(s)"));
        return errors > 0 ? InputError : Success;
    }

    public static int Suggest(string? taxonomy, IReadOnlyList<string> lists)
    {
        var result = GraphPipeline.Suggest(new LoadRequest(taxonomy, lists, Strict: false));
        Report(result.Diagnostics);
        if (result.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return InputError;
        }

        if (result.Unmapped == 0)
        {
            Console.Error.WriteLine("clrgraph: every post is mapped; there is nothing to suggest");
            return Success;
        }

        Console.Out.Write(result.Yaml);
        Console.Error.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"clrgraph: {result.Unmapped} unmapped post(s); paste the items above under 'posts:', review each "
                    + $"and delete its 'suggested: true' line"
            )
        );
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

        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {DisplayPathOf(taxonomy)}: {result.Posts} post(s) marked 'suggested: true', "
                    + $"{result.Ignored} ignore pattern(s); review them, then run 'clrgraph check --taxonomy "
                    + $"{DisplayPathOf(taxonomy)}'"
            )
        );
        return Success;
    }

    public static int Generate(string folder, int posts, int subsystems)
    {
        if (posts < 1 || posts > MaxPosts || subsystems < 6 || subsystems > MaxPosts)
        {
            Console.Error.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"clrgraph: --posts must be 1 to {MaxPosts:N0} and --subsystems 6 to {MaxPosts:N0}"
                )
            );
            return UsageError;
        }

        try
        {
            var taxonomy = ClrGraph.Synthetic.SyntheticCorpus.Write(folder, posts, subsystems);
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"wrote {DisplayPathOf(taxonomy)}: {posts} posts, {subsystems} subsystems"
                )
            );
            return Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{DisplayPathOf(folder)}: error {DiagnosticCodes.OutputUnwritable}: {e.Message}");
            return InputError;
        }
    }

    public static int Explain(string? code)
    {
        if (code is null)
        {
            foreach (var info in DiagnosticCodes.All)
            {
                Console.WriteLine($"{info.Code}  {info.Title}");
            }

            return Success;
        }

        if (DiagnosticCodes.Find(code) is not { } found)
        {
            Console.Error.WriteLine($"clrgraph: unknown diagnostic code '{code}'; 'clrgraph explain' lists them");
            return UsageError;
        }

        Console.WriteLine($"{found.Code}: {found.Title}");
        Console.WriteLine();
        Console.WriteLine(found.Meaning);
        Console.WriteLine();
        Console.WriteLine("Fix: " + found.Fix);
        return Success;
    }

    private static void PrintCoverage(KnowledgeGraph graph, GraphMetrics metrics)
    {
        var subsystems = graph.SubsystemTree();
        var width = Math.Max(9, subsystems.Select(s => s.SubsystemId.Length + (2 * s.Depth)).DefaultIfEmpty(0).Max());
        Console.WriteLine("subsystem".PadRight(width) + "  direct  with children  primary");
        foreach (var subsystem in subsystems)
        {
            var m = metrics[subsystem];
            var name = new string(' ', 2 * subsystem.Depth) + subsystem.SubsystemId;
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name.PadRight(width)}  {m.DirectPosts,6}  {m.TotalPosts,13}  {m.PrimaryPosts,7}"
                )
            );
        }

        var posts = graph.Posts().ToList();
        var unmapped = posts.Where(p => p.Subsystems.IsEmpty).ToList();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{posts.Count} posts, {subsystems.Count} subsystems, {graph.ReadingLists().Count()} reading lists; "
                    + $"{unmapped.Count} unmapped"
            )
        );
    }

    private static void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }
    }

    private static string DisplayPathOf(string folder) => ClrGraph.Reading.DisplayPath.Of(folder);
}
