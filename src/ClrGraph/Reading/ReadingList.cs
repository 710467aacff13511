using System.Collections.Immutable;
using ClrGraph.Diagnostics;

namespace ClrGraph.Reading;

/// <summary>A reading list: a Markdown file whose links are posts.</summary>
/// <param name="Id">The file's stem, which names its node (<c>list:coreclr</c>).</param>
/// <param name="File">The path as diagnostics and outputs name it.</param>
/// <param name="Title">The front matter's title, or the file stem.</param>
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
    ImmutableArray<ListedPost> Posts);

/// <summary>One link of a reading list.</summary>
/// <param name="Url">The absolute URL, as written (or as resolved against the list's url).</param>
/// <param name="Key">The normalized URL, the post's identity (<see cref="PostUrl.TryNormalize(string, out string)"/>).</param>
/// <param name="Title">The link text as plain text.</param>
/// <param name="Section">The enclosing headings, outermost first, joined with <c> › </c>; empty before the first heading.</param>
/// <param name="Note">The rest of the list item (or paragraph) as plain text; empty when there is none.</param>
/// <param name="Position">1-based position of the link among the list's posts.</param>
/// <param name="Location">Where the link is.</param>
internal readonly record struct ListedPost(string Url, string Key, string Title, string Section, string Note, int Position, SourceLocation Location);
