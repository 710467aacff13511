using System.Globalization;
using System.Text.RegularExpressions;

namespace ClrGraph.Reading;

/// <summary>
/// Text from the input made harmless to show: control characters, which can retitle, clear or beep a terminal, and
/// the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text read other than it is,
/// are written out as <c>\uXXXX</c>. Applied once where text enters the model, and to every diagnostic.
/// </summary>
internal static partial class SafeText
{
    /// <summary>Text for the graph and its outputs: every unsafe character but tab, line feed and carriage return
    /// (line breaks that each output writes in its own way) as <c>\uXXXX</c>.</summary>
    public static string Of(string text) => UnsafeButLineBreaks().Replace(text, Escape);

    /// <summary>Text for a terminal, on one line: every unsafe character, tab and line breaks included, as
    /// <c>\uXXXX</c>.</summary>
    public static string ForTerminal(string text) => Unsafe().Replace(text, Escape);

    private static string Escape(Match unsafeCharacter) =>
        string.Create(CultureInfo.InvariantCulture, $"\\u{(int)unsafeCharacter.Value[0]:X4}");

    // C0 controls, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
    [GeneratedRegex(@"[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]")]
    private static partial Regex Unsafe();

    // The same but tab, line feed and carriage return.
    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]")]
    private static partial Regex UnsafeButLineBreaks();
}
