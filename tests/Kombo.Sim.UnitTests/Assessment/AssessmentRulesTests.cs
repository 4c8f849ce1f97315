using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.UnitTests.Assessment;

public class AssessmentRulesTests
{
    private static readonly DateTimeOffset Earlier = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void NewPackage_GetsUpdatedAtNow()
    {
        var submitted = new[] { Definition("1001") };

        var packages = AssessmentRules.ReplacePackages([], submitted, Now);

        packages.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Id = "1001",
            Type = "SKILLS_TEST",
            Name = "Package 1001",
            Description = "About 1001",
            UpdatedAt = (DateTimeOffset?)Now,
            RemoteDeletedAt = (DateTimeOffset?)null,
        });
    }

    [Test]
    public void UnchangedPackage_KeepsItsUpdatedAt()
    {
        var current = new[] { Package("1001") };

        var packages = AssessmentRules.ReplacePackages(current, [Definition("1001")], Now);

        packages.Should().ContainSingle().Which.Should().BeSameAs(current[0]);
    }

    [TestCase("VIDEO_INTERVIEW", "Package 1001", "About 1001")]
    [TestCase("SKILLS_TEST", "Renamed", "About 1001")]
    [TestCase("SKILLS_TEST", "Package 1001", "New description")]
    public void ChangedPackage_TakesTheNewContentAndUpdatedAtNow(string type, string name, string description)
    {
        var current = new[] { Package("1001") };

        var packages = AssessmentRules.ReplacePackages(current, [new PackageDefinition("1001", type, name, description)], Now);

        packages.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Type = type, Name = name, Description = description, UpdatedAt = (DateTimeOffset?)Now });
    }

    [Test]
    public void PackageLeftOut_IsKeptMarkedDeletedAfterTheSubmittedOnes()
    {
        var current = new[] { Package("1001"), Package("1002") };

        var packages = AssessmentRules.ReplacePackages(current, [Definition("1003"), Definition("1002")], Now);

        packages.Select(p => p.Id).Should().Equal("1003", "1002", "1001");
        packages[2].RemoteDeletedAt.Should().Be(Now);
        packages.Take(2).Should().OnlyContain(p => p.RemoteDeletedAt == null);
    }

    [Test]
    public void PackageDeletedEarlierAndLeftOutAgain_KeepsItsDeletionTime()
    {
        var deleted = Package("1001") with { RemoteDeletedAt = Earlier };

        var packages = AssessmentRules.ReplacePackages([deleted], [], Now);

        packages.Should().ContainSingle().Which.Should().BeSameAs(deleted);
    }

    [Test]
    public void DeletedPackageSubmittedAgain_IsLiveWithUpdatedAtNow()
    {
        var deleted = Package("1001") with { RemoteDeletedAt = Earlier };

        var packages = AssessmentRules.ReplacePackages([deleted], [Definition("1001")], Now);

        packages.Should().ContainSingle().Which.Should().BeEquivalentTo(new { RemoteDeletedAt = (DateTimeOffset?)null, UpdatedAt = (DateTimeOffset?)Now });
    }

    [TestCase("OPEN", true)]
    [TestCase("COMPLETED", false)]
    [TestCase("CANCELLED", false)]
    public void AcceptsResult_OnlyWhileOpen(string status, bool accepts)
    {
        var order = Order(status);

        var result = AssessmentRules.AcceptsResult(order);

        result.Should().Be(accepts);
    }

    [TestCase("OPEN", false)]
    [TestCase("COMPLETED", true)]
    [TestCase("CANCELLED", true)]
    public void IsFinal_ForCompletedAndCancelled(string status, bool final)
    {
        var result = AssessmentRules.IsFinal(status);

        result.Should().Be(final);
    }

    [Test]
    public void ReportResult_TakesTheResultsStatusAndTime()
    {
        var order = Order("OPEN");
        var reported = new AssessmentResult { Status = "COMPLETED", ResultUrl = "https://example.com/r", CompletedAt = Earlier, ReceivedAt = Now };

        var updated = AssessmentRules.ReportResult(order, reported);

        updated.Status.Should().Be("COMPLETED");
        updated.Result.Should().BeSameAs(reported);
        updated.ChangedAt.Should().Be(Now);
    }

    [Test]
    public void ReportResult_OnClosedOrder_Throws()
    {
        var order = Order("CANCELLED");
        var reported = new AssessmentResult { Status = "COMPLETED", ResultUrl = "https://example.com/r", ReceivedAt = Now };

        var report = () => AssessmentRules.ReportResult(order, reported);

        report.Should().Throw<InvalidOperationException>().WithMessage("*CANCELLED*");
    }

    private static PackageDefinition Definition(string id) => new(id, "SKILLS_TEST", $"Package {id}", $"About {id}");

    private static AssessmentPackage Package(string id) => new()
    {
        Id = id,
        Type = "SKILLS_TEST",
        Name = $"Package {id}",
        Description = $"About {id}",
        UpdatedAt = Earlier,
    };

    private static AssessmentOrder Order(string status) => new()
    {
        Id = "order-1",
        PackageId = "1001",
        Status = status,
        Candidate = new OrderCandidate { Email = "candidate@example.com" },
        Application = new OrderApplication(),
        Job = new OrderJob { Location = new Address { City = "Berlin" } },
        ChangedAt = Earlier,
    };
}
