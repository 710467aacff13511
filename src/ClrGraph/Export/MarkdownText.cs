using System.Globalization;
using System.Text;

namespace ClrGraph.Export;

/// <summary>
/// The one place that escapes text for the Markdown of <c>guide.md</c> (CommonMark as GitHub and Markdig read it).
/// </summary>
internal static class MarkdownText
{
    /// <summary>
    /// Inline text (link text, list items, headings): ASCII punctuation backslash-escaped (CommonMark lets any be),
    /// so no emphasis, link, HTML, entity, autolink or extension syntax can start; only <c>, / ? '</c> and a
    /// <c>-</c> that does not start the text stay as they are, to keep the Markdown readable. Line breaks and tabs
    /// become spaces and forbidden characters U+FFFD, so the text stays on its line and parses back as itself.
    /// </summary>
    public static string Inline(string text)
    {
        var clean = XmlText.Clean(text);
        var builder = new StringBuilder(clean.Length + 8);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (c is '\n' or '\r' or '\t')
            {
                builder.Append(' ');
            }
            else if (
                char.IsAscii(c)
                && (char.IsPunctuation(c) || char.IsSymbol(c))
                && c is not (',' or '/' or '?' or '\'')
                && (c != '-' || i == 0)
            )
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A paragraph of its own: the text trimmed (four leading spaces would make it code), then
    /// <see cref="Inline"/>.</summary>
    public static string Paragraph(string text) => Inline(text.Trim());

    /// <summary>A link destination in angle brackets, with the few characters that could end or bend it
    /// percent-encoded.</summary>
    public static string Url(string url)
    {
        var builder = new StringBuilder(url.Length + 2).Append('<');
        foreach (var c in url)
        {
            _ = c switch
            {
                '<' => builder.Append("%3C"),
                '>' => builder.Append("%3E"),
                '\\' => builder.Append("%5C"),
                ' ' => builder.Append("%20"),
                '\n' or '\r' or '\t' => builder,
                _ => builder.Append(c),
            };
        }

        return builder.Append('>').ToString();
    }

    /// <summary>A link: <c>[text](&lt;url&gt;)</c>; text of nothing but spaces makes no link in Markdig (nor
    /// reads as one), so the URL stands in for it.</summary>
    public static string Link(string text, string url)
    {
        var inline = Inline(Inline(text).Trim(' ').Length == 0 ? url : text);

        // Markdig reads "[x](…)" at the start of a list item as a task's check box; a character reference is not.
        inline = inline switch
        {
            "x" => "&#120;",
            "X" => "&#88;",
            _ => inline,
        };
        return "[" + inline + "](" + Url(url) + ")";
    }

    /// <summary>The anchor GitHub gives a heading (its <c>github-slugger</c>): lower case, everything but letters,
    /// marks, digits, connector punctuation, spaces and hyphens dropped, each space a hyphen.</summary>
    /// <param name="heading">The heading's text as shown, not its Markdown.</param>
    public static string Slug(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (var c in heading.ToLowerInvariant())
        {
            var kept =
                char.GetUnicodeCategory(c)
                is UnicodeCategory.UppercaseLetter
                    or UnicodeCategory.LowercaseLetter
                    or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter
                    or UnicodeCategory.OtherLetter
                    or UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.EnclosingMark
                    or UnicodeCategory.DecimalDigitNumber
                    or UnicodeCategory.LetterNumber
                    or UnicodeCategory.OtherNumber
                    or UnicodeCategory.ConnectorPunctuation;
            if (kept || c == '-')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }

        return builder.ToString();
    }
}
