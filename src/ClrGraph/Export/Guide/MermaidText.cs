using System.Globalization;
using System.Text;

namespace ClrGraph.Export.Guide;

/// <summary>The one place that escapes text for the Mermaid diagrams of <c>guide.md</c>.</summary>
internal static class MermaidText
{
    /// <summary>
    /// A quoted node label, <c>"…"</c>: letters, digits, spaces and a few harmless marks stay; every other character
    /// is a numeric entity (<c>#34;</c>), which Mermaid decodes only after parsing, so nothing in the text can end
    /// the string, start markup or a Markdown string (a mind map reads <c>_em_</c> as emphasis, so <c>_</c> is an
    /// entity too). The words <c>style</c> and <c>classDef</c> have their first
    /// letter escaped too: Mermaid trims a <c>;</c> from any line with them before it decodes entities.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="markup">Trusted markup put after it inside the quotes, such as <c>&lt;br/&gt;</c>.</param>
    public static string Label(string text, string markup = "")
    {
        var clean = XmlText.Clean(text);
        var builder = new StringBuilder(clean.Length + 16).Append('"');
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            var keyword =
                string.CompareOrdinal(clean, i, "style", 0, 5) == 0
                || string.CompareOrdinal(clean, i, "classDef", 0, 8) == 0;
            if (c is '\n' or '\r' or '\t')
            {
                builder.Append(' ');
            }
            else if (
                !keyword
                && (
                    char.IsLetterOrDigit(c)
                    || c is ' ' or '.' or ',' or ':' or '-' or '\'' or '?' or '!' or '(' or ')' or '/' or '+'
                )
            )
            {
                builder.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < clean.Length && char.IsLowSurrogate(clean[i + 1]))
            {
                Entity(builder, char.ConvertToUtf32(c, clean[i + 1]));
                i++;
            }
            else
            {
                Entity(builder, c);
            }
        }

        return builder.Append(markup).Append('"').ToString();
    }

    private static void Entity(StringBuilder builder, int codePoint) =>
        builder.Append('#').Append(codePoint.ToString(CultureInfo.InvariantCulture)).Append(';');
}
