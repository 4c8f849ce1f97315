using Kombo.Sim.Api.Domain.Payroll.Lodas;

namespace Kombo.Sim.UnitTests.Payroll;

public class DatevFileCheckTests
{
    private const string Header = "[Allgemein]\nZiel=LODAS\nBeraterNr=1234567\nMandantenNr=99999\nStringbegrenzer='\n";

    private const string Movement = Header
        + "[Satzbeschreibung]\n10;u_lod_bwd_buchung_standard;abrechnung_zeitraum#bwd;pnr#bwd;la_eigene#bwd;bs_nr#bwd;bs_wert_butab#bwd;\n"
        + "[Bewegungsdaten]\n10;01/11/2026;1001;200;1;14,00;\n";

    [Test]
    public void WellFormedMovementFile_HasNoProblems()
    {
        var problems = DatevFileCheck.CheckLodas(Movement, LodasSection.Bewegungsdaten);

        problems.Should().BeEmpty();
    }

    [Test]
    public void WindowsLineEndsCommentsSpacesAndABom_AreAccepted()
    {
        var content = "\uFEFF[Allgemein]\r\nZiel = LODAS\r\nBeraterNr = 1234567\r\nMandantenNr = 99999\r\nKommentarzeichen = #\r\n\r\n# a comment\r\n"
            + "[Satzbeschreibung]\r\n1;u_lod_psd_mitarbeiter;pnr#psd;duevo_familienname#psd;\r\n[Stammdaten]\r\n1;1001;Weiß\r\n[Hinweistext]\r\nfree text; not records\r\n";

        var problems = DatevFileCheck.CheckLodas(content, LodasSection.Stammdaten);

        problems.Should().BeEmpty();
    }

    [TestCase("Ziel=LODAS\n[Allgemein]\nZiel=LODAS\nBeraterNr=1\nMandantenNr=1\n", "content before the first section")]
    [TestCase("[Allgemein]\nBeraterNr=1234567\nMandantenNr=99999\n", "no Ziel")]
    [TestCase("[Allgemein]\nZiel=LUG\nBeraterNr=1234567\nMandantenNr=99999\n", "Ziel is \"LUG\"")]
    [TestCase("[Allgemein]\nZiel=LODAS\nMandantenNr=99999\n", "no BeraterNr")]
    [TestCase("[Allgemein]\nZiel=LODAS\nBeraterNr=12345678\nMandantenNr=99999\n", "BeraterNr must be a number of 1 to 7 digits")]
    [TestCase("[Allgemein]\nZiel=LODAS\nBeraterNr=1234567\nMandantenNr=abc\n", "MandantenNr must be a number")]
    [TestCase("[Allgemein]\nZiel=LODAS\nBeraterNr=1234567\nMandantenNr=99999\nFeldtrennzeichen=;;\n", "Feldtrennzeichen must be a single character")]
    [TestCase("[Allgemein]\nZiel=LODAS\nBeraterNr=1234567\nMandantenNr=99999\njust text\n", "lines are Key=Value")]
    public void BrokenGeneralSection_IsReported(string header, string problem)
    {
        var content = header + "[Satzbeschreibung]\n10;u_lod_bwd_buchung_standard;pnr#bwd;\n[Bewegungsdaten]\n10;1001;\n";

        var problems = DatevFileCheck.CheckLodas(content, LodasSection.Bewegungsdaten);

        problems.Should().ContainSingle().Which.Should().Contain(problem);
    }

    [Test]
    public void MissingSections_AreEachReported()
    {
        var problems = DatevFileCheck.CheckLodas("* only a comment\n", LodasSection.Stammdaten);

        problems.Should().BeEquivalentTo(["the [Allgemein] section is missing", "the [Satzbeschreibung] section is missing", "the [Stammdaten] section is missing"]);
    }

    [Test]
    public void MovementFile_SentAsMasterData_LacksTheStammdatenSection()
    {
        var problems = DatevFileCheck.CheckLodas(Movement, LodasSection.Stammdaten);

        problems.Should().ContainSingle().Which.Should().Be("the [Stammdaten] section is missing");
    }

    [Test]
    public void EmptyDataSection_IsReported()
    {
        var content = Movement[..Movement.IndexOf("10;01/11", StringComparison.Ordinal)];

        var problems = DatevFileCheck.CheckLodas(content, LodasSection.Bewegungsdaten);

        problems.Should().ContainSingle().Which.Should().Be("the [Bewegungsdaten] section has no data lines");
    }

    [TestCase("10;u_lod_bwd_buchung_standard;\n", "a record type is described as")]
    [TestCase("x;u_lod_bwd_buchung_standard;pnr#bwd;\n", "a record type is described as")]
    [TestCase("10;u_lod_bwd_buchung_standard;pnr;\n", "\"pnr\" is not a field")]
    [TestCase("10;u_lod_bwd_buchung_standard;pnr#bwd;la_eigene#bwd;bs_nr#bwd;bs_wert_butab#bwd;abrechnung_zeitraum#bwd;\n10;u_lod_x;pnr#bwd;\n", "described twice")]
    public void BrokenRecordDescriptions_AreReported(string descriptions, string problem)
    {
        var content = Header + "[Satzbeschreibung]\n" + descriptions + "[Bewegungsdaten]\n10;01/11/2026;1001;200;1;\n";

        var problems = DatevFileCheck.CheckLodas(content, LodasSection.Bewegungsdaten);

        problems.Should().Contain(p => p.Contains(problem, StringComparison.Ordinal));
    }

    [TestCase("11;01/11/2026;1001;200;1;14,00;", "line 9: record type \"11\" is not described in [Satzbeschreibung]")]
    [TestCase("10;01/11/2026;1001;200;1;14,00;extra;", "line 9: record type 10 has 5 fields, the line has 6 values")]
    [TestCase("10;01/11/2026;'1001;200;1;14,00;", "line 9: a string opened with ' is not closed")]
    public void DataLinesThatDoNotFitTheirRecordType_AreReportedWithTheirLine(string line, string problem)
    {
        var content = Movement.Replace("10;01/11/2026;1001;200;1;14,00;", line, StringComparison.Ordinal);

        var problems = DatevFileCheck.CheckLodas(content, LodasSection.Bewegungsdaten);

        problems.Should().ContainSingle().Which.Should().Be(problem);
    }

    [Test]
    public void QuotedSeparators_DoNotSplitAValue()
    {
        var content = Movement.Replace("10;01/11/2026;1001;200;1;14,00;", "10;'a;b';1001;200;1;14,00;", StringComparison.Ordinal);

        var problems = DatevFileCheck.CheckLodas(content, LodasSection.Bewegungsdaten);

        problems.Should().BeEmpty();
    }

    [Test]
    public void LohnUndGehaltFile_IsLinesStartingWithAPersonnelNumber()
    {
        var good = DatevFileCheck.Check("1001;200;14,00\r\n1002;100;560,00\r\n", DatevFileCheck.LohnUndGehalt, LodasSection.Bewegungsdaten);
        var bad = DatevFileCheck.Check("Personalnummer;Lohnart\n1001\n", DatevFileCheck.LohnUndGehalt, LodasSection.Bewegungsdaten);
        var empty = DatevFileCheck.Check("\n* nothing\n", DatevFileCheck.LohnUndGehalt, LodasSection.Stammdaten);

        good.Should().BeEmpty();
        bad.Should().HaveCount(2).And.AllSatisfy(p => p.Should().Contain("personnel number"));
        empty.Should().Equal("the file has no data lines");
    }
}
