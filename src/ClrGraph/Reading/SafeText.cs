using System.Buffers;
using System.Globalization;
using System.Text;

namespace ClrGraph.Reading;

/// <summary>
/// Text from the input made harmless to show: control characters, which can retitle, clear or beep a terminal, and
/// the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text read other than it is,
/// are written out as <c>\uXXXX</c>. Applied once where text enters the model, and to every diagnostic.
/// </summary>
internal static class SafeText
{
    // C0 controls, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [
            .. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl),
            .. "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069",
        ]
    );

    /// <summary>Text for the graph and its outputs: every unsafe character but tab, line feed and carriage return
    /// (line breaks that each output writes in its own way) as <c>\uXXXX</c>.</summary>
    public static string Of(string text) => Escape(text, keepLineBreaks: true);

    /// <summary>Text for a terminal, on one line: every unsafe character, tab and line breaks included, as
    /// <c>\uXXXX</c>.</summary>
    public static string ForTerminal(string text) => Escape(text, keepLineBreaks: false);

    private static string Escape(string text, bool keepLineBreaks)
    {
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!Unsafe.Contains(c) || (keepLineBreaks && c is '\t' or '\n' or '\r'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
