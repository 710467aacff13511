using System.Buffers;
using System.Globalization;
using System.Text;

namespace ClrGraph.Reading;

/// <summary>Text from the input made harmless to show: control characters, which can retitle, clear or beep a terminal,
/// and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text read other than it
/// is, are written out as <c>\uXXXX</c>. Applied once where text enters the model, and to every diagnostic.</summary>
internal static class SafeText
{
    // C0 controls, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F"
            + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
            + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
            + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
            + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
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
