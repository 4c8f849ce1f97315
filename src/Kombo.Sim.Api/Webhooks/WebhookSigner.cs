using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Kombo.Sim.Api.Webhooks;

/// <summary>
/// Kombo's webhook signature: <c>X-Kombo-Signature</c> = base64url without padding of HMAC-SHA256 over the exact body
/// bytes, keyed with the webhook secret.
/// </summary>
public static class WebhookSigner
{
    public const string Header = "X-Kombo-Signature";

    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
