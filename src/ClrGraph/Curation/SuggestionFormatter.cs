using System.Globalization;
using System.Text.RegularExpressions;
using ClrGraph.Reading;

namespace ClrGraph.Curation;

/// <summary>
/// Writes suggestions as YAML list items that can be pasted under <c>posts:</c> as they are: the post and its
/// evidence in comments, then <c>url</c>, a <c>title</c> read from the address when no list gives one,
/// <c>subsystems</c> and <c>suggested: true</c>, which stays until a curator has reviewed the item.
/// </summary>
internal static partial class SuggestionFormatter
{
    // How a slug's word is written in a title: the names that slugs lower-case, and the built-in tree's keywords
    // that are written with capitals inside them ("gc" is GC, "coreclr" CoreCLR, "perfview" PerfView).
    private static readonly Dictionary<string, string> Spellings = new Dictionary<string, string>
    {
        ["net"] = ".NET",
        ["dotnet"] = ".NET",
        ["csharp"] = "C#",
        ["fsharp"] = "F#",
        ["aspnet"] = "ASP.NET",
    }
        .Concat(BuiltInSubsystems.All
            .SelectMany(s => s.Keywords)
            .Where(k => k.Skip(1).Any(char.IsUpper) && k.All(char.IsAsciiLetterOrDigit))
            .Select(k => KeyValuePair.Create(k.ToLowerInvariant(), k)))
        .DistinctBy(pair => pair.Key)
        .ToDictionary(StringComparer.Ordinal);

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
        var (title, from) = post.Title == post.Url ? (TitleFromAddress(post.Url), "its address")
            : post.TitleSaysNothing ? (TitleFromHeading(post), "its heading")
            : (null, "");
        return $"  # \"{OneLine(post.Title)}\"{OneLine(where)}\n"
            + string.Concat(evidence)
            + $"  - url: {YamlScalar.Of(post.Url)}\n"
            + (title is null ? "" : $"    title: {YamlScalar.Of(title)}  # read from {from}\n")
            + $"    subsystems: [{ids}]\n"
            + "    suggested: true\n";
    }

    // "…/pinned-object-heap-in-net-5-0/" is "Pinned object heap in .NET 5.0": the words of the address's last part,
    // when it has two at least, for a post that no list titles. A curator checks it with the rest of the item. A last
    // part of one word says what of its folder the page is ("…/garbage-collection/fundamentals"). Ids and codes after
    // the words are no part of them: a shop's "…/Garbage-Collection-Handbook/dp/1420082795", an answer's
    // "…/questions/123/how-to-pin-an-array/456". A repository is named as its site shows it: "owner/repository".
    private static string? TitleFromAddress(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (path.Length == 2 && PostUrl.Site(uri) is "github.com" or "gitlab.com" or "codeberg.org")
        {
            return $"{path[0]}/{path[1]}";
        }

        var parts = path
            .Reverse().SkipWhile(part => part.Length <= 2 || !part.Any(char.IsLetter))
            .Reverse().ToArray();
        var words = SlugWords(parts.LastOrDefault(""));
        // A folder of short words is a language ("en-us"), not a topic.
        var folder = parts.Length < 2 || SlugWords(parts[^2]) is not { } above || above.Any(w => w.Length < 3)
            ? []
            : above;
        var title = words.Count == 1 && folder.Count >= 2
            ? string.Join(' ', folder) + ": " + words[0]
            : string.Join(' ', words);
        return (words.Count < 2 && folder.Count < 2) || words.Count == 0 || title.Length > 100
            || !title.Any(char.IsLetter)
            ? null
            : char.ToUpperInvariant(title[0]) + title[1..];
    }

    // The words of a slug, spelled as the runtime's names are ("net-5-0": ".NET 5.0").
    private static List<string> SlugWords(string slug)
    {
        var words = DigitDash().Replace(SlugEnd().Replace(slug, ""), ".")
            .Split(['-', '_', '+', ' '], StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // "c-10" is C# 10; a lone "c" before anything else may be the language C.
            var version = i + 1 < words.Count && char.IsAsciiDigit(words[i + 1][0]);
            var lower = words[i].ToLowerInvariant();
            words[i] = lower == "c" && version ? "C#" : Spellings.GetValueOrDefault(lower, words[i]);
        }

        return words;
    }

    // "### Dynamic PGO" over "Slides: [slides](…)": the heading names the post, and the link text says which of its
    // forms this is ("Dynamic PGO (slides)"), as the reader words a medium below a titled item. A heading that is
    // itself only a kind of link ("Videos"), or a group whose words say nothing ("**Links**"), names nothing.
    private static string? TitleFromHeading(CurationPost post)
    {
        var heading = post.Listings.IsEmpty ? "" : SectionPath.Innermost(post.Listings[0].Section);
        if (Words.Of(heading).Count == 0 || LinkText.Classify(heading, "") != LinkTextKind.Real
            || !Uri.TryCreate(post.Url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        return $"{heading} ({LinkText.Qualifier(LinkText.Classify(post.Title, post.Url), post.Title, uri)})";
    }

    /// <summary>Text for a comment: line breaks and control characters become spaces, so it stays one line.</summary>
    internal static string OneLine(string text) =>
        new([.. text.Select(c => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' ? ' ' : c)]);

    // A page's extension (".html"), or the id a site appends to its slugs ("…-b75db3338897" on Medium).
    [GeneratedRegex(@"\.(?:html?|aspx|php|md)$|-[0-9a-f]{10,}$", RegexOptions.IgnoreCase)]
    private static partial Regex SlugEnd();

    // "net-5-0": a version's dots written as dashes.
    [GeneratedRegex(@"(?<=\d)-(?=\d)")]
    private static partial Regex DigitDash();
}
