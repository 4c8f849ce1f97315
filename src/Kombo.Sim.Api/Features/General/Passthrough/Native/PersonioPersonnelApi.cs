using System.Globalization;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.General.Passthrough.Native;

/// <summary>
/// Personio's Personnel Data API v1 (<c>https://api.personio.de/v1</c>): employees as
/// <c>{"type":"Employee","attributes":{"first_name":{"label","value","type","universal_id"},…}}</c>, listed with
/// <c>limit</c> (1–200, default 200), <c>offset</c> and <c>email</c>.
/// </summary>
public sealed class PersonioPersonnelApi : NativeApi
{
    private const int MaxLimit = 200;

    public PersonioPersonnelApi()
    {
        Get("/company/employees", List);
        Get("/company/employees/{employee_id}", Show);
    }

    public override string ToolApi => "personio/personnel";

    protected override UpstreamResponse NotFound(UpstreamRequest request) => Error(404, "The requested resource was not found.");

    private static UpstreamResponse List(NativeCall call)
    {
        var hris = call.State.Hris;
        var email = call.Request.QueryValue("email");
        var employees = hris.Employees.Rows.Live()
            .Where(e => string.IsNullOrEmpty(email) || string.Equals(e.WorkEmail, email, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var limit = call.Request.QueryInt("limit", MaxLimit, 1, MaxLimit);
        var offset = call.Request.QueryInt("offset", 0, 0, int.MaxValue);
        return UpstreamResponse.Ok(new JsonObject
        {
            ["success"] = true,
            ["metadata"] = new JsonObject
            {
                ["total_elements"] = employees.Count,
                ["current_page"] = offset / limit,
                ["total_pages"] = (employees.Count + limit - 1) / limit,
            },
            ["offset"] = offset,
            ["limit"] = limit,
            ["data"] = NativeJson.Array(employees.Skip(offset).Take(limit).Select(e => Employee(hris, e))),
        });
    }

    private static UpstreamResponse Show(NativeCall call)
    {
        var hris = call.State.Hris;
        return hris.Employees.FindByRemoteId(call["employee_id"]) is { RemoteDeletedAt: null } employee
            ? UpstreamResponse.Ok(new JsonObject { ["success"] = true, ["data"] = Employee(hris, employee) })
            : Error(404, "Employee not found.");
    }

    private static JsonObject Employee(HrisData hris, Employee employee)
    {
        var groups = employee.GroupIds.Select(hris.Groups.Find).OfType<Group>().Where(g => g.RemoteDeletedAt is null).ToList();
        var attributes = new JsonObject
        {
            ["id"] = Attribute("ID", NativeJson.NumericId(employee.RemoteId), "integer", "id"),
            ["first_name"] = Attribute("First name", employee.FirstName, "standard", "first_name"),
            ["last_name"] = Attribute("Last name", employee.LastName, "standard", "last_name"),
            ["email"] = Attribute("Email", employee.WorkEmail, "standard", "email"),
            ["gender"] = Attribute("Gender", Gender(employee.Gender), "standard", "gender"),
            ["status"] = Attribute("Status", Status(employee.EmploymentStatus), "standard", "status"),
            ["position"] = Attribute("Position", employee.JobTitle, "standard", "position"),
            ["supervisor"] = Attribute("Supervisor", Supervisor(hris, employee.ManagerId), "standard", "supervisor"),
            ["employment_type"] = Attribute("Employment type", EmploymentType(employee.EmploymentType), "standard", "employment_type"),
            ["weekly_working_hours"] = Attribute("Weekly hours", employee.WeeklyHours?.ToString(CultureInfo.InvariantCulture), "standard", "weekly_working_hours"),
            ["hire_date"] = Attribute("Hire date", Date(employee.StartDate), "date", "hire_date"),
            ["termination_date"] = Attribute("Termination date", Date(employee.TerminationDate), "date", "termination_date"),
            ["created_at"] = Attribute("created_at", Date(employee.RemoteCreatedAt), "date", "created_at"),
            ["last_modified_at"] = Attribute("Last modified", Date(employee.ChangedAt), "date", "last_modified_at"),
            ["subcompany"] = Attribute("Subcompany", Reference("Subcompany", hris.LegalEntities.Find(employee.LegalEntityId ?? "") is { } entity ? (entity.RemoteId, entity.Name) : null), "standard", "subcompany"),
            ["office"] = Attribute("Office", Reference("Office", hris.Locations.Find(employee.WorkLocationId ?? "") is { } office ? (office.RemoteId, office.Name) : null), "standard", "office"),
            ["department"] = Attribute("Department", GroupReference("Department", groups, "DEPARTMENT"), "standard", "department"),
            ["team"] = Attribute("Team", GroupReference("Team", groups, "TEAM"), "standard", "team"),
            ["cost_centers"] = Attribute("Cost center", NativeJson.Array(groups.Where(g => g.Type == "COST_CENTER").Select(g => CostCenter(g))), "standard", "cost_centers"),
            ["profile_picture"] = Attribute("Profile Picture", employee.Avatar, "standard", "profile_picture"),
        };

        // Kombo exposes selected raw Personio fields (dynamic_…, probation_period_end) as integration fields.
        foreach (var field in employee.IntegrationFields)
        {
            attributes[field.Key] = Attribute(field.Label ?? field.Key, NativeJson.Value(field.Value), "standard", field.Type == "CUSTOM" ? null : field.Key);
        }

        attributes.WithMissing(NativeJson.RemoteData(employee.RemoteData, "/company/employees", "attributes"));
        return new JsonObject { ["type"] = "Employee", ["attributes"] = attributes };
    }

    private static JsonObject Attribute(string label, JsonNode? value, string type, string? universalId) => new()
    {
        ["label"] = label,
        ["value"] = value,
        ["type"] = type,
        ["universal_id"] = universalId,
    };

    private static JsonObject? Supervisor(HrisData hris, string? managerId) =>
        managerId is not null && hris.Employees.Find(managerId) is { } manager
            ? new JsonObject
            {
                ["type"] = "Employee",
                ["attributes"] = new JsonObject
                {
                    ["id"] = Attribute("ID", NativeJson.NumericId(manager.RemoteId), "integer", "id"),
                    ["first_name"] = Attribute("First name", manager.FirstName, "standard", "first_name"),
                    ["last_name"] = Attribute("Last name", manager.LastName, "standard", "last_name"),
                    ["email"] = Attribute("Email", manager.WorkEmail, "standard", "email"),
                },
            }
            : null;

    private static JsonObject? Reference(string type, (string? RemoteId, string? Name)? target) =>
        target is { } found
            ? new JsonObject { ["type"] = type, ["attributes"] = new JsonObject { ["id"] = NativeJson.NumericId(found.RemoteId), ["name"] = found.Name } }
            : null;

    private static JsonObject? GroupReference(string type, IEnumerable<Group> groups, string groupType) =>
        Reference(type, groups.FirstOrDefault(g => g.Type == groupType) is { } group ? (group.RemoteId, group.Name) : null);

    private static JsonObject CostCenter(Group group) => new()
    {
        ["type"] = "CostCenter",
        ["attributes"] = new JsonObject { ["id"] = NativeJson.NumericId(group.RemoteId), ["name"] = group.Name, ["percentage"] = 100 },
    };

    // Personio writes dates with an offset: 2019-04-01T00:00:00+00:00.
    private static string? Date(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    private static string? Gender(string? gender) => gender switch
    {
        "MALE" => "male",
        "FEMALE" => "female",
        "NON_BINARY" => "diverse",
        _ => null,
    };

    private static string? Status(string? status) => status switch
    {
        "ACTIVE" => "active",
        "PENDING" => "onboarding",
        "LEAVE" => "leave",
        "INACTIVE" => "inactive",
        _ => null,
    };

    private static string? EmploymentType(string? type) => type switch
    {
        null => null,
        "CONTRACT" or "FREELANCE" => "external",
        _ => "internal",
    };

    private static UpstreamResponse Error(int status, string message) =>
        UpstreamResponse.Json(status, new JsonObject { ["success"] = false, ["error"] = new JsonObject { ["code"] = status, ["message"] = message } });
}
