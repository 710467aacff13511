using ClrGraph.Building;
using ClrGraph.Curation;
using ClrGraph.Diagnostics;
using ClrGraph.Export;
using ClrGraph.Metrics;
using ClrGraph.Reading;
using ClrGraph.Synthetic;
using ClrGraph.Validation;
using static System.FormattableString;

namespace ClrGraph.Pipeline;

/// <summary>What to read.</summary>
/// <param name="TaxonomyPath">The taxonomy file, or null to look for <c>taxonomy/taxonomy.yaml</c>, then
/// <c>taxonomy.yaml</c> (what <c>init</c> writes), from the working folder upward.</param>
/// <param name="ExtraLists">Reading lists to read besides the taxonomy's own.</param>
/// <param name="Strict">Whether unmapped posts, subsystems without posts and title conflicts are errors.</param>
public sealed record LoadRequest(string? TaxonomyPath, IReadOnlyList<string> ExtraLists, bool Strict);

/// <summary>The outcome of reading, validating, building and measuring: a <see cref="LoadedGraph"/> when the input
/// had no errors, else this, with the errors and nothing built.</summary>
/// <param name="Diagnostics">Every problem found, sorted.</param>
public record LoadResult(IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The taxonomy file read, if one was found.</summary>
    public string? TaxonomyPath { get; init; }

    /// <summary>How many links of each reading list the taxonomy's ignore patterns left out.</summary>
    internal IReadOnlyList<IgnoredLinks> Ignored { get; init; } = [];

    /// <summary>The full paths of the taxonomy and the reading lists read, which no output may replace.</summary>
    internal IReadOnlyList<string> Inputs { get; init; } = [];
}

/// <summary>The input had no errors: the graph and its measures.</summary>
/// <param name="Graph">The graph.</param>
/// <param name="Metrics">Its measures.</param>
/// <param name="Diagnostics">The warnings found.</param>
public sealed record LoadedGraph(KnowledgeGraph Graph, GraphMetrics Metrics, IReadOnlyList<Diagnostic> Diagnostics)
    : LoadResult(Diagnostics);

/// <summary>What an export wrote.</summary>
/// <param name="Folder">The output folder, as diagnostics name it.</param>
/// <param name="Files">How many files it wrote.</param>
/// <param name="Unchanged">How many of them were already in place with the same content, and left alone.</param>
/// <param name="Diagnostics">Why nothing was written (errors: the output folder as it was), or why a format asked for
/// was not (a warning: a graph too large for the explorer).</param>
public sealed record ExportResult(string Folder, int Files, int Unchanged, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error (then nothing was written).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>What was written where, in a line: <c>wrote 17 files to output: 82 nodes, 222 edges</c>.</summary>
    public string Summary { get; init; } = "";
}

/// <summary>What <c>suggest</c> found.</summary>
/// <param name="Diagnostics">Problems reading the input, sorted.</param>
/// <param name="Yaml">A YAML list item per unmapped post, to paste under <c>posts:</c>.</param>
/// <param name="Unmapped">How many posts were unmapped.</param>
internal sealed record SuggestResult(IReadOnlyList<Diagnostic> Diagnostics, string Yaml, int Unmapped)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>What to do with the items, or that there are none.</summary>
    public string Summary =>
        Unmapped == 0
            ? "every post is mapped; there is nothing to suggest"
            : ReadingOrder.Count(Unmapped, "unmapped post")
                + "; paste the items above under 'posts:', review each and delete its 'suggested: true' line";
}

/// <summary>What <c>init</c> is asked for.</summary>
/// <param name="Lists">The reading lists.</param>
/// <param name="TaxonomyFile">The file to write; it must not exist.</param>
internal sealed record InitRequest(IReadOnlyList<string> Lists, string TaxonomyFile);

/// <summary>What <c>init</c> did.</summary>
/// <param name="Diagnostics">Problems reading the lists or writing the file, sorted; nothing is written when one is
/// an error.</param>
/// <param name="Posts">How many posts it mapped, each marked <c>suggested: true</c>.</param>
/// <param name="Ignored">How many ignore patterns it proposed.</param>
internal sealed record InitResult(IReadOnlyList<Diagnostic> Diagnostics, int Posts, int Ignored)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>What was written and what to do next.</summary>
    public string Summary { get; init; } = "";
}

/// <summary>ClrGraph's pipeline: read (taxonomy, lists) → validate → build → measure → export.</summary>
public static class GraphPipeline
{
    /// <summary>Where the taxonomy is looked for, below the working folder and each of its ancestors.</summary>
    internal const string DefaultTaxonomy = "taxonomy/taxonomy.yaml";

    private const int MaxGeneratedPosts = 1_000_000; // what 'generate' writes at most: about 200 MB of input

    private static readonly Diagnostic RendererMissing = new(
        DiagnosticCodes.RendererMissing,
        Severity.Error,
        SourceLocation.WholeFile("dot"),
        "rendering needs Graphviz's 'dot', which is not on PATH; nothing was written",
        GraphvizRenderer.InstallHint
    );

    /// <summary>Reads, validates, builds and measures. Nothing here writes a file.</summary>
    public static LoadResult Load(LoadRequest request) => Load(request, new Phases());

    /// <summary>Reads, validates, builds and measures, timing each phase; <paramref name="cancel"/> is checked in
    /// every loop that input can make long.</summary>
    internal static LoadResult Load(LoadRequest request, Phases phases, CancellationToken cancel = default)
    {
        var diagnostics = new DiagnosticBag();
        var (taxonomyPath, corpus, inputs) = ReadAndValidate(request, phases, diagnostics, cancel);
        if (corpus is null || diagnostics.HasErrors)
        {
            var ignored = corpus?.Ignored ?? [];
            return new LoadResult(diagnostics.Sorted()) { TaxonomyPath = taxonomyPath, Ignored = ignored };
        }

        cancel.ThrowIfCancellationRequested();

        var graph = phases.Time(Phase.Build, () => GraphBuilder.Build(corpus, cancel));
        var metrics = phases.Time(Phase.Metrics, () => GraphMetrics.Measure(graph, cancel));
        return new LoadedGraph(graph, metrics, diagnostics.Sorted())
        {
            TaxonomyPath = taxonomyPath,
            Ignored = corpus.Ignored,
            Inputs = inputs,
        };
    }

    // The taxonomy found, the validated corpus and the files read; null for what could not be read (the errors say
    // why).
    private static (string? TaxonomyPath, Corpus? Corpus, string[] Inputs) ReadAndValidate(
        LoadRequest request,
        Phases phases,
        DiagnosticBag diagnostics,
        CancellationToken cancel = default
    )
    {
        var taxonomyPath = TaxonomyPath(request, diagnostics);
        if (taxonomyPath is null)
        {
            return (null, null, []);
        }

        var taxonomy = phases.Time(
            Phase.ReadTaxonomy,
            () => TaxonomyReader.ReadFile(taxonomyPath, DisplayPath.Of(taxonomyPath), diagnostics, cancel)
        );
        if (taxonomy is null)
        {
            return (taxonomyPath, null, []);
        }

        var references = ListReference.Of(taxonomy, request.ExtraLists);
        var lists = phases.Time(Phase.ReadLists, () => ReadingListReader.ReadAll(references, diagnostics, cancel));
        var someListUnread = lists.Length < references.Count;
        var corpus = phases.Time(
            Phase.Validate,
            () => CorpusValidator.Validate(taxonomy, lists, request.Strict, diagnostics, someListUnread, cancel)
        );
        return (taxonomyPath, corpus, [Path.GetFullPath(taxonomyPath), .. references.Select(r => r.Path)]);
    }

    // The taxonomy asked for, else the one found above the working folder; null, with the error, when there is none.
    private static string? TaxonomyPath(LoadRequest request, DiagnosticBag diagnostics)
    {
        // An empty path or one with a NUL names no file, and would make the path functions throw.
        var given = request.ExtraLists.Select(p => (p, "a reading list path"));
        foreach (var (file, what) in request.TaxonomyPath is { } t ? given.Append((t, "the taxonomy path")) : given)
        {
            if (InputPath.Problem(file, what) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.InvalidPath, SourceLocation.WholeFile(DisplayPath.Of(file)), problem);
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var path = request.TaxonomyPath ?? FindTaxonomy(Environment.CurrentDirectory);
        if (path is null)
        {
            diagnostics.Error(
                DiagnosticCodes.FileUnreadable,
                SourceLocation.WholeFile(DefaultTaxonomy),
                $"no {DefaultTaxonomy} or taxonomy.yaml in this folder or any folder above it",
                "pass --taxonomy FILE, or write a starter taxonomy with 'clrgraph init LIST.md'"
            );
        }
        else if (Directory.Exists(path))
        {
            var inside = TaxonomyIn(path);
            diagnostics.Error(
                DiagnosticCodes.NotRegularFile,
                SourceLocation.WholeFile(DisplayPath.Of(path)),
                "--taxonomy is a folder, not a taxonomy file",
                inside is null ? "pass the taxonomy's YAML file" : $"did you mean '{DisplayPath.Of(inside)}'?"
            );
            return null;
        }
        else if (Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown")
        {
            // A reading list given as the taxonomy, read as YAML, gave the parser's words about its first odd line.
            var list = DisplayPath.Of(path);
            diagnostics.Error(
                DiagnosticCodes.InvalidPath,
                SourceLocation.WholeFile(list),
                "--taxonomy is a Markdown file, and a taxonomy is YAML",
                $"give a reading list with --list {list}, or write a starter taxonomy for it: clrgraph init {list}"
            );
            return null;
        }

        return path;
    }

    /// <summary>Suggests subsystems for every post of the reading lists that the taxonomy does not map yet.</summary>
    internal static SuggestResult Suggest(LoadRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var (_, corpus, _) = ReadAndValidate(request with { Strict = false }, new Phases(), diagnostics);
        // What is not mapped or reviewed yet is what suggest is for, not a problem to report.
        var problems = diagnostics
            .Sorted()
            .Where(d => d.Code is not (DiagnosticCodes.UnmappedPost or DiagnosticCodes.UnreviewedSuggestion))
            .Where(d => d.Code is not DiagnosticCodes.SubsystemWithoutPosts)
            .ToList();
        if (corpus is null)
        {
            return new SuggestResult(problems, "", 0);
        }

        var suggestions = Suggester.SuggestUnmapped(CurationInput.From(corpus));
        return new SuggestResult(problems, SuggestionFormatter.Format(suggestions), suggestions.Length);
    }

    /// <summary>Writes a starter taxonomy for <paramref name="asked"/>'s lists; never overwrites a file.</summary>
    internal static InitResult Init(InitRequest asked)
    {
        // "--out taxonomy/", or a folder that exists: the taxonomy goes in it, where check finds it by itself.
        var request = Path.EndsInDirectorySeparator(asked.TaxonomyFile) || Directory.Exists(asked.TaxonomyFile)
            ? asked with { TaxonomyFile = Path.Combine(asked.TaxonomyFile, "taxonomy.yaml") }
            : asked;
        var shown = DisplayPath.Of(request.TaxonomyFile);
        var result = Curator.Init(request);
        // Where check would find the file by itself, the command to run needs no --taxonomy.
        var found = FindTaxonomy(Environment.CurrentDirectory) == Path.GetFullPath(request.TaxonomyFile);
        var lists = string.Join(", ", request.Lists.Select(DisplayPath.Of));
        return result with
        {
            Summary = result.Posts + result.Ignored == 0
                ? $"wrote {shown} without posts: no link of {lists} reads as a post (is that the reading list?)"
                : $"wrote {shown}: {ReadingOrder.Count(result.Posts)} marked 'suggested: true', "
                    + $"{ReadingOrder.Count(result.Ignored, "ignore pattern")}; "
                    + $"review them, then run 'clrgraph check{(found ? "" : $" --taxonomy {shown}")}'",
        };
    }

    /// <summary>Writes the formats <paramref name="options"/> asks for into <paramref name="folder"/> (by default
    /// <c>output/</c> beside the taxonomy), all or nothing: on any failure, reported as errors, or when
    /// <paramref name="cancel"/> fires, the folder is left as it was. Only files that ClrGraph wrote there are ever
    /// replaced or removed.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; nothing was written.</exception>
    public static ExportResult Export(
        LoadedGraph loaded,
        string? folder,
        ExportOptions options,
        CancellationToken cancel = default
    ) => Export(loaded, folder, options, null, cancel);

    internal static ExportResult Export(
        LoadedGraph loaded,
        string? asked,
        ExportOptions options,
        Phases? phases,
        CancellationToken cancel
    )
    {
        var folder = asked ?? DefaultOutputFolder(loaded.TaxonomyPath!);
        var shown = asked is null ? folder : DisplayPath.Of(folder);
        string? dot = null;
        if (options.Render.Count > 0 && (dot = GraphvizRenderer.FindDot()) is null)
        {
            return new ExportResult(shown, 0, 0, [RendererMissing]);
        }

        var graph = loaded.Graph;
        var files = Exporters.Files(graph, loaded.Metrics, options, dot, cancel);
        if (ReplacedInput(loaded, folder, files) is { } replaced)
        {
            return new ExportResult(shown, 0, 0, [replaced]);
        }

        var written = OutputFolder.Write(folder, files, Replaced(loaded, options), phases, cancel: cancel);
        if (written.Errors.Count > 0)
        {
            return new ExportResult(shown, 0, 0, written.Errors);
        }

        var diagnostics = new DiagnosticBag();
        if (Exporters.Skipped(graph, options) is { } why)
        {
            diagnostics.Warning(
                DiagnosticCodes.ExplorerSkipped,
                SourceLocation.WholeFile(DisplayPath.Of(folder)),
                why,
                "open the GEXF in Gephi instead"
            );
        }

        var kept = written.Unchanged > 0 ? Invariant($", {written.Unchanged} unchanged") : "";
        var summary = "wrote " + ReadingOrder.Count(files.Count - written.Unchanged, "file") + $" to {shown}{kept}: "
            + ReadingOrder.Count(graph.VertexCount, "node") + ", " + ReadingOrder.Count(graph.EdgeCount, "edge");
        return new ExportResult(shown, files.Count, written.Unchanged, diagnostics.Sorted()) { Summary = summary };
    }

    // A file to write that is one the run read: an --out folder where the reading lists are kept.
    private static Diagnostic? ReplacedInput(LoadedGraph loaded, string folder, IReadOnlyList<OutputFile> files)
    {
        var input = files
            .Select(f => Path.GetFullPath(Path.Combine(folder, f.Name)))
            .FirstOrDefault(loaded.Inputs.Contains);
        return input is null
            ? null
            : new Diagnostic(
                DiagnosticCodes.OutputIsInput,
                Severity.Error,
                SourceLocation.WholeFile(DisplayPath.Of(input)),
                "this file is an input of the run, and the export would replace it",
                "leave out --out to write into output/ beside the taxonomy, or choose another --out folder"
            );
    }

    /// <summary>What refuses an export into <paramref name="folder"/> (null: beside the taxonomy) whatever the input:
    /// a folder no export may write into, such as the root of the file system, the home folder or a path through a
    /// file, or pictures asked for without Graphviz. Checked before reading, it spares reading the input only to be
    /// refused.</summary>
    public static IReadOnlyList<Diagnostic> ExportProblems(string? folder, ExportOptions options)
    {
        var problems = new DiagnosticBag();
        if (folder is not null)
        {
            OutputFolder.Root(folder, problems);
        }

        if (options.Render.Count > 0 && GraphvizRenderer.FindDot() is null)
        {
            problems.AddRange([RendererMissing]);
        }

        return problems.Sorted();
    }

    /// <summary>Writes one format of <paramref name="loaded"/> to <paramref name="output"/>, without a folder: the
    /// format's main file (<c>clrgraph.dot</c> for <see cref="ExportFormat.Dot"/>, <c>nodes.csv</c> for
    /// <see cref="ExportFormat.Csv"/>). Nothing is written for <see cref="ExportFormat.Html"/> when the graph is
    /// larger than <see cref="ExportOptions.ExplorerMaxNodes"/>.</summary>
    public static void Write(ExportFormat format, LoadedGraph loaded, Stream output, ExportOptions? options = null)
    {
        options = (options ?? ExportOptions.Default) with { Formats = [format], Render = [] };
        var files = Exporters.Files(loaded.Graph, loaded.Metrics, options);
        if (files.Count > 0)
        {
            files[0].Write(output);
        }
    }

    // An earlier run's files of the formats asked for are replaced (the explorer too, when the graph has outgrown it).
    private static IReadOnlyList<OutputFile> Replaced(LoadedGraph loaded, ExportOptions options) =>
        Exporters.Files(loaded.Graph, loaded.Metrics, options with { ExplorerMaxNodes = int.MaxValue });

    /// <summary>The output folder a taxonomy's export goes to by default, as an absolute path: <c>output/</c> beside
    /// the taxonomy's folder when that is named <c>taxonomy</c> (<c>taxonomy/taxonomy.yaml</c>), else beside the
    /// taxonomy file.</summary>
    internal static string DefaultOutputFolder(string taxonomyPath)
    {
        var taxonomyFolder = Path.GetDirectoryName(Path.GetFullPath(taxonomyPath))!;
        var beside = Path.GetFileName(taxonomyFolder) == "taxonomy" ? Path.GetDirectoryName(taxonomyFolder) : null;
        return Path.Combine(beside ?? taxonomyFolder, "output");
    }

    /// <summary>What is wrong with the size asked of <see cref="Generate"/>, or null.</summary>
    internal static string? GenerateSizeProblem(int posts, int subsystems) =>
        posts is < 1 or > MaxGeneratedPosts || subsystems is < 6 or > MaxGeneratedPosts
            ? Invariant($"--posts must be 1 to {MaxGeneratedPosts:N0} and --subsystems 6 to {MaxGeneratedPosts:N0}")
            : null;

    /// <summary>Writes a synthetic taxonomy and reading lists of <paramref name="posts"/> posts into
    /// <paramref name="folder"/>; returns the taxonomy's path, or null with the error.</summary>
    internal static (string? Taxonomy, Diagnostic? Error) Generate(string folder, int posts, int subsystems)
    {
        // A curator's taxonomy or lists where generate writes its own are never replaced.
        if (SyntheticCorpus.Existing(folder) is { } found)
        {
            return (null, new Diagnostic(DiagnosticCodes.TaxonomyExists, Severity.Error,
                SourceLocation.WholeFile(DisplayPath.Of(found)), "exists already; generate never overwrites a file",
                "choose an empty --out folder"));
        }

        try
        {
            return (SyntheticCorpus.Write(folder, posts, subsystems), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var location = SourceLocation.WholeFile(DisplayPath.Of(folder));
            return (null, new Diagnostic(OutputFolder.CodeOf(e), Severity.Error, location,
                "cannot write the corpus: " + OutputFolder.Reason(e),
                OutputFolder.WriteHint(e)));
        }
    }

    /// <summary>Finds <c>taxonomy/taxonomy.yaml</c>, or else <c>taxonomy.yaml</c> (what <c>init</c> writes), in
    /// <paramref name="start"/> or the nearest ancestor that has either.</summary>
    internal static string? FindTaxonomy(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (TaxonomyIn(folder.FullName) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? TaxonomyIn(string folder) =>
        new[] { DefaultTaxonomy, "taxonomy.yaml" }
            .Select(file => Path.Combine(folder, file))
            .FirstOrDefault(File.Exists);
}
