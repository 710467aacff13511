using System.CommandLine;

namespace ClrGraph.Cli;

/// <summary>Option shapes the commands share.</summary>
internal static class Cli
{
    /// <summary>An option taking a comma-separated (or repeated) list of values from
    /// <paramref name="allowed"/>.</summary>
    public static Option<string[]> ListOption(
        string name,
        string description,
        string what,
        IReadOnlyList<string> allowed
    )
    {
        var option = new Option<string[]>(name)
        {
            Description = description,
            HelpName = "LIST",
            CustomParser = r =>
                [
                    .. r.Tokens.SelectMany(t =>
                        t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    ),
                ],
        };
        option.Validators.Add(r =>
        {
            foreach (var value in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (!allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    r.AddError($"unknown {what} '{value}'; choose from {string.Join(", ", allowed)}");
                }
            }
        });
        return option;
    }

    /// <summary>Refuses, as a usage error, a path no file can have (empty, or with a NUL) given to
    /// <paramref name="option"/>.</summary>
    public static T Paths<T>(T option)
        where T : Option
    {
        option.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
            {
                if (ClrGraph.Reading.InputPath.Problem(token.Value, option.Name) is { } problem)
                {
                    r.AddError(problem);
                }
            }
        });
        return option;
    }
}
