using System.Text;
using ClrGraph.Diagnostics;

namespace ClrGraph.Reading;

/// <summary>Reads an input file as UTF-8 text, reporting a missing, oversized, binary or non-UTF-8 file as a
/// diagnostic.</summary>
internal static class InputFile
{
    /// <summary>The largest input file read, in bytes (64 MiB): a reading list or taxonomy is far smaller.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    /// <summary>Reads <paramref name="path"/>; on failure reports at <paramref name="display"/> (or at
    /// <paramref name="reference"/>) and returns null.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="display">The path as diagnostics name it.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="reference">Where the file was named (a taxonomy line), for a missing file.</param>
    public static string? Read(string path, string display, DiagnosticBag diagnostics, SourceLocation? reference = null)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Error(
                    DiagnosticCodes.FileUnreadable,
                    reference ?? SourceLocation.WholeFile(display),
                    $"file not found: {display}"
                );
                return null;
            }

            if (info.Length > MaxBytes)
            {
                diagnostics.Error(
                    DiagnosticCodes.InputTooLarge,
                    SourceLocation.WholeFile(display),
                    $"file is {info.Length:N0} bytes; the limit is {MaxBytes:N0} bytes"
                );
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(
                DiagnosticCodes.FileUnreadable,
                reference ?? SourceLocation.WholeFile(display),
                $"cannot read {display}: {e.Message}"
            );
            return null;
        }

        return Decode(bytes, display, diagnostics);
    }

    /// <summary>Decodes UTF-8 (a byte-order mark is skipped), reporting the first invalid byte or NUL with its line and
    /// column.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string display, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(
                DiagnosticCodes.NotUtf8,
                At(bytes, nul, display),
                "file contains a NUL byte: it is binary, not text"
            );
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalid(bytes);
            diagnostics.Error(
                DiagnosticCodes.NotUtf8,
                At(bytes, bad, display),
                "file is not valid UTF-8",
                "save it as UTF-8"
            );
            return null;
        }
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return bytesRead;
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
