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

        // Large reading lists are read on other threads from the moment the taxonomy names them, while the rest of
        // the taxonomy is still being parsed.
        var reads = new ListReads();
        var taxonomy = phases.Time("read-taxonomy", () => TaxonomyReader.ReadFile(taxonomyPath, DisplayPath.Of(taxonomyPath), diagnostics, reads.Start));
        if (taxonomy is null)
        {
            reads.Abandon();
            return new LoadResult(diagnostics.Sorted(), taxonomyPath, null, null);
        }

        var references = taxonomy.ReadingLists
            .Concat(request.ExtraLists.Select(p => new ListReference(Path.GetFullPath(p), DisplayPath.Of(p), null)))
            .DistinctBy(r => r.Path)
            .ToList();
        var lists = phases.Time("read-lists", () => reads.Finish(references, diagnostics));

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

    /// <summary>Reading lists being read: large ones each on a thread-pool thread, small ones on the caller's.</summary>
    private sealed class ListReads
    {
        // Below this size a thread costs more than it saves.
        private const long OwnThreadAbove = 256 * 1024;

        private readonly Dictionary<string, Task<(ReadingList? List, DiagnosticBag Diagnostics)>> _started = new(StringComparer.Ordinal);

        /// <summary>Starts reading a large list; a list named twice is read once.</summary>
        public void Start(ListReference reference)
        {
            if (!_started.ContainsKey(reference.Path) && new FileInfo(reference.Path) is { Exists: true, Length: > OwnThreadAbove })
            {
                _started[reference.Path] = Task.Run(() => Read(reference));
            }
        }

        /// <summary>
        /// The lists, in the order of <paramref name="references"/>, with their diagnostics added in that order too,
        /// so a run reports the same whichever list finished first.
        /// </summary>
        public List<ReadingList> Finish(List<ListReference> references, DiagnosticBag diagnostics)
        {
            var lists = new List<ReadingList>(references.Count);
            foreach (var reference in references)
            {
                var (list, found) = _started.TryGetValue(reference.Path, out var started) ? started.GetAwaiter().GetResult() : Read(reference);
                diagnostics.AddRange(found.Sorted());
                if (list is not null)
                {
                    lists.Add(list);
                }
            }

            return lists;
        }

        /// <summary>Waits for the lists started, whose results are not wanted (the taxonomy could not be read).</summary>
        public void Abandon()
        {
            foreach (var started in _started.Values)
            {
                started.Wait();
            }
        }

        private static (ReadingList?, DiagnosticBag) Read(ListReference reference)
        {
            var found = new DiagnosticBag();
            return (ReadingListReader.ReadFile(reference.Path, reference.Display, found, reference.Location), found);
        }
    }
}
