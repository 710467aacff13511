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

        var lists = ReadingListReader.ReadAll(ListReference.Of(taxonomy, extraLists), diagnostics);
        var patterns = taxonomy.Ignore.Select(p => IgnoreRules.Normalize(p.Pattern)).ToList();
        return CurationInput.From(taxonomy, lists, key => patterns.Exists(p => IgnoreRules.Matches(p, key)));
    }
}
