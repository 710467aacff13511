using System.Collections.Immutable;
using ClrGraph.Diagnostics;

namespace ClrGraph.Reading;

/// <summary>A reading list: a Markdown file whose links are posts.</summary>
/// <param name="Id">The file's stem, which names its node (<c>list:coreclr</c>).</param>
/// <param name="File">The path as diagnostics and outputs name it.</param>
/// <param name="Title">The list's title: the front matter's title, else the document's title (its H1, when it has
/// only one), else the file stem. The document's title is not a section.</param>
/// <param name="Tags">The front matter's tags.</param>
/// <param name="Summary">The front matter's summary.</param>
/// <param name="Url">The front matter's url: the list's own address, against which relative links resolve.</param>
/// <param name="Posts">Every post link, in document order.</param>
internal sealed record ReadingList(
    string Id,
    string File,
    string Title,
    ImmutableArray<string> Tags,
    string? Summary,
    string? Url,
    ImmutableArray<ListedPost> Posts
)
{
    /// <summary>How many relative links the list skipped, having no front matter url to resolve them against
    /// (CG0015).</summary>
    public int RelativeLinksSkipped { get; init; }
}

/// <summary>One link of a reading list.</summary>
/// <param name="Url">The absolute URL, as written (or as resolved against the list's url).</param>
/// <param name="Key">The normalized URL, the post's identity
/// (<see cref="PostUrl.TryNormalize(string, out string)"/>).</param>
/// <param name="Title">
/// The link text as plain text without wrapping quotes; for text that says nothing alone ("part 2", "slides", a URL),
/// the item's main link's title qualified by it, e.g. "Managed object internals (part 2)".
/// </param>
/// <param name="Section">
/// The enclosing headings below the document's title (without trailing colons or wrapping quotes), outermost first,
/// joined with <c> › </c>; empty before the first of them.
/// </param>
/// <param name="Note">
/// The rest of the list item (or paragraph) as plain text, without the holes that the link itself (and the main link
/// whose title it took) leave; empty when there is none.
/// </param>
/// <param name="Position">1-based position of the link among the list's posts.</param>
/// <param name="Location">Where the link is.</param>
/// <param name="Origin">Where the title comes from, so that a title written for the link beats a borrowed one, and
/// any beats one that says nothing alone.</param>
/// <param name="Byline">Whether the link follows "by" ("[Talk](…) by [Speaker](…)"): the author's page, as a
/// rule.</param>
/// <param name="Year">The year the list gives the post where its note would be only a date ("(2009)").</param>
internal readonly record struct ListedPost(
    string Url,
    string Key,
    string Title,
    string Section,
    string Note,
    int Position,
    SourceLocation Location,
    TitleOrigin Origin = TitleOrigin.LinkText,
    bool Byline = false,
    int? Year = null
)
{
    /// <summary>The tags a bookmark export gives the link ("gc,jit"), or empty.</summary>
    public string Tags { get; init; } = "";

    /// <summary>Whether the title says nothing alone (kept because the item has no main link).</summary>
    public bool TitleIsFallback => Origin == TitleOrigin.Fallback;
}

/// <summary>Where a listed post's title comes from, best first.</summary>
internal enum TitleOrigin
{
    /// <summary>The link's own text.</summary>
    LinkText,

    /// <summary>The item's main link's title, qualified by the link's text: "Managed object internals (part
    /// 3)".</summary>
    Borrowed,

    /// <summary>Link text that says nothing alone, or the URL, kept because nothing better was found.</summary>
    Fallback,
}

/// <summary>A post's section: the headings and groups around it below the list's title, outermost first, joined
/// with <see cref="Separator"/> ("Materials for topics › Method call").</summary>
internal static class SectionPath
{
    public const string Separator = " › ";

    /// <summary>The heading or group right around the post ("Method call").</summary>
    public static string Innermost(string section) => section.Split(Separator)[^1];
}
