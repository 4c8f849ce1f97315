using Kombo.Sim.Api.Features.Assessment.Orders;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.State.Paging;

namespace Kombo.Sim.UnitTests.Shared;

public class PagedQueryTests
{
    private static readonly IntegrationKey Integration = new("env-1", "smartrecruiters:Integration123");

    [TestCase("0")]
    [TestCase("251")]
    [TestCase("ten")]
    public void PageSizeOutOfRange_IsRejectedNamingPageSize(string pageSize)
    {
        var query = new ListOpenOrders.Query { Integration = Integration, PageSize = pageSize };

        var result = new ListOpenOrders.Validator().Validate(query);

        result.Errors.Should().ContainSingle().Which.ErrorMessage.Should().StartWith("page_size must be an integer between 1 and 250");
    }

    [Test]
    public void CursorOfTheSameQuery_IsAcceptedAndContinuesWhereItPoints()
    {
        var query = new ListOpenOrders.Query { Integration = Integration };
        var next = query with { Cursor = Cursor.Encode(5, query.Fingerprint()), PageSize = "10" };

        var result = new ListOpenOrders.Validator().Validate(next);

        result.IsValid.Should().BeTrue();
        next.Page().Should().Be(new PageRequest(5, 10, query.Fingerprint()));
    }

    [Test]
    public void CursorOfAnotherIntegration_IsRejected()
    {
        var query = new ListOpenOrders.Query { Integration = Integration };
        var other = new ListOpenOrders.Query { Integration = Integration with { IntegrationId = "smartrecruiters:Other" } };

        var result = new ListOpenOrders.Validator().Validate(other with { Cursor = Cursor.Encode(1, query.Fingerprint()) });

        result.Errors.Should().ContainSingle().Which.ErrorMessage.Should().StartWith("cursor is not a cursor this list returned");
    }

    [Test]
    public void ListQuery_KeepsThePagingRulesAndItsCommonFilters()
    {
        var query = new ListEmployees.Query { Integration = Integration, PageSize = "0", UpdatedAfter = "yesterday", IncludeDeleted = "yes" };

        var result = new ListEmployees.Validator().Validate(query);

        result.Errors.Select(e => e.ErrorMessage.Split(' ')[0]).Should().BeEquivalentTo("page_size", "updated_after", "include_deleted");
    }

    [Test]
    public void ListQueryCursor_IsBoundToItsFilters()
    {
        var query = new ListEmployees.Query { Integration = Integration, Ids = "a" };
        var cursor = Cursor.Encode(3, query.Fingerprint());

        var sameFilters = new ListEmployees.Validator().Validate(query with { Cursor = cursor });
        var otherFilters = new ListEmployees.Validator().Validate(query with { Ids = "b", Cursor = cursor });

        sameFilters.IsValid.Should().BeTrue();
        otherFilters.IsValid.Should().BeFalse();
    }
}
