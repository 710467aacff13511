using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.RegularExpressions;
using ClrGraph.Diagnostics;
using ClrGraph.Export;
using ClrGraph.Reading;
using static System.FormattableString;

namespace ClrGraph.Pipeline;

/// <summary>What is at a path, without following a symbolic link.</summary>
internal enum EntryKind
{
    Missing,
    File,
    Folder,
    Link, // a symbolic link or a junction, whatever it points to
}

/// <summary>
/// Writes a run's files all-or-nothing. Under the folder's lock (<see cref="OutputLock"/>), every target is checked
/// first (no symbolic link, no folder where a file goes, a name the file system takes); each file is written to a
/// short temporary name beside its target and compared with the file in place, an unchanged one left alone. Then,
/// with a journal (<see cref="MoveJournal"/>), the old files are moved aside, the new ones in, and the old ones
/// removed only at the end; any failure puts everything back. Only files that the previous run's manifest
/// (<see cref="OutputManifest"/>) names are ever removed, and a failed run removes the folders it created.
/// </summary>
internal static partial class OutputFolder
{
    private const int MaxNameBytes = 255; // a file name, on Linux, macOS and Windows file systems alike
    private const int MaxPathBytes = 4095; // a whole path, on Linux

    private static readonly string[] Pictures = ["svg", "png", "pdf"];

    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/>, leaving alone each file whose content
    /// is unchanged, and removes an earlier run's file of a kind (extension) of <paramref name="replaced"/> (by
    /// default, of <paramref name="files"/>) that this run does not write: the explorer of a graph now too large, the
    /// diagram of a subsystem no longer top-level, with its pictures. Files of other formats are kept.
    /// <paramref name="moving"/> is called before each move into place (tests make one fail).</summary>
    /// <returns>How many files were already in place with the same content, and left alone; and why nothing was
    /// written, when nothing was.</returns>
    /// <exception cref="OperationCanceledException">Cancelled before the files were moved into place.</exception>
    public static (int Unchanged, IReadOnlyList<Diagnostic> Errors) Write(
        string folder,
        IReadOnlyList<OutputFile> files,
        IEnumerable<OutputFile>? replaced = null,
        Phases? phases = null,
        Action<string>? moving = null,
        CancellationToken cancel = default
    )
    {
        var problems = new DiagnosticBag();
        var root = Root(folder, problems);
        if (root is null)
        {
            return Failed(problems);
        }

        var kinds = (replaced ?? files).Select(f => KindOfName(f.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = files.Select(f => f.Name).Append(OutputManifest.FileName).ToList();
        var folders = names
            .Select(n => Path.GetDirectoryName(Path.Combine(root, n))!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(d => d.Length)
            .ToList();
        var created = new List<string>();
        List<PendingFile> pending = [];
        OutputLock? held = null;
        var done = false;
        try
        {
            if (
                !CreateFolder(root, created, problems)
                || (held = OutputLock.Take(root, problems)) is null
                || !MoveJournal.Recover(root, problems)
                || !CheckTargets(root, names, problems)
                || !folders.All(directory => CreateFolder(directory, created, problems))
            )
            {
                return Failed(problems);
            }

            RemoveLeftovers(folders);
            var manifest = OutputManifest.Read(root, problems);
            var previous = manifest ?? [];
            if (problems.HasErrors)
            {
                return Failed(problems);
            }

            pending = [.. names.Select((name, i) => new PendingFile(root, name, Temporary(i + 1, "tmp")))];
            if (!WriteAll(files, pending, phases, problems, cancel) || !CheckOurs(pending, manifest, problems))
            {
                return Failed(problems);
            }

            // The previous run's files not written again: removed when of a kind this run replaces (a picture goes
            // with its DOT file), else kept.
            var written = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            bool Replaced(string name) =>
                previous.Contains(name) && !written.Contains(name) && kinds.Contains(KindOfName(name));
            bool PictureOfReplaced(string name) =>
                Pictures.Contains(KindOfName(name), StringComparer.OrdinalIgnoreCase)
                && Replaced(Path.ChangeExtension(name, "dot"));
            var left = previous
                .Where(n => !written.Contains(n) && IsOurFile(root, n))
                .ToLookup(n => Replaced(n) || PictureOfReplaced(n));
            var content = OutputManifest.Content(written.Concat(left[false]));
            try
            {
                pending[^1].Write(s => s.Write(content));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Report(e, pending[^1], problems);
                return Failed(problems);
            }

            cancel.ThrowIfCancellationRequested();
            var moves = Moves(pending, left[true]);
            done = CheckReplaceable(root, moves, problems) && MoveAll(root, moves, problems, moving);
            return done
                ? (pending.Take(files.Count).Count(p => !p.Changed), [])
                : Failed(problems);
        }
        finally
        {
            if (!done)
            {
                pending.ForEach(file => TryDelete(file.Temp));
            }

            held?.Dispose();
            if (!done)
            {
                // A created folder that is not empty (a stranger's file) or gone is left alone.
                foreach (var directory in Enumerable.Reverse(created))
                {
                    BestEffort(() => Directory.Delete(directory));
                }
            }
        }
    }

    /// <summary>The folder's full path, unless it is one no export may write into (said in
    /// <paramref name="problems"/>).</summary>
    public static string? Root(string folder, DiagnosticBag problems)
    {
        if (InputPath.Problem(folder, "the output folder") is { } invalid)
        {
            problems.Error(DiagnosticCodes.InvalidPath, SourceLocation.WholeFile("--out"), invalid);
            return null;
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var why =
            Path.GetPathRoot(full) == full ? "it is the root of the file system"
            : home.Length > 0 && full == Path.TrimEndingDirectorySeparator(Path.GetFullPath(home))
                ? "it is your home folder"
            : null;
        if (why is null)
        {
            return FileInTheWay(full, problems) ? null : full;
        }

        problems.Error(
            DiagnosticCodes.OutputFolderRefused,
            SourceLocation.WholeFile(DisplayPath.Of(full)),
            $"refusing to write the export into {full}: {why}",
            "choose a folder of its own, e.g. --out output"
        );
        return null;
    }

    // A file where the folder or one of its parents goes: said before anything is read or written.
    private static bool FileInTheWay(string folder, DiagnosticBag problems)
    {
        var (existing, kind) = (folder, KindOf(folder));
        while (kind == EntryKind.Missing && Path.GetDirectoryName(existing) is { } parent)
        {
            (existing, kind) = (parent, KindOf(parent));
        }

        if (kind != EntryKind.File)
        {
            return false;
        }

        var shown = DisplayPath.Of(existing);
        problems.Error(
            DiagnosticCodes.OutputPathBlocked,
            SourceLocation.WholeFile(shown),
            existing == folder
                ? $"{shown} is a file, not a folder"
                : $"{shown} is a file, not a folder, so the output folder {DisplayPath.Of(folder)} cannot go in it",
            "choose another --out folder, or rename or move the file"
        );
        return true;
    }

    // Creates a missing folder and its missing parents, outermost first, noting each for removal on failure.
    private static bool CreateFolder(string directory, List<string> created, DiagnosticBag problems)
    {
        var missing = new List<string>();
        for (var d = directory; d is not null && KindOf(d) == EntryKind.Missing; d = Path.GetDirectoryName(d))
        {
            missing.Add(d);
        }

        foreach (var d in Enumerable.Reverse(missing))
        {
            try
            {
                Directory.CreateDirectory(d);
                created.Add(d);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Error(
                    CodeOf(e),
                    SourceLocation.WholeFile(DisplayPath.Of(d)),
                    "cannot create the folder: " + Reason(e),
                    "choose another --out folder, or fix its permissions"
                );
                return false;
            }
        }

        return true;
    }

    // Before anything is written: a name the file system takes, no link on the way, no folder where a file goes.
    private static bool CheckTargets(string root, IReadOnlyList<string> names, DiagnosticBag problems)
    {
        var checkedFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var target = Path.Combine(root, name);
            var location = SourceLocation.WholeFile(DisplayPath.Of(target));
            var segments = name.Split('/');
            if (segments.FirstOrDefault(s => Encoding.UTF8.GetByteCount(s) > MaxNameBytes) is { } tooLong)
            {
                problems.Error(
                    DiagnosticCodes.OutputNameTooLong,
                    location,
                    Invariant($"file name too long: {Encoding.UTF8.GetByteCount(tooLong)} bytes, ")
                        + $"and a file system takes at most {MaxNameBytes}",
                    "shorten the subsystem id this file is named after"
                );
                continue;
            }

            if (Encoding.UTF8.GetByteCount(target) > MaxPathBytes)
            {
                problems.Error(
                    DiagnosticCodes.OutputNameTooLong,
                    location,
                    $"path too long: over {MaxPathBytes} bytes",
                    "choose an --out folder with a shorter path"
                );
                continue;
            }

            for (var i = 1; i <= segments.Length; i++)
            {
                var path = Path.Combine(root, string.Join('/', segments[..i]));
                var isFile = i == segments.Length;
                if (!isFile && !checkedFolders.Add(path))
                {
                    continue;
                }

                var kind = KindOf(path);
                var shown = DisplayPath.Of(path);
                if (kind == EntryKind.Link)
                {
                    problems.Error(
                        DiagnosticCodes.OutputSymlink,
                        SourceLocation.WholeFile(shown),
                        $"{shown} is a symbolic link; ClrGraph writes and removes nothing through a link",
                        "replace the link by a real folder or remove it, or choose another --out folder"
                    );
                    break;
                }

                // A pipe or a device would make the comparison or the check that it is replaceable wait forever.
                var special = isFile && kind == EntryKind.File ? FileKinds.Of(path) : FileKind.Regular;
                var blocker = kind switch
                {
                    EntryKind.Folder when isFile => "a folder",
                    EntryKind.File when !isFile => "a file",
                    _ when special is not (FileKind.Regular or FileKind.Missing) => FileKinds.Describe(special),
                    _ => null,
                };
                if (blocker is not null)
                {
                    var writes = isFile ? "a file" : "a folder";
                    problems.Error(
                        DiagnosticCodes.OutputPathBlocked,
                        SourceLocation.WholeFile(shown),
                        $"{blocker} named {Path.GetFileName(path)} is where ClrGraph writes {writes}",
                        "rename or move it"
                    );
                    break;
                }
            }
        }

        return !problems.HasErrors;
    }

    // A file in place that this run would change is replaced only if the previous run wrote it (its manifest names
    // it): a curator's own guide.md, in a folder without a manifest or unlisted in one, is not ClrGraph's to replace.
    private static bool CheckOurs(List<PendingFile> pending, HashSet<string>? manifest, DiagnosticBag problems)
    {
        var why = manifest is null
            ? $"the folder has no {OutputManifest.FileName}"
            : $"{OutputManifest.FileName} does not name it";
        foreach (var file in pending.SkipLast(1).Where(p => p.Changed && manifest?.Contains(p.Name) != true))
        {
            if (KindOf(file.Target) == EntryKind.File)
            {
                problems.Error(
                    DiagnosticCodes.OutputPathBlocked,
                    SourceLocation.WholeFile(DisplayPath.Of(file.Target)),
                    $"{file.Name} is not ClrGraph's ({why}), and this run would write other content there",
                    "rename or move it, or choose another --out folder; if an earlier export wrote it, delete it"
                );
            }
        }

        return !problems.HasErrors;
    }

    // Each file written to its temporary name, in parallel; every failure named with its file.
    private static bool WriteAll(
        IReadOnlyList<OutputFile> files,
        List<PendingFile> pending,
        Phases? phases,
        DiagnosticBag problems,
        CancellationToken cancel
    )
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        try
        {
            // The formats are independent; the largest, listed first, start first, and each keeps a core to itself.
            Parallel.For(
                0,
                files.Count,
                new ParallelOptions
                {
                    CancellationToken = failed.Token,
                    MaxDegreeOfParallelism = Environment.ProcessorCount,
                },
                i =>
                {
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        pending[i].Write(s => files[i].Write(new CancellableStream(s, failed.Token)));
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or GraphvizException)
                    {
                        lock (problems)
                        {
                            Report(e, pending[i], problems);
                        }

                        failed.Cancel();
                    }

                    phases?.Add(files[i].Phase, watch.Elapsed);
                }
            );
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            // Stopped by a failure, reported as it happened.
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); // an exporter's bug, as a caller expects it
        }

        cancel.ThrowIfCancellationRequested();
        return !problems.HasErrors;
    }

    private static void Report(Exception e, PendingFile file, DiagnosticBag problems)
    {
        var (code, message, hint) = e switch
        {
            GraphvizException graphviz => (graphviz.Code, graphviz.Message, graphviz.Hint),
            PathTooLongException => (
                DiagnosticCodes.OutputNameTooLong,
                "file name too long for this file system",
                "shorten the subsystem id this file is named after, or choose an --out folder with a shorter path"
            ),
            _ => (
                DiagnosticCodes.OutputUnwritable,
                $"cannot write {file.Name}: {Reason(e)}",
                WriteHint(e)
            ),
        };
        problems.Error(code, SourceLocation.WholeFile(DisplayPath.Of(file.Target)), message, hint);
    }

    private static List<Move> Moves(List<PendingFile> pending, IEnumerable<string> removed)
    {
        var index = 0;
        string Aside() => Temporary(++index, "old");
        return
        [
            .. pending
                .Where(p => p.Changed)
                .Select(p =>
                    new Move(p.Name, Path.GetFileName(p.Temp), KindOf(p.Target) == EntryKind.File ? Aside() : null)
                ),
            .. removed.Order(StringComparer.Ordinal).Select(n => new Move(n, null, Aside())),
        ];
    }

    // Every file to be moved aside must be one this run can replace (not immutable, not read-only).
    private static bool CheckReplaceable(string root, List<Move> moves, DiagnosticBag problems)
    {
        foreach (var move in moves.Where(m => m.Aside is not null))
        {
            var path = Path.Combine(root, move.Name);
            try
            {
                using var probe = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Error(
                    DiagnosticCodes.OutputUnwritable,
                    SourceLocation.WholeFile(DisplayPath.Of(path)),
                    $"cannot replace {move.Name}: {Reason(e)}",
                    "the file is read-only or immutable: check it with ls -l and lsattr, or remove it yourself"
                );
            }
        }

        return !problems.HasErrors;
    }

    // Old files aside, new files in, old files removed last; on a failure the journal undoes them, as after a kill.
    private static bool MoveAll(string root, List<Move> moves, DiagnosticBag problems, Action<string>? moving)
    {
        if (moves.Count == 0)
        {
            return true;
        }

        var journalTemp = Path.Combine(root, Temporary(0, "tmp"));
        try
        {
            MoveJournal.Write(root, journalTemp, moves);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(journalTemp);
            var journal = Path.Combine(root, MoveJournal.FileName);
            problems.Error(CodeOf(e), SourceLocation.WholeFile(DisplayPath.Of(journal)),
                $"cannot write {MoveJournal.FileName}: {Reason(e)}", WriteHint(e));
            return false;
        }

        var current = moves[0];
        try
        {
            foreach (var move in moves.Where(m => m.Aside is not null))
            {
                current = move;
                var target = Path.Combine(root, move.Name);
                File.Move(target, Path.Combine(Path.GetDirectoryName(target)!, move.Aside!));
            }

            foreach (var move in moves.Where(m => m.Temp is not null))
            {
                current = move;
                moving?.Invoke(move.Name);
                var target = Path.Combine(root, move.Name);
                File.Move(Path.Combine(Path.GetDirectoryName(target)!, move.Temp!), target);
            }

            MoveJournal.Remove(root); // the run is complete from here on
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Error(
                CodeOf(e),
                SourceLocation.WholeFile(DisplayPath.Of(Path.Combine(root, current.Name))),
                $"cannot move {current.Name} into place: {Reason(e)}",
                "fix the folder's permissions, or choose another --out folder"
            );
            MoveJournal.Recover(root, problems);
            return false;
        }

        foreach (var move in moves.Where(m => m.Aside is not null))
        {
            TryDelete(Path.Combine(Path.GetDirectoryName(Path.Combine(root, move.Name))!, move.Aside!));
        }

        return true;
    }

    // Temporary and moved-aside files of runs that died (kill -9), in the folders this run writes to.
    private static void RemoveLeftovers(List<string> folders) =>
        folders
            .SelectMany(Directory.EnumerateFiles)
            .Where(path =>
                LeftoverPattern().Match(Path.GetFileName(path)) is { Success: true } match
                && int.TryParse(match.Groups["pid"].Value, CultureInfo.InvariantCulture, out var pid)
                && !OutputLock.IsRunning(pid)
                && KindOf(path) == EntryKind.File
            )
            .ToList()
            .ForEach(TryDelete);

    // The name of a run's temporary (tmp) or moved-aside (old) file number n, short whatever the file's name.
    private static string Temporary(int n, string kind) =>
        Invariant($".clrgraph.{Environment.ProcessId}.{n}.{kind}");

    /// <summary>A temporary or moved-aside name a run gives its files: .clrgraph.PID.N.tmp and .clrgraph.PID.N.old.
    /// </summary>
    [GeneratedRegex(@"^\.clrgraph\.(?<pid>[0-9]{1,9})\.[0-9]{1,9}\.(tmp|old)$")]
    public static partial Regex LeftoverPattern();

    // Whether the name is a file (not a link) inside real folders of the root.
    private static bool IsOurFile(string root, string name) =>
        OutputManifest.IsName(name)
        && InRealFolders(root, name)
        && KindOf(Path.Combine(root, name)) == EntryKind.File;

    /// <summary>Whether every folder on the way from <paramref name="root"/> to <paramref name="name"/> is a real
    /// folder, no link.</summary>
    public static bool InRealFolders(string root, string name)
    {
        var segments = name.Split('/');
        return Enumerable
            .Range(1, segments.Length - 1)
            .All(i => KindOf(Path.Combine(root, string.Join('/', segments[..i]))) == EntryKind.Folder);
    }

    /// <summary>What is at <paramref name="path"/>, a link reported as a link.</summary>
    public static EntryKind KindOf(string path)
    {
        try
        {
            var attributes = File.GetAttributes(path);
            return (attributes & FileAttributes.ReparsePoint) != 0 ? EntryKind.Link
                : (attributes & FileAttributes.Directory) != 0 ? EntryKind.Folder
                : EntryKind.File;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return EntryKind.Missing; // not found, or a file where a folder of the path should be
        }
    }

    private static string KindOfName(string name) => Path.GetExtension(name).TrimStart('.');

    /// <summary>The hint of a failure to write: the disk is full, the file system read-only, or the folder not the
    /// user's to write. On Linux and macOS the error's number says which (the two share ENOSPC and EROFS).
    /// <paramref name="elsewhere"/> says how to write somewhere else.</summary>
    public static string WriteHint(Exception e, string elsewhere = "choose another --out folder") =>
        (e is IOException && !OperatingSystem.IsWindows() ? e.HResult : 0) switch
        {
            28 => $"free some space, or {elsewhere}", // ENOSPC
            30 => $"the file system is mounted read-only: {elsewhere}", // EROFS
            _ => $"free some space or fix the folder's permissions, or {elsewhere}",
        };

    /// <summary>The code of a failure to write in the folder: a path too long for the file system has its own.
    /// </summary>
    public static string CodeOf(Exception e) =>
        e is PathTooLongException ? DiagnosticCodes.OutputNameTooLong : DiagnosticCodes.OutputUnwritable;

    /// <summary>An I/O error's reason, without the path .NET appends (the diagnostic names the file).</summary>
    public static string Reason(Exception e)
    {
        var message = e.Message;
        var path = message.IndexOf(" : '", StringComparison.Ordinal);
        return (path > 0 ? message[..path] : message).TrimEnd('.');
    }

    private static (int, IReadOnlyList<Diagnostic>) Failed(DiagnosticBag problems) => (0, problems.Sorted());

    /// <summary>Deletes a file if it can; a leftover is named so that the next run recognises it.</summary>
    public static void TryDelete(string path) => BestEffort(() => File.Delete(path));

    private static void BestEffort(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort.
        }
    }
}
