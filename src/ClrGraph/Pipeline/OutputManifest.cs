using System.Text;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;

namespace ClrGraph.Pipeline;

/// <summary>
/// <c>.clrgraph-manifest</c>: the names of the files ClrGraph wrote into an output folder, one a line, sorted, with
/// <c>\n</c>. A run removes only files its predecessor's manifest names, so a file ClrGraph did not write is never
/// touched. Committed with the output, so it is byte-identical from run to run.
/// </summary>
internal static class OutputManifest
{
    public const string FileName = ".clrgraph-manifest";

    private const string Header =
        "# Files written by ClrGraph (clrgraph export); the next export removes those it no longer writes.\n";

    /// <summary>The names the manifest of <paramref name="folder"/> lists, or null when there is none; a name
    /// that could leave the folder is left out.</summary>
    public static HashSet<string>? Read(string folder, DiagnosticBag problems)
    {
        var path = Path.Combine(folder, FileName);
        if (OutputFolder.KindOf(path) != EntryKind.File)
        {
            return null; // a link or a folder in its place is reported with the other targets
        }

        try
        {
            return File.ReadAllLines(path, Encoding.UTF8)
                .Where(line => !line.StartsWith('#') && IsName(line))
                .ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Error(
                DiagnosticCodes.OutputUnwritable,
                SourceLocation.WholeFile(DisplayPath.Of(path)),
                "cannot read the list of files ClrGraph wrote: " + OutputFolder.Reason(e),
                "fix the file's permissions"
            );
            return null;
        }
    }

    public static byte[] Content(IEnumerable<string> names) =>
        Encoding.UTF8.GetBytes(Header + string.Concat(names.Order(StringComparer.Ordinal).Select(n => n + "\n")));

    /// <summary>Whether <paramref name="name"/> is a plain relative name inside the folder: no '..', no root, none
    /// of ClrGraph's own dot-files.</summary>
    public static bool IsName(string name) =>
        !name.Contains('\\', StringComparison.Ordinal)
        && !name.Contains('\0', StringComparison.Ordinal)
        && !name.StartsWith(".clrgraph", StringComparison.Ordinal)
        && name.Split('/').All(s => s.Length > 0 && s != "." && s != "..")
        && !Path.IsPathRooted(name);
}
