using System.Text.RegularExpressions;
using ClrGraph.Diagnostics;

namespace ClrGraph.Reading;

/// <summary>
/// MkDocs writes a content tab (<c>=== "Articles"</c>) or an admonition (<c>!!! note "Further reading"</c>,
/// <c>??? tip</c>) as a line over a body indented by four spaces, which CommonMark reads as code: the posts in it were
/// lost. Each such line is blanked and its body moved four spaces left, as MkDocs reads it; lines keep their numbers.
/// </summary>
internal static partial class MkDocsBlocks
{
    /// <summary>The text with its blocks opened, and how many columns each moved line (by number) moved left.
    /// </summary>
    public static (string Text, Dictionary<int, int> Moved) Open(string text)
    {
        var moved = new Dictionary<int, int>();
        if (!text.Contains("===", StringComparison.Ordinal) && !text.Contains("!!!", StringComparison.Ordinal)
            && !text.Contains("???", StringComparison.Ordinal))
        {
            return (text, moved);
        }

        var lines = text.Split('\n');
        var bodies = new Stack<int>(); // the indentation of each open block's body
        var opened = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ').Length;
            if (IsBlank(lines[i]))
            {
                continue; // a blank line stays in the body
            }

            while (bodies.TryPeek(out var body) && indent < body)
            {
                bodies.Pop();
            }

            var shift = Math.Min(4 * bodies.Count, indent);
            if (Block().IsMatch(lines[i]) && lines.Skip(i + 1).FirstOrDefault(l => !IsBlank(l)) is { } below
                && below.Length - below.TrimStart(' ').Length >= indent + 4)
            {
                bodies.Push(indent + 4);
                lines[i] = "";
                opened = true;
            }
            else if (shift > 0)
            {
                lines[i] = lines[i][shift..];
                moved[i + 1] = shift;
            }
        }

        return opened ? (string.Join('\n', lines), moved) : (text, []);
    }

    /// <summary>Where <paramref name="location"/> in the opened text is in the file.</summary>
    public static SourceLocation InFile(SourceLocation location, Dictionary<int, int> moved) =>
        location.Column > 0 && moved.TryGetValue(location.Line, out var shift)
            ? location with { Column = location.Column + shift }
            : location;

    private static bool IsBlank(string line) => line.AsSpan().TrimEnd('\r').IsWhiteSpace();

    // '=== "Title"' (a content tab), '!!! note', '??? tip "Title"' (an admonition, folded or not).
    [GeneratedRegex(@"^ *(?:===[+!]? +""[^""\n]*""|(?:!!!|\?\?\?\+?) +[\w-]+(?: +[\w-]+)*(?: +""[^""\n]*"")?) *\r?$")]
    private static partial Regex Block();
}
