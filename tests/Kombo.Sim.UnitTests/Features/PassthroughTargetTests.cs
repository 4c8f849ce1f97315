using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Features.General.Passthrough;
using Kombo.Sim.Api.Infrastructure.Errors;

namespace Kombo.Sim.UnitTests.Features;

public class PassthroughTargetTests
{
    private static readonly ToolCatalog Tools = ToolCatalog.Load();

    private static IEnumerable<TestCaseData> PassthroughApis() =>
        Tools.All.SelectMany(t => t.PassthroughApis.Select(a => new TestCaseData(t.Id, a.ToolApi).SetName($"EveryApi_ResolvesToAnAbsoluteUrl({a.ToolApi})")));

    [TestCase("Acme GmbH", "acme-gmbh")]
    [TestCase("Müller & Söhne AG", "muller-sohne-ag")]
    [TestCase("Großhandel Süd", "grosshandel-sud")]
    [TestCase("  ACME, Inc.  ", "acme-inc")]
    [TestCase("!!!", "company")]
    public void Slug_IsLowerCaseAsciiWithDashes(string organization, string slug) =>
        PassthroughTarget.Slug(organization).Should().Be(slug);

    [TestCaseSource(nameof(PassthroughApis))]
    public void EveryApi_ResolvesToAnAbsoluteUrl(string tool, string toolApi)
    {
        var api = toolApi[(tool.Length + 1)..];
        var options = new Dictionary<string, string> { ["service_name"] = "Human_Resources" };

        var target = PassthroughTarget.Resolve(Tools, Integration(tool), tool, api, options);

        var url = target.Url("/path", new Dictionary<string, string> { ["a"] = "1" });
        Uri.TryCreate(url, UriKind.Absolute, out var uri).Should().BeTrue(url);
        uri!.Scheme.Should().Be("https");
        url.Should().NotContainAny("{", "}", "<", ">").And.EndWith("/path?a=1");
    }

    [Test]
    public void SubdomainPlaceholder_IsTheSlugAlone()
    {
        var target = PassthroughTarget.Resolve(Tools, Integration("applicantstack"), "applicantstack", "api", null);

        target.BaseUrl.Should().Be("https://acme-gmbh.applicantstack.com/api/");
    }

    [Test]
    public void DoubleBracedPlaceholder_IsResolvedLikeASingleBracedOne()
    {
        var target = PassthroughTarget.Resolve(Tools, Integration("abacus"), "abacus", "api", null);

        target.BaseUrl.Should().Be("https://acme-gmbh.abacus.example/api/entity/v1/mandants/acme-gmbh");
    }

    [Test]
    public void AlternativesAndOptionalParts_TakeTheFirstAlternativeAndNothing()
    {
        var lucca = PassthroughTarget.Resolve(Tools, Integration("lucca"), "lucca", "api", null);
        var successFactors = PassthroughTarget.Resolve(Tools, Integration("successfactors"), "successfactors", "odata-v2", null);

        lucca.BaseUrl.Should().Be("https://acme-gmbh.ilucca.net/");
        successFactors.BaseUrl.Should().Be("https://acme-gmbh.successfactors.example/odata/v2");
    }

    [Test]
    public void ToolOtherThanTheIntegrations_IsRejectedEvenWhenTheApiExists()
    {
        var act = () => PassthroughTarget.Resolve(Tools, Integration("personio"), "hibob", "v1", null);

        act.Should().Throw<KomboException>().Which.Error.Should().Be(ErrorCodes.InputInvalid);
    }

    private static Integration Integration(string tool) => new()
    {
        Id = $"{tool}:test",
        Tool = tool,
        Category = "HRIS",
        EndUser = new EndUser("Acme GmbH", null, null),
        CreatedAt = DateTimeOffset.UnixEpoch,
    };
}
