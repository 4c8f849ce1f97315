namespace Kombo.Sim.Api.Domain.Ats;

/// <summary>Rules of a job's pipeline: which jobs take applications and where a new application starts.</summary>
public static class PipelineRules
{
    public const string Open = "OPEN";
    public const string Pending = "PENDING";

    public static bool TakesApplications(Job job) => job.Status == Open;

    public static JobStage? FindStage(Job job, string stageId) => job.Stages.FirstOrDefault(s => s.Id == stageId);

    /// <summary>Kombo: a new application starts in the job's first stage, the one with the lowest index.</summary>
    public static JobStage? FirstStage(Job job) =>
        job.Stages
            .Select((stage, position) => (stage, position))
            .OrderBy(s => s.stage.Index ?? int.MaxValue)
            .ThenBy(s => s.position)
            .Select(s => s.stage)
            .FirstOrDefault();

    /// <summary>
    /// The deprecated global stage list: every job's stages, each id once (the first job that has it names it).
    /// A stage counts as deleted only when every job that has it is deleted.
    /// </summary>
    public static IReadOnlyList<ApplicationStage> AllStages(IEnumerable<Job> jobs)
    {
        var stages = new List<ApplicationStage>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            foreach (var stage in job.Stages)
            {
                var item = new ApplicationStage
                {
                    Id = stage.Id,
                    RemoteId = stage.RemoteId,
                    Name = stage.Name,
                    RemoteData = stage.RemoteData,
                    ChangedAt = job.ChangedAt,
                    RemoteDeletedAt = job.RemoteDeletedAt,
                };
                if (!positions.TryGetValue(stage.Id, out var position))
                {
                    positions[stage.Id] = stages.Count;
                    stages.Add(item);
                }
                else if (stages[position].RemoteDeletedAt is not null && job.RemoteDeletedAt is null)
                {
                    stages[position] = item;
                }
            }
        }

        return stages;
    }
}

/// <summary>How tools differ in where they keep what the ATS writes send.</summary>
public static class AtsToolRules
{
    // Proposed: Kombo documents the fallback ("if adding an attachment to an application is not supported by the
    // integration, it is added to the candidate") but not which tools fall back; these keep files on candidates.
    private static readonly HashSet<string> CandidateLevelAttachmentTools = new(StringComparer.Ordinal) { "teamtailor", "workable", "recruitee" };

    /// <summary>Whether an application attachment lands on the candidate for this tool.</summary>
    public static bool AttachesToCandidate(string tool) => CandidateLevelAttachmentTools.Contains(tool);
}
