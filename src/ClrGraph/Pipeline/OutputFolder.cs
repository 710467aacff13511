using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using ClrGraph.Export;

namespace ClrGraph.Pipeline;

/// <summary>Thrown when the output folder cannot be created or written; the folder is left as it was.</summary>
public sealed class OutputFolderException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Writes a run's files all-or-nothing: each to a temporary name beside its target (names may have subfolders,
/// <c>subsystems/gc.dot</c>), then every one moved into place; a file whose content is unchanged is left as it is.
/// On any failure (an exporter that throws, a full disk, Ctrl-C) the temporary files and the subfolders this run
/// created are removed and the folder holds exactly what it held before. Files that <see cref="StaleFiles"/> rules
/// name are removed only once every new file is in place.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/>, leaving alone each file whose content
    /// is unchanged.</summary>
    /// <param name="folder">The output folder; created if missing.</param>
    /// <param name="files">The files to write.</param>
    /// <param name="phases">Where the time of each file's phase is added, if timed.</param>
    /// <param name="stale">Files of earlier runs to remove once this run's files are in place.</param>
    /// <param name="cancel">Cancels the run before the files are moved into place.</param>
    /// <returns>How many of the files were already in place with the same content, and so left alone.</returns>
    /// <exception cref="OutputFolderException">The folder can't be created or written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the files were moved into place.</exception>
    public static int Write(
        string folder,
        IReadOnlyList<OutputFile> files,
        Phases? phases = null,
        IReadOnlyList<StaleFiles>? stale = null,
        CancellationToken cancel = default
    )
    {
        var stamp =
            Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var targets = new string[files.Count];
        var temps = new string[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            targets[i] = Path.Combine(folder, files[i].Name);
            var directory = Path.GetDirectoryName(targets[i])!;
            temps[i] = Path.Combine(directory, "." + Path.GetFileName(targets[i]) + "." + stamp + ".tmp");
        }

        // Outermost first, so that a failure removes the ones this run made, innermost first.
        var created = new List<string>();
        try
        {
            foreach (
                var directory in targets
                    .Select(t => Path.GetDirectoryName(t)!)
                    .Prepend(folder)
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(d => d.Length)
            )
            {
                if (!Directory.Exists(directory))
                {
                    Directory.CreateDirectory(directory);
                    created.Add(directory);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveCreated(created);
            throw new OutputFolderException($"cannot create output folder {folder}: {e.Message}", e);
        }

        var changed = new bool[files.Count];
        var moved = false;
        try
        {
            // The formats are independent; the largest, listed first, start first, and each keeps a core to itself.
            try
            {
                Parallel.For(
                    0,
                    files.Count,
                    new ParallelOptions
                    {
                        CancellationToken = cancel,
                        MaxDegreeOfParallelism = Environment.ProcessorCount,
                    },
                    i =>
                    {
                        var watch = Stopwatch.StartNew();
                        using (var file = new PendingFile(targets[i], temps[i]))
                        {
                            files[i].Write(file);
                            changed[i] = file.Finish();
                        }

                        phases?.Add(files[i].Phase, watch.Elapsed);
                    }
                );
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
            RemoveStale(folder, files, stale ?? []);
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

                RemoveCreated(created);
            }
        }
    }

    // A stale file's stem is one this run writes nothing for in its folder (gc.svg stays while gc.dot is written).
    private static void RemoveStale(string folder, IReadOnlyList<OutputFile> files, IReadOnlyList<StaleFiles> stale)
    {
        foreach (var rule in stale)
        {
            var directory = Path.Combine(folder, rule.Folder);
            var prefix = rule.Folder + "/";
            var written = files
                .Where(f => f.Name.StartsWith(prefix, StringComparison.Ordinal))
                .Select(f => Path.GetFileNameWithoutExtension(f.Name))
                .ToHashSet(StringComparer.Ordinal);
            if (written.Count == 0 || !Directory.Exists(directory))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).ToList())
            {
                var name = Path.GetFileName(path);
                var extension = Path.GetExtension(name).TrimStart('.');
                if (
                    !name.StartsWith('.')
                    && rule.Extensions.Contains(extension, StringComparer.Ordinal)
                    && !written.Contains(Path.GetFileNameWithoutExtension(name))
                )
                {
                    TryDelete(path);
                }
            }
        }
    }

    private static void RemoveCreated(List<string> created)
    {
        for (var i = created.Count - 1; i >= 0; i--)
        {
            try
            {
                Directory.Delete(created[i], recursive: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not empty (a stranger's file) or gone: leave it.
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
