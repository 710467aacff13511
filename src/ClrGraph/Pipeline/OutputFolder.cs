using System.Collections.Concurrent;
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
public static class OutputFolder
{
    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/>, leaving alone each file whose content is unchanged.</summary>
    /// <param name="folder">The output folder; created if missing.</param>
    /// <param name="files">The files to write.</param>
    /// <param name="phases">Where the time of each file's phase is added, if timed.</param>
    /// <param name="cancel">Cancels the run before the files are moved into place.</param>
    /// <returns>How many of the files were already in place with the same content, and so left alone.</returns>
    /// <exception cref="OutputFolderException">The folder can't be created or written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the files were moved into place.</exception>
    public static int Write(string folder, IReadOnlyList<OutputFile> files, Phases? phases = null, CancellationToken cancel = default)
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
        var blocks = new Blocks();
        var moved = false;
        try
        {
            void WriteOne(int i)
            {
                cancel.ThrowIfCancellationRequested();
                var watch = Stopwatch.StartNew();
                // No fsync: the rename keeps the run all-or-nothing if the process dies, and forcing 2 GB of a large
                // export to disk cost seconds; surviving a power cut is left to the file system.
                using (var file = new PendingFile(targets[i], temps[i], blocks))
                {
                    files[i].Write(file);
                    changed[i] = file.Finish();
                }

                phases?.Add(files[i].Phase, watch.Elapsed);
            }

            // The formats are independent: one worker per core, each taking the next file in list order, so the largest
            // (listed first) start first and no core is left writing a large file alone at the end. Plain threads: on a
            // small graph, waking the thread pool would cost more than the writes it shares out.
            var next = -1;
            var failures = new ConcurrentQueue<Exception>();
            void Work()
            {
                for (int i; failures.IsEmpty && (i = Interlocked.Increment(ref next)) < files.Count;)
                {
                    try
                    {
                        WriteOne(i);
                    }
#pragma warning disable CA1031 // not swallowed: the first failure is thrown below, on the caller's thread
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        failures.Enqueue(e);
                    }
                }
            }

            var helpers = new Thread[Math.Max(0, Math.Min(Environment.ProcessorCount, files.Count) - 1)];
            for (var i = 0; i < helpers.Length; i++)
            {
                helpers[i] = new Thread(Work);
                helpers[i].Start();
            }

            Work();
            foreach (var helper in helpers)
            {
                helper.Join();
            }

            if (failures.TryPeek(out var failure))
            {
                ExceptionDispatchInfo.Throw(failure);
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
