namespace ClrGraph.Pipeline;

/// <summary>
/// One output file as an exporter writes it. While its bytes could still turn out equal to the file already in place
/// (one of at most <see cref="CompareLimit"/> bytes), they are kept in memory; as soon as they can't, they go to the
/// temporary file. <see cref="Finish"/> then says whether the file changed; an unchanged file is left alone,
/// timestamp and all, so tools that go by timestamps (make, a renderer, a file watcher) see nothing to do.
/// </summary>
internal sealed class PendingFile : Stream
{
    /// <summary>The largest file in place that is compared rather than replaced.</summary>
    internal const long CompareLimit = 16 << 20;

    private readonly string _temp;
    private readonly string _target;
    private readonly long _inPlace; // the length of the file in place, or -1 when there is none to compare with
    private readonly MemoryStream _held = new(); // the content, while it may be unchanged
    private FileStream? _file;

    /// <param name="target">The file in place, if any.</param>
    /// <param name="temp">The temporary file, created only if the content changed.</param>
    public PendingFile(string target, string temp)
    {
        _target = target;
        _temp = temp;
        var info = new FileInfo(target);
        _inPlace = info.Exists && info.Length <= CompareLimit ? info.Length : -1;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _file?.Length ?? _held.Length;

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_file is null && _held.Length + buffer.Length > _inPlace)
        {
            Spill(); // longer than the file in place: changed
        }

        if (_file is not null)
        {
            _file.Write(buffer);
        }
        else
        {
            _held.Write(buffer);
        }
    }

    public override void Flush()
    {
        // Nothing to do until Finish.
    }

    /// <summary>Ends the file.</summary>
    /// <returns>True if it was written to its temporary name, to be moved into place; false if it equals the file in
    /// place.</returns>
    public bool Finish()
    {
        if (_file is null)
        {
            if (_held.Length == _inPlace && SameAsInPlace())
            {
                return false;
            }

            Spill();
        }

        _file!.Dispose();
        return true;
    }

    private bool SameAsInPlace()
    {
        try
        {
            return File.ReadAllBytes(_target).AsSpan().SequenceEqual(_held.GetBuffer().AsSpan(0, (int)_held.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable or gone: replace it
        }
    }

    /// <summary>Creates the temporary file and writes what was held so far to it.</summary>
    private void Spill()
    {
        _file = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        _file.Write(_held.GetBuffer().AsSpan(0, (int)_held.Length));
        _held.SetLength(0);
        _held.Capacity = 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file?.Dispose();
            _held.Dispose();
        }

        base.Dispose(disposing);
    }
}
