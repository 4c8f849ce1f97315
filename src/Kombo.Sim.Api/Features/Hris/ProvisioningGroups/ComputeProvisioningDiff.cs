using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Hris.ProvisioningGroups;

/// <summary>
/// POST /hris/provisioning-groups/{group_id}/diff: which users to provision, deprovision or leave, given the users
/// the caller already has. Eligible employees are the active, non-deleted ones; users match employees by work
/// email, else personal email, case-insensitively.
/// </summary>
public static class ComputeProvisioningDiff
{
    /// <summary>Kombo's only provisioning group.</summary>
    public const string DefaultGroup = "default";

    public static readonly string[] EmployeeFields = ["id", "remote_id", "first_name", "last_name", "groups", "avatar", "work_location_id", "legal_entity_id"];

    public sealed record Command : IIntegrationRequest, IRequest<DiffResult>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string GroupId { get; init; } = "";

        public IReadOnlyList<ProvisionedUser>? ProvisionedUsers { get; init; }

        public DiffOptions? Options { get; init; }
    }

    public sealed record ProvisionedUser(string? OriginId, string? Email);

    public sealed record DiffOptions(IReadOnlyList<string>? EmployeeFields);

    public sealed record DiffResult(DiffUsers Users);

    public sealed record DiffUsers(
        IReadOnlyList<ToProvision> ToProvision,
        IReadOnlyList<ToDeprovision> ToDeprovision,
        IReadOnlyList<AlreadyProvisioned> AlreadyProvisioned);

    public sealed record ToProvision(string? Email, JsonObject Employee);

    public sealed record ToDeprovision(string OriginId, string Email);

    public sealed record AlreadyProvisioned(string OriginId, string Email, JsonObject Employee);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ProvisionedUsers).NotNull();
            RuleForEach(c => c.ProvisionedUsers).NotNull().WithMessage("must be a user object (origin_id, email).").ChildRules(user =>
            {
                user.RuleFor(u => u.OriginId).NotEmpty();
                user.RuleFor(u => u.Email).NotEmpty().EmailAddress();
            });
            RuleFor(c => c.Options).NotNull();
            RuleFor(c => c.Options!.EmployeeFields).NotNull().When(c => c.Options is not null).OverridePropertyName("options.employee_fields");
            RuleForEach(c => c.Options!.EmployeeFields)
                .Must(f => EmployeeFields.Contains(f))
                .When(c => c.Options?.EmployeeFields is not null)
                .OverridePropertyName("options.employee_fields")
                .WithMessage($"options.employee_fields items must be one of: {string.Join(", ", EmployeeFields)}.");
        }
    }

    internal sealed class Handler(World world) : IRequestHandler<Command, DiffResult>
    {
        public Task<DiffResult> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.GroupId != DefaultGroup)
            {
                throw KomboException.NotFound("Provisioning group", command.GroupId);
            }

            var hris = world.Read(command.Integration).Hris;
            var fields = command.Options!.EmployeeFields!;
            var users = command.ProvisionedUsers!;
            var byEmail = users
                .GroupBy(u => u.Email!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

            var toProvision = new List<ToProvision>();
            var already = new List<AlreadyProvisioned>();
            var matched = new HashSet<ProvisionedUser>();
            foreach (var employee in hris.Employees.Rows.Where(IsEligible))
            {
                var user = Emails(employee).Select(e => byEmail.GetValueOrDefault(e)).FirstOrDefault(u => u is not null);
                if (user is null)
                {
                    toProvision.Add(new ToProvision(Emails(employee).FirstOrDefault(), Project(hris, employee, fields)));
                }
                else
                {
                    matched.Add(user);
                    already.Add(new AlreadyProvisioned(user.OriginId!, user.Email!, Project(hris, employee, fields)));
                }
            }

            var toDeprovision = users.Where(u => !matched.Contains(u)).Select(u => new ToDeprovision(u.OriginId!, u.Email!)).ToList();
            return Task.FromResult(new DiffResult(new DiffUsers(toProvision, toDeprovision, already)));
        }

        private static bool IsEligible(Employee employee) => employee is { RemoteDeletedAt: null, EmploymentStatus: "ACTIVE" };

        private static IEnumerable<string> Emails(Employee employee) =>
            new[] { employee.WorkEmail, employee.PersonalEmail }.OfType<string>().Select(e => e.ToLowerInvariant());

        private static JsonObject Project(HrisData hris, Employee employee, IReadOnlyList<string> fields)
        {
            var result = new JsonObject();
            foreach (var field in fields.Distinct())
            {
                result[field] = field switch
                {
                    "id" => employee.Id,
                    "remote_id" => employee.RemoteId,
                    "first_name" => employee.FirstName,
                    "last_name" => employee.LastName,
                    "avatar" => employee.Avatar,
                    "work_location_id" => employee.WorkLocationId,
                    "legal_entity_id" => employee.LegalEntityId,
                    "groups" => new JsonArray(employee.GroupIds
                        .Select(hris.Groups.Find)
                        .Where(g => g is { RemoteDeletedAt: null })
                        .Select(g => (JsonNode)new JsonObject { ["id"] = g!.Id, ["remote_id"] = g.RemoteId, ["name"] = g.Name })
                        .ToArray()),
                    _ => null,
                };
            }

            return result;
        }
    }
}
