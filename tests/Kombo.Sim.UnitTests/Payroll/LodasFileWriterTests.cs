using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.Api.Domain.Payroll.Lodas;

namespace Kombo.Sim.UnitTests.Payroll;

public class LodasFileWriterTests
{
    private static readonly DatevClient Client = new(1234567, 99999);
    private static readonly LodasRecordType Booking = new(10, "u_lod_bwd_buchung_standard", ["pnr#bwd", "la_eigene#bwd", "bs_wert_butab#bwd"]);

    [TestCase(4500, "4500,00")]
    [TestCase(14.255, "14,26")]
    [TestCase(-0.5, "-0,50")]
    [TestCase(0, "0,00")]
    public void Number_HasTwoDecimalsAndADecimalComma(double value, string expected)
    {
        var text = LodasValue.Number(value);

        text.Should().Be(expected);
    }

    [Test]
    public void Text_IsDelimitedAndCannotBreakOutOfItsDelimiters()
    {
        var text = LodasValue.Text(" O'Brien\nJr ");

        text.Should().Be("'O´Brien Jr'");
        LodasValue.Text(null).Should().BeEmpty();
    }

    [Test]
    public void Date_IsDayMonthYearWithSlashes()
    {
        var text = LodasValue.Date(new DateOnly(2026, 3, 7));

        text.Should().Be("07/03/2026");
    }

    [Test]
    public void Write_ProducesTheThreeSectionsWithCrLfLineEnds()
    {
        var writer = new LodasFileWriter(Client, LodasSection.Bewegungsdaten).Comment("test").Describe(Booking);
        writer.Line(Booking, "1001", "200", LodasValue.Number(14));

        var content = writer.Write();

        content.Should().StartWith("[Allgemein]\r\nZiel=LODAS\r\n");
        content.Should().Contain("BeraterNr=1234567\r\nMandantenNr=99999\r\n");
        content.Should().Contain("* test\r\n");
        content.Should().Contain("[Satzbeschreibung]\r\n10;u_lod_bwd_buchung_standard;pnr#bwd;la_eigene#bwd;bs_wert_butab#bwd;\r\n");
        content.Should().EndWith("[Bewegungsdaten]\r\n10;1001;200;14,00;\r\n");
        content.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n");
        content.Should().NotContain("StammdatenGueltigAb");
    }

    [Test]
    public void Write_WithAValidityDate_DeclaresWhenMasterDataApply()
    {
        var writer = new LodasFileWriter(Client, LodasSection.Stammdaten, new DateOnly(2026, 12, 1)).Describe(Booking);

        var content = writer.Write();

        content.Should().Contain("StammdatenGueltigAb=01/12/2026\r\n");
        content.Should().EndWith("[Stammdaten]\r\n");
    }

    [Test]
    public void Line_OfAnUndescribedTypeOrWithTooManyValues_Throws()
    {
        var writer = new LodasFileWriter(Client, LodasSection.Bewegungsdaten);

        writer.Invoking(w => w.Line(Booking, "1")).Should().Throw<InvalidOperationException>();
        writer.Describe(Booking).Invoking(w => w.Line(Booking, "1", "2", "3", "4")).Should().Throw<ArgumentException>();
    }

    [Test]
    public void DatevClient_IsStablePerIntegrationAndWithinDatevsRanges()
    {
        var first = DatevClient.For("datev:CuapXC3CxN1j8KY3wu12uRXi");
        var again = DatevClient.For("datev:CuapXC3CxN1j8KY3wu12uRXi");
        var other = DatevClient.For("datev:other");

        again.Should().Be(first);
        other.Should().NotBe(first);
        first.ConsultantNumber.Should().BeInRange(1_000_000, 9_999_999);
        first.ClientNumber.Should().BeInRange(10_000, 99_999);
    }
}
