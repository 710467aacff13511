namespace ClrGraph.Reading;

/// <summary>Checks a path given by the user before it is used: the empty path and a path with a NUL name no file,
/// and the operating system's path functions throw on them.</summary>
internal static class InputPath
{
    /// <summary>Why <paramref name="path"/> cannot name a file, or null when it can.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="what">What it was given as, for the message: "--taxonomy", "a reading list".</param>
    public static string? Problem(string path, string what)
    {
        if (path.Length == 0)
        {
            return $"{what} is an empty path";
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return $"{what} '{SafeText.ForTerminal(path)}' contains a NUL character, which no file name can hold";
        }

        return null;
    }
}
