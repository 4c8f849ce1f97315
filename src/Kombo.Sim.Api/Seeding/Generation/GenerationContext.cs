using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bogus;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// What every part of one generation shares: seeded random streams, the clock, and remote ids and Kombo ids for new
/// records. Each part draws from its own named stream (seeded by the seed, the integration and the name), so a
/// change in how one part draws never shifts the data of another.
/// </summary>
internal sealed class GenerationContext
{
    private long _nextRemoteNumber;

    public GenerationContext(GeneratorRequest request, long firstRemoteNumber)
    {
        Request = request;
        IntegrationId = request.Integration.Id;
        Tool = request.Integration.Tool;
        Now = Truncate(request.Now);
        Today = DateOnly.FromDateTime(Now.UtcDateTime);

        // Kombo's first sync ends a few minutes after the connection; nothing it reports changed before that.
        var firstSync = Truncate(request.Integration.CreatedAt).AddMinutes(9);
        FirstSync = firstSync < Now ? firstSync : Now;
        _nextRemoteNumber = firstRemoteNumber;
    }

    public GeneratorRequest Request { get; }

    public string IntegrationId { get; }

    public string Tool { get; }

    public DateTimeOffset Now { get; }

    public DateOnly Today { get; }

    public DateTimeOffset FirstSync { get; }

    /// <summary>The remote number the next generated record would get (the integration's counter afterwards).</summary>
    public long NextRemoteNumber => _nextRemoteNumber;

    /// <summary>A random stream of its own for one part of the generation.</summary>
    public Randomizer Stream(string name) => new(SeedOf(Request.Seed, IntegrationId, name));

    /// <summary>A deterministic 32-bit seed from the parts (not <see cref="string.GetHashCode()"/>, which varies per process).</summary>
    public static int SeedOf(int seed, params ReadOnlySpan<string> parts)
    {
        var text = string.Concat(seed.ToString(CultureInfo.InvariantCulture), "|", string.Join('|', parts));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadInt32LittleEndian(hash);
    }

    /// <summary>Reserves <paramref name="count"/> consecutive remote numbers for one model and returns the first.</summary>
    public RemoteIds Reserve(string model, int count)
    {
        var first = _nextRemoteNumber;
        _nextRemoteNumber += count;
        return new RemoteIds(IntegrationId, model, first, count);
    }

    /// <summary>An instant at which Kombo saw a record change: mostly during the first sync, some later.</summary>
    public DateTimeOffset SyncedAt(Randomizer random) =>
        random.Bool(0.6f) ? Between(random, FirstSync, Min(FirstSync.AddHours(1), Now)) : Between(random, FirstSync, Now);

    /// <summary><c>changed_at</c> for a record the tool last touched at <paramref name="remoteUpdatedAt"/>.</summary>
    public DateTimeOffset ChangedAt(Randomizer random, DateTimeOffset remoteUpdatedAt) =>
        remoteUpdatedAt < FirstSync ? SyncedAt(random) : Min(remoteUpdatedAt, Now);

    /// <summary>
    /// <paramref name="instant"/> if it has already happened; otherwise a moment of the last <paramref name="days"/>
    /// days (a record the tool created for something that lies ahead was created recently, not in the future).
    /// </summary>
    public DateTimeOffset Past(Randomizer random, DateTimeOffset instant, int days) =>
        instant <= Now ? instant : Between(random, Now.AddDays(-days), Now);

    /// <summary>A uniformly random instant, whole milliseconds, in [from, to] (from when the range is empty).</summary>
    public static DateTimeOffset Between(Randomizer random, DateTimeOffset from, DateTimeOffset to)
    {
        var span = (long)(to - from).TotalMilliseconds;
        return span <= 0 ? from : from.AddMilliseconds(random.Long(0, span));
    }

    /// <summary>A moment during working hours on <paramref name="day"/>.</summary>
    public static DateTimeOffset DuringWorkday(Randomizer random, DateOnly day) =>
        Midnight(day).AddMinutes(random.Number(8 * 60, 18 * 60)).AddSeconds(random.Number(0, 59)).AddMilliseconds(random.Number(0, 999));

    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    public static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}

/// <summary>A block of consecutive remote numbers for one model, with the Kombo id each one gets.</summary>
internal readonly record struct RemoteIds(string IntegrationId, string Model, long First, int Count)
{
    public string RemoteId(int index) => (First + index).ToString(CultureInfo.InvariantCulture);

    public string Id(int index) => KomboIds.ForRecord(IntegrationId, Model, RemoteId(index));
}
