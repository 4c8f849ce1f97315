using Kombo.Sim.Api.State.Paging;

namespace Kombo.Sim.UnitTests.State;

public class CursorTests
{
    [Test]
    public void EncodeThenDecode_RoundTripsThePositionForTheSameFilters()
    {
        var cursor = Cursor.Encode(1234, "abc");

        Cursor.TryDecode(cursor, "abc", out var position).Should().BeTrue();
        position.Should().Be(1234);
    }

    [TestCase("")]
    [TestCase("not base64 !")]
    [TestCase("eyJwb3NpdGlvbiI6MX0")]
    [TestCase("W10")]
    public void Decode_RejectsGarbage(string cursor)
    {
        Cursor.TryDecode(cursor, "abc", out _).Should().BeFalse();
    }

    [Test]
    public void Decode_RejectsACursorOfOtherFilters()
    {
        var cursor = Cursor.Encode(5, "abc");

        Cursor.TryDecode(cursor, "xyz", out _).Should().BeFalse();
    }

    [Test]
    public void Fingerprint_IsStableAcrossProcesses()
    {
        Cursor.Fingerprint("filters").Should().Be("321d1672949e1c4c");
    }
}

public class PagerTests
{
    private static readonly int[] Numbers = Enumerable.Range(0, 20).ToArray();

    [Test]
    public void Paginate_ReturnsAPageAndACursorToTheNextMatch()
    {
        var page = Pager.Paginate(Numbers, null, new PageRequest(0, 3, "f"), n => n % 2 == 0, n => n);

        page.Results.Should().Equal(0, 2, 4);
        Cursor.TryDecode(page.Next!, "f", out var next).Should().BeTrue();
        next.Should().Be(6);
    }

    [Test]
    public void Paginate_HasNoCursorWhenNothingMatchesAfterThePage()
    {
        var page = Pager.Paginate(Numbers, null, new PageRequest(14, 3, "f"), n => n % 5 == 0, n => n);

        page.Results.Should().Equal(15);
        page.Next.Should().BeNull();
    }

    [Test]
    public void Paginate_WithCandidatePositions_VisitsOnlyThoseFromTheStart()
    {
        var visited = new List<int>();

        var page = Pager.Paginate(Numbers, [1, 5, 9, 13], new PageRequest(5, 10, "f"), n => { visited.Add(n); return true; }, n => n);

        page.Results.Should().Equal(5, 9, 13);
        visited.Should().Equal(5, 9, 13);
    }
}
