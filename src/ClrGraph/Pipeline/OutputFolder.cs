using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using ClrGraph.Export;

namespace ClrGraph.Pipeline;

/// <summary>Thrown when the output folder cannot be created or written; the folder is left as it was.</summary>
public sealed class OutputFolderException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Writes a run's files all-or-nothing: each to a temporary name in the output folder, then every one moved into
/// place; a file whose content is unchanged is left as it is. On any failure (an exporter that throws, a full disk,
/// Ctrl-C) the temporary files are removed and the folder holds exactly what it held before.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/>, leaving alone each file whose content is unchanged.</summary>
    /// <param name="folder">The output folder; created if missing.</param>
    /// <param name="files">The files to write.</param>
    /// <param name="phases">Where the time of each file's phase is added, if timed.</param>
    /// <param name="cancel">Cancels the run before the files are moved into place.</param>
    /// <returns>How many of the files were already in place with the same content, and so left alone.</returns>
    /// <exception cref="OutputFolderException">The folder can't be created or written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the files were moved into place.</exception>
    public static int Write(
        string folder,
        IReadOnlyList<OutputFile> files,
        Phases? phases = null,
        CancellationToken cancel = default)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"cannot create output folder {folder}: {e.Message}", e);
        }

        var stamp = Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var targets = new string[files.Count];
        var temps = new string[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            targets[i] = Path.Combine(folder, files[i].Name);
            temps[i] = Path.Combine(folder, "." + files[i].Name + "." + stamp + ".tmp");
        }

        var changed = new bool[files.Count];
        var moved = false;
        try
        {
            // The formats are independent; the largest, listed first, start first.
            try
            {
                Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancel }, i =>
                {
                    var watch = Stopwatch.StartNew();
                    using (var file = new PendingFile(targets[i], temps[i]))
                    {
                        files[i].Write(file);
                        changed[i] = file.Finish();
                    }

                    phases?.Add(files[i].Phase, watch.Elapsed);
                });
            }
            catch (AggregateException e)
            {
                ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); // the first failure, as a caller expects it
            }

            cancel.ThrowIfCancellationRequested();
            var unchanged = 0;
            for (var i = 0; i < files.Count; i++)
            {
                if (changed[i])
                {
                    File.Move(temps[i], targets[i], overwrite: true);
                }
                else
                {
                    unchanged++;
                }
            }

            moved = true;
            return unchanged;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"cannot write to output folder {folder}: {e.Message}", e);
        }
        finally
        {
            if (!moved)
            {
                foreach (var temp in temps)
                {
                    TryDelete(temp);
                }
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temporary file that can't be removed is named so that it is recognisably ours.
        }
    }
}
