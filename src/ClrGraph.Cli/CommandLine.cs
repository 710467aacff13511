using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using ClrGraph.Export;
using ClrGraph.Pipeline;

namespace ClrGraph.Cli;

/// <summary>The commands and options <c>clrgraph</c> understands, and the parse errors' words.</summary>
internal static class CommandLine
{
    /// <summary>The command tree, whose actions run on <paramref name="commands"/>.</summary>
    public static RootCommand Root(Commands commands)
    {
        var taxonomy = PathOption<string?>("--taxonomy",
            "The taxonomy file (default: taxonomy/taxonomy.yaml or taxonomy.yaml in this folder or the nearest one "
                + "above).", "FILE");
        var lists = PathOption<string[]>("--list", "A reading list to read besides the taxonomy's own; repeatable.",
            "FILE");
        var strict = Option<bool>("--strict",
            "Treat unmapped posts, subsystems without posts and title conflicts as errors.");
        var output = PathOption<string?>("--out", "The output folder (default: output/ beside the taxonomy file, or "
            + "beside its folder if that is named taxonomy/).", "DIR");
        var format = ListOption<ExportFormat>("--format", "Formats to write (default: all)", "format",
            UsageErrors.PictureAsFormat);
        var render = ListOption<RenderFormat>("--render",
            "Also render the DOT files (overview, whole graph, one per top-level subsystem) with Graphviz's dot",
            "render format");
        var layout = Option<DotLayout>("--layout",
            "The layout clrgraph.dot asks Graphviz for: Auto (dot, or sfdp for large graphs), Dot or Sfdp.");
        var gexfVersion = Option("--gexf-version", "GEXF version: 1.3 (Gephi) or 1.2draft (networkx 2.x).",
            byDefault: _ => FormatNames.Name(ExportOptions.Default.GexfVersion));
        gexfVersion.AcceptOnlyFromAmong([.. FormatNames.GexfVersions]);
        var excel = Option<bool>("--excel",
            "CSV for Excel on Windows: UTF-8 with a byte-order mark and CRLF line ends.");
        var renderTimeout = Option("--render-timeout", "Seconds Graphviz's dot may take for one picture before it is "
            + "stopped (default: 60).", "SECONDS", _ => (int)ExportOptions.Default.RenderTimeout.TotalSeconds);
        renderTimeout.Validators.Add(r =>
        {
            if (r.Tokens is [.., var last] && int.TryParse(last.Value, out var seconds) && seconds is < 1 or > 86_400)
            {
                r.AddError("--render-timeout must be 1 to 86400 seconds");
            }
        });
        var timings = Option<bool>("--timings", "Print the time of each phase on stderr: timing <phase> <seconds>.");

        var export = new Command(
            "export",
            "Read the taxonomy and reading lists and write the graph as DOT, GraphML, GEXF, CSV and a Markdown reading "
                + "guide (guide.md)."
        )
        {
            taxonomy, lists, strict, output, format, render, layout, gexfVersion, excel, renderTimeout, timings,
        };
        export.SetAction(r =>
            commands.Export(
                new(r.GetValue(taxonomy), r.GetValue(lists) ?? [], r.GetValue(strict)),
                r.GetValue(output),
                new ExportOptions(
                    r.GetValue(format) is { Length: > 0 } formats ? formats : ExportOptions.Default.Formats,
                    r.GetValue(render) ?? [],
                    r.GetValue(layout),
                    FormatNames.ParseGexf(r.GetValue(gexfVersion)!) ?? ExportOptions.Default.GexfVersion,
                    r.GetValue(excel)
                )
                { RenderTimeout = TimeSpan.FromSeconds(r.GetValue(renderTimeout)) },
                r.GetValue(timings)
            )
        );

        var check = new Command("check", "Validate the taxonomy and reading lists only; print the diagnostics and a "
            + "coverage summary.") { taxonomy, lists, strict };
        check.SetAction(r => commands.Check(new(r.GetValue(taxonomy), r.GetValue(lists) ?? [], r.GetValue(strict))));

        var suggest = new Command("suggest", "Print a YAML item with suggested subsystems for every unmapped post, to "
            + "paste under 'posts:'.") { taxonomy, lists };
        suggest.SetAction(r => commands.Suggest(new(r.GetValue(taxonomy), r.GetValue(lists) ?? [], Strict: false)));

        var initLists = new Argument<string[]>("LIST.md")
        {
            Description = "The Markdown reading lists to start from.",
            Arity = ArgumentArity.OneOrMore,
        };
        initLists.Validators.Add(r => RejectPaths(r, "LIST.md"));
        var initOut = PathOption("--out", "The taxonomy file to write (default: taxonomy.yaml here; in a folder, "
            + "its taxonomy.yaml); never overwritten.", "FILE", _ => "taxonomy.yaml");
        var init = new Command(
            "init",
            "Write a starter taxonomy for reading lists: ignore patterns for links that are not posts, and a suggested "
                + "mapping for every post, each marked 'suggested: true' until reviewed."
        ) { initLists, initOut };
        init.SetAction(r => commands.Init(r.GetValue(initLists) ?? [], r.GetValue(initOut)!));

        var code = new Argument<string?>("CGnnnn")
        {
            Description = "Optional: a diagnostic code such as CG0003; without it, every code is listed.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var explain = new Command("explain", "Explain a diagnostic code: what it means and how to fix it.") { code };
        explain.SetAction(r => commands.Explain(r.GetValue(code)));

        var posts = Option("--posts", "How many posts.", byDefault: _ => 10_000);
        var subsystemCount = Option("--subsystems", "How many subsystems (at least 6).", byDefault: _ => 60);
        var generateOut = PathOption<string>("--out", "The folder to write taxonomy.yaml and lists/ into.", "DIR");
        generateOut.Required = true;
        var generate = new Command("generate", "Write a deterministic synthetic taxonomy and reading lists of any "
            + "size, for benchmarks.") { posts, subsystemCount, generateOut };
        generate.SetAction(r =>
            commands.Generate(r.GetValue(generateOut)!, r.GetValue(posts), r.GetValue(subsystemCount)));

        return new RootCommand(
            "ClrGraph: a knowledge graph of CoreCLR deep-dive posts and the runtime subsystems they explain."
        )
        {
            export, check, suggest, init, explain, generate,
        };
    }

    /// <summary>An option with its description, the name of its value in the help, and its default.</summary>
    public static Option<T> Option<T>(string name, string about, string? helpName = null,
        Func<ArgumentResult, T>? byDefault = null) =>
        new(name) { Description = about, HelpName = helpName, DefaultValueFactory = byDefault };

    /// <summary>An option of paths: a path no file can have (empty, or with a NUL) is a usage error.</summary>
    public static Option<T> PathOption<T>(string name, string description, string helpName,
        Func<ArgumentResult, T>? byDefault = null)
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
    public static Option<T[]> ListOption<T>(string name, string description, string what,
        Func<string, string?>? explain = null)
        where T : struct, Enum => new(name)
        {
            Description = description + ", comma-separated: " + string.Join(",", FormatNames.All<T>()) + ".",
            HelpName = "LIST",
            CustomParser = r =>
            {
                var (values, errors) = UsageErrors.ParseList<T>(r.Tokens.Select(t => t.Value), what, explain);
                errors.ForEach(r.AddError);
                return values;
            },
        };

    // A parse error with what our words need: the token it is about, or the option whose value it refuses.
    public static UsageError Error(ParseError error, ParseResult parsed)
    {
        var unmatched = parsed.UnmatchedTokens.FirstOrDefault(t =>
            error.Message.Contains($"'{t}'", StringComparison.Ordinal) && error.SymbolResult is null or CommandResult
        );
        // An option's allowed values are its completions (an enum's names, or AcceptOnlyFromAmong's list).
        return error.SymbolResult is OptionResult { Tokens: [{ Value: var value }, ..] } option
            ? new(error.Message, null, option.Option.Name, value,
                [.. option.Option.GetCompletions(CompletionContext.Empty).Select(c => c.Label)])
            : new(error.Message, unmatched);
    }

    // The options of the parsed command and the root's recursive ones, by every name.
    public static List<string> Options(ParseResult parsed) =>
        [
            .. parsed
                .CommandResult.Command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive))
                .SelectMany(o => o.Aliases.Prepend(o.Name))
                .Distinct(StringComparer.Ordinal),
        ];
}
