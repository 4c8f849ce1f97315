using System.Text.Json;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.General.Passthrough.Native;

/// <summary>
/// HiBob's v1 API (<c>https://api.hibob.com/v1</c>): <c>GET /people</c>, <c>GET /people/{id}</c> and
/// <c>POST /people/search</c> answer <c>{"employees":[…]}</c> with camelCase employees. Like Bob, the lists leave out
/// terminated employees unless <c>showInactive</c> is true, and they are not paginated.
/// </summary>
public sealed class HiBobApi : NativeApi
{
    private static readonly string[] SearchableFields = ["root.id", "root.email"];

    public HiBobApi()
    {
        Get("/people", List);
        Get("/people/{identifier}", Read);
        Post("/people/search", Search);
    }

    public override string ToolApi => "hibob/v1";

    protected override UpstreamResponse NotFound(UpstreamRequest request) => Error(404, $"Resource {request.Path} not found.");

    private static UpstreamResponse List(NativeCall call)
    {
        var showInactive = string.Equals(call.Request.QueryValue("showInactive"), "true", StringComparison.OrdinalIgnoreCase);
        return Employees(call.State.Hris, showInactive, _ => true);
    }

    private static UpstreamResponse Read(NativeCall call)
    {
        var hris = call.State.Hris;
        var identifier = call["identifier"];
        var employee = hris.Employees.Rows.Live()
            .FirstOrDefault(e => e.RemoteId == identifier || string.Equals(e.WorkEmail, identifier, StringComparison.OrdinalIgnoreCase));
        return employee is null ? Error(404, $"Employee {identifier} not found.") : UpstreamResponse.Ok(Employee(hris, employee));
    }

    // Bob's search: at most one filter, on root.id or root.email with the operator "equals" (other filters answer 400).
    private static UpstreamResponse Search(NativeCall call)
    {
        var body = call.Request.Body is { ValueKind: JsonValueKind.Object } found ? found : default;
        var showInactive = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("showInactive", out var flag) && flag.ValueKind == JsonValueKind.True;
        var filters = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("filters", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().ToList()
            : [];
        if (filters.Count == 0)
        {
            return Employees(call.State.Hris, showInactive, _ => true);
        }

        if (filters.Count > 1 || !TryReadFilter(filters[0], out var fieldPath, out var values))
        {
            return Error(400, "Invalid filters: send one filter with fieldPath root.id or root.email, operator \"equals\" and a list of values.");
        }

        return Employees(call.State.Hris, showInactive, e => fieldPath == "root.id"
            ? values.Contains(e.RemoteId ?? "")
            : values.Contains(e.WorkEmail ?? "", StringComparer.OrdinalIgnoreCase));
    }

    private static bool TryReadFilter(JsonElement filter, out string fieldPath, out List<string> values)
    {
        fieldPath = filter.ValueKind == JsonValueKind.Object && filter.TryGetProperty("fieldPath", out var path) && path.ValueKind == JsonValueKind.String
            ? path.GetString()!
            : "";
        values = filter.ValueKind == JsonValueKind.Object && filter.TryGetProperty("values", out var given) && given.ValueKind == JsonValueKind.Array
            ? given.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
        var equals = filter.ValueKind == JsonValueKind.Object && filter.TryGetProperty("operator", out var op) && op.ValueKind == JsonValueKind.String && op.GetString() == "equals";
        return equals && SearchableFields.Contains(fieldPath) && values.Count > 0;
    }

    private static UpstreamResponse Employees(HrisData hris, bool showInactive, Func<Employee, bool> filter) =>
        UpstreamResponse.Ok(new JsonObject
        {
            ["employees"] = NativeJson.Array(hris.Employees.Rows.Live()
                .Where(e => showInactive || e.EmploymentStatus != "INACTIVE")
                .Where(filter)
                .Select(e => Employee(hris, e))),
        });

    private static JsonObject Employee(HrisData hris, Employee employee)
    {
        var department = employee.GroupIds.Select(hris.Groups.Find).FirstOrDefault(g => g is { Type: "DEPARTMENT", RemoteDeletedAt: null });
        var site = employee.WorkLocationId is { } locationId ? hris.Locations.Find(locationId) : null;
        var manager = employee.ManagerId is { } managerId ? hris.Employees.Find(managerId) : null;
        var inactive = employee.EmploymentStatus == "INACTIVE";
        return new JsonObject
        {
            ["id"] = employee.RemoteId,
            ["firstName"] = employee.FirstName,
            ["surname"] = employee.LastName,
            ["fullName"] = employee.DisplayFullName,
            ["displayName"] = employee.DisplayFullName,
            ["email"] = employee.WorkEmail,
            ["avatarUrl"] = employee.Avatar,
            ["creationDateTime"] = NativeJson.Timestamp(employee.RemoteCreatedAt),
            ["personal"] = new JsonObject
            {
                ["gender"] = Gender(employee.Gender),
                ["nationality"] = employee.Nationality is { } nationality ? new JsonArray(JsonValue.Create(nationality)) : new JsonArray(),
                ["shortBirthDate"] = employee.DateOfBirth?.UtcDateTime.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
            ["work"] = new JsonObject
            {
                ["title"] = employee.JobTitle,
                ["department"] = department?.Name,
                ["site"] = site?.Name,
                ["siteId"] = NativeJson.NumericId(site?.RemoteId),
                ["startDate"] = NativeJson.Date(employee.StartDate),
                ["employeeIdInCompany"] = employee.EmployeeNumber,
                ["isManager"] = hris.Employees.Rows.Live().Any(e => e.ManagerId == employee.Id),
                ["reportsTo"] = manager is null ? null : new JsonObject
                {
                    ["id"] = manager.RemoteId,
                    ["displayName"] = manager.DisplayFullName,
                    ["email"] = manager.WorkEmail,
                },
            },
            ["internal"] = new JsonObject
            {
                ["status"] = inactive ? "Inactive" : "Active",
                ["lifecycleStatus"] = Lifecycle(employee.EmploymentStatus),
                ["terminationDate"] = NativeJson.Date(employee.TerminationDate),
            },
        };
    }

    private static string? Gender(string? gender) => gender switch
    {
        "MALE" => "Male",
        "FEMALE" => "Female",
        "NON_BINARY" => "Non-binary",
        _ => null,
    };

    private static string? Lifecycle(string? status) => status switch
    {
        "ACTIVE" => "employed",
        "PENDING" => "hired",
        "LEAVE" => "on leave",
        "INACTIVE" => "terminated",
        _ => null,
    };

    private static UpstreamResponse Error(int status, string message) =>
        UpstreamResponse.Json(status, new JsonObject { ["key"] = status == 404 ? "NotFound" : "BadRequest", ["error"] = message });
}
