namespace ClrGraph.Reading;

/// <summary>Paths as diagnostics and outputs show them: relative to the working folder when inside it, with
/// '/'.</summary>
internal static class DisplayPath
{
    /// <summary>The display form of a path.</summary>
    public static string Of(string path)
    {
        if (InputPath.Problem(path, "path") is not null)
        {
            return path.Length == 0 ? "''" : SafeText.ForTerminal(path); // no full path to make
        }

        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown =
            relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        // On Unix a backslash is a letter of a file name, not a separator.
        return Path.DirectorySeparatorChar == '\\' ? shown.Replace('\\', '/') : shown;
    }
}
