using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using static System.FormattableString;

namespace ClrGraph.Pipeline;

/// <summary>
/// The output folder's lock file, <c>.clrgraph-lock</c>: created exclusively and holding the process id, so a second
/// run on the same folder is refused while the first one runs. The lock of a process that no longer runs (killed) is
/// taken over, unless this process holds it: two exports of one process into the same folder are refused as two
/// processes' are.
/// </summary>
/// <param name="path">The lock file.</param>
/// <param name="file">The lock file, held open until the run ends.</param>
internal sealed class OutputLock(string path, FileStream file) : IDisposable
{
    public const string FileName = ".clrgraph-lock";

    // A lock without a process id yet is being created; after this long, its creator died in between.
    private static readonly TimeSpan Unfinished = TimeSpan.FromMinutes(1);

    // The lock files this process holds; taking and releasing a lock is done holding this set.
    private static readonly HashSet<string> Held = new(StringComparer.Ordinal);

    /// <summary>Takes the lock of <paramref name="folder"/>, or reports why it can't and returns null.</summary>
    public static OutputLock? Take(string folder, DiagnosticBag problems)
    {
        var path = Path.Combine(folder, FileName);
        var location = SourceLocation.WholeFile(DisplayPath.Of(folder));
        lock (Held)
        {
            return Take(path, location, problems, retry: true);
        }
    }

    private static OutputLock? Take(string path, SourceLocation location, DiagnosticBag problems, bool retry)
    {
        if (IsStale(path))
        {
            OutputFolder.TryDelete(path); // a dead run's lock is taken over
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0);
        }
        catch (IOException) when (OutputFolder.KindOf(path) != EntryKind.Missing)
        {
            problems.Error(
                DiagnosticCodes.OutputFolderLocked,
                location,
                Owner(path) is { } pid
                    ? Invariant($"another clrgraph run (process {pid}) is writing into this folder")
                    : "another clrgraph run is writing into this folder",
                $"wait for it to end; if no clrgraph is running, delete {DisplayPath.Of(path)}"
            );
            return null;
        }
        catch (IOException) when (retry)
        {
            // No lock there now: the run that held it ended in between (the second try takes it), or the folder
            // cannot be written to (the second try says so).
            return Take(path, location, problems, retry: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CannotWrite(e, location, problems);
        }

        try
        {
            file.Write(Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n"));
        }
        catch (IOException e)
        {
            // A full disk: a lock without a process id would hold off the next run as a run still starting.
            file.Dispose();
            OutputFolder.TryDelete(path);
            return CannotWrite(e, location, problems);
        }

        Held.Add(path);
        return new OutputLock(path, file);
    }

    private static OutputLock? CannotWrite(Exception e, SourceLocation location, DiagnosticBag problems)
    {
        problems.Error(
            OutputFolder.CodeOf(e),
            location,
            "cannot write to the output folder: " + OutputFolder.Reason(e),
            OutputFolder.WriteHint(e)
        );
        return null;
    }

    /// <summary>Whether process <paramref name="pid"/> runs, other than this one (a dead run may have had this
    /// run's id, in a container).</summary>
    public static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId || pid <= 0)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        lock (Held)
        {
            file.Dispose();
            OutputFolder.TryDelete(path);
            Held.Remove(path);
        }
    }

    private static int? Owner(string path)
    {
        try
        {
            var text = File.ReadAllText(path).Trim();
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsStale(string path) =>
        OutputFolder.KindOf(path) == EntryKind.File
        && !Held.Contains(path)
        && (
            Owner(path) is { } pid
                ? !IsRunning(pid)
                : DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > Unfinished
        );
}
