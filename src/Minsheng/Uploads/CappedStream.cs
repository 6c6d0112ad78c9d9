namespace Minsheng.Uploads;

/// <summary>A read-only stream that throws once more than its limit has been read from the stream below it.</summary>
public sealed class CappedStream(Stream inner, long limit) : Stream
{
    public sealed class OverLimitException() : IOException("The stream is longer than its limit.");

    private long _read;

    public long Limit => limit;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // One byte more than the limit allows is asked for, so that a stream ending exactly at the limit passes.
        var wanted = (int)Math.Min(buffer.Length, limit - _read + 1);
        var read = inner.Read(buffer[..wanted]);
        _read += read;
        if (_read > limit) throw new OverLimitException();
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
