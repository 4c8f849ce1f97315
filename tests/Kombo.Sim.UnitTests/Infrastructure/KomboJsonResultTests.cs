using System.Text;
using System.Text.Json;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.Infrastructure.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Kombo.Sim.UnitTests.Infrastructure;

/// <summary>
/// How <see cref="KomboJsonResult{T}"/> sends an answer: one record or a write's answer is serialized into a reused
/// per-thread buffer and sent whole with its Content-Length; a page of the generated context gets its length too; any
/// other page streams. Whichever way, the bytes are those Kombo's options write.
/// </summary>
public class KomboJsonResultTests
{
    [Test]
    public async Task AWriteAnswerIsSentWholeWithItsLength()
    {
        var answer = new WriteEnvelope<string> { Data = "Zoë \"Ada\" <b>&</b> \u2028", Warnings = [new Warning("unknown question skipped")] };

        var (text, length) = await Written(answer);

        text.Should().Be(JsonSerializer.Serialize(answer, KomboJson.Options));
        length.Should().Be(Encoding.UTF8.GetByteCount(text));
    }

    [Test]
    public async Task AShorterAnswerAfterALongerOneOnTheSameThreadCarriesNothingOfIt()
    {
        var longer = new SuccessEnvelope<string> { Data = new string('x', 2000) };
        var shorter = new SuccessEnvelope<string> { Data = "y" };

        await Written(longer);
        var (text, length) = await Written(shorter);

        text.Should().Be("{\"status\":\"success\",\"data\":\"y\"}");
        length.Should().Be(text.Length);
    }

    [Test]
    public async Task AnAnswerLargerThanTheKeptBufferIsSentWholeAndTheNextOneStillRight()
    {
        var large = new SuccessEnvelope<string> { Data = new string('é', 300_000) };
        var small = new SuccessEnvelope<int> { Data = 7 };

        var (largeText, largeLength) = await Written(large);
        var (smallText, _) = await Written(small);

        largeText.Should().Be(JsonSerializer.Serialize(large, KomboJson.Options));
        largeLength.Should().Be(600_000 + "{\"status\":\"success\",\"data\":\"\"}".Length);
        smallText.Should().Be("{\"status\":\"success\",\"data\":7}");
    }

    [Test]
    public async Task AnAnswerThatFailsToSerializeLeavesTheBufferCleanForTheNext()
    {
        var failing = new SuccessEnvelope<Failing> { Data = new Failing() };
        var next = new SuccessEnvelope<string> { Data = "after" };

        var write = () => Written(failing);

        await write.Should().ThrowAsync<InvalidOperationException>();
        (await Written(next)).Text.Should().Be("{\"status\":\"success\",\"data\":\"after\"}");
    }

    [Test]
    public async Task AGeneratedPageIsSentWithItsLength()
    {
        var page = new SuccessEnvelope<Page<EmployeeModel>> { Data = new Page<EmployeeModel>("next", [new EmployeeModel { FirstName = "Zoë" }]) };

        var (text, length) = await Written(page);

        text.Should().Be(JsonSerializer.Serialize(page, KomboJson.Options));
        length.Should().Be(Encoding.UTF8.GetByteCount(text));
    }

    [Test]
    public async Task AnyOtherPageStreams()
    {
        var page = new SuccessEnvelope<Page<string>> { Data = new Page<string>(null, ["a", "b"]) };

        var (text, length) = await Written(page);

        text.Should().Be("{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[\"a\",\"b\"]}}");
        length.Should().BeNull();
    }

    /// <summary>What the result writes for <paramref name="value"/>, and the Content-Length it declares.</summary>
    internal static async Task<(string Text, long? Length)> Written<T>(T value)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await new KomboJsonResult<T>(value).ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return (Encoding.UTF8.GetString(body.ToArray()), context.Response.ContentLength);
    }

    public sealed class Failing
    {
        public string? Given { get; init; }

        public string Name => Given ?? throw new InvalidOperationException("a getter that fails");
    }
}
