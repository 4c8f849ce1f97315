using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Payroll;

public class PassthroughTests
{
    private const string Url = "/v1/custom/datev/passthrough";

    private const string MasterData =
        "[Allgemein]\r\nZiel=LODAS\r\nVersion_SST=1.0\r\nBeraterNr=1234567\r\nMandantenNr=99999\r\nDatumsformat=TT.MM.JJJJ\r\n\r\n"
        + "[Satzbeschreibung]\r\n1;u_lod_psd_mitarbeiter;pnr#psd;duevo_familienname#psd;duevo_vorname#psd;\r\n\r\n"
        + "[Stammdaten]\r\n1;1001;Weiß;Ralf;\r\n";

    private const string MovementData =
        "[Allgemein]\nZiel=LODAS\nBeraterNr=1234567\nMandantenNr=99999\n"
        + "[Satzbeschreibung]\n1;u_lod_bwd_buchung_standard;abrechnung_zeitraum#bwd;bs_wert_butab#bwd;pnr#bwd;la_eigene#bwd;bs_nr#bwd;\n"
        + "[Bewegungsdaten]\n1;01.11.2026;14,00;1001;200;1;\n";

    [TestCase("STAMMDATEN", MasterData, "GENERAL")]
    [TestCase("BEWEGUNGSDATEN", MovementData, "PAYROLL")]
    public async Task WellFormedFile_IsUploadedAsItIsAndListedAsADataPush(string fileType, string content, string pushType)
    {
        var world = new PayrollWorld();

        var written = await world.Client.PostJson(Url, Body(content, fileType, fileName: "Import.txt"));
        var listed = await world.ListDataPushes();

        written["data"]!.AsObject().Should().BeEmpty();
        written["warnings"]!.AsArray().Should().BeEmpty();
        var push = listed.Single()!;
        push["type"]!.GetValue<string>().Should().Be(pushType);
        var job = push["upload_jobs"]!.AsArray().Single()!;
        job["file_name"]!.GetValue<string>().Should().Be("Import.txt");
        job["file"]!.GetValue<string>().Should().Be(content);
        job["state"]!.GetValue<string>().Should().Be("UPLOADED");
        world.DatevPayroll.DataPushes.Single().AccountingMonth.Should().Be(new DateOnly(2026, 11, 1));
    }

    [Test]
    public async Task LohnUndGehaltFile_NeedsOnlyLinesStartingWithAPersonnelNumber()
    {
        var world = new PayrollWorld();

        await world.Client.PostJson(Url, Body("1001;200;14,00\r\n1002;100;560,00\r\n", "BEWEGUNGSDATEN", "LuG"));

        (await world.ListDataPushes()).Single()!["type"]!.GetValue<string>().Should().Be("PAYROLL");
    }

    [TestCase("Personalnummer;Lohnart;Wert\n1001;200;14,00\n", "STAMMDATEN", "the [Allgemein] section is missing")]
    [TestCase(MovementData, "STAMMDATEN", "the [Stammdaten] section is missing")]
    [TestCase(MasterData, "BEWEGUNGSDATEN", "the [Bewegungsdaten] section is missing")]
    [TestCase("[Allgemein]\nZiel=LODAS\nBeraterNr=1\nMandantenNr=1\n[Stammdaten]\n1;1001;\n", "STAMMDATEN", "the [Satzbeschreibung] section is missing")]
    [TestCase("[Allgemein]\nZiel=LODAS\nMandantenNr=1\n[Satzbeschreibung]\n1;u_lod_psd_mitarbeiter;pnr#psd;\n[Stammdaten]\n1;1001;\n", "STAMMDATEN", "has no BeraterNr")]
    [TestCase("[Allgemein]\nZiel=LODAS\nBeraterNr=1\nMandantenNr=1\n[Satzbeschreibung]\n1;u_lod_psd_mitarbeiter;pnr#psd;\n[Stammdaten]\n2;1001;\n", "STAMMDATEN", "line 8: record type \"2\" is not described")]
    public async Task MalformedFile_AnswersInputInvalidNamingTheProblemAndStoresNothing(string content, string fileType, string problem)
    {
        var world = new PayrollWorld();
        var before = world.DatevPayroll;

        var body = await world.Client.PostJson(Url, Body(content, fileType), HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("file_content is not a well-formed LODAS ASCII file").And.Contain(problem);
        world.DatevPayroll.Should().BeSameAs(before);
        (await world.ListDataPushes()).Should().BeEmpty();
    }

    [TestCase("""{"accounting_month":"2026-11-01","target_system":"LODAS","file_type":"STAMMDATEN","file_name":"a.txt"}""", "file_content")]
    [TestCase("""{"file_content":"","accounting_month":"2026-11-01","target_system":"LODAS","file_type":"STAMMDATEN","file_name":"a.txt"}""", "file_content")]
    [TestCase("""{"file_content":"x","target_system":"LODAS","file_type":"STAMMDATEN","file_name":"a.txt"}""", "accounting_month")]
    [TestCase("""{"file_content":"x","accounting_month":"November","target_system":"LODAS","file_type":"STAMMDATEN","file_name":"a.txt"}""", "accounting_month")]
    [TestCase("""{"file_content":"x","accounting_month":"2026-11-01","target_system":"LOGA","file_type":"STAMMDATEN","file_name":"a.txt"}""", "target_system")]
    [TestCase("""{"file_content":"x","accounting_month":"2026-11-01","target_system":"LODAS","file_type":"BOTH","file_name":"a.txt"}""", "file_type")]
    [TestCase("""{"file_content":"x","accounting_month":"2026-11-01","target_system":"LODAS","file_type":"STAMMDATEN"}""", "file_name")]
    [TestCase("""{"file_content":"x","accounting_month":"2026-11-01","target_system":"LODAS","file_type":"STAMMDATEN","file_name":"imports/a.txt"}""", "file_name")]
    public async Task WithInvalidFields_AnswersInputInvalidAndStoresNothing(string json, string field)
    {
        var world = new PayrollWorld();
        var before = world.DatevPayroll;

        var body = await world.Client.PostJson(Url, json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
        world.DatevPayroll.Should().BeSameAs(before);
    }

    private static object Body(string content, string fileType, string targetSystem = "LODAS", string fileName = "Datei.txt") => new
    {
        file_content = content,
        accounting_month = "2026-11-15",
        target_system = targetSystem,
        file_type = fileType,
        file_name = fileName,
    };
}
