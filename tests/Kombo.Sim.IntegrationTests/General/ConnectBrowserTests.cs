using Kombo.Sim.IntegrationTests.Infrastructure;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Kombo.Sim.IntegrationTests.General;

/// <summary>
/// Drives the Connect page in a real headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them).
/// Without them the test reports itself skipped, so the README's test command passes with only the .NET SDK.
/// </summary>
[NonParallelizable]
public class ConnectBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriverFolder = "/usr/bin";

    private SimulatorHost _host = null!;
    private ChromeDriver _browser = null!;
    private string _profile = null!;

    [OneTimeSetUp]
    public void StartBrowserAndSimulator()
    {
        if (!File.Exists(Chromium) || !File.Exists(Path.Combine(ChromeDriverFolder, "chromedriver")))
        {
            if (Environment.GetEnvironmentVariable("KOMBOSIM_REQUIRE_BROWSER") == "1")
            {
                Assert.Fail("KOMBOSIM_REQUIRE_BROWSER=1 but /usr/bin/chromium or /usr/bin/chromedriver is missing.");
            }

            Assert.Ignore("Skipped: needs a browser. Install Debian's chromium and chromium-driver packages (.ci/run does) to drive the Connect page headless.");
        }

        _host = new SimulatorHost();
        _host.UseKestrel(0);
        _host.StartServer();

        _profile = Path.Combine(Path.GetTempPath(), "kombo-sim-chromium-" + Guid.NewGuid().ToString("N"));
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={_profile}");
        var service = ChromeDriverService.CreateDefaultService(ChromeDriverFolder, "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        _browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _browser?.Quit();
        _browser?.Dispose();
        _host?.Dispose();
        if (_profile is not null && Directory.Exists(_profile))
        {
            Directory.Delete(_profile, recursive: true);
        }
    }

    [Test]
    public async Task CustomerCompletesConnectPage_BackendExchangesTheTokenForTheIntegration()
    {
        var tenant = new TenantBuilder().Build(_host);
        var backend = tenant.Client();
        var link = (await backend.PostJson("/v1/connect/create-link", new { end_user_email = "hr@customer.example.com", end_user_organization_name = "Customer GmbH", integration_category = "ATS" }))["data"]!["link"]!.GetValue<string>();

        _browser.Navigate().GoToUrl(link);
        _browser.FindElement(By.CssSelector("#tool option[value='greenhouse']")).Click();
        _browser.FindElement(By.Id("connect")).Click();
        var token = new WebDriverWait(_browser, TimeSpan.FromSeconds(20)).Until(b => b.FindElement(By.Id("kombo-connect-token"))).Text;
        var integration = await backend.GetJson($"/v1/connect/integration-by-token/{token}");
        var jobs = await tenant.Client(integration["data"]!["id"]!.GetValue<string>()).GetJson("/v1/ats/jobs");

        _browser.Title.Should().Be("Connected");
        integration["data"]!["tool"]!.GetValue<string>().Should().Be("greenhouse");
        integration["data"]!["end_user_organization_name"]!.GetValue<string>().Should().Be("Customer GmbH");
        jobs["status"]!.GetValue<string>().Should().Be("success");
    }

    [Test]
    public void UsedLink_PageSaysItCannotBeUsed()
    {
        _browser.Navigate().GoToUrl(_host.ClientOptions.BaseAddress + "connect?token=no-such-link");

        var error = _browser.FindElement(By.Id("kombo-connect-error")).Text;

        error.Should().Contain("not valid");
    }
}
