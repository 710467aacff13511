using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using ClrGraph.Diagnostics;

namespace ClrGraph.Cli;

/// <summary>System.CommandLine's parse errors in our words, with a did-you-mean for a misspelt option or value.
/// </summary>
internal static class ParseErrors
{
    /// <summary>One line per error of <paramref name="parsed"/>.</summary>
    public static IEnumerable<string> Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var options = command
            .Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var unknownOptions = parsed.UnmatchedTokens.Where(t => t.StartsWith('-')).ToList();
        var tokens = parsed.Tokens.Select(t => t.Value).ToList();
        foreach (var error in parsed.Errors)
        {
            if (Unmatched(error, parsed) is { } token)
            {
                if (token.StartsWith('-'))
                {
                    var hint = Suggestions.DidYouMean(token, options) is { } meant ? $" ({meant})" : "";
                    yield return $"unknown option '{token}' for '{command.Name}'{hint}";
                }
                else if (!FollowsUnknownOption(token, tokens, unknownOptions))
                {
                    yield return error.Message;
                }

                continue;
            }

            if (error.SymbolResult is OptionResult { Tokens: [{ Value: var value }, ..] } option
                && Allowed(option.Option) is { Count: > 0 } allowed
                && !allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                var hint = Suggestions.DidYouMean(value, allowed) is { } meant ? $" ({meant})" : "";
                yield return $"unknown value '{value}' for {option.Option.Name}{hint}; choose from "
                    + string.Join(", ", allowed);
                continue;
            }

            yield return error.Message;
        }
    }

    // The token an "Unrecognized command or argument" error is about, or null for another error.
    private static string? Unmatched(ParseError error, ParseResult parsed) =>
        parsed.UnmatchedTokens.FirstOrDefault(t =>
            error.Message.Contains($"'{t}'", StringComparison.Ordinal) && error.SymbolResult is null or CommandResult
        );

    // The value of a misspelt option ("--fromat dot") is no error of its own.
    private static bool FollowsUnknownOption(string token, List<string> tokens, List<string> unknownOptions)
    {
        var index = tokens.IndexOf(token);
        return index > 0 && unknownOptions.Contains(tokens[index - 1], StringComparer.Ordinal);
    }

    // The values an option accepts, from its completions (an enum's names, or AcceptOnlyFromAmong's list).
    private static List<string> Allowed(Option option) =>
        [.. option.GetCompletions(CompletionContext.Empty).Select(c => c.Label)];
}
