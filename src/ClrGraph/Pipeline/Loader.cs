using ClrGraph.Building;
using ClrGraph.Diagnostics;
using ClrGraph.Metrics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Pipeline;

/// <summary>What to read.</summary>
/// <param name="TaxonomyPath">The taxonomy file, or null to look for <c>taxonomy/taxonomy.yaml</c> from the working folder upward.</param>
/// <param name="ExtraLists">Reading lists to read besides the taxonomy's own.</param>
/// <param name="Strict">Whether unmapped posts, subsystems without posts and title conflicts are errors.</param>
public sealed record LoadRequest(string? TaxonomyPath, IReadOnlyList<string> ExtraLists, bool Strict);

/// <summary>The outcome of reading, validating, building and measuring.</summary>
/// <param name="Diagnostics">Every problem found, sorted.</param>
/// <param name="TaxonomyPath">The taxonomy file read, if one was found.</param>
/// <param name="Graph">The graph, when there was no error.</param>
/// <param name="Metrics">Its measures, when there was no error.</param>
public sealed record LoadResult(IReadOnlyList<Diagnostic> Diagnostics, string? TaxonomyPath, KnowledgeGraph? Graph, GraphMetrics? Metrics)
{
    /// <summary>Whether any diagnostic is an error (then nothing was built).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>The front half of the pipeline: read → validate → build → measure. Nothing here writes a file.</summary>
public static class Loader
{
    /// <summary>Where the taxonomy is looked for, below the working folder and each of its ancestors.</summary>
    public const string DefaultTaxonomy = "taxonomy/taxonomy.yaml";

    /// <summary>Runs the front half of the pipeline.</summary>
    public static LoadResult Load(LoadRequest request, Phases? phases = null)
    {
        phases ??= new Phases();
        var diagnostics = new DiagnosticBag();
        var taxonomyPath = request.TaxonomyPath ?? FindTaxonomy(Environment.CurrentDirectory);
        if (taxonomyPath is null)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.WholeFile(DefaultTaxonomy), $"no {DefaultTaxonomy} in this folder or any folder above it", "pass --taxonomy FILE");
            return new LoadResult(diagnostics.Sorted(), null, null, null);
        }

        var taxonomy = phases.Time("read-taxonomy", () => TaxonomyReader.ReadFile(taxonomyPath, DisplayPath.Of(taxonomyPath), diagnostics));
        if (taxonomy is null)
        {
            return new LoadResult(diagnostics.Sorted(), taxonomyPath, null, null);
        }

        var references = taxonomy.ReadingLists
            .Concat(request.ExtraLists.Select(p => new ListReference(Path.GetFullPath(p), DisplayPath.Of(p), null)))
            .DistinctBy(r => r.Path)
            .ToList();
        var lists = phases.Time("read-lists", () => ReadLists(references, diagnostics));

        var corpus = phases.Time("build", () => CorpusValidator.Validate(taxonomy, lists, request.Strict, diagnostics));
        if (diagnostics.HasErrors)
        {
            return new LoadResult(diagnostics.Sorted(), taxonomyPath, null, null);
        }

        var graph = phases.Time("build", () => GraphBuilder.Build(corpus));
        var metrics = phases.Time("metrics", () => GraphMetrics.Measure(graph));
        return new LoadResult(diagnostics.Sorted(), taxonomyPath, graph, metrics); // the corpus is not kept: the graph holds what the writers need
    }

    /// <summary>Finds <c>taxonomy/taxonomy.yaml</c> in <paramref name="start"/> or the nearest ancestor that has it.</summary>
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

    // Small lists are read one after another: starting threads would cost more than it saves.
    private const long ParallelAboveBytes = 1 << 20;

    private static List<ReadingList> ReadLists(List<ListReference> references, DiagnosticBag diagnostics)
    {
        // Lists are parsed in parallel, each into its own bag, and merged in order so diagnostics stay deterministic.
        var results = new (ReadingList? List, DiagnosticBag Bag)[references.Count];
        var bytes = references.Sum(r => File.Exists(r.Path) ? new FileInfo(r.Path).Length : 0);
        void Read(int i)
        {
            var bag = new DiagnosticBag();
            results[i] = (ReadingListReader.ReadFile(references[i].Path, references[i].Display, bag, references[i].Location), bag);
        }

        if (bytes > ParallelAboveBytes)
        {
            Parallel.For(0, references.Count, Read);
        }
        else
        {
            for (var i = 0; i < references.Count; i++)
            {
                Read(i); // no thread pool at all for small inputs: it costs more than it saves
            }
        }

        var lists = new List<ReadingList>(references.Count);
        foreach (var (list, bag) in results)
        {
            diagnostics.AddRange(bag.Sorted());
            if (list is not null)
            {
                lists.Add(list);
            }
        }

        return lists;
    }
}
