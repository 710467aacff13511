using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using YamlDotNet.RepresentationModel;

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

        var paths = taxonomy.ReadingLists.Select(l => (l.Path, l.Display, l.Location))
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

        var patterns = IgnorePatterns(File.ReadAllText(taxonomyPath));
        return CurationInput.From(taxonomy, lists, key => patterns.Any(p => UrlPattern.Matches(p, key)));
    }

    /// <summary>The taxonomy's top-level <c>ignore:</c> patterns (none when it has none or cannot be parsed).
    /// </summary>
    internal static List<string> IgnorePatterns(string taxonomyText)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(taxonomyText));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("ignore"), out var node)
                && node is YamlSequenceNode items)
            {
                return [.. items.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(v => v.Length > 0)];
            }
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // The taxonomy reader has reported the syntax error already.
        }

        return [];
    }
}
