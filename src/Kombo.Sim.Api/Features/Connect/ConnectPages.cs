using System.Globalization;
using System.Text;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
using static System.Net.WebUtility;

namespace Kombo.Sim.Api.Features.Connect;

/// <summary>The plain HTML of the simulator's Connect pages (no scripts needed to complete a connection).</summary>
public static class ConnectPages
{
    public static string Choose(ConnectLink link, IReadOnlyList<ToolInfo> choices)
    {
        var body = new StringBuilder();
        var reconnect = link.Kind == ConnectLinkKinds.Relink;
        body.Append(CultureInfo.InvariantCulture, $"<h1>{(reconnect ? "Reconnect" : "Connect")} your {HtmlEncode(link.Category)} tool</h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p><strong>{HtmlEncode(link.EndUserOrganizationName ?? "")}</strong>: this is Kombo.Sim, a simulator of Kombo Connect. No credentials are needed; completing this page {(reconnect ? "reconnects the integration" : "creates an integration with generated data")}.</p>");
        body.Append("<form method=\"post\" action=\"/connect/complete\">");
        body.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"token\" value=\"{HtmlEncode(link.Token)}\">");
        if (choices.Count == 1)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>Tool: <strong id=\"tool-label\">{HtmlEncode(choices[0].Label)}</strong></p><input type=\"hidden\" name=\"tool\" value=\"{HtmlEncode(choices[0].Id)}\">");
        }
        else
        {
            body.Append("<label for=\"tool\">Tool</label> <select id=\"tool\" name=\"tool\" required>");
            foreach (var tool in choices)
            {
                body.Append(CultureInfo.InvariantCulture, $"<option value=\"{HtmlEncode(tool.Id)}\">{HtmlEncode(tool.Label)}</option>");
            }

            body.Append("</select>");
        }

        body.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\" id=\"connect\">{(reconnect ? "Reconnect" : "Connect")}</button></p></form>");
        return Page("Kombo Connect (simulated)", body.ToString());
    }

    public static string Done(ConnectResult result)
    {
        var body = new StringBuilder("<h1>Connected</h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p>Integration <code id=\"integration-id\">{HtmlEncode(result.IntegrationId)}</code> is {(result.Kind == ConnectLinkKinds.Relink ? "reconnected" : "connected")}.</p>");
        if (result.Token is { } token)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>Token for your backend (exchange it with <code>GET /v1/connect/integration-by-token/{{token}}</code> within an hour; it works once):</p><p><code id=\"kombo-connect-token\">{HtmlEncode(token)}</code></p>");
            body.Append(CultureInfo.InvariantCulture, $"<script>window.parent && window.parent !== window && window.parent.postMessage({{ type: 'kombo-connect-success', token: '{token}' }}, '*');</script>");
        }

        return Page("Connected", body.ToString());
    }

    public static string SetupDone(string integrationId) =>
        Page("Setup finished", $"<h1>Setup finished</h1><p>Integration <code id=\"integration-id\">{HtmlEncode(integrationId)}</code> is set up; its first sync runs now.</p>");

    public static string Setup(string token, string integrationId, string tool) => Page(
        "Finish setup (simulated)",
        $"<h1>Finish setting up {HtmlEncode(tool)}</h1><p>Integration <code>{HtmlEncode(integrationId)}</code>. Filters and field mappings are not simulated; finishing the setup starts the first sync.</p>"
        + $"<form method=\"post\" action=\"/connect/setup/complete\"><input type=\"hidden\" name=\"token\" value=\"{HtmlEncode(token)}\"><button type=\"submit\" id=\"finish-setup\">Finish setup</button></form>");

    public static string Error(string message) =>
        Page("Link cannot be used", $"<h1>This link cannot be used</h1><p id=\"kombo-connect-error\">{HtmlEncode(message)}</p>");

    private static string Page(string title, string body) =>
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<title>{HtmlEncode(title)}</title>"
        + "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}"
        + "button{font-size:1rem;padding:.5rem 1.25rem}select{font-size:1rem;padding:.25rem}code{background:#f3f3f3;padding:.1rem .3rem;word-break:break-all}</style>"
        + $"</head><body><main>{body}</main></body></html>";
}
