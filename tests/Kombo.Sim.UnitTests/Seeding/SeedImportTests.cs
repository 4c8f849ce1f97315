using System.Collections;
using System.Reflection;
using System.Text.Json;
using AutoMapper;
using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Assessment.Orders;
using Kombo.Sim.Api.Features.Assessment.Packages;
using Kombo.Sim.Api.Features.Ats.Applications;
using Kombo.Sim.Api.Features.Ats.Candidates;
using Kombo.Sim.Api.Features.Ats.Jobs;
using Kombo.Sim.Api.Features.Ats.Tags;
using Kombo.Sim.Api.Features.Ats.Users;
using Kombo.Sim.Api.Features.Hris.Absences;
using Kombo.Sim.Api.Features.Hris.AbsenceTypes;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Features.Hris.Employments;
using Kombo.Sim.Api.Features.Hris.Groups;
using Kombo.Sim.Api.Features.Hris.LegalEntities;
using Kombo.Sim.Api.Features.Hris.Locations;
using Kombo.Sim.Api.Features.Hris.TimeOffBalances;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.Seeding;

namespace Kombo.Sim.UnitTests.Seeding;

/// <summary>
/// The hand-written seed import gives exactly what the AutoMapper profile it replaced gave (<see cref="SeedMappingOracle"/>):
/// on every record of the default seed, and on one record of each file's type with every member set, so a member the
/// default seed leaves null is still checked.
/// </summary>
public sealed class SeedImportTests
{
    private static readonly DateTimeOffset PlacedAt = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static readonly IMapper Oracle = SeedMappingOracle.Configuration().CreateMapper();

    /// <summary>One case per seed file: its name, its wire type, the hand-written import and the oracle's map.</summary>
    public static IEnumerable<TestCaseData> Files()
    {
        yield return File<GroupModel, Group>("groups.json", SeedImport.ToDomain);
        yield return File<LocationModel, WorkLocation>("locations.json", SeedImport.ToDomain);
        yield return File<LegalEntityModel, LegalEntity>("legal-entities.json", SeedImport.ToDomain);
        yield return File<AbsenceTypeModel, AbsenceType>("absence-types.json", SeedImport.ToDomain);
        yield return File<EmployeeModel, Employee>("employees.json", SeedImport.ToDomain);
        yield return File<EmploymentModel, Employment>("employments.json", SeedImport.ToDomain);
        yield return File<TimeOffBalanceRefModel, TimeOffBalance>("time-off-balances.json", SeedImport.ToDomain);
        yield return File<AbsenceCoreModel, Absence>("absences.json", SeedImport.ToDomain);
        yield return File<UserModel, User>("users.json", SeedImport.ToDomain);
        yield return File<TagModel, Tag>("tags.json", SeedImport.ToDomain);
        yield return File<JobModel, Job>("jobs.json", SeedImport.ToDomain);
        yield return File<CandidateCoreModel, Candidate>("candidates.json", SeedImport.ToDomain);
        yield return File<ApplicationModel, Application>("applications.json", SeedImport.ToDomain);
        yield return File<PackageModel, AssessmentPackage>("packages.json", SeedImport.ToDomain);
        yield return new TestCaseData(
                "orders.json",
                typeof(OrderSeedModel),
                (Func<object, object>)(wire => SeedImport.ToDomain((OrderSeedModel)wire, PlacedAt)),
                (Func<object, object>)(wire => Oracle.Map<AssessmentOrder>(wire) with { ChangedAt = PlacedAt }))
            .SetArgDisplayNames("orders.json");
    }

    [TestCaseSource(nameof(Files))]
    public void EveryRecordOfTheDefaultSeed_ImportsAsTheOracleMapsIt(string fileName, Type wireType, Func<object, object> import, Func<object, object> oracle)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seed-data"), fileName, SearchOption.AllDirectories);
        var records = files.SelectMany(file => Read(file, wireType)).ToList();

        files.Should().NotBeEmpty("the default seed has a {0}", fileName);
        records.Should().NotBeEmpty();
        foreach (var wire in records)
        {
            import(wire).Should().BeEquivalentTo(oracle(wire), Strictly);
        }
    }

    [TestCaseSource(nameof(Files))]
    public void ARecordWithEveryMemberSet_ImportsAsTheOracleMapsIt(string fileName, Type wireType, Func<object, object> import, Func<object, object> oracle)
    {
        var wire = Populated.Create(wireType);

        var imported = import(wire);

        imported.Should().BeEquivalentTo(oracle(wire), Strictly, "{0} holds {1}", fileName, wireType.Name);
        Populated.UnsetMembers(imported).Should().BeSubsetOf(NotOnTheWire, "every member the wire carries is imported");
    }

    [Test]
    public void OracleConfiguration_IsValid() =>
        SeedMappingOracle.Configuration().Invoking(c => c.AssertConfigurationIsValid()).Should().NotThrow();

    /// <summary>Domain members the seed format has no field for; they start empty (or are set by the loader).</summary>
    private static readonly string[] NotOnTheWire =
    [
        "Employee.HomePhoneNumber", "Employee.Attachments", "Candidate.Gender", "Candidate.AvailabilityDate",
        "Candidate.SalaryExpectations", "Candidate.GdprConsent", "Candidate.Attachments", "Candidate.ResultLinks",
        "Application.SourcedByUserId", "Application.Notes", "Application.Attachments", "Application.ResultLinks",
        "ScreeningAnswer.QuestionId", "ScreeningAnswer.File", "AssessmentPackage.RemoteDeletedAt", "AssessmentOrder.Result",
        "AssessmentOrder.RemoteDeletedAt",
    ];

    private static FluentAssertions.Equivalency.EquivalencyAssertionOptions<object> Strictly(FluentAssertions.Equivalency.EquivalencyAssertionOptions<object> options) =>
        options.ComparingRecordsByMembers().WithStrictOrdering().RespectingRuntimeTypes();

    private static TestCaseData File<TWire, TDomain>(string fileName, Func<TWire, TDomain> import)
        where TDomain : notnull =>
        new TestCaseData(
                fileName,
                typeof(TWire),
                (Func<object, object>)(wire => import((TWire)wire)),
                (Func<object, object>)(wire => Oracle.Map<TDomain>(wire)))
            .SetArgDisplayNames(fileName);

    private static IEnumerable<object> Read(string file, Type wireType)
    {
        using var stream = System.IO.File.OpenRead(file);
        var list = (IList)JsonSerializer.Deserialize(stream, typeof(List<>).MakeGenericType(wireType), KomboJson.Options)!;
        return list.Cast<object>();
    }

    /// <summary>Builds wire records with every member set, and finds the members of a domain record left unset.</summary>
    private static class Populated
    {
        private static readonly DateTimeOffset Instant = new(2025, 6, 7, 8, 9, 10, TimeSpan.Zero);

        public static object Create(Type type, int depth = 0)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var instance = constructor.Invoke(constructor.GetParameters().Select(p => Value(p.ParameterType, p.Name!, depth)).ToArray());
            // A timestamp's wire text (WireText) is set through its typed member.
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                         .Where(p => p.SetMethod is { IsPublic: true } && !p.IsDefined(typeof(AutoMapper.Configuration.Annotations.IgnoreAttribute))))
            {
                property.SetValue(instance, Value(property.PropertyType, property.Name, depth));
            }

            return instance;
        }

        /// <summary>Members of a record (and of the records it holds) that are null, empty or default.</summary>
        public static IEnumerable<string> UnsetMembers(object record, int depth = 0)
        {
            if (depth > 8)
            {
                throw new InvalidOperationException($"{record.GetType()} nests too deep");
            }

            foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                var value = property.GetValue(record);
                var name = $"{record.GetType().Name}.{property.Name}";
                if (value is null || value is ICollection { Count: 0 } || (value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType()))))
                {
                    yield return name;
                }
                else if (IsDomain(value.GetType()))
                {
                    foreach (var inner in UnsetMembers(value, depth + 1))
                    {
                        yield return inner;
                    }
                }
                else if (value is IEnumerable items and not string)
                {
                    foreach (var inner in items.Cast<object>().Where(i => IsDomain(i.GetType())).SelectMany(i => UnsetMembers(i, depth + 1)))
                    {
                        yield return inner;
                    }
                }
            }
        }

        private static bool IsDomain(Type type) => !type.IsArray && type.Namespace?.StartsWith("Kombo.Sim.Api.Domain", StringComparison.Ordinal) == true && !type.IsEnum;

        private static object? Value(Type type, string name, int depth)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            return underlying switch
            {
                _ when underlying == typeof(string) => $"{name}-{depth}",
                _ when underlying == typeof(bool) => true,
                _ when underlying == typeof(int) => 7,
                _ when underlying == typeof(long) => 7L,
                _ when underlying == typeof(double) => 1.5,
                _ when underlying == typeof(DateTimeOffset) => Instant,
                _ when underlying == typeof(DateOnly) => DateOnly.FromDateTime(Instant.UtcDateTime),
                _ when underlying == typeof(TimeOnly) => new TimeOnly(9, 30),
                _ when underlying == typeof(JsonElement) => JsonDocument.Parse($$"""{"{{name}}":1}""").RootElement.Clone(),
                _ when underlying.IsEnum => Enum.GetValues(underlying).GetValue(Enum.GetValues(underlying).Length - 1),
                _ when underlying.IsGenericType && underlying.GetInterfaces().Append(underlying).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) =>
                    List(underlying.GetGenericArguments()[0], name, depth),
                _ when depth < 4 && underlying.IsClass => Create(underlying, depth + 1),
                _ => throw new NotSupportedException($"{name}: no value for {type}"),
            };
        }

        private static object List(Type element, string name, int depth)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Value(element, name, depth));
            return list;
        }
    }
}
