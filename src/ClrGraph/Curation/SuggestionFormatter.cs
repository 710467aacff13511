using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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
        var ids = string.Join(", ", suggestion.Subsystems.Select(s => Scalar(s.Id)));
        return $"  # \"{OneLine(post.Title)}\"{OneLine(where)}\n"
            + string.Concat(evidence)
            + $"  - url: {Scalar(post.Url)}\n"
            + $"    subsystems: [{ids}]\n"
            + "    suggested: true\n";
    }

    /// <summary>Text for a comment: line breaks and control characters become spaces, so it stays one line.</summary>
    internal static string OneLine(string text) =>
        new([.. text.Select(c => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' ? ' ' : c)]);

    /// <summary>A one-line YAML scalar for <paramref name="value"/>, as YamlDotNet's emitter writes it: plain when
    /// that reads back the same, else quoted.</summary>
    internal static string Scalar(string value)
    {
        var text = Emit(value, ScalarStyle.Any);
        return text.Contains('\n', StringComparison.Ordinal) ? Emit(value, ScalarStyle.DoubleQuoted) : text;
    }

    private static string Emit(string value, ScalarStyle style)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(writer, EmitterSettings.Default.WithBestWidth(int.MaxValue).WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new Scalar(null, null, value, style, isPlainImplicit: true, isQuotedImplicit: true));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        var emitted = writer.ToString();
        // The emitter ends the document with a line break, and a plain scalar that YAML would fold with "...".
        return emitted.EndsWith("\n...\n", StringComparison.Ordinal) ? emitted[..^5]
            : emitted.EndsWith('\n') ? emitted[..^1]
            : emitted;
    }
}
