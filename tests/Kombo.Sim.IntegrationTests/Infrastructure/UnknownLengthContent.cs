using System.Net;

namespace Kombo.Sim.IntegrationTests.Infrastructure;

/// <summary>A body sent chunked: no Content-Length for the server to check or to read up front.</summary>
internal sealed class UnknownLengthContent(byte[] bytes) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
