using System.Text;
using Markdig.Syntax.Inlines;

namespace ClrGraph.Reading;

/// <summary>The plain text of Markdown inlines: emphasis and code spans unwrapped, entities decoded, raw HTML dropped.</summary>
internal static class PlainText
{
    /// <summary>The text of <paramref name="inline"/> and its children, leaving out <paramref name="skip"/>.</summary>
    /// <param name="inline">The inline.</param>
    /// <param name="skip">An inline to leave out, or null.</param>
    /// <param name="scratch">A builder to reuse (it is cleared), so that a reader makes one per file, not one per link.</param>
    public static string Of(Inline? inline, Inline? skip, StringBuilder scratch)
    {
        scratch.Clear();
        Append(scratch, inline, skip);
        return scratch.ToString();
    }

    private static void Append(StringBuilder builder, Inline? inline, Inline? skip)
    {
        if (inline is null || ReferenceEquals(inline, skip))
        {
            return;
        }

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
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(builder, child, skip);
                }

                break;
            default:
                break; // raw HTML and other inlines carry no text
        }
    }
}
