using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace ClrGraph.Reading;

/// <summary>
/// A YAML syntax error as a curator can act on it. YamlDotNet often names the mapping that broke (line 1) or the line
/// after the mistake; for the slips of YAML typed by hand, this finds the line that holds the mistake and says what
/// to type: a tab in the indentation, a key out of line with the keys above it, no space after a key's colon, a key
/// without its colon, an unquoted ': ' inside a value, a value that opens a bracket or quote and goes on after it,
/// a list's bracket never closed, and a quote never closed.
/// </summary>
internal static partial class YamlSyntaxError
{
    /// <summary>Where the mistake is (line and column within <paramref name="text"/>), what it is, and how to fix
    /// it; the messages number lines as the file does, whose line <paramref name="firstLine"/> the text starts
    /// on.</summary>
    public static (Mark At, string Message, string? Hint) Explain(YamlException e, string text, int firstLine = 1)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var message = PositionPrefix().Replace(e.Message, "").TrimEnd('.');
        var at = (int)Math.Clamp(e.Start.Line, 1, lines.Length) - 1;
        var above = Enumerable.Range(0, at).Reverse().FirstOrDefault(i => lines[i].Trim().Length > 0, -1);

        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var tabbed = Enumerable
                .Range(at, lines.Length - at)
                .FirstOrDefault(i => Indentation(lines[i]).Contains('\t'), -1);
            return tabbed < 0
                ? (e.Start, message, "indent with spaces only")
                : (At(tabbed, Indentation(lines[tabbed]).IndexOf('\t')), "a tab in the indentation",
                    "YAML indents with spaces only: replace the tab with spaces");
        }

        // "note: "see C:\dev\notes"": in double quotes a backslash starts an escape, and "\d" is none.
        if (message.Contains("escape", StringComparison.OrdinalIgnoreCase)
            && InvalidEscape().Match(lines[at]) is { Success: true } escape)
        {
            var unquoted = KeyAndValue(lines[at]) is var (key, value) && value is ['"', .., '"']
                ? "write it without double quotes, where a backslash is a backslash: "
                    + $"{key}: {YamlScalar.Of(value[1..^1])}"
                : "put it in single quotes, where a backslash is a backslash, or write '/' between folders";
            var what = $"'{escape.Value}' is no escape in double quotes, where '\\' starts one";
            return (At(at, escape.Index), what, unquoted);
        }

        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return (e.Start, "a quoted value that is never closed", "end the value with the quote mark it starts with");
        }

        foreach (var i in new[] { at, above }.Where(i => i >= 0))
        {
            if (NoSpace().Match(lines[i]) is { Success: true } glued)
            {
                var (key, value) = (glued.Groups["key"].Value, glued.Groups["value"].Value);
                return (At(i, glued.Groups["value"].Index), $"no space after '{key}:', so YAML reads no key here",
                    $"put a space after the colon: {key}: {value}");
            }
        }

        if (
            above >= 0
            && message.Contains("mapping", StringComparison.OrdinalIgnoreCase)
            && NoColon().Match(lines[above]) is { Success: true } bare
            && !bare.Groups["value"].Value.Contains(": ", StringComparison.Ordinal)
            && !bare.Groups["value"].Value.Contains(" #", StringComparison.Ordinal)
        )
        {
            var (key, value) = (bare.Groups["key"].Value, bare.Groups["value"].Value.TrimEnd());
            return (At(above, bare.Groups["value"].Index - 1),
                $"no ':' after '{key}', so line {above + firstLine} runs on into line {at + firstLine}",
                $"write a key and its value: {key}: {value}");
        }

        // "  -url: https://…": no space after the dash, so "-url" is a key, not an item of the list.
        foreach (var i in new[] { at, above }.Where(i => i >= 0))
        {
            if (GluedDash().Match(lines[i]) is { Success: true } glued)
            {
                var key = glued.Groups["key"].Value;
                return (At(i, glued.Groups["key"].Index - 1), $"no space after '-', so YAML reads a key '-{key}', not "
                    + "an item of the list", $"put a space after the dash: - {key}:");
            }
        }

        // "posts" alone on its line, its items below it: no ':', so they are the value of nothing.
        if (above >= 0 && BareKey().Match(lines[above]) is { Success: true } alone
            && Indentation(lines[at]).Length > Indentation(lines[above]).Length)
        {
            var key = alone.Groups["key"].Value;
            return (At(above, lines[above].TrimEnd().Length), $"no ':' after '{key}', so the lines below are not its "
                + "value", $"write {key}:");
        }

        // "    note Tiered compilation" on the last line: YamlDotNet names the line itself, not the one after it.
        if (message.Contains("mapping", StringComparison.OrdinalIgnoreCase)
            && NoColon().Match(lines[at]) is { Success: true } last
            && !lines[at].Contains(':', StringComparison.Ordinal))
        {
            var (key, value) = (last.Groups["key"].Value, last.Groups["value"].Value.TrimEnd());
            return (At(at, last.Groups["value"].Index - 1), $"no ':' after '{key}', so YAML reads no key here",
                $"write a key and its value: {key}: {value}");
        }

        var line = lines[at];
        var pair = KeyAndValue(line);
        if (pair is var (quoted, whole) && whole.Contains(": ", StringComparison.Ordinal))
        {
            return (e.Start, $"the value of '{quoted}' holds ': ', which YAML reads as the start of another key",
                $"quote the whole value: {quoted}: {YamlScalar.Of(whole)}");
        }

        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return (e.Start, message, "a value that contains ': ' must be quoted: note: \"Tiered JIT: how it works\"");
        }

        if (Misaligned(lines, at, firstLine) is { } hint)
        {
            var indented = Indentation(line).Length;
            return (At(at, indented), $"'{Key(line)}:' is indented {indented}, in line with no key above it", hint);
        }

        // "subsystems: [gc" on the last line: YamlDotNet names the line after it.
        if (pair is null && above >= 0 && KeyAndValue(lines[above]) is var (before, opened)
            && Closed(before, opened) is { } fix)
        {
            return (At(above, lines[above].Length), message, fix);
        }

        return pair is var (name, written)
            ? (e.Start, GoesOn(name, written) ?? message, Closed(name, written))
            : (e.Start, message, null);
    }

    // "title: [翻译]深入了解CLR": what YAML read, in place of "did not find expected key".
    private static string? GoesOn(string key, string value)
    {
        (string? Kind, char Closer) opened = value.FirstOrDefault() switch
        {
            '[' => ("a list", ']'),
            '{' => ("a mapping", '}'),
            '"' or '\'' => ("a quoted value", value[0]),
            _ => (null, '\0'),
        };
        var closed = opened.Kind is null ? -1 : value.IndexOf(opened.Closer, 1);
        return closed > 0 && closed < value.Length - 1
            ? $"the value of '{key}' opens {opened.Kind} ('{value[..(closed + 1)]}') and goes on after it"
            : null;
    }

    /// <summary>The hint for an alias or anchor refused on line <paramref name="index"/> (from 0) of
    /// <paramref name="text"/> that opens a value of words ("title: *Bold* GC", "note: &amp;nbsp; more"): to quote it.
    /// An alias alone ("subsystems: *gc") is one: null, and its own hint stands.</summary>
    public static string? Quoting(string text, int index) =>
        KeyAndValue(text.Split('\n').ElementAtOrDefault(index)?.TrimEnd('\r') ?? "") is var (key, value)
        && value is ['*' or '&', ..]
        && value.Contains(' ', StringComparison.Ordinal)
            ? $"quote the whole value: {key}: {YamlScalar.Of(value)}"
            : null;

    // "  - title: [Draft] My list": the text before the first ': ' (list markers and spaces trimmed) and after it.
    private static (string Key, string Value)? KeyAndValue(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? null : (line[..colon].Trim().TrimStart('-', ' '), line[(colon + 2)..].Trim());
    }

    // A key indented as no key above it is: line it up with the one whose indentation is nearest, the latest of
    // those.
    private static string? Misaligned(string[] lines, int at, int firstLine)
    {
        if (Key(lines[at]) is not { } key)
        {
            return null;
        }

        var column = KeyColumn(lines[at]);
        var keys = Enumerable.Range(0, at).Reverse().Where(i => Key(lines[i]) is not null).ToList();
        if (keys.Count == 0 || keys.Any(i => KeyColumn(lines[i]) == column))
        {
            return null;
        }

        // "  url: …" under "  - url: …": the next item, its "- " forgotten.
        bool ItemStart(int i) =>
            Key(lines[i]) == key
            && Indentation(lines[i]).Length == column
            && lines[i].TrimStart().StartsWith("- ", StringComparison.Ordinal);
        if (keys.FirstOrDefault(ItemStart, -1) is var item and >= 0)
        {
            return $"if it starts another item, write '- {key}:' in line with the '- ' on line {item + firstLine}";
        }

        var nearest = keys.MinBy(i => Math.Abs(KeyColumn(lines[i]) - column));
        var spaces = KeyColumn(lines[nearest]);
        var where = spaces == 0 ? "at the start of the line" : $"{spaces} spaces in";
        var other = Key(lines[nearest]);
        return $"YAML nests by indentation: line it up with '{other}:' on line {nearest + firstLine}, {where}";
    }

    // "title: [Draft] My list": a value that opens a list, a mapping or a quote and goes on after it is closed; a
    // quoted value with the same quote mark inside ('It's GC'); or one that starts with a character YAML reserves
    // ("@kevingosse on GC", "- a dash").
    private static string? Closed(string key, string value)
    {
        if (value.Length > 2 && value[0] is '"' or '\'' && value[^1] == value[0] && value[1..^1].Contains(value[0]))
        {
            return $"the quote mark inside ends the value early: write {key}: {YamlScalar.Of(value[1..^1])}";
        }

        var closer = value.FirstOrDefault() switch
        {
            '[' => ']',
            '{' => '}',
            '"' => '"',
            '\'' => '\'',
            _ => '\0',
        };
        var closed = closer == '\0' ? -1 : value.IndexOf(closer, 1);
        if (closer is ']' or '}' && closed < 0)
        {
            return $"close it on this line: {key}: {value}{closer}";
        }

        // "> 2 GB heaps" and "| pipes": a block scalar's mark, with words after it on its own line.
        var reserved = value is ['@' or '`' or '%', ..] or ['-' or '?' or ':', ' ', ..] or ['>' or '|', ' ', _, ..];
        return reserved || (closed > 0 && closed < value.Length - 1)
            ? $"quote the whole value: {key}: {YamlScalar.Of(value)}"
            : null;
    }

    // A 0-based line and column as YamlDotNet marks them, from 1.
    private static Mark At(int line, int column) => new(0, line + 1, column + 1);

    private static string Indentation(string line) => line[..(line.Length - line.TrimStart(' ', '\t').Length)];

    private static string? Key(string line) =>
        KeyLine().Match(line) is { Success: true } m ? m.Groups["key"].Value : null;

    private static int KeyColumn(string line) => KeyLine().Match(line).Groups["key"].Index;

    // "  - url: https://…" or "    subsystems:": a key, after the indentation and any list markers.
    [GeneratedRegex(@"^[ ]*(?:-[ ]+)*(?<key>[A-Za-z][\w-]*):(?:[ ]|$)")]
    private static partial Regex KeyLine();

    // "subsystems:[gc]": a key and its value with no space between (not a URL's "https://").
    [GeneratedRegex(@"^[ ]*(?:-[ ]+)*(?<key>[A-Za-z][\w-]*):(?<value>[^\s/].*)$")]
    private static partial Regex NoSpace();

    // "- url https://…": a key and its value with no colon between.
    [GeneratedRegex(@"^[ ]*(?:-[ ]+)*(?<key>[A-Za-z][\w-]*)[ ]+(?<value>[^ #].*)$")]
    private static partial Regex NoColon();

    // "  -url: https://…": a list's dash glued to the key after it.
    [GeneratedRegex(@"^[ ]*-(?<key>[A-Za-z][\w-]*):(?:[ ]|$)")]
    private static partial Regex GluedDash();

    // "posts" alone on its line: a key without its colon.
    [GeneratedRegex(@"^[ ]*(?:-[ ]+)*(?<key>[A-Za-z][\w-]*)[ ]*$")]
    private static partial Regex BareKey();

    // A backslash and a character that YAML's double quotes do not escape ("\d" of "C:\dev").
    [GeneratedRegex(@"\\[^0abtnvfre ""/\\N_LPxuU\t]")]
    private static partial Regex InvalidEscape();

    // "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): ", as YamlDotNet starts its messages.
    [GeneratedRegex(@"^\(Line:.*?\): ", RegexOptions.Singleline)]
    private static partial Regex PositionPrefix();
}
