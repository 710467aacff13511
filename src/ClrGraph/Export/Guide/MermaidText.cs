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
        var builder = new StringBuilder(text.Length + 16).Append('"');
        foreach (var rune in XmlText.OneLine(text).EnumerateRunes())
        {
            var c = rune.IsBmp ? (char)rune.Value : '\0';
            if (char.IsLetterOrDigit(c) || c is ' ' or '.' or ',' or ':' or '-' or '\'' or '?' or '!' or '(' or ')'
                or '/' or '+')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('#').Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }

        // Letters only come from letters of the text: entities have none.
        builder.Replace("style", "#115;tyle").Replace("classDef", "#99;lassDef");
        return builder.Append(markup).Append('"').ToString();
    }
}
