using ClrGraph.Diagnostics;

namespace ClrGraph.Pipeline;

/// <summary>A parse error of the command line, as the parser reports it.</summary>
/// <param name="Message">The parser's own words.</param>
/// <param name="Unmatched">The token an "unrecognized command or argument" error is about, else null.</param>
/// <param name="Option">The option whose value the error is about, else null.</param>
/// <param name="Value">That option's first value.</param>
/// <param name="Allowed">The values the option accepts; empty when it takes any.</param>
internal sealed record UsageError(
    string Message,
    string? Unmatched,
    string? Option = null,
    string? Value = null,
    IReadOnlyList<string>? Allowed = null
);

/// <summary>Usage errors in our words, with a did-you-mean for a misspelt command, option or value.</summary>
internal static class UsageErrors
{
    /// <summary>What to say when the command line names no command, or one that does not exist.</summary>
    public static string UnknownCommand(IEnumerable<string> args, IReadOnlyList<string> commands)
    {
        var word = args.FirstOrDefault(a => !a.StartsWith('-'));
        var what = word is null ? "no command given" : $"unknown command '{word}'{Suggestions.Hint(word, commands)}";
        return what + "; the commands are " + string.Join(", ", commands);
    }

    /// <summary>Where to read more after a usage error: the command's own help, else the list of commands.</summary>
    public static string TryHelp(string? command) =>
        command is null ? "Try 'clrgraph --help', or 'clrgraph COMMAND --help'." : $"Try 'clrgraph {command} --help'.";

    /// <summary>A name that is none of <paramref name="choices"/>, with the one it begins ("1.2" of "1.2draft") or
    /// else the closest one, and the list; <paramref name="where"/> is said after the name (<c> for --layout</c>).
    /// </summary>
    public static string Unknown(string what, string name, IReadOnlyList<string> choices, string where = "")
    {
        var begun = name.Length == 0
            ? null
            : choices.FirstOrDefault(c => c.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        var hint = begun is null ? Suggestions.Hint(name, choices) : $" (did you mean '{begun}'?)";
        return $"unknown {what} '{name}'{where}{hint}; choose from " + string.Join(", ", choices);
    }

    /// <summary>The <typeparamref name="T"/>s named by comma-separated (or repeated) <paramref name="values"/>, and
    /// an error for each name that is none: what <paramref name="explain"/> says of it, else the closest names.
    /// </summary>
    public static (T[] Values, List<string> Errors) ParseList<T>(
        IEnumerable<string> values,
        string what,
        Func<string, string?>? explain = null
    )
        where T : struct, Enum
    {
        var names = Export.FormatNames.All<T>();
        var split = StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries;
        var known = values.SelectMany(v => v.Split(',', split)).ToLookup(v => names.Contains(v.ToLowerInvariant()));
        return (
            [.. known[true].Select(v => Enum.Parse<T>(v, ignoreCase: true))],
            [.. known[false].Select(v => explain?.Invoke(v) ?? Unknown(what, v, names))]
        );
    }

    /// <summary>Why a picture format is no <c>--format</c> ("--format svg"): the pictures are Graphviz's drawings of
    /// the DOT files, asked for with <c>--render</c>; null for any other name.</summary>
    public static string? PictureAsFormat(string name) =>
        Export.FormatNames.All<Export.RenderFormat>().Contains(name.ToLowerInvariant())
            ? $"{name} is a picture of the DOT diagrams, not a format: add --render {name.ToLowerInvariant()} "
                + "(Graphviz draws it)"
            : null;

    /// <summary>One line per error; <paramref name="options"/> are the command's options' names and aliases, with
    /// the recursive ones of the root.</summary>
    public static IEnumerable<string> Describe(
        IEnumerable<UsageError> errors,
        string command,
        IReadOnlyList<string> options,
        IReadOnlyList<string> tokens,
        IReadOnlyList<string> unmatched
    )
    {
        var ofUnknownOptions = ValuesOfUnknownOptions(tokens, unmatched);
        foreach (var error in errors)
        {
            if (error.Unmatched is { } token && token.StartsWith('-'))
            {
                yield return $"unknown option '{token}' for '{command}'{Suggestions.Hint(token, options)}";
            }
            else if (error.Unmatched is { } value && ofUnknownOptions.GetValueOrDefault(value) > 0)
            {
                ofUnknownOptions[value]--;
                continue; // the value of a misspelt option ("--fromat dot") is no error of its own
            }
            else if (error.Unmatched is { } stray)
            {
                yield return $"unexpected argument '{stray}' for '{command}'";
            }
            else if (error is { Unmatched: null, Value: { } given, Allowed: [_, ..] allowed }
                && !allowed.Contains(given, StringComparer.OrdinalIgnoreCase))
            {
                yield return Unknown("value", given, allowed, " for " + error.Option);
            }
            else if (error is { Option: { } name, Value: { } text } && error.Message.Contains("'System.Int32'"))
            {
                yield return $"{name} takes a whole number, not '{text}'";
            }
            else if (error is { Option: { } once } && error.Message.Contains("expects a single argument"))
            {
                yield return $"{once} is given more than once; give it once";
            }
            else
            {
                yield return error.Message;
            }
        }
    }

    // How many times each token is the value right after a misspelt option: "--fromat dot" says nothing more of
    // "dot", though another "dot" elsewhere ("--fromat dot dot") is a stray argument of its own.
    private static Dictionary<string, int> ValuesOfUnknownOptions(
        IReadOnlyList<string> tokens,
        IEnumerable<string> unmatched
    )
    {
        var unknown = unmatched.Where(t => t.StartsWith('-')).ToHashSet(StringComparer.Ordinal);
        return tokens
            .Zip(tokens.Skip(1))
            .Where(pair => unknown.Contains(pair.First) && !pair.Second.StartsWith('-'))
            .CountBy(pair => pair.Second, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
    }
}
