using Kombo.Sim.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>Configuration section <c>Limits</c>: the largest request the simulator reads.</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Largest request body (10 MiB); a larger one answers 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Longest path and query string (8 KiB); a longer one answers 414.</summary>
    public int MaxUrlLength { get; set; } = 8 * 1024;

    /// <summary>Most request headers (100); more answer 431.</summary>
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>Largest sum of header names and values (32 KiB); more answer 431.</summary>
    public int MaxRequestHeadersTotalBytes { get; set; } = 32 * 1024;
}

/// <summary>
/// Enforces <see cref="RequestLimitsOptions"/> with Kombo's envelope (<c>PLATFORM.INPUT_INVALID</c> with 413, 414 or
/// 431). It works the same behind any server: the declared length is checked up front, and the body is read through a
/// stream that stops at the limit (a chunked body has no length to check). Kestrel's own limits sit above these
/// (see <see cref="SimulatorServices"/>), so it only answers, without an envelope, requests far beyond them.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    private readonly RequestLimitsOptions _limits = options.Value;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var urlLength = request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (urlLength > _limits.MaxUrlLength)
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.InputInvalid with { Status = StatusCodes.Status414RequestUriTooLong },
                $"The URL is {urlLength} characters long; the simulator accepts at most {_limits.MaxUrlLength} (Limits:MaxUrlLength).");
        }

        var (headerCount, headerBytes) = Measure(request.Headers);
        if (headerCount > _limits.MaxRequestHeaderCount || headerBytes > _limits.MaxRequestHeadersTotalBytes)
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.InputInvalid with { Status = StatusCodes.Status431RequestHeaderFieldsTooLarge },
                $"The request has {headerCount} headers of {headerBytes} bytes; the simulator accepts at most {_limits.MaxRequestHeaderCount} headers " +
                $"of {_limits.MaxRequestHeadersTotalBytes} bytes in all (Limits:MaxRequestHeaderCount, Limits:MaxRequestHeadersTotalBytes).");
        }

        if (request.ContentLength > _limits.MaxRequestBodyBytes)
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.PayloadTooLarge, TooLarge(_limits.MaxRequestBodyBytes));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = _limits.MaxRequestBodyBytes;
        }

        request.Body = new LimitedReadStream(request.Body, _limits.MaxRequestBodyBytes);
        return next(context);
    }

    public static string TooLarge(long limit) =>
        $"The request body is too large; the simulator accepts at most {limit} bytes (Limits:MaxRequestBodyBytes).";

    /// <summary>How many header values, and how many bytes of names and values, a request has (plain loops: every request).</summary>
    private static (int Count, int Bytes) Measure(IHeaderDictionary headers)
    {
        var count = 0;
        var bytes = 0;
        foreach (var (name, values) in headers)
        {
            count += values.Count;
            bytes += name.Length;
            foreach (var value in values)
            {
                bytes += value?.Length ?? 0;
            }
        }

        return (count, bytes);
    }

    /// <summary>Reads through to the body and fails with a 413 as soon as more than the limit has been read.</summary>
    private sealed class LimitedReadStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit
                ? throw new BadHttpRequestException(TooLarge(limit), StatusCodes.Status413PayloadTooLarge)
                : read;
        }
    }
}
