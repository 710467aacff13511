using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Curation;

/// <summary>Reads a taxonomy and its reading lists into a <see cref="CurationInput"/>.</summary>
internal static class CurationLoader
{
    /// <summary>The input, or null when the taxonomy cannot be read; problems go to <paramref name="diagnostics"/>.
    /// </summary>
    public static CurationInput? Load(string taxonomyPath, IEnumerable<string> extraLists, DiagnosticBag diagnostics)
    {
        var taxonomy = TaxonomyReader.ReadFile(taxonomyPath, DisplayPath.Of(taxonomyPath), diagnostics);
        if (taxonomy is null)
        {
            return null;
        }

        var paths = taxonomy
            .ReadingLists.Select(l => (l.Path, l.Display, l.Location))
            .Concat(extraLists.Select(p => (Path.GetFullPath(p), DisplayPath.Of(p), (SourceLocation?)null)))
            .DistinctBy(l => l.Item1, StringComparer.Ordinal);
        var lists = new List<ReadingList>();
        foreach (var (path, display, location) in paths)
        {
            if (ReadingListReader.ReadFile(path, display, diagnostics, location) is { } list)
            {
                lists.Add(list);
            }
        }

        var patterns = taxonomy.Ignore.Select(p => IgnoreRules.Normalize(p.Pattern)).ToList();
        return CurationInput.From(taxonomy, lists, key => patterns.Exists(p => IgnoreRules.Matches(p, key)));
    }
}
