using System.Globalization;
using System.Text;

namespace ClrGraph.Curation;

/// <summary>
/// Writes suggestions as YAML list items that can be pasted under <c>posts:</c> as they are: the post and its
/// evidence in comments, then <c>url</c> and <c>subsystems</c>.
/// </summary>
internal static class SuggestionFormatter
{
    /// <summary>The YAML for <paramref name="suggestions"/>, one item per post, <c>\n</c> line ends.</summary>
    public static string Format(IEnumerable<PostSuggestion> suggestions)
    {
        var text = new StringBuilder();
        foreach (var suggestion in suggestions)
        {
            Append(text, suggestion);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, PostSuggestion suggestion)
    {
        var post = suggestion.Post;
        var where = post.Listings.IsEmpty
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $" ({post.Listings[0].File}:{post.Listings[0].Line}")
                + (post.Listings[0].Section.Length == 0 ? ")" : $", section \"{post.Listings[0].Section}\")");
        text.Append("  # \"").Append(OneLine(post.Title)).Append('"').Append(OneLine(where)).Append('\n');
        foreach (var subsystem in suggestion.Subsystems)
        {
            text.Append("  #   ")
                .Append(subsystem.Id)
                .Append(": ")
                .Append(OneLine(string.Join("; ", subsystem.Evidence)))
                .Append('\n');
        }

        text.Append("  - url: ").Append(Scalar(post.Url)).Append('\n');
        var ids = string.Join(", ", suggestion.Subsystems.Select(s => s.Id));
        text.Append("    subsystems: [").Append(ids).Append("]\n");
    }

    /// <summary>Text for a comment: line breaks and control characters become spaces, so it stays one line.</summary>
    internal static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var isBreak = char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF';
            line.Append(isBreak ? ' ' : c);
        }

        return line.ToString();
    }

    /// <summary>A YAML scalar for <paramref name="value"/>: plain when that reads back the same, else quoted.</summary>
    internal static string Scalar(string value)
    {
        var plain =
            value.Length > 0
            && !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':')
            && !char.IsWhiteSpace(value[0])
            && !char.IsWhiteSpace(value[^1])
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0], StringComparison.Ordinal) < 0
            && value.All(c => c >= ' ' && c != '\u007f' && !char.IsControl(c));
        return plain ? value : "'" + OneLine(value).Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
