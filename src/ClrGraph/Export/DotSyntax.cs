using System.Globalization;
using System.Text;

namespace ClrGraph.Export;

/// <summary>
/// The one place that knows the DOT language: every id and attribute value is written quoted, so keywords
/// (<c>node</c>, <c>edge</c>, <c>graph</c>, <c>digraph</c>, <c>subgraph</c>, <c>strict</c>, in any case) and
/// punctuation can never be misread.
/// </summary>
internal static class DotSyntax
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        "\"\\&\n\r\t"
    );

    /// <summary>
    /// A quoted ID. Inside quotes DOT only un-escapes <c>\"</c>; a backslash is doubled so that a trailing one cannot
    /// swallow the closing quote, and a line break becomes <c>\n</c> (a raw one would be a line continuation).
    /// </summary>
    public static string Id(string id) => Quote(id, lineBreak: "\\n", ampersand: "&");

    /// <summary>
    /// A quoted escString for labels and tooltips: <c>\</c> as <c>\\</c>, <c>"</c> as <c>\"</c>, line breaks as
    /// <c>\n</c>, <c>&amp;</c> as <c>&amp;amp;</c> (Graphviz decodes entities in labels), and control characters
    /// replaced.
    /// </summary>
    public static string Text(string text) => Quote(text, lineBreak: "\\n", ampersand: "&amp;");

    /// <summary>
    /// A quoted URL: Graphviz copies it raw into SVG's <c>xlink:href</c>, so <c>&amp;</c> must already be
    /// <c>&amp;amp;</c> there, and quotes and backslashes are escaped as in any ID.
    /// </summary>
    public static string Url(string url) => Quote(url, lineBreak: "", ampersand: "&amp;");

    /// <summary>
    /// Text inside an HTML-like label (<c>label=&lt;…&gt;</c>), which Graphviz parses as XML: <c>&amp;</c>,
    /// <c>&lt;</c>, <c>&gt;</c> and <c>"</c> as entities, line breaks and tabs as spaces, forbidden characters
    /// replaced. Named entities only, the ones every Graphviz version decodes.
    /// </summary>
    public static string Html(string text)
    {
        var clean = XmlText.Clean(text);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\n' or '\r' or '\t' => builder.Append(' '),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>A number as DOT reads it: invariant culture, no exponent.</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Wraps text at spaces so that no line is longer than <paramref name="width"/> characters (unless one
    /// word is).</summary>
    public static string Wrap(string text, int width)
    {
        if (text.Length <= width && !text.Contains("  ", StringComparison.Ordinal) && text.Trim().Length == text.Length)
        {
            return text; // one line already, as most labels are
        }

        var builder = new StringBuilder(text.Length + 8);
        var lineLength = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineLength > 0 && lineLength + 1 + word.Length > width)
            {
                builder.Append('\n');
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                builder.Append(' ');
                lineLength++;
            }

            builder.Append(word);
            lineLength += word.Length;
        }

        return builder.ToString();
    }

    private static string Quote(string value, string lineBreak, string ampersand)
    {
        if (value.AsSpan().IndexOfAny(Special) < 0 && XmlText.IsClean(value))
        {
            return string.Concat("\"", value, "\""); // nothing to escape, as for most ids and labels
        }

        // Graphviz's SVG is XML: what XML can't carry can't be in the DOT either.
        var text = XmlText.Clean(value);
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '&':
                    quoted.Append(ampersand);
                    break;
                case '\n':
                    quoted.Append(lineBreak);
                    break;
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n')
                    {
                        quoted.Append(lineBreak);
                    }

                    break;
                case '\t':
                    quoted.Append(' ');
                    break;
                default:
                    quoted.Append(text[i]);
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
