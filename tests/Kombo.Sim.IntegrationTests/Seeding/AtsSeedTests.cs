using Kombo.Sim.Api.Seeding;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.IntegrationTests.Seeding;

public class AtsSeedTests
{
    private const string IntegrationJson = """
        {"id": "greenhouse:SeedTest1234567890abcdefgh", "tool": "greenhouse", "category": "ATS",
         "end_user": {"organization_name": "Seed Org", "creator_email": null, "origin_id": null},
         "created_at": "2026-01-01T00:00:00.000Z"}
        """;

    private const string UsersJson = """
        [{"id": "user1", "remote_id": "u-1", "first_name": "Rita", "last_name": "Recruiter", "email": "rita@example.com",
          "status": "ACTIVE", "system_roles": [], "remote_data": null, "changed_at": "2026-01-02T00:00:00.000Z", "remote_deleted_at": null}]
        """;

    private const string TagsJson = """
        [{"id": "tag1", "remote_id": "t-1", "name": "Top talent", "remote_data": null, "changed_at": "2026-01-02T00:00:00.000Z", "remote_deleted_at": null}]
        """;

    private const string JobsJson = """
        [{"id": "job1", "remote_id": "j-1", "name": "Backend Engineer", "job_code": "BE-1", "status": "OPEN",
          "changed_at": "2026-01-03T00:00:00.000Z", "remote_deleted_at": null, "custom_fields": {}, "integration_fields": [],
          "stages": [{"id": "stage1", "remote_id": "s-1", "name": "Applied", "remote_data": null, "index": 0},
                     {"id": "stage2", "remote_id": "s-2", "name": "Interview", "remote_data": null, "index": 1}],
          "screening_questions": [{"id": "q1", "remote_id": "q-1", "title": "Why us?", "description": null, "category": null,
                                   "required": true, "format": {"type": "TEXT", "max_length": 200}}],
          "job_postings": [], "hiring_team": [{"id": "user1", "remote_id": "u-1", "first_name": "Rita", "last_name": "Recruiter",
                                                "email": "rita@example.com", "hiring_team_roles": ["RECRUITER"], "job_roles": []}]}]
        """;

    private const string CandidatesJson = """
        [{"id": "cand1", "remote_id": "c-1", "first_name": "Ada", "last_name": "Lovelace", "company": null, "title": null,
          "confidential": false, "source": "LinkedIn", "email_addresses": [{"email_address": "ada@example.com", "type": "PERSONAL"}],
          "phone_numbers": [], "social_media": [], "custom_fields": {}, "integration_fields": [], "remote_url": null,
          "remote_created_at": null, "remote_updated_at": null, "remote_data": null, "changed_at": "2026-01-04T00:00:00.000Z",
          "remote_deleted_at": null, "tags": [{"id": "tag1", "remote_id": "t-1", "name": "Top talent"}]}]
        """;

    private const string ApplicationsJson = """
        [{"id": "app1", "remote_id": "a-1", "outcome": "PENDING", "rejection_reason_name": null, "rejected_at": null,
          "current_stage_id": "stage2", "job_id": "job1", "candidate_id": "cand1",
          "screening_question_answers": [{"question": {"remote_id": "q-1", "title": "Why us?", "type": "TEXT"}, "answer": {"content": "Because."}}],
          "custom_fields": {}, "integration_fields": [], "remote_url": null, "changed_at": "2026-01-05T00:00:00.000Z",
          "remote_deleted_at": null, "remote_created_at": "2026-01-05T00:00:00.000Z", "remote_updated_at": null, "remote_data": null,
          "interviews": [{"id": "int1", "remote_id": null, "title": "Tech talk", "starting_at": "2026-02-01T10:00:00.000Z",
                          "ending_at": "2026-02-01T11:00:00.000Z", "canceled": false}],
          "offers": [{"id": "offer1", "remote_id": null, "status": "DRAFT"}]}]
        """;

    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "kombo-sim-ats-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Write("integration.json", IntegrationJson);
        Write("users.json", UsersJson);
        Write("tags.json", TagsJson);
        Write("jobs.json", JobsJson);
        Write("candidates.json", CandidatesJson);
        Write("applications.json", ApplicationsJson);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task LoadedSeed_ReadsBackInKombosWireFormat()
    {
        var state = Loader.LoadIntegration(_folder);
        var client = Simulator.CreateTenant(t => t.Integration(state)).Client(state.Integration.Id);

        var candidates = await client.GetJson("/v1/ats/candidates");
        var applications = await client.GetJson("/v1/ats/applications");

        var candidate = candidates.Results().Single()!;
        candidate["tags"]!.AsArray().Single()!["name"]!.GetValue<string>().Should().Be("Top talent");
        candidate["applications"]!.AsArray().Single()!["current_stage"]!["name"]!.GetValue<string>().Should().Be("Interview");
        var application = applications.Results().Single()!;
        application["candidate"]!["first_name"]!.GetValue<string>().Should().Be("Ada");
        application["job"]!["name"]!.GetValue<string>().Should().Be("Backend Engineer");
        application["screening_question_answers"]!.AsArray().Single()!["answer"]!["content"]!.GetValue<string>().Should().Be("Because.");
        application["interviews"]!.AsArray().Single()!["title"]!.GetValue<string>().Should().Be("Tech talk");
        application["offers"]!.AsArray().Single()!["status"]!.GetValue<string>().Should().Be("DRAFT");
    }

    [Test]
    public void LoadedSeed_CountsACandidateAsUpdatedWhenItsApplicationChangedLater()
    {
        var state = Loader.LoadIntegration(_folder);

        var candidate = state.Ats.Candidates.Find("cand1")!;

        candidate.ChangedAt.Should().Be(new DateTimeOffset(2026, 1, 4, 0, 0, 0, TimeSpan.Zero));
        candidate.TouchedAt.Should().Be(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public void LoadedSeed_HandsOutNewRemoteIdsAboveTheSeedsOwn()
    {
        Write("tags.json", TagsJson.Replace("\"t-1\"", "\"4711\"", StringComparison.Ordinal));

        var state = Loader.LoadIntegration(_folder);

        state.NextRemoteNumber.Should().BeGreaterThan(4711);
    }

    [TestCase("applications.json", "\"stage2\"", "\"stage-of-nobody\"", "app1", "current_stage_id stage-of-nobody")]
    [TestCase("applications.json", "\"job_id\": \"job1\"", "\"job_id\": \"job-x\"", "app1", "job_id job-x")]
    [TestCase("applications.json", "\"candidate_id\": \"cand1\"", "\"candidate_id\": \"cand-x\"", "app1", "candidate_id cand-x")]
    [TestCase("candidates.json", "\"id\": \"tag1\"", "\"id\": \"tag-x\"", "cand1", "tag tag-x")]
    [TestCase("jobs.json", "\"id\": \"user1\"", "\"id\": \"user-x\"", "job1", "hiring_team user user-x")]
    [TestCase("jobs.json", "\"id\": \"stage2\"", "\"id\": \"stage1\"", "job1", "appears more than once")]
    [TestCase("jobs.json", "\"remote_id\": \"j-1\"", "\"remote_id\": null", "job1", "remote_id is missing")]
    [TestCase("candidates.json", "\"remote_id\": \"c-1\"", "\"remote_id\": null", "cand1", "remote_id is missing")]
    public void SeedWithBrokenReference_StopsNamingFileAndRecord(string file, string find, string replace, string record, string problem)
    {
        var original = File.ReadAllText(Path.Combine(_folder, file));
        Write(file, original.Replace(find, replace, StringComparison.Ordinal));

        var load = () => Loader.LoadIntegration(_folder);

        var error = load.Should().Throw<SeedException>().Which;
        error.File.Should().EndWith(file);
        error.RecordId.Should().Be(record);
        error.Message.Should().Contain(problem);
    }

    private static SeedLoader Loader => Simulator.Host.Services.GetRequiredService<SeedLoader>();

    private void Write(string file, string json) => File.WriteAllText(Path.Combine(_folder, file), json);
}
