using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ClrGraph.Diagnostics;

namespace ClrGraph.Reading;

/// <summary>Reads an input file as UTF-8 text, reporting a missing, oversized, binary or non-UTF-8 file as a
/// diagnostic.</summary>
internal static class InputFile
{
    /// <summary>The largest input file read, in bytes (64 MiB): a reading list or taxonomy is far smaller.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private const int MaxNearby = 1000;

    /// <summary>Reads <paramref name="path"/>; on failure reports at <paramref name="display"/> (or at
    /// <paramref name="reference"/>, the taxonomy line that names it) and returns null. Only a regular file is
    /// opened, and reading stops at <see cref="MaxBytes"/> whatever size the file claims.</summary>
    public static string? Read(string path, string display, DiagnosticBag diagnostics, SourceLocation? reference = null)
    {
        var at = reference ?? SourceLocation.WholeFile(display);
        if (InputPath.Problem(path, "the path") is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.InvalidPath, at, problem, "give the path of a text file");
            return null;
        }

        ArraySegment<byte>? bytes;
        try
        {
            var kind = FileKinds.Of(path);
            if (kind == FileKind.Missing && new FileInfo(path).LinkTarget is { } target)
            {
                diagnostics.Error(
                    DiagnosticCodes.FileUnreadable,
                    at,
                    $"{display} is a link to '{target}', which does not exist",
                    "point the link at an existing file, or give that file's own path"
                );
                return null;
            }

            if (kind == FileKind.Missing)
            {
                var nearby = Nearby(path, display);
                diagnostics.Error(DiagnosticCodes.FileUnreadable, at, $"file not found: {display}", nearby);
                return null;
            }

            if (kind != FileKind.Regular)
            {
                diagnostics.Error(
                    DiagnosticCodes.NotRegularFile,
                    at,
                    $"{display} is {FileKinds.Describe(kind)}, not a regular file",
                    "give the path of a text file"
                );
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0);
            bytes = ReadAtMost(stream, MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, at, $"cannot read {display}: {e.Message}");
            return null;
        }

        if (bytes is null)
        {
            diagnostics.Error(
                DiagnosticCodes.InputTooLarge,
                SourceLocation.WholeFile(display),
                string.Create(CultureInfo.InvariantCulture, $"file is larger than the limit of {MaxBytes:N0} bytes"),
                "split it, or check that it is the file you meant"
            );
            return null;
        }

        return Decode(bytes.Value, display, diagnostics);
    }

    // A file beside the missing one whose name is a typo away ("did you mean 'lists/gc.md'?"), or the folder that is
    // missing; of a large folder, only the first names are compared.
    private static string? Nearby(string path, string display)
    {
        // "lists\gc.md", written on Windows: on Linux and macOS a backslash is part of the name.
        if (Path.DirectorySeparatorChar == '/' && path.Contains('\\') && File.Exists(path.Replace('\\', '/')))
        {
            return $"did you mean '{display.Replace('\\', '/')}'? folders are separated by '/'";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        var shown = Path.GetDirectoryName(display) is { Length: > 0 } written ? written + "/" : "";
        try
        {
            if (folder is null || !Directory.Exists(folder))
            {
                return shown.Length == 0 ? null : $"there is no folder {shown}";
            }

            var names = Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)).Take(MaxNearby);
            var best = Suggestions.Closest(Path.GetFileName(path), names);
            // Without a name like it, where it was looked for: a path relative to another folder than meant.
            return best is null
                ? $"it was looked for in {folder}{Path.DirectorySeparatorChar}"
                : $"did you mean '{shown}{best}'?";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The bytes of the stream, counted as they are read (a file may grow, and /proc files claim to be empty), or null
    // when there are more than max.
    private static ArraySegment<byte>? ReadAtMost(FileStream stream, long max)
    {
        var claimed = stream.CanSeek ? stream.Length : 0;
        if (claimed > max)
        {
            return null; // no need to read what is known to be too large
        }

        using var bytes = new MemoryStream((int)claimed + 1);
        var chunk = new byte[81920];
        for (var read = stream.Read(chunk); read > 0; read = stream.Read(chunk))
        {
            if (bytes.Length + read > max)
            {
                return null;
            }

            bytes.Write(chunk, 0, read);
        }

        return new ArraySegment<byte>(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    /// <summary>Decodes UTF-8 (a byte-order mark is skipped), reporting the first invalid byte or NUL with its line and
    /// column.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string display, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        // What Windows PowerShell's '>' and Notepad's "Unicode" write: UTF-16, a byte-order mark first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(
                DiagnosticCodes.NotUtf8,
                new SourceLocation(display, 1, 1),
                "file is UTF-16 (it starts with UTF-16's byte-order mark), not UTF-8",
                "save it as UTF-8: in PowerShell, Out-File -Encoding utf8; in an editor, 'Save with encoding' UTF-8"
            );
            return null;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var at = At(bytes, nul, display);
            diagnostics.Error(DiagnosticCodes.NotUtf8, at, "file contains a NUL byte: it is binary, not text");
            return null;
        }

        if (!Utf8.IsValid(bytes))
        {
            // Decoding stops before the first invalid byte.
            Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
            var at = At(bytes, valid, display);
            diagnostics.Error(DiagnosticCodes.NotUtf8, at, "file is not valid UTF-8", "save it as UTF-8");
            return null;
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static SourceLocation At(ReadOnlySpan<byte> bytes, int offset, string display)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1; // columns count characters, not bytes
        return new SourceLocation(display, line, column);
    }
}
