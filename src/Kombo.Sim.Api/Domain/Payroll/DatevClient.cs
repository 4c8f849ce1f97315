using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Kombo.Sim.Api.Domain.Payroll;

/// <summary>
/// The DATEV client an integration writes to: the tax consultant's number (BeraterNr, 1–9999999) and the client's
/// number (MandantenNr, 1–99999) that head every ASCII import file. Kombo reads them from DATEV; the simulator
/// derives them from the integration id, so they are stable and differ between integrations.
/// </summary>
public sealed record DatevClient(int ConsultantNumber, int ClientNumber)
{
    public static DatevClient For(string integrationId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("datev-client|" + integrationId));
        var consultant = BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(0, 4));
        var client = BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(4, 4));
        return new DatevClient((int)(1_000_000 + (consultant % 9_000_000)), (int)(10_000 + (client % 90_000)));
    }
}
