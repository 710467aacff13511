using System.Text;
using ClrGraph.Reading;

namespace ClrGraph.Curation;

/// <summary>
/// The taxonomy <c>clrgraph init</c> writes for a new curator: the reading lists, <c>ignore:</c> patterns for the
/// links that are clearly not posts, and a suggested mapping for every other link, marked <c>suggested: true</c>.
/// </summary>
internal static class StarterTaxonomy
{
    /// <summary>The taxonomy's YAML, <c>\n</c> line ends; <paramref name="lists"/> relative to its folder.</summary>
    public static string Format(
        IEnumerable<string> lists,
        IEnumerable<ProposedIgnore> ignore,
        IEnumerable<PostSuggestion> suggestions
    )
    {
        var text = new StringBuilder();
        text.Append(
            """
            # A starter taxonomy written by 'clrgraph init'. The subsystems are ClrGraph's built-in tree; see
            # docs/taxonomy.md to add or change one.
            # 1. Check the ignore: patterns (links that are not posts) and add the ones that are missing.
            # 2. Review each post: put its primary subsystem first, correct the others, then delete its line
            #    'suggested: true'. 'clrgraph check --strict' passes once every post is reviewed.

            """
        );
        text.Append("reading-lists:\n");
        foreach (var list in lists)
        {
            text.Append("  - ").Append(YamlScalar.Of(list)).Append('\n');
        }

        var patterns = ignore.ToList();
        if (patterns.Count > 0)
        {
            text.Append("\nignore:\n");
            var width = patterns.Max(p => YamlScalar.Of(p.Pattern).Length);
            foreach (var pattern in patterns)
            {
                text.Append("  - ")
                    .Append(YamlScalar.Of(pattern.Pattern).PadRight(width))
                    .Append("  # ")
                    .Append(SuggestionFormatter.OneLine(pattern.Comment))
                    .Append('\n');
            }
        }

        text.Append("\nposts:\n").Append(SuggestionFormatter.Format(suggestions));
        return text.ToString();
    }
}
