using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ClrGraph.Export.Guide;

/// <summary>
/// The one place that escapes text for the Markdown of <c>guide.md</c>, as GitHub and Markdig (with its advanced
/// extensions) read it. A character is backslash-escaped only where it would otherwise start markup, so
/// <c>.NET</c>, <c>C#</c>, <c>C++</c> and <c>(2017)</c> stay as written and the committed file reads like text.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>
    /// Text inside a line (after a list marker, in link text, between words): the text on one line, with an escape
    /// before each character that would start markup there.
    /// <list type="bullet">
    /// <item><c>\ ` * [ ] &lt; { ~ ^ $</c>: always (escapes, code, emphasis, links, HTML and autolinks, Markdig's
    /// attributes, strikethrough, superscript, maths).</item>
    /// <item><c>_</c> unless between two letters or digits, where it cannot be emphasis.</item>
    /// <item><c>&amp;</c> before a letter or <c>#</c> (an entity).</item>
    /// <item><c>:</c> before anything but a space: <c>:emoji:</c>, <c>https://</c>, <c>mailto:</c> and
    /// <c>::</c> containers; <c>.</c> after <c>www</c> and <c>@</c> before a letter or digit (autolinks).</item>
    /// <item><c>+ = "</c> in runs of two or more that could open <c>++</c>, <c>==</c> or <c>""</c> (Markdig's
    /// inserted, marked and cited text); <c>C++ and</c> stays.</item>
    /// </list>
    /// Line breaks and tabs become spaces and characters XML forbids U+FFFD, so the text stays on its line and
    /// reads back as itself.
    /// </summary>
    public static string Inline(string text)
    {
        var clean = XmlText.OneLine(text);
        var builder = new StringBuilder(clean.Length + 8);
        for (var i = 0; i < clean.Length; i++)
        {
            if (NeedsEscape(clean, i))
            {
                builder.Append('\\');
            }

            builder.Append(clean[i]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A paragraph of its own line: the text trimmed (four leading spaces would make it code), then
    /// <see cref="Inline"/>, with the first character escaped where it would start a block: a heading, quote,
    /// list, table, fence or thematic break (<c># &gt; - + = | :</c>), or a list number such as <c>2016.</c> or
    /// <c>a)</c>.
    /// </summary>
    public static string Paragraph(string text)
    {
        var inline = Inline(XmlText.OneLine(text).Trim());
        if (inline.Length == 0)
        {
            return inline;
        }

        if (inline[0] is '#' or '>' or '-' or '+' or '=' or '|' or ':')
        {
            return "\\" + inline;
        }

        // A list number: digits, or (Markdig's list extras) one letter or a roman numeral, then ". " or ") ".
        var number = ListNumber().Match(inline);
        return number.Success ? inline[..number.Length] + "\\" + inline[number.Length..] : inline;
    }

    /// <summary>
    /// The text of an ATX heading (after <c>## </c>): <see cref="Inline"/>, trimmed, with a closing run of
    /// <c>#</c> escaped where the parser would drop it as the heading's closing sequence, and <c>{</c> as a
    /// character reference: Markdig looks for a heading's <c>{attributes}</c> before it reads escapes.
    /// </summary>
    public static string Heading(string text)
    {
        var inline = Inline(XmlText.OneLine(text).Trim(' ')).Replace("\\{", "&#123;", StringComparison.Ordinal);
        return ClosingSequence().Replace(inline, "\\", 1);
    }

    [GeneratedRegex(@"^(?:[0-9]+|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+)(?=[.)](?: |\z))")]
    private static partial Regex ListNumber();

    // Where a closing run of # starts: at the start of the text or after a space.
    [GeneratedRegex(@"(?<=^| )(?=#+\z)")]
    private static partial Regex ClosingSequence();

    /// <summary>A link destination: as written when it has no space, parenthesis, angle bracket, backslash or
    /// control character; else in angle brackets, with the few characters that could end or bend it
    /// percent-encoded.</summary>
    public static string Url(string url)
    {
        if (url.Length > 0 && !url.Any(c => c is ' ' or '(' or ')' or '<' or '>' or '\\' || char.IsControl(c)))
        {
            return url;
        }

        var inside = new StringBuilder(url).Replace("<", "%3C").Replace(">", "%3E").Replace("\\", "%5C");
        return "<" + inside.Replace(" ", "%20").Replace("\n", "").Replace("\r", "").Replace("\t", "") + ">";
    }

    /// <summary>A link: <c>[text](url)</c>; text of nothing but spaces makes no link in Markdig (nor reads as one),
    /// so the URL stands in for it. A web address that is its own text (a bare link in a list) is an autolink,
    /// <c>&lt;url&gt;</c>, when it needs no escaping.</summary>
    public static string Link(string text, string url)
    {
        var (shown, written) = (Shown(text, url), Url(url));
        var web = url.StartsWith("https://", StringComparison.Ordinal)
            || url.StartsWith("http://", StringComparison.Ordinal);
        return shown == url && web && written == url ? "<" + url + ">" : "[" + LinkText(shown) + "](" + written + ")";
    }

    /// <summary>A link to a heading of the guide: <c>[text](#anchor)</c>.</summary>
    public static string Anchor(string text, string anchor) =>
        "[" + LinkText(Shown(text, anchor)) + "](#" + anchor + ")";

    // The text a link shows: its own, unless it is nothing but spaces.
    private static string Shown(string text, string fallback) =>
        XmlText.OneLine(text).Trim(' ').Length == 0 ? fallback : text;

    private static string LinkText(string shown)
    {
        var inline = Inline(shown);

        // Markdig reads "[x](…)" at the start of a list item as a task's check box; a character reference is not.
        return inline switch
        {
            "x" => "&#120;",
            "X" => "&#88;",
            _ => inline,
        };
    }

    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        char? previous = i > 0 ? text[i - 1] : null;
        char? next = i + 1 < text.Length ? text[i + 1] : null;
        return c switch
        {
            '\\' or '`' or '*' or '[' or ']' or '<' or '{' or '~' or '^' or '$' => true,
            '_' => !(IsAlphanumeric(previous) && IsAlphanumeric(next)),
            '&' => next is '#' || (next is { } n && char.IsAsciiLetter(n)),
            ':' => next is not ' ',
            '.' => i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase),
            '@' => next is { } m && char.IsAsciiLetterOrDigit(m),
            '+' or '=' or '"' => OpensRun(text, i),
            _ => false,
        };
    }

    // Whether c is in a run of two or more of itself that could open emphasis: left-flanking, with the text's ends
    // taken at their worst (a space before it, a letter after it).
    private static bool OpensRun(string text, int i)
    {
        var c = text[i];
        var start = text.AsSpan(0, i).TrimEnd(c).Length; // where the run starts
        var end = text.Length - 1 - text.AsSpan(i + 1).TrimStart(c).Length; // and where it ends
        if (end == start)
        {
            return false;
        }

        char? before = start > 0 ? text[start - 1] : null;
        char? after = end + 1 < text.Length ? text[end + 1] : null;
        return after switch
        {
            null => true,
            { } a when IsWhiteSpace(a) => false,
            // Markdig reads a run before these as it would before a letter.
            '-' or '+' or '−' or '†' or '‡' => true,
            { } a when IsPunctuation(a) => before is not { } b || IsWhiteSpace(b) || IsPunctuation(b),
            _ => true,
        };
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    // Whitespace as CommonMark counts it for emphasis: a space separator, tab, line feed, form feed or carriage return;
    // not U+0085 or the line and paragraph separators, which .NET's char.IsWhiteSpace also counts.
    private static bool IsWhiteSpace(char c) =>
        c is '\t' or '\n' or '\f' or '\r' || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    private static bool IsAlphanumeric(char? c) => c is { } x && char.IsLetterOrDigit(x);
}
