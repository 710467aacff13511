using System.Globalization;
using System.Text;

namespace ClrGraph.Export;

/// <summary>
/// The one place that knows the DOT language: every id and attribute value is written quoted, so keywords
/// (<c>node</c>, <c>edge</c>, <c>graph</c>, <c>digraph</c>, <c>subgraph</c>, <c>strict</c>, in any case) and
/// punctuation can never be misread.
/// </summary>
public static class DotSyntax
{
    /// <summary>The DOT keywords, which Graphviz matches case-insensitively.</summary>
    public static IReadOnlyList<string> Keywords { get; } = ["node", "edge", "graph", "digraph", "subgraph", "strict"];

    /// <summary>
    /// A quoted ID. Inside quotes DOT only un-escapes <c>\"</c>; a backslash is doubled so that a trailing one cannot
    /// swallow the closing quote, and a line break becomes <c>\n</c> (a raw one would be a line continuation).
    /// </summary>
    public static string Id(string id) => Quote(id, lineBreak: "\\n", ampersand: "&");

    /// <summary>
    /// A quoted escString for labels and tooltips: <c>\</c> as <c>\\</c>, <c>"</c> as <c>\"</c>, line breaks as
    /// <paramref name="lineBreak"/> (<c>\n</c> centred, <c>\l</c> left-justified), <c>&amp;</c> as <c>&amp;amp;</c>
    /// (Graphviz decodes entities in labels), and control characters replaced.
    /// </summary>
    public static string Text(string text, string lineBreak = "\\n") => Quote(text, lineBreak, ampersand: "&amp;");

    /// <summary>
    /// A quoted URL: Graphviz copies it raw into SVG's <c>xlink:href</c>, so <c>&amp;</c> must already be
    /// <c>&amp;amp;</c> there, and quotes and backslashes are escaped as in any ID.
    /// </summary>
    public static string Url(string url) => Quote(url, lineBreak: "", ampersand: "&amp;");

    /// <summary>A number as DOT reads it: invariant culture, no exponent.</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Wraps text at spaces so that no line is longer than <paramref name="width"/> characters (unless one word is).</summary>
    public static string Wrap(string text, int width) => Wrap(new StringBuilder(text.Length + 8), text, width).ToString();

    /// <summary>Appends <paramref name="text"/> wrapped (see <see cref="Wrap(string, int)"/>) to <paramref name="builder"/>.</summary>
    public static StringBuilder Wrap(StringBuilder builder, string text, int width)
    {
        var lineLength = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

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

        return builder;
    }

    private static string Quote(string value, string lineBreak, string ampersand)
    {
        if (!value.AsSpan().ContainsAny(Special) && XmlText.IsClean(value))
        {
            return string.Concat("\"", value, "\""); // nothing to escape, as for most ids and labels
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteQuoted(writer, value, lineBreak, ampersand);
        return writer.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\"\\&\n\r\t");

    /// <summary>
    /// Writes <paramref name="value"/> quoted, straight into <paramref name="writer"/>: the one implementation of the
    /// quoting rules that <see cref="Id"/>, <see cref="Text"/> and <see cref="Url"/> describe.
    /// </summary>
    internal static void WriteQuoted(TextWriter writer, string value, string lineBreak, string ampersand) =>
        WriteQuoted(writer, value.AsSpan(), lineBreak, ampersand);

    /// <summary>Writes <paramref name="value"/> quoted (see <see cref="WriteQuoted(TextWriter, string, string, string)"/>).</summary>
    internal static void WriteQuoted(TextWriter writer, ReadOnlySpan<char> value, string lineBreak, string ampersand)
    {
        // Graphviz's SVG is XML: what XML can't carry can't be in the DOT either.
        var text = XmlText.IsClean(value) ? value : XmlText.Clean(value.ToString()).AsSpan();
        writer.Write('"');
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny(Special);
            if (special < 0)
            {
                writer.Write(text);
                break;
            }

            writer.Write(text[..special]);
            var c = text[special];
            switch (c)
            {
                case '"':
                    writer.Write("\\\"");
                    break;
                case '\\':
                    writer.Write("\\\\");
                    break;
                case '&':
                    writer.Write(ampersand);
                    break;
                case '\n':
                    writer.Write(lineBreak);
                    break;
                case '\r':
                    if (special + 1 >= text.Length || text[special + 1] != '\n')
                    {
                        writer.Write(lineBreak);
                    }

                    break;
                default: // tab
                    writer.Write(' ');
                    break;
            }

            text = text[(special + 1)..];
        }

        writer.Write('"');
    }
}
