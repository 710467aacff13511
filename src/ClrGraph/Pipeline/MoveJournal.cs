using System.Text;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;

namespace ClrGraph.Pipeline;

/// <summary>One move of a run's last step: a new file from its temporary name into place, and the file it replaces
/// (or an old file to remove) moved aside until the end.</summary>
/// <param name="Name">The file's name in the output folder.</param>
/// <param name="Temp">The new file's temporary name in the same folder, or null when the file is only removed.</param>
/// <param name="Aside">The old file's name while it waits aside, or null when there was none.</param>
internal sealed record Move(string Name, string? Temp, string? Aside);

/// <summary>
/// <c>.clrgraph-journal</c>: the moves of a run, written before the first one and removed after the last. A run
/// killed in between (kill -9, a power cut) leaves it; the next run puts every old file back from it and removes
/// the new ones, so the folder is again as it was before the killed run.
/// </summary>
internal static class MoveJournal
{
    public const string FileName = ".clrgraph-journal";

    private const string Header = "clrgraph journal 1";

    /// <summary>Writes the journal of <paramref name="moves"/> (to a temporary name first, so it is whole).</summary>
    public static void Write(string folder, string temp, IReadOnlyList<Move> moves)
    {
        var lines = moves.Select(m => $"{m.Name}\t{m.Temp ?? "-"}\t{m.Aside ?? "-"}\n");
        using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            file.Write(Encoding.UTF8.GetBytes(Header + "\n" + string.Concat(lines)));
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, Path.Combine(folder, FileName));
    }

    public static void Remove(string folder) => File.Delete(Path.Combine(folder, FileName));

    /// <summary>Undoes the moves of a run that was killed or failed while making them, if a journal says so.</summary>
    /// <returns>False, with the error, when an old file could not be put back.</returns>
    public static bool Recover(string folder, DiagnosticBag problems)
    {
        var path = Path.Combine(folder, FileName);
        if (OutputFolder.KindOf(path) != EntryKind.File)
        {
            return true;
        }

        try
        {
            var lines = File.ReadAllLines(path, Encoding.UTF8);
            if (lines.Length > 0 && lines[0] == Header)
            {
                Undo([.. lines.Skip(1).Select(Parse).OfType<Move>()], folder);
            }

            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Error(
                DiagnosticCodes.OutputUnwritable,
                SourceLocation.WholeFile(DisplayPath.Of(path)),
                "the old files of a run stopped while moving its files into place could not be put back: "
                    + OutputFolder.Reason(e),
                "fix the folder's permissions and run again; the journal names where each old file waits"
            );
            return false;
        }
    }

    /// <summary>Puts back each old file moved aside and removes each new file moved in; the last move first.</summary>
    private static void Undo(IReadOnlyList<Move> moves, string folder)
    {
        foreach (var move in moves.Reverse())
        {
            var target = Path.Combine(folder, move.Name);
            if (!OutputFolder.InRealFolders(folder, move.Name))
            {
                continue; // a link appeared on the way: nothing of ours lies behind it
            }

            var directory = Path.GetDirectoryName(target)!;
            if (move.Aside is { } aside && OutputFolder.KindOf(Path.Combine(directory, aside)) == EntryKind.File)
            {
                File.Move(Path.Combine(directory, aside), target, overwrite: true);
            }
            else if (
                move.Aside is null
                && move.Temp is { } temp
                && OutputFolder.KindOf(Path.Combine(directory, temp)) == EntryKind.Missing
                && OutputFolder.KindOf(target) == EntryKind.File
            )
            {
                File.Delete(target); // the new file went in where there was none
            }

            if (move.Temp is { } left)
            {
                OutputFolder.TryDelete(Path.Combine(directory, left));
            }
        }
    }

    // Null for a line this journal does not write: nothing of it is touched.
    private static Move? Parse(string line) =>
        line.Split('\t') is [var name, var temp, var aside]
        && (OutputManifest.IsName(name) || name == OutputManifest.FileName)
        && (temp == "-" || OutputFolder.LeftoverPattern().IsMatch(temp))
        && (aside == "-" || OutputFolder.LeftoverPattern().IsMatch(aside))
            ? new Move(name, temp == "-" ? null : temp, aside == "-" ? null : aside)
            : null;
}
