using System.Text;

namespace ClrGraph.Tests.Support;

/// <summary>What a consumer should read back of a text, worked out from the formats' specifications, apart from the
/// exporters' own escaping, so that a test built on it fails when the exporters are wrong.</summary>
internal static class ExpectedText
{
    /// <summary>
    /// What an XML 1.0 file can carry of <paramref name="text"/>: the characters of the spec's <c>Char</c> production
    /// (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]) as they are, any other UTF-16 unit
    /// (a C0 control, a lone surrogate, U+FFFE, U+FFFF) as U+FFFD.
    /// </summary>
    public static string XmlCarried(string text)
    {
        var carried = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                carried.Append(c).Append(text[++i]); // a pair is one character of #x10000-#x10FFFF
            }
            else
            {
                var allowed =
                    c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
                carried.Append(allowed ? c : '\uFFFD');
            }
        }

        return carried.ToString();
    }

    /// <summary>The words of <paramref name="text"/> one space apart: how a drawing shows a label it wraps.</summary>
    public static string Words(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
