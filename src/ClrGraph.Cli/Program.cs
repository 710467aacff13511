using System.CommandLine;
using ClrGraph.Cli;
using ClrGraph.Export;

var taxonomy = Cli.Paths(
    new Option<string?>("--taxonomy")
    {
        Description = "The taxonomy file (default: taxonomy/taxonomy.yaml in this folder or the nearest one above).",
        HelpName = "FILE",
    }
);
var lists = Cli.Paths(
    new Option<string[]>("--list")
    {
        Description = "A reading list to read besides the taxonomy's own; repeatable.",
        HelpName = "FILE",
    }
);
var strict = new Option<bool>("--strict")
{
    Description = "Treat unmapped posts, subsystems without posts and title conflicts as errors.",
};
var output = Cli.Paths(
    new Option<string?>("--out")
    {
        Description = "The output folder (default: output/ beside the taxonomy file, or beside its folder if that "
            + "is named taxonomy/).",
        HelpName = "DIR",
    }
);
var format = Cli.ListOption(
    "--format",
    "Formats to write, comma-separated: " + string.Join(",", ExportOptions.AllFormats) + " (default: all).",
    "format",
    ExportOptions.AllFormats
);
var render = Cli.ListOption(
    "--render",
    "Also render the DOT files (overview, whole graph, one per top-level subsystem) with Graphviz's dot, "
        + "comma-separated: svg,png,pdf.",
    "render format",
    ExportOptions.RenderFormats
);
var layout = new Option<DotLayout>("--layout")
{
    Description = "The layout clrgraph.dot asks Graphviz for: Auto (dot, or sfdp for large graphs), Dot or Sfdp.",
};
var gexfVersion = new Option<string>("--gexf-version")
{
    Description = "GEXF version: 1.3 (Gephi) or 1.2draft (networkx 2.x).",
    DefaultValueFactory = _ => "1.3",
};
gexfVersion.AcceptOnlyFromAmong([.. ExportOptions.GexfVersions]);
var excel = new Option<bool>("--excel")
{
    Description = "CSV for Excel on Windows: UTF-8 with a byte-order mark and CRLF line ends.",
};
var renderTimeout = new Option<int>("--render-timeout")
{
    Description = "Seconds Graphviz's dot may take for one picture before it is stopped (default: 60).",
    HelpName = "SECONDS",
    DefaultValueFactory = _ => 60,
};
renderTimeout.Validators.Add(r =>
{
    if (r.GetValueOrDefault<int>() is < 1 or > 86_400)
    {
        r.AddError("--render-timeout must be 1 to 86400 seconds");
    }
});
var timings = new Option<bool>("--timings")
{
    Description = "Print the time of each phase on stderr: timing <phase> <seconds>.",
};

var export = new Command(
    "export",
    "Read the taxonomy and reading lists and write the graph as DOT, GraphML, GEXF, CSV and a Markdown reading guide "
        + "(guide.md)."
)
{
    taxonomy,
    lists,
    strict,
    output,
    format,
    render,
    layout,
    gexfVersion,
    excel,
    renderTimeout,
    timings,
};
export.SetAction(r =>
    Commands.Export(
        new ExportArguments(
            r.GetValue(taxonomy),
            r.GetValue(lists) ?? [],
            r.GetValue(strict),
            r.GetValue(output),
            new ExportOptions(
                r.GetValue(format) is { Length: > 0 } f ? f : ExportOptions.AllFormats,
                r.GetValue(render) ?? [],
                r.GetValue(layout),
                r.GetValue(gexfVersion) ?? "1.3",
                r.GetValue(excel)
            )
            {
                RenderTimeout = TimeSpan.FromSeconds(r.GetValue(renderTimeout)),
            },
            r.GetValue(timings)
        )
    )
);

var check = new Command(
    "check",
    "Validate the taxonomy and reading lists only; print the diagnostics and a coverage summary."
)
{
    taxonomy,
    lists,
    strict,
};
check.SetAction(r => Commands.Check(r.GetValue(taxonomy), r.GetValue(lists) ?? [], r.GetValue(strict)));

var suggest = new Command(
    "suggest",
    "Print a YAML item with suggested subsystems for every unmapped post, to paste under 'posts:'."
)
{
    taxonomy,
    lists,
};
suggest.SetAction(r => Commands.Suggest(r.GetValue(taxonomy), r.GetValue(lists) ?? []));

var initLists = new Argument<string[]>("LIST.md")
{
    Description = "The Markdown reading lists to start from.",
    Arity = ArgumentArity.OneOrMore,
};
var initOut = new Option<string>("--out")
{
    Description = "The taxonomy file to write (default: taxonomy.yaml in this folder); never overwritten.",
    HelpName = "FILE",
    DefaultValueFactory = _ => "taxonomy.yaml",
};
var init = new Command(
    "init",
    "Write a starter taxonomy for reading lists: ignore patterns for links that are not posts, and a suggested "
        + "mapping for every post, each marked 'suggested: true' until reviewed."
)
{
    initLists,
    initOut,
};
init.SetAction(r => Commands.Init(r.GetValue(initLists) ?? [], r.GetValue(initOut)!));

var code = new Argument<string?>("CGnnnn")
{
    Description = "Optional: a diagnostic code such as CG0003; without it, every code is listed.",
    Arity = ArgumentArity.ZeroOrOne,
};
var explain = new Command("explain", "Explain a diagnostic code: what it means and how to fix it.") { code };
explain.SetAction(r => Commands.Explain(r.GetValue(code)));

var posts = new Option<int>("--posts") { Description = "How many posts.", DefaultValueFactory = _ => 10_000 };
var subsystemCount = new Option<int>("--subsystems")
{
    Description = "How many subsystems (at least 6).",
    DefaultValueFactory = _ => 60,
};
var generateOut = Cli.Paths(
    new Option<string>("--out")
    {
        Description = "The folder to write taxonomy.yaml and lists/ into.",
        Required = true,
        HelpName = "DIR",
    }
);
var generate = new Command(
    "generate",
    "Write a deterministic synthetic taxonomy and reading lists of any size, for benchmarks."
)
{
    posts,
    subsystemCount,
    generateOut,
};
generate.SetAction(r => Commands.Generate(r.GetValue(generateOut)!, r.GetValue(posts), r.GetValue(subsystemCount)));

var root = new RootCommand(
    "ClrGraph: a knowledge graph of CoreCLR deep-dive posts and the runtime subsystems they explain."
)
{
    init,
    export,
    check,
    suggest,
    explain,
    generate,
};

return Commands.Run(root, args);
