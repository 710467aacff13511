using System.Globalization;
using ClrGraph.Reading;

namespace ClrGraph.Curation;

/// <summary>
/// Writes suggestions as YAML list items that can be pasted under <c>posts:</c> as they are: the post and its
/// evidence in comments, then <c>url</c>, <c>subsystems</c> and <c>suggested: true</c>, which stays until a curator
/// has reviewed the item.
/// </summary>
internal static class SuggestionFormatter
{
    /// <summary>The YAML for <paramref name="suggestions"/>, one item per post, <c>\n</c> line ends.</summary>
    public static string Format(IEnumerable<PostSuggestion> suggestions) => string.Concat(suggestions.Select(Item));

    private static string Item(PostSuggestion suggestion)
    {
        var post = suggestion.Post;
        var where = post.Listings.IsEmpty
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $" ({post.Listings[0].File}:{post.Listings[0].Line}")
                + (post.Listings[0].Section.Length == 0 ? ")" : $", section \"{post.Listings[0].Section}\")");
        var evidence = suggestion.Subsystems.Select(s => $"  #   {s.Id}: {OneLine(string.Join("; ", s.Evidence))}\n");
        var ids = string.Join(", ", suggestion.Subsystems.Select(s => YamlScalar.Of(s.Id)));
        return $"  # \"{OneLine(post.Title)}\"{OneLine(where)}\n"
            + string.Concat(evidence)
            + $"  - url: {YamlScalar.Of(post.Url)}\n"
            + $"    subsystems: [{ids}]\n"
            + "    suggested: true\n";
    }

    /// <summary>Text for a comment: line breaks and control characters become spaces, so it stays one line.</summary>
    internal static string OneLine(string text) =>
        new([.. text.Select(c => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' ? ' ' : c)]);
}
