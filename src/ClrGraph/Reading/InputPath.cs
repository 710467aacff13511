namespace ClrGraph.Reading;

/// <summary>Checks a path given by the user before it is used: the empty path and a path with a NUL name no file,
/// and the operating system's path functions throw on them; a web address is no path either.</summary>
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

        // "https://github.com/o/r/blob/main/README.md", pasted from the browser: its file is on raw.githubusercontent.
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var segments = uri.AbsolutePath.Split('/');
            var raw = uri.Host is "github.com" or "www.github.com" && segments is [_, _, _, "blob", _, _, ..]
                ? $"https://raw.githubusercontent.com/{segments[1]}/{segments[2]}/{string.Join('/', segments[4..])}"
                : uri.AbsoluteUri;
            return $"{what} '{SafeText.ForTerminal(path)}' is a web address, and ClrGraph reads and writes files on "
                + $"disk; to read a list from the web, download it first: curl -L -o list.md '{raw}'";
        }

        return null;
    }
}
