namespace ClrGraph.Reading;

/// <summary>Paths as diagnostics and outputs show them: relative to the working folder when inside it, with
/// '/'.</summary>
internal static class DisplayPath
{
    /// <summary>The display form of a path.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown =
            relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
