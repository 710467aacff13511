namespace ClrGraph.Pipeline;

/// <summary>
/// One output file as an exporter writes it. While its bytes could still turn out equal to the file already in place
/// (one of at most <see cref="CompareLimit"/> bytes), they are kept in memory; as soon as they can't, they go to the
/// temporary file, in blocks. <see cref="Finish"/> then says whether the file changed; an unchanged file is left alone,
/// timestamp and all, so tools that go by timestamps (make, a renderer, a file watcher) see nothing to do.
/// </summary>
internal sealed class PendingFile : Stream
{
    /// <summary>The largest file in place that is compared rather than replaced: comparing means holding the new content in memory.</summary>
    internal const long CompareLimit = 16 << 20;

    private readonly Blocks _blocks;
    private readonly string _temp;
    private readonly string _target;
    private readonly long _inPlace; // the length of the file in place, or -1 when there is none to compare with
    private readonly List<byte[]> _held = []; // full blocks kept while the content may be unchanged
    private byte[]? _block;
    private int _used;
    private long _length;
    private FileStream? _file;

    /// <param name="target">The file in place, if any.</param>
    /// <param name="temp">The temporary file, created only if the content changed.</param>
    /// <param name="blocks">Where the blocks come from and go back to.</param>
    public PendingFile(string target, string temp, Blocks blocks)
    {
        _blocks = blocks;
        _target = target;
        _temp = temp;
        var info = new FileInfo(target);
        _inPlace = info.Exists && info.Length <= CompareLimit ? info.Length : -1;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_file is null && _length + buffer.Length > _inPlace)
        {
            Spill(); // longer than the file in place: changed
        }

        _length += buffer.Length;
        while (!buffer.IsEmpty)
        {
            _block ??= _blocks.Take();
            var count = Math.Min(Blocks.Size - _used, buffer.Length);
            buffer[..count].CopyTo(_block.AsSpan(_used));
            buffer = buffer[count..];
            _used += count;
            if (_used == Blocks.Size)
            {
                if (_file is null)
                {
                    _held.Add(_block);
                    _block = null;
                }
                else
                {
                    _file.Write(_block);
                }

                _used = 0;
            }
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
        // Nothing to do until Finish: the content is either held or written a block at a time.
    }

    /// <summary>Ends the file.</summary>
    /// <returns>True if it was written to its temporary name, to be moved into place; false if it equals the file in place.</returns>
    public bool Finish()
    {
        if (_file is null)
        {
            if (_length == _inPlace && SameAsInPlace())
            {
                return false;
            }

            Spill();
        }

        if (_used > 0)
        {
            _file!.Write(_block.AsSpan(0, _used));
            _used = 0;
        }

        _file!.Dispose();
        return true;
    }

    private bool SameAsInPlace()
    {
        var theirs = _blocks.Take();
        try
        {
            using var file = new FileStream(_target, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            foreach (var ours in _held)
            {
                if (!Same(file, ours, theirs))
                {
                    return false;
                }
            }

            return Same(file, _block.AsSpan(0, _used), theirs) && file.Read(theirs, 0, 1) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable or gone: replace it
        }
        finally
        {
            _blocks.Give(theirs);
        }
    }

    private static bool Same(FileStream file, ReadOnlySpan<byte> ours, byte[] theirs)
    {
        var read = file.ReadAtLeast(theirs.AsSpan(0, ours.Length), ours.Length, throwOnEndOfStream: false);
        return read == ours.Length && ours.SequenceEqual(theirs.AsSpan(0, read));
    }

    /// <summary>Creates the temporary file and writes the blocks held so far to it.</summary>
    private void Spill()
    {
        _file = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var block in _held)
        {
            _file.Write(block);
            _blocks.Give(block);
        }

        _held.Clear();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file?.Dispose();
            foreach (var block in _held)
            {
                _blocks.Give(block);
            }

            _held.Clear();
            if (_block is not null)
            {
                _blocks.Give(_block);
                _block = null;
            }
        }

        base.Dispose(disposing);
    }
}

/// <summary>
/// The 64 KiB blocks of one run's files, reused from file to file. (Not <see cref="System.Buffers.ArrayPool{T}"/>: the
/// first time its shared pool holds more than one array per thread, it times the processor: 0.2 ms, 3 % of a small run.)
/// </summary>
internal sealed class Blocks
{
    /// <summary>The size of a block.</summary>
    public const int Size = 1 << 16;

    private readonly Stack<byte[]> _free = new();

    /// <summary>A block, its content undefined.</summary>
    public byte[] Take()
    {
        lock (_free)
        {
            return _free.TryPop(out var block) ? block : GC.AllocateUninitializedArray<byte>(Size);
        }
    }

    /// <summary>Gives back a block taken.</summary>
    public void Give(byte[] block)
    {
        lock (_free)
        {
            _free.Push(block);
        }
    }
}
