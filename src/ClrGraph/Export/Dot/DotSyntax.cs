using System.Globalization;
using System.Text;

namespace ClrGraph.Export.Dot;

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
    /// Writes a quoted ID. Inside quotes DOT only un-escapes <c>\"</c>; a backslash is doubled so that a trailing one
    /// cannot swallow the closing quote, and a line break becomes <c>\n</c> (a raw one would be a line continuation).
    /// </summary>
    public static void Id(TextWriter output, string id) => Quote(output, id, lineBreak: "\\n", ampersand: "&");

    /// <summary>
    /// Writes a quoted escString for labels and tooltips: <c>\</c> as <c>\\</c>, <c>"</c> as <c>\"</c>, line breaks
    /// as <c>\n</c>, <c>&amp;</c> as <c>&amp;amp;</c> (Graphviz decodes entities in labels), and control characters
    /// replaced.
    /// </summary>
    public static void Text(TextWriter output, string text) =>
        Quote(output, text, lineBreak: "\\n", ampersand: "&amp;");

    /// <summary>
    /// Writes a quoted URL: Graphviz copies it raw into SVG's <c>xlink:href</c>, so <c>&amp;</c> must already be
    /// <c>&amp;amp;</c> there, and quotes and backslashes are escaped as in any ID.
    /// </summary>
    public static void Url(TextWriter output, string url) => Quote(output, url, lineBreak: "", ampersand: "&amp;");

    /// <summary>
    /// Text inside an HTML-like label (<c>label=&lt;…&gt;</c>), which Graphviz parses as XML: <c>&amp;</c>,
    /// <c>&lt;</c>, <c>&gt;</c> and <c>"</c> as entities, line breaks and tabs as spaces, forbidden characters
    /// replaced. Named entities only, the ones every Graphviz version decodes.
    /// </summary>
    public static string Html(string text)
    {
        var html = new StringBuilder(XmlText.OneLine(text)).Replace("&", "&amp;").Replace("<", "&lt;");
        return html.Replace(">", "&gt;").Replace("\"", "&quot;").ToString();
    }

    /// <summary>Wraps text at spaces so that no line is longer than <paramref name="width"/> characters (unless one
    /// word is); a longer word, such as the URL that is a bare link's title, also breaks after its slashes and
    /// hyphens.</summary>
    public static string Wrap(string text, int width)
    {
        if (text.Length <= width && !text.Contains("  ", StringComparison.Ordinal) && text.Trim().Length == text.Length)
        {
            return text; // one line already, as most labels are
        }

        var builder = new StringBuilder(text.Length + 8);
        var lineLength = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan(range);
            for (var gap = lineLength > 0 ? 1 : 0; !word.IsEmpty; gap = 0)
            {
                var breakAt = word.Length <= width ? -1 : word.IndexOfAny('/', '-');
                // After the break and the slashes that follow it: "https://" stays whole.
                var end = breakAt < 0 ? word.Length : word.Length - word[(breakAt + 1)..].TrimStart('/').Length;

                var piece = word[..end];
                if (lineLength > 0 && lineLength + gap + piece.Length > width)
                {
                    builder.Append('\n');
                    (lineLength, gap) = (0, 0);
                }

                builder.Append(' ', gap).Append(piece);
                lineLength += gap + piece.Length;
                word = word[piece.Length..];
            }
        }

        return builder.ToString();
    }

    private static void Quote(TextWriter output, string value, string lineBreak, string ampersand)
    {
        // Graphviz's SVG is XML: what XML can't carry can't be in the DOT either.
        var rest = XmlText.Clean(value).AsSpan();
        output.Write('"');
        for (var next = rest.IndexOfAny(Special); next >= 0; next = rest.IndexOfAny(Special))
        {
            output.Write(rest[..next]);
            output.Write(
                rest[next] switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '&' => ampersand,
                    '\t' => " ",
                    '\r' when rest[(next + 1)..].StartsWith('\n') => "", // CR LF is one line break
                    _ => lineBreak,
                }
            );
            rest = rest[(next + 1)..];
        }

        output.Write(rest);
        output.Write('"');
    }
}
