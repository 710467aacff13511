using System.Buffers;
using System.Text;

namespace ClrGraph.Export;

/// <summary>Text that XML 1.0 can carry: characters it forbids are replaced, never a crash.</summary>
internal static class XmlText
{
    /// <summary>What a forbidden character becomes.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// Replaces the characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF)
    /// with U+FFFD. CR is kept as a character reference by the writer.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = FirstInvalid(text);
        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(IsAllowed(c) ? c : Replacement);
            }
        }

        return builder.ToString();
    }

    /// <summary>Every character that may be one XML forbids: C0 controls but tab, LF and CR, surrogates (fine in
    /// pairs), U+FFFE, U+FFFF.</summary>
    internal static string Suspects { get; } =
        string.Create(
            0x20 - 3 + 0x800 + 2,
            0,
            (chars, _) =>
            {
                var i = 0;
                for (var c = '\0'; c < ' '; c++)
                {
                    if (c is not ('\t' or '\n' or '\r'))
                    {
                        chars[i++] = c;
                    }
                }

                for (var c = '\uD800'; c <= '\uDFFF'; c++)
                {
                    chars[i++] = c;
                }

                chars[i++] = '\uFFFE';
                chars[i] = '\uFFFF';
            }
        );

    private static readonly SearchValues<char> Suspect = SearchValues.Create(Suspects);

    /// <summary>Whether <paramref name="text"/> has nothing that <see cref="Clean"/> would replace.</summary>
    public static bool IsClean(ReadOnlySpan<char> text) => FirstInvalid(text) < 0;

    private static int FirstInvalid(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (true)
        {
            var next = text[i..].IndexOfAny(Suspect); // vectorized: most text has none
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2; // a valid pair
                continue;
            }

            return i;
        }
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
}
