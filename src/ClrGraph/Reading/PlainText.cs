using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClrGraph.Reading;

/// <summary>
/// The plain text of Markdown inlines: emphasis and code spans unwrapped, entities decoded, images and raw HTML
/// dropped, apart from a type's argument written without backticks ("Span&lt;T&gt;").
/// </summary>
internal static partial class PlainText
{
    private const char Hole = NoteMender.Hole;

    // The elements of HTML, current and obsolete: any other name in angle brackets is a type's argument.
    private static readonly FrozenSet<string> HtmlElements = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        """
        a abbr acronym address area article aside audio b base bdi bdo big blockquote body br button canvas caption
        center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset
        figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img
        input ins kbd label legend li link main map mark menu meta meter nav nobr noscript object ol optgroup option
        output p param picture pre progress q rp rt ruby s samp script search section select slot small source span
        strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track
        tt u ul var video wbr
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
    );

    // What separates a link from its note: "- [Title](url): note", "— note", "- note".
    private const string NoteSeparators = " :-–—,;|·•";

    /// <summary>The text of <paramref name="inline"/> and its children, made in <paramref name="scratch"/> (cleared
    /// first), so that a reader makes one builder per file, not one per link.</summary>
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
    public static string Note(ContainerInline? inline, HashSet<Inline> holes, StringBuilder scratch)
    {
        scratch.Clear();
        Append(scratch, inline, holes);
        return Mended(LinkText.WithWikiLinksAsWords(LinkText.WithoutUnreadLinks(scratch.ToString())));
    }

    /// <summary>Text with <see cref="NoteMender.Hole"/> where its links were, mended as <see cref="Note"/> mends it.
    /// </summary>
    public static string Mended(string written)
    {
        var text = ReadingListReader.Collapse(written).AsSpan();
        var first = text.IndexOf(Hole);
        if (first == 0 && text[1..].IndexOf(Hole) < 0)
        {
            text = text[1..]; // the common case: "[Title](url): note" leaves one hole, at the start
        }
        else if (first >= 0)
        {
            text = NoteMender.Mend(text.ToString());
        }

        return Unwrap(WithoutLeadingSymbols(text).Trim(NoteSeparators)).Trim(NoteSeparators).ToString();
    }

    // "📝 — why it hurts", "⭐": marks before the words (a kind of post, a star) are no part of the note.
    private static ReadOnlySpan<char> WithoutLeadingSymbols(ReadOnlySpan<char> text)
    {
        while (true)
        {
            text = text.TrimStart(NoteSeparators);
            var end = text.IndexOf(' ');
            var word = end < 0 ? text : text[..end];
            if (word.IsEmpty || word[0] is '(' or '[' || word.ToString().Any(char.IsLetterOrDigit))
            {
                return text;
            }

            text = text[word.Length..];
        }
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
                // A link written in HTML is its start tag, its text and its end tag: the hole takes all three.
                builder.Append(Hole);
                var last = inline is HtmlInline start && AnchorEnd(start) is { } end ? end : inline;
                (skipping, skipTo) = (true, After(last, root));
                continue;
            }

            if (inline is LinkInline { IsImage: true })
            {
                // an image's alt text is not text of the page: a badge's "build passing"
                (skipping, skipTo) = (true, After(inline, root));
                continue;
            }

            var from = builder.Length;
            AppendLeaf(builder, inline);
            if (holes is not null && inline is LiteralInline)
            {
                builder.Replace(Hole, ' ', from, builder.Length - from); // only a left-out link is a hole
            }
        }
    }

    // The text of an inline that has no children; containers give their children's text, and raw HTML and other
    // inlines carry none.
    private static void AppendLeaf(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
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
            // "[Span<T> in depth](…)": Markdig reads "<T>" as a tag, and the curator wrote a type.
            case HtmlInline { Tag: var tag } when TypeArgument().Match(tag) is { Success: true } argument
                && !HtmlElements.Contains(argument.Groups["name"].Value):
                builder.Append(tag);
                break;
            default:
                break;
        }
    }

    /// <summary>The end tag (<c>&lt;/a&gt;</c>) of an HTML link that starts at <paramref name="start"/>, among the
    /// inlines after it; null when another link starts first or none ends it.</summary>
    public static HtmlInline? AnchorEnd(HtmlInline start)
    {
        for (var inline = start.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            if (inline is HtmlInline { Tag: var tag })
            {
                if (tag.StartsWith("</a", StringComparison.OrdinalIgnoreCase) && tag.AsSpan(3).Trim() is ">")
                {
                    return (HtmlInline)inline;
                }

                if (tag.StartsWith("<a", StringComparison.OrdinalIgnoreCase) && tag.Length > 2
                    && char.IsWhiteSpace(tag[2]))
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>The text of the inlines between two siblings.</summary>
    public static string Between(Inline first, Inline last)
    {
        var text = new StringBuilder();
        for (var inline = first.NextSibling; inline is not null && inline != last; inline = inline.NextSibling)
        {
            if (inline is ContainerInline container)
            {
                Append(text, container, holes: null);
            }
            else
            {
                AppendLeaf(text, inline);
            }
        }

        return text.ToString();
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

    [GeneratedRegex(@"^<(?<name>[A-Za-z][A-Za-z0-9]*)>$")]
    private static partial Regex TypeArgument();
}
