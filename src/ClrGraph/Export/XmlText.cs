using System.Text;
using System.Xml;

namespace ClrGraph.Export;

/// <summary>Text that XML 1.0 can carry: characters it forbids are replaced, never a crash.</summary>
internal static class XmlText
{
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// Replaces the characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF)
    /// with U+FFFD. CR is kept as a character reference by the writer.
    /// </summary>
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : Replacement);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> has nothing that <see cref="Clean"/> would replace.</summary>
    public static bool IsClean(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPair(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
}
