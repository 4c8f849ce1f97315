using System.Net;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General;

public class PaginationTests
{
    private const int EmployeeCount = 537;

    private HrisBuilder _hris = null!;
    private Tenant _tenant = null!;
    private List<Employee> _employees = null!;

    [OneTimeSetUp]
    public void CreateLargeIntegration()
    {
        _tenant = Simulator.CreateTenant(t =>
        {
            _hris = t.Hris();
            var sales = _hris.Group("Sales");
            _employees = Enumerable.Range(0, EmployeeCount)
                .Select(i => _hris.Employee(e => e with
                {
                    EmploymentStatus = i % 5 == 0 ? "LEAVE" : "ACTIVE",
                    GroupIds = i % 3 == 0 ? [sales.Id] : [],
                    RemoteDeletedAt = i % 50 == 49 ? HrisBuilder.Earlier : null,
                }))
                .ToList();
        });
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(100)]
    [TestCase(250)]
    public async Task WalkWithAnyPageSize_ReturnsEveryRecordExactlyOnceInStableOrder(int pageSize)
    {
        var client = _tenant.Client(_hris.IntegrationId);

        var walked = await client.WalkAll("/v1/hris/employees", pageSize);

        var expected = _employees.Where(e => e.RemoteDeletedAt is null).Select(e => e.Id).ToList();
        walked.Select(r => r["id"]!.GetValue<string>()).Should().Equal(expected);
    }

    [Test]
    public async Task WalkWithFilters_ReturnsEveryMatchingRecordExactlyOnce()
    {
        var client = _tenant.Client(_hris.IntegrationId);
        var sales = _tenant.State(_hris.IntegrationId).Hris.Groups.Rows.Single();

        var walked = await client.WalkAll($"/v1/hris/employees?group_ids={sales.Id}&employment_statuses=LEAVE&include_deleted=true", 4);

        var expected = _employees.Where((_, i) => i % 3 == 0 && i % 5 == 0).Select(e => e.Id).ToList();
        walked.Select(r => r["id"]!.GetValue<string>()).Should().Equal(expected);
    }

    [Test]
    public async Task DefaultPage_HoldsAHundredRecordsAndACursor()
    {
        var client = _tenant.Client(_hris.IntegrationId);

        var body = await client.GetJson("/v1/hris/employees");

        body.Results().Should().HaveCount(100);
        body["data"]!["next"]!.GetValue<string>().Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task LastPage_HasANullCursorEvenWhenItIsFull()
    {
        var client = _tenant.Client(_hris.IntegrationId);
        var alive = _employees.Count(e => e.RemoteDeletedAt is null);

        var body = await client.GetJson($"/v1/hris/employees?page_size=250&ids={string.Join(',', _employees.Take(10).Select(e => e.Id))}");
        var exact = await client.GetJson($"/v1/hris/employees?page_size={alive - 250 - 250}&cursor={await CursorAfter(client, 500)}");

        body.Results().Should().HaveCount(10);
        body["data"]!["next"].Should().BeNull();
        exact["data"]!["next"].Should().BeNull();
    }

    [Test]
    public async Task WalkWhileOthersWrite_NeverRepeatsARecordAndSeesEveryOriginalOne()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            for (var i = 0; i < 300; i++)
            {
                hris.Employee();
            }
        });
        var client = tenant.Client(hris.IntegrationId);
        var original = (await client.WalkAll("/v1/hris/employees", 250)).Select(r => r["id"]!.GetValue<string>()).ToHashSet();
        using var writers = new CancellationTokenSource();
        var writing = Task.Run(async () =>
        {
            var writer = tenant.Client(hris.IntegrationId);
            var n = 0;
            while (!writers.IsCancellationRequested)
            {
                await writer.PostJson("/v1/hris/employees", new { first_name = "Concurrent", last_name = $"Writer{n++}" });
            }
        });

        var walked = await client.WalkAll("/v1/hris/employees", 13);
        await writers.CancelAsync();
        await writing;

        var ids = walked.Select(r => r["id"]!.GetValue<string>()).ToList();
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().Contain(original);
    }

    [TestCase("page_size=0", "page_size")]
    [TestCase("page_size=251", "page_size")]
    [TestCase("page_size=ten", "page_size")]
    [TestCase("page_size=-1", "page_size")]
    [TestCase("cursor=garbage", "cursor")]
    [TestCase("cursor=eyJwb3NpdGlvbiI6LTF9", "cursor")]
    public async Task WithBadPagingParameters_AnswersInputInvalid(string query, string parameter)
    {
        var client = _tenant.Client(_hris.IntegrationId);

        var body = await client.GetJson("/v1/hris/employees?" + query, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(parameter);
    }

    [Test]
    public async Task CursorReusedWithOtherFilters_AnswersInputInvalid()
    {
        var client = _tenant.Client(_hris.IntegrationId);
        var first = await client.GetJson("/v1/hris/employees?page_size=5&employment_statuses=ACTIVE");
        var cursor = first["data"]!["next"]!.GetValue<string>();

        var body = await client.GetJson($"/v1/hris/employees?page_size=5&employment_statuses=LEAVE&cursor={cursor}", HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("cursor");
    }

    private static async Task<string> CursorAfter(HttpClient client, int records)
    {
        var page = await client.GetJson($"/v1/hris/employees?page_size=250");
        var second = await client.GetJson($"/v1/hris/employees?page_size={records - 250}&cursor={page["data"]!["next"]}");
        return second["data"]!["next"]!.GetValue<string>();
    }
}
