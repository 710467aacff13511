using System.Collections.Immutable;
using ClrGraph.Building;
using ClrGraph.Curation;
using ClrGraph.Diagnostics;
using ClrGraph.Export;
using ClrGraph.Metrics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Pipeline;

/// <summary>What to read.</summary>
/// <param name="TaxonomyPath">The taxonomy file, or null to look for <c>taxonomy/taxonomy.yaml</c> from the working
/// folder upward.</param>
/// <param name="ExtraLists">Reading lists to read besides the taxonomy's own.</param>
/// <param name="Strict">Whether unmapped posts, subsystems without posts and title conflicts are errors.</param>
public sealed record LoadRequest(string? TaxonomyPath, IReadOnlyList<string> ExtraLists, bool Strict);

/// <summary>The outcome of reading, validating, building and measuring.</summary>
/// <param name="Diagnostics">Every problem found, sorted.</param>
/// <param name="TaxonomyPath">The taxonomy file read, if one was found.</param>
/// <param name="Graph">The graph, when there was no error.</param>
/// <param name="Metrics">Its measures, when there was no error.</param>
public sealed record LoadResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    string? TaxonomyPath,
    KnowledgeGraph? Graph,
    GraphMetrics? Metrics
)
{
    /// <summary>Whether any diagnostic is an error (then nothing was built).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>How many links of each reading list the taxonomy's ignore patterns left out.</summary>
    public IReadOnlyList<IgnoredLinks> Ignored { get; init; } = [];
}

/// <summary>What an export wrote.</summary>
/// <param name="Files">How many files it wrote.</param>
/// <param name="Unchanged">How many of them were already in place with the same content, and left alone.</param>
/// <param name="Diagnostics">Why nothing was written (errors: the output folder as it was), or why a format asked for
/// was not (a warning: a graph too large for the explorer).</param>
public sealed record ExportResult(int Files, int Unchanged, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error (then nothing was written).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>What <c>suggest</c> found.</summary>
/// <param name="Diagnostics">Problems reading the input, sorted.</param>
/// <param name="Yaml">A YAML list item per unmapped post, to paste under <c>posts:</c>.</param>
/// <param name="Unmapped">How many posts were unmapped.</param>
public sealed record SuggestResult(IReadOnlyList<Diagnostic> Diagnostics, string Yaml, int Unmapped);

/// <summary>
/// ClrGraph's pipeline: read (taxonomy, reading lists) → validate → build the graph → measure it → export it.
/// </summary>
public static class GraphPipeline
{
    /// <summary>Where the taxonomy is looked for, below the working folder and each of its ancestors.</summary>
    public const string DefaultTaxonomy = "taxonomy/taxonomy.yaml";

    /// <summary>Reads, validates, builds and measures. Nothing here writes a file.</summary>
    public static LoadResult Load(LoadRequest request, Phases? phases = null)
    {
        phases ??= new Phases();
        var diagnostics = new DiagnosticBag();
        var taxonomyPath = TaxonomyPath(request, diagnostics);
        if (taxonomyPath is null)
        {
            return new LoadResult(diagnostics.Sorted(), null, null, null);
        }

        var taxonomy = phases.Time(
            "read-taxonomy",
            () => TaxonomyReader.ReadFile(taxonomyPath, DisplayPath.Of(taxonomyPath), diagnostics)
        );
        if (taxonomy is null)
        {
            return new LoadResult(diagnostics.Sorted(), taxonomyPath, null, null);
        }

        var references = ListReference.Of(taxonomy, request.ExtraLists);
        var lists = phases.Time("read-lists", () => ReadingListReader.ReadAll(references, diagnostics));
        var corpus = phases.Time(
            "validate",
            () =>
                CorpusValidator.Validate(taxonomy, lists, request.Strict, diagnostics, lists.Length < references.Count)
        );
        if (diagnostics.HasErrors)
        {
            return new LoadResult(diagnostics.Sorted(), taxonomyPath, null, null) { Ignored = corpus.Ignored };
        }

        var graph = phases.Time("build", () => GraphBuilder.Build(corpus));
        var metrics = phases.Time("metrics", () => GraphMetrics.Measure(graph));
        return new LoadResult(diagnostics.Sorted(), taxonomyPath, graph, metrics) { Ignored = corpus.Ignored };
    }

    // The taxonomy asked for, else the one found above the working folder; null, with the error, when there is none.
    private static string? TaxonomyPath(LoadRequest request, DiagnosticBag diagnostics)
    {
        var path = request.TaxonomyPath ?? FindTaxonomy(Environment.CurrentDirectory);
        if (path is null)
        {
            diagnostics.Error(
                DiagnosticCodes.FileUnreadable,
                SourceLocation.WholeFile(DefaultTaxonomy),
                $"no {DefaultTaxonomy} in this folder or any folder above it",
                "pass --taxonomy FILE"
            );
        }

        return path;
    }

    /// <summary>Suggests subsystems for every post of the reading lists that the taxonomy does not map yet.</summary>
    public static SuggestResult Suggest(LoadRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var taxonomyPath = TaxonomyPath(request, diagnostics);
        var input = taxonomyPath is null ? null : CurationLoader.Load(taxonomyPath, request.ExtraLists, diagnostics);
        if (input is null)
        {
            return new SuggestResult(diagnostics.Sorted(), "", 0);
        }

        var suggestions = Suggester.SuggestUnmapped(input);
        return new SuggestResult(diagnostics.Sorted(), SuggestionFormatter.Format(suggestions), suggestions.Length);
    }

    /// <summary>Writes the formats <paramref name="options"/> asks for into <paramref name="folder"/>, all or
    /// nothing: on any failure, reported as errors, or when <paramref name="cancel"/> fires, the folder is left as it
    /// was. Only files that ClrGraph wrote there are ever replaced or removed.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; nothing was written.</exception>
    public static ExportResult Export(
        KnowledgeGraph graph,
        GraphMetrics metrics,
        string folder,
        ExportOptions options,
        Phases? phases = null,
        CancellationToken cancel = default
    )
    {
        var diagnostics = new DiagnosticBag();
        string? dot = null;
        if (options.Render.Count > 0 && (dot = GraphvizRenderer.FindDot()) is null)
        {
            diagnostics.Error(
                DiagnosticCodes.RendererMissing,
                SourceLocation.WholeFile("dot"),
                "rendering needs Graphviz's 'dot', which is not on PATH; nothing was written",
                GraphvizRenderer.InstallHint
            );
            return new ExportResult(0, 0, diagnostics.Sorted());
        }

        var files = Exporters.Files(graph, metrics, options, dot);
        var written = OutputFolder.Write(folder, files, Sweep(graph, options), phases, cancel: cancel);
        if (written.Errors.Count > 0)
        {
            return new ExportResult(0, 0, written.Errors);
        }

        if (Exporters.Skipped(graph, options) is { } why)
        {
            diagnostics.Warning(
                DiagnosticCodes.ExplorerSkipped,
                SourceLocation.WholeFile(DisplayPath.Of(folder)),
                why,
                "open the GEXF in Gephi instead"
            );
        }

        return new ExportResult(files.Count, written.Unchanged, diagnostics.Sorted());
    }

    // An earlier run's files of the formats asked for are replaced; for a folder without a manifest, the names
    // ClrGraph wrote before it kept one.
    private static SweepRules Sweep(KnowledgeGraph graph, ExportOptions options)
    {
        var extensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["dot"] = "dot",
            ["graphml"] = "graphml",
            ["gexf"] = "gexf",
            ["csv"] = "csv",
            ["html"] = "html",
            ["guide"] = "md",
        };
        var kinds = options.Formats.Select(f => extensions.GetValueOrDefault(f, f)).Concat(options.Render);
        if (options.Render.Count > 0)
        {
            kinds = kinds.Append("dot");
        }

        string[] stems =
        [
            "clrgraph",
            "subsystems",
            .. graph.Subsystems().Where(s => s.IsTopLevel).Select(SubsystemDiagramWriter.Stem),
        ];
        string[] known =
        [
            "clrgraph.graphml",
            "clrgraph.gexf",
            "nodes.csv",
            "edges.csv",
            "coverage.csv",
            "subsystems.csv",
            "guide.md",
            ClrGraph.Export.Explorer.ExplorerPage.FileName,
            .. stems.SelectMany(stem => ExportOptions.RenderFormats.Prepend("dot").Select(e => stem + "." + e)),
        ];
        return new SweepRules(kinds.ToHashSet(StringComparer.OrdinalIgnoreCase), known);
    }

    /// <summary>The output folder a taxonomy's export goes to by default: <c>output/</c> beside the taxonomy's
    /// folder.</summary>
    public static string DefaultOutputFolder(string taxonomyPath)
    {
        var taxonomyFolder = Path.GetDirectoryName(Path.GetFullPath(taxonomyPath))!;
        return Path.Combine(Path.GetDirectoryName(taxonomyFolder) ?? taxonomyFolder, "output");
    }

    /// <summary>Finds <c>taxonomy/taxonomy.yaml</c> in <paramref name="start"/> or the nearest ancestor that has
    /// it.</summary>
    public static string? FindTaxonomy(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, DefaultTaxonomy);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
