namespace ClrGraph.Pipeline;

/// <summary>
/// One file of a run on its way into place: written whole under a short temporary name beside its target, then
/// compared with the file in place. An unchanged file is left alone, timestamp and all, so tools that go by
/// timestamps (make, a renderer, a file watcher) see nothing to do.
/// </summary>
/// <param name="root">The output folder's full path.</param>
/// <param name="name">The file's name in the output folder, with '/' between folders.</param>
/// <param name="temp">Its temporary name, in the same folder.</param>
internal sealed class PendingFile(string root, string name, string temp)
{
    private const int Block = 1 << 16;

    public string Name { get; } = name;

    /// <summary>Its full path.</summary>
    public string Target { get; } = Path.Combine(root, name);

    /// <summary>Its temporary full path.</summary>
    public string Temp { get; } = Path.Combine(Path.GetDirectoryName(Path.Combine(root, name))!, temp);

    /// <summary>Whether the content differs from the file in place (or there is none), after <see cref="Write"/>.
    /// </summary>
    public bool Changed { get; private set; }

    /// <summary>Writes the content to the temporary file and compares it with the file in place; the temporary file
    /// is removed again when they are equal.</summary>
    public void Write(Action<Stream> write)
    {
        using (var stream = new FileStream(Temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, Block))
        {
            write(stream);
        }

        Changed = !SameContent(Target, Temp);
        if (!Changed)
        {
            File.Delete(Temp);
        }
    }

    // Whether two files have the same bytes, read a block at a time; false when either can't be read.
    private static bool SameContent(string first, string second)
    {
        try
        {
            if (!File.Exists(first) || new FileInfo(first).Length != new FileInfo(second).Length)
            {
                return false;
            }

            using var x = new FileStream(first, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            using var y = new FileStream(second, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            var left = new byte[Block];
            var right = new byte[Block];
            int read;
            while ((read = x.ReadAtLeast(left, Block, throwOnEndOfStream: false)) > 0)
            {
                if (
                    y.ReadAtLeast(right.AsSpan(0, read), read, throwOnEndOfStream: false) != read
                    || !left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, read))
                )
                {
                    return false;
                }
            }

            return y.ReadByte() < 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable or gone: replace it
        }
    }
}
