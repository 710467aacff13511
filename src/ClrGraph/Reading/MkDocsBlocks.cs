using System.Text.RegularExpressions;
using ClrGraph.Diagnostics;

namespace ClrGraph.Reading;

/// <summary>
/// MkDocs writes a content tab (<c>=== "Articles"</c>) or an admonition (<c>!!! note "Further reading"</c>,
/// <c>??? tip</c>) as a line over a body indented by four spaces, which CommonMark reads as code: the posts in it were
/// lost. Each such line is blanked and its body moved four spaces left, as MkDocs reads it; lines keep their numbers.
/// A content tab's title is a section of the posts in it.
/// </summary>
internal static partial class MkDocsBlocks
{
    /// <summary>The text with its blocks opened; for each moved line (by number), how many columns it moved left and
    /// the titles of the tabs it is in, as a section path.</summary>
    public static (string Text, Dictionary<int, (int Shift, string Tabs)> Moved) Open(string text)
    {
        var moved = new Dictionary<int, (int Shift, string Tabs)>();
        if (!AnyBlock().IsMatch(text))
        {
            return (text, moved); // a setext heading's "===" is no block
        }

        var lines = text.Split('\n');
        var bodies = new Stack<(int Indent, string Tabs)>(); // each open block's body: its indentation, its tabs
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ').Length;
            if (IsBlank(lines[i]))
            {
                continue; // a blank line stays in the body
            }

            while (bodies.TryPeek(out var body) && indent < body.Indent)
            {
                bodies.Pop();
            }

            var (shift, tabs) = (Math.Min(4 * bodies.Count, indent), bodies.TryPeek(out var inside) ? inside.Tabs : "");
            if (Block().Match(lines[i]) is { Success: true } block
                && lines.Skip(i + 1).FirstOrDefault(l => !IsBlank(l)) is { } below
                && below.Length - below.TrimStart(' ').Length >= indent + 4)
            {
                var title = SafeText.Of(block.Groups["tab"].Value.Trim());
                bodies.Push((indent + 4, title.Length == 0 ? tabs
                    : tabs.Length == 0 ? title
                    : tabs + SectionPath.Separator + title));
                lines[i] = "";
            }
            else if (shift > 0)
            {
                lines[i] = lines[i][shift..];
            }

            if (bodies.Count > 0 || shift > 0)
            {
                moved[i + 1] = (shift, tabs);
            }
        }

        return moved.Count > 0 ? (string.Join('\n', lines), moved) : (text, moved);
    }

    /// <summary><paramref name="post"/> as the file has it: its column before its line moved, and the titles of the
    /// tabs it is in below its section.</summary>
    public static ListedPost InFile(ListedPost post, Dictionary<int, (int Shift, string Tabs)> moved) =>
        moved.TryGetValue(post.Location.Line, out var line)
            ? post with
            {
                Location = InFile(post.Location, moved),
                Section = line.Tabs.Length == 0 ? post.Section
                    : post.Section.Length == 0 ? line.Tabs
                    : post.Section + SectionPath.Separator + line.Tabs,
            }
            : post;

    /// <summary>Where <paramref name="location"/> in the opened text is in the file.</summary>
    public static SourceLocation InFile(SourceLocation location, Dictionary<int, (int Shift, string Tabs)> moved) =>
        location.Column > 0 && moved.TryGetValue(location.Line, out var line)
            ? location with { Column = location.Column + line.Shift }
            : location;

    private static bool IsBlank(string line) => line.AsSpan().TrimEnd('\r').IsWhiteSpace();

    // '=== "Title"' (a content tab), '!!! note', '??? tip "Title"' (an admonition, folded or not).
    private const string BlockLine =
        @"^ *(?:===[+!]? +""(?<tab>[^""\n]*)""|(?:!!!|\?\?\?\+?) +[\w-]+(?: +[\w-]+)*(?: +""[^""\n]*"")?) *\r?$";

    [GeneratedRegex(BlockLine)]
    private static partial Regex Block();

    // Any such line in a whole text, found without splitting it into lines.
    [GeneratedRegex(BlockLine, RegexOptions.Multiline)]
    private static partial Regex AnyBlock();
}
