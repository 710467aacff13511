using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClrGraph.Reading;

/// <summary>
/// The plain text of Markdown inlines: emphasis and code spans unwrapped, entities decoded, images and raw HTML
/// dropped.
/// </summary>
internal static partial class PlainText
{
    /// <summary>Stands where a link was left out of a note, until the note is mended around it.</summary>
    private const char Hole = '\uFFFC';

    // What separates a link from its note: "- [Title](url): note", "— note", "- note".
    private const string NoteSeparators = " :-–—,;";

    private static readonly SearchValues<char> Punctuation = SearchValues.Create(" .,;:!?()[]-–—");

    /// <summary>The text of <paramref name="inline"/> and its children.</summary>
    /// <param name="inline">The inline.</param>
    /// <param name="scratch">A builder to reuse (it is cleared), so that a reader makes one per file, not one per
    /// link.</param>
    public static string Of(ContainerInline? inline, StringBuilder scratch)
    {
        scratch.Clear();
        Append(scratch, inline, holes: null);
        return scratch.ToString();
    }

    /// <summary>
    /// The text of a block's inlines without <paramref name="holes"/>, mended where they were: no empty brackets,
    /// dangling "by" or doubled commas; without separators at either end, or brackets around all of it.
    /// </summary>
    /// <param name="inline">The block's inlines.</param>
    /// <param name="holes">The links to leave out.</param>
    /// <param name="scratch">A builder to reuse.</param>
    public static string Note(ContainerInline? inline, HashSet<Inline> holes, StringBuilder scratch)
    {
        scratch.Clear();
        Append(scratch, inline, holes);
        var text = ReadingListReader.Collapse(scratch.ToString()).AsSpan();
        var first = text.IndexOf(Hole);
        if (first == 0 && text[1..].IndexOf(Hole) < 0)
        {
            text = text[1..]; // the common case: "[Title](url): note" leaves one hole, at the start
        }
        else if (first >= 0)
        {
            text = Mend(text.ToString());
        }

        return Unwrap(text.Trim(NoteSeparators)).Trim(NoteSeparators).ToString();
    }

    // Markdig's Descendants() walks without recursion, so that 70,000 nested emphasis marks cost what their text
    // costs; a hole or an image is skipped with everything inside it.
    private static void Append(StringBuilder builder, ContainerInline? root, HashSet<Inline>? holes)
    {
        if (root is null)
        {
            return;
        }

        Inline? skipTo = null; // the first inline after a skipped one's children
        var skipping = false;
        foreach (var inline in root.Descendants<Inline>())
        {
            if (skipping && inline != skipTo)
            {
                continue;
            }

            skipping = false;
            if (holes is not null && holes.Contains(inline))
            {
                builder.Append(Hole);
                (skipping, skipTo) = (true, After(inline, root));
                continue;
            }

            switch (inline)
            {
                case LiteralInline literal:
                    var content = literal.Content.AsSpan();
                    if (holes is not null && content.Contains(Hole))
                    {
                        builder.Append(content.ToString().Replace(Hole, ' '));
                    }
                    else
                    {
                        builder.Append(content);
                    }

                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    // an image's alt text is not text of the page: a badge's "build passing"
                    (skipping, skipTo) = (true, After(inline, root));
                    break;
                default:
                    break; // containers give their children's text; raw HTML and other inlines carry none
            }
        }
    }

    // The inline that follows another's children in document order, or null at the end of root.
    private static Inline? After(Inline inline, ContainerInline root)
    {
        while (inline != root && inline.NextSibling is null)
        {
            inline = inline.Parent!;
        }

        return inline == root ? null : inline.NextSibling;
    }

    // Words that lean on what followed them: "(also [part 2](…))", "by [Jane](…)".
    private const string Filler = @"(?:(?i:also|see|and|or|by|via|plus|with|from|cf\.)\b|&)";

    // Two holes with at most a separator between them are one hole.
    [GeneratedRegex(@"\uFFFC(?:\s*(?:[,;&]|(?i:and|or)\b)?\s*\uFFFC)+", RegexOptions.CultureInvariant)]
    private static partial Regex AdjacentHoles();

    // Brackets that held only holes, separators and filler words: "(H)", "(also H, H)".
    [GeneratedRegex(
        @"\((?:\s*(?:"
            + Filler
            + @"|[,;:]))*\s*\uFFFC(?:\s*(?:"
            + Filler
            + @"|[,;:]|\uFFFC))*\s*\)"
            + @"|\[(?:\s*(?:"
            + Filler
            + @"|[,;:]))*\s*\uFFFC(?:\s*(?:"
            + Filler
            + @"|[,;:]|\uFFFC))*\s*\]",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex EmptyBrackets();

    // A word that needs what the hole held: "by H", or "and H" / "more H" where the clause ends.
    [GeneratedRegex(
        @"\b(?i:by|via|from)\s*\uFFFC|(?:\b(?i:more|see|and|or|with|also)|&)\s*\uFFFC(?=\s*(?:[)\].!?]|$))",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex DanglingWord();

    // A separator after a hole that nothing before it needs: "(also H, part 3" and "H, more" keep no comma.
    [GeneratedRegex(@"(^|[(\[]|\b(?i:also|see|and|or|plus|with)\b)\s*\uFFFC\s*[,;]", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorAfterHole();

    // A separator before a hole at the end of a bracket or of the note: "(slides, H)".
    [GeneratedRegex(@"\s*[,;:]\s*\uFFFC(?=\s*(?:[)\]]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorBeforeHole();

    // A hole between two separators, or between a separator and a conjunction: "A, H, C", "part 2, H and part 4".
    [GeneratedRegex(@"([,;])\s*\uFFFC\s*[,;]|[,;]\s*\uFFFC\s+((?i:and|or)\b|&)", RegexOptions.CultureInvariant)]
    private static partial Regex HoleBetweenSeparators();

    // How far from a hole mending looks: far enough for "(also see H, …)", near enough that a paragraph of
    // thousands of links costs no more to read than its text.
    private const int Reach = 64;

    // Stands for the rest of the note around a window, so that a window's edge is not the note's start or end.
    private const char Beyond = '\u0001';

    private static string Mend(string text)
    {
        if (text.Length <= 4 * Reach)
        {
            return MendWindow(text);
        }

        var builder = new StringBuilder(text.Length);
        var done = 0;
        for (var hole = text.IndexOf(Hole, StringComparison.Ordinal); hole >= 0;)
        {
            // One window for holes near each other, widened to the spaces around it.
            var end = hole + 1;
            int next;
            while ((next = text.IndexOf(Hole, end)) >= 0 && next - end < 2 * Reach)
            {
                end = next + 1;
            }

            var start = Math.Max(done, hole - Reach);
            var spaceBefore = start > done ? text.LastIndexOf(' ', start, Math.Min(start - done, Reach)) : -1;
            start = spaceBefore >= done ? spaceBefore : start;
            end = Math.Min(end + Reach, text.Length);
            var spaceAfter = text.IndexOf(' ', end, Math.Min(Reach, text.Length - end));
            end = spaceAfter >= 0 ? spaceAfter : end;
            while (next >= 0 && next < end)
            {
                next = text.IndexOf(Hole, next + 1);
            }

            builder.Append(text, done, start - done);
            var window = string.Concat(
                start > 0 ? "\u0001" : "",
                text.AsSpan(start, end - start),
                end < text.Length ? "\u0001" : ""
            );
            builder.Append(MendWindow(window).Replace(Beyond.ToString(), "", StringComparison.Ordinal));
            done = end;
            hole = next;
        }

        builder.Append(text, done, text.Length - done);
        return builder.ToString();
    }

    private static string MendWindow(string text)
    {
        string before;
        do
        {
            before = text;
            text = AdjacentHoles().Replace(text, "\uFFFC");
            text = EmptyBrackets().Replace(text, "\uFFFC");
            text = DanglingWord().Replace(text, "\uFFFC");
            text = SeparatorAfterHole().Replace(text, "$1\uFFFC");
            text = SeparatorBeforeHole().Replace(text, "\uFFFC");
            text = HoleBetweenSeparators()
                .Replace(text, m => m.Groups[1].Success ? m.Groups[1].Value : " " + m.Groups[2].Value);
        } while (text != before);

        // Each hole goes with the spaces around it; one space stays between two words.
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != Hole)
            {
                builder.Append(text[i]);
                continue;
            }

            while (builder.Length > 0 && builder[^1] == ' ')
            {
                builder.Length--;
            }

            while (i + 1 < text.Length && text[i + 1] is ' ' or Hole)
            {
                i++;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var previous = builder.Length > 0 ? builder[^1] : '\0';
            var glued =
                previous is '\0' or '(' or '[' || next is '\0' or ',' or ';' or ':' or '.' or '!' or '?' or ')' or ']';
            if (!glued)
            {
                builder.Append(' ');
            }
        }

        // What is left of "H." is no note.
        var mended = builder.ToString();
        return mended.AsSpan().ContainsAnyExcept(Punctuation) ? mended : "";
    }

    // "(Note that …)" around a whole note is the list's way of saying "note"; "(draft) and (final)" is not around it.
    private static ReadOnlySpan<char> Unwrap(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || !((text[0] == '(' && text[^1] == ')') || (text[0] == '[' && text[^1] == ']')))
        {
            return text;
        }

        var depth = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            depth +=
                text[i] == text[0] ? 1
                : text[i] == text[^1] ? -1
                : 0;
            if (depth == 0)
            {
                return text;
            }
        }

        return text[1..^1].Trim();
    }
}
