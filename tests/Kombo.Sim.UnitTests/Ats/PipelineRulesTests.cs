using Kombo.Sim.Api.Domain.Ats;

namespace Kombo.Sim.UnitTests.Ats;

public class PipelineRulesTests
{
    private static readonly DateTimeOffset Changed = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void FirstStage_IsTheStageWithTheLowestIndex()
    {
        var job = Job("j1", Stage("late", 3), Stage("unindexed", null), Stage("early", 1), Stage("also-early", 1));

        var first = PipelineRules.FirstStage(job);

        first!.Id.Should().Be("early");
    }

    [Test]
    public void FirstStage_OfAJobWithoutStages_IsNull()
    {
        var job = Job("j1");

        var first = PipelineRules.FirstStage(job);

        first.Should().BeNull();
    }

    [TestCase("OPEN", true)]
    [TestCase("CLOSED", false)]
    [TestCase("DRAFT", false)]
    [TestCase(null, false)]
    public void TakesApplications_OnlyWhenOpen(string? status, bool expected)
    {
        var job = Job("j1") with { Status = status };

        var takes = PipelineRules.TakesApplications(job);

        takes.Should().Be(expected);
    }

    [Test]
    public void AllStages_ListsEachStageOnceInJobOrder()
    {
        var shared = Stage("shared", 0);
        var jobs = new[] { Job("j1", shared, Stage("a", 1)), Job("j2", shared, Stage("b", 1)) };

        var stages = PipelineRules.AllStages(jobs);

        stages.Select(s => s.Id).Should().Equal("shared", "a", "b");
        stages.Should().OnlyContain(s => s.ChangedAt == Changed && s.RemoteDeletedAt == null);
    }

    [Test]
    public void AllStages_MarksAStageDeletedOnlyWhenAllItsJobsAreDeleted()
    {
        var deletedAt = Changed.AddDays(1);
        var shared = Stage("shared", 0);
        var jobs = new[]
        {
            Job("deleted", shared, Stage("only-deleted", 1)) with { RemoteDeletedAt = deletedAt },
            Job("live", shared),
        };

        var stages = PipelineRules.AllStages(jobs);

        stages.Single(s => s.Id == "shared").RemoteDeletedAt.Should().BeNull();
        stages.Single(s => s.Id == "only-deleted").RemoteDeletedAt.Should().Be(deletedAt);
    }

    [TestCase("workable", true)]
    [TestCase("greenhouse", false)]
    public void AttachesToCandidate_DependsOnTheTool(string tool, bool expected)
    {
        var toCandidate = AtsToolRules.AttachesToCandidate(tool);

        toCandidate.Should().Be(expected);
    }

    private static JobStage Stage(string id, int? index) => new() { Id = id, Name = id, Index = index };

    private static Job Job(string id, params JobStage[] stages) =>
        new() { Id = id, RemoteId = id, Status = "OPEN", ChangedAt = Changed, Stages = stages };
}
