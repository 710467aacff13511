using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ClrGraph.Diagnostics;
using YamlDotNet.Core.Events;

namespace ClrGraph.Reading;

/// <summary>A reading list's front matter: its title, tags, summary and own url.</summary>
internal sealed partial record FrontMatter(string? Title, ImmutableArray<string> Tags, string? Summary, string? Url)
{
    // A key=value header longer than this is not a header.
    private const int MaxHeaderLines = 200;

    /// <summary>No front matter.</summary>
    public static FrontMatter Empty { get; } = new(null, [], null, null);

    /// <summary>Where <see cref="Url"/> is written, if it is.</summary>
    public SourceLocation? UrlLocation { get; init; }

    /// <summary>Builds front matter from keys and values, whichever syntax they came in.</summary>
    internal static FrontMatter From(IReadOnlyDictionary<string, string> values, IReadOnlyList<string>? tagList)
    {
        var tags =
            tagList
            ?? (
                values.TryGetValue("tags", out var t)
                    ? t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : []
            );
        return new FrontMatter(
            values.GetValueOrDefault("title"),
            [.. tags],
            values.GetValueOrDefault("summary"),
            values.GetValueOrDefault("url")
        );
    }

    /// <summary>
    /// Splits off the <c>key=value</c> header ended by a <c>~~~~~~</c> line (as in the original CoreCLR list), and
    /// blanks it out of <paramref name="text"/> so that Markdown line numbers stay those of the file.
    /// </summary>
    internal static FrontMatter? TakeKeyValueHeader(ref string text, string file, DiagnosticBag diagnostics)
    {
        // Only the head of the file is looked at: the header is a few lines, the list may be megabytes.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        SourceLocation? urlAt = null;
        var found = new DiagnosticBag(); // reported only if the '~~~~~~' line ends a header
        var offset = 0;
        for (var number = 1; offset < text.Length && number <= MaxHeaderLines; number++)
        {
            var newline = text.IndexOf('\n', offset);
            var line = (newline < 0 ? text[offset..] : text[offset..newline]).TrimEnd('\r');
            offset = newline < 0 ? text.Length : newline + 1;
            if (number == 1 && !KeyValue().IsMatch(line))
            {
                return null;
            }

            if (line.Trim().Length >= 3 && line.Trim().All(c => c == '~'))
            {
                diagnostics.AddRange(found.Sorted());
                // The header's lines become empty lines, so that Markdown line numbers stay those of the file.
                text = string.Concat(new string('\n', number), text.AsSpan(offset));
                return From(values, null) with { UrlLocation = urlAt };
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (!KeyValue().IsMatch(line))
            {
                found.Error(
                    DiagnosticCodes.FrontMatter,
                    new SourceLocation(file, number, 1),
                    "expected 'key=value' in the header before the '~~~~~~' line"
                );
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = (line[..eq].Trim().ToLowerInvariant(), line[(eq + 1)..].TrimStart());
            values[key] = value.TrimEnd();
            if (key == "url")
            {
                urlAt = new SourceLocation(file, number, line.Length - value.Length + 1);
            }
        }

        return null;
    }

    /// <summary>Reads YAML front matter (the text between the <c>---</c> lines); <paramref name="firstLine"/> is its
    /// first line in the file. Keys other than title, tags, summary and url are the list author's own
    /// business.</summary>
    internal static FrontMatter ParseYaml(string yaml, string file, int firstLine, DiagnosticBag diagnostics) =>
        YamlEventReader.Read(
            yaml,
            file,
            firstLine,
            "front matter",
            diagnostics,
            (reader, root) =>
            {
                if (root is null || !reader.IsMapping(root, "front matter"))
                {
                    return Empty;
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                SourceLocation? urlAt = null;
                List<string>? tags = null;
                foreach (var (key, value) in reader.Entries(null))
                {
                    switch (key.ToLowerInvariant())
                    {
                        case "tags" when value is SequenceStart:
                            tags = [.. reader.ScalarValues(value, "tags").Where(t => t.Length > 0)];
                            break;
                        case var name and ("title" or "summary" or "url" or "tags"):
                            if (reader.Scalar(value, name) is { } text)
                            {
                                values[name] = text;
                                urlAt = name == "url" ? reader.At(value.Start) : urlAt;
                            }

                            break;
                        default:
                            reader.Skip(value);
                            break;
                    }
                }

                return From(values, tags) with { UrlLocation = urlAt };
            }
        ) ?? Empty;

    // "key=value": a key of ASCII letters, digits, '-' and '_', white space around it.
    [GeneratedRegex(@"^\s*[A-Za-z0-9_-]+\s*=")]
    private static partial Regex KeyValue();
}
