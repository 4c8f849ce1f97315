using System.Buffers;

namespace Kombo.Sim.Api.Infrastructure.Journal;

/// <summary>
/// Passes reads or writes through to the inner stream and keeps a copy of the first <c>limit</c> bytes, so the journal
/// sees bodies without buffering whole requests or responses. The copy is kept in a pooled buffer (every /v1 request
/// has two of these) and copied out once, at its final length.
/// </summary>
internal sealed class CapturingStream(Stream inner, int limit) : Stream
{
    private byte[]? _copy;
    private int _length;

    public bool Truncated { get; private set; }

    public byte[] Captured => _length == 0 ? [] : _copy.AsSpan(0, _length).ToArray();

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Keep(buffer.AsSpan(offset, read));
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Keep(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _copy is not null)
        {
            ArrayPool<byte>.Shared.Return(_copy);
            _copy = null;
        }

        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        var room = limit - _length;
        if (bytes.Length > room)
        {
            Truncated = true;
        }

        var kept = Math.Min(room, bytes.Length);
        if (kept > 0)
        {
            _copy ??= ArrayPool<byte>.Shared.Rent(limit);
            bytes[..kept].CopyTo(_copy.AsSpan(_length));
            _length += kept;
        }
    }
}
