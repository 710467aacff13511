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
    /// <summary>Text for the graph and its outputs: every unsafe character but tab, line feed and carriage return
    /// (line breaks that each output writes in its own way) as <c>\uXXXX</c>.</summary>
    public static string Of(string text) => Escape(text, keepLineBreaks: true);

    /// <summary>Text for a terminal, on one line: every unsafe character, tab and line breaks included, as
    /// <c>\uXXXX</c>.</summary>
    public static string ForTerminal(string text) => Escape(text, keepLineBreaks: false);

    private static string Escape(string text, bool keepLineBreaks)
    {
        bool Escaped(char c) => IsUnsafe(c) && !(keepLineBreaks && c is '\t' or '\n' or '\r');
        if (!text.Any(Escaped))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Escaped(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // C0 controls, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
