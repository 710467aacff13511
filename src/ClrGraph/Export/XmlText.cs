using System.Text.RegularExpressions;

namespace ClrGraph.Export;

/// <summary>Text that XML 1.0 can carry: characters it forbids are replaced, never a crash.</summary>
internal static partial class XmlText
{
    /// <summary>
    /// Replaces the characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF)
    /// with U+FFFD. CR is kept as a character reference by the writer. Clean text, nearly all, comes back as it is.
    /// </summary>
    public static string Clean(string text) => Forbidden().Replace(text, "\uFFFD");

    /// <summary>The text as one line, as a reader sees it: characters XML forbids replaced, line breaks and tabs
    /// as spaces.</summary>
    public static string OneLine(string text) => Clean(text).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    // A character XML forbids, a high surrogate without its low one, or a low one without its high one.
    [GeneratedRegex(
        @"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]"
            + @"|[\uD800-\uDBFF](?![\uDC00-\uDFFF])"
            + @"|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]"
    )]
    private static partial Regex Forbidden();
}
