using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Features.Hris.Employments;
using Kombo.Sim.Api.Features.Hris.Locations;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.UnitTests.Infrastructure;

/// <summary>
/// The pages written by <see cref="WireJsonContext"/>'s generated code: the same bytes as Kombo's options write, and
/// nothing in them that would switch the generated fast path off.
/// </summary>
public class WireJsonTests
{
    private static readonly DateTimeOffset Instant = new(2024, 2, 29, 23, 30, 5, 7, TimeSpan.FromHours(-5));

    private static IEnumerable<Type> PageTypes() =>
        [typeof(SuccessEnvelope<Page<EmployeeModel>>), typeof(SuccessEnvelope<Page<EmploymentModel>>), typeof(SuccessEnvelope<Page<LocationModel>>)];

    [Test]
    public void TheContextKeepsTheFastPathsPreconditions()
    {
        var options = WireJsonContext.Default.Options;
        options.Converters.Should().BeEmpty("a converter in the options switches the generated code off");
        options.Encoder.Should().BeNull("an encoder in the options switches the generated code off; the writer carries Kombo's");
        KomboJson.WriterOptions.Encoder.Should().BeSameAs(KomboJson.Options.Encoder);

        foreach (var type in PageTypes())
        {
            WireJsonContext.Default.GetTypeInfo(type).Should().NotBeNull(type.Name);
            foreach (var (path, property) in Members(WireJsonContext.Default.GetTypeInfo(type)!, type.Name, []))
            {
                property.CustomConverter.Should().BeNull(path);
                var plain = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                plain.Should().NotBe<DateTimeOffset>($"{path} would be written in .NET's format, not Kombo's");
                plain.Should().NotBe<DateOnly>(path);
                plain.Should().NotBe<TimeOnly>(path);
                plain.Should().NotBe<object>(path);
            }
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task PagesAreWrittenByteForByteAsKomboOptionsWriteThem(bool populated)
    {
        var employees = Page<EmployeeModel>(populated);
        var employments = Page<EmploymentModel>(populated);
        var locations = Page<LocationModel>(populated);

        (await Written(employees)).Should().Be(JsonSerializer.Serialize(employees, KomboJson.Options));
        (await Written(employments)).Should().Be(JsonSerializer.Serialize(employments, KomboJson.Options));
        (await Written(locations)).Should().Be(JsonSerializer.Serialize(locations, KomboJson.Options));
    }

    [Test]
    public void ThePopulatedPageHasEveryKindOfValueInIt()
    {
        var json = JsonSerializer.Serialize(Page<EmployeeModel>(populated: true), KomboJson.Options);

        json.Should().Contain("\"start_date\":\"2024-03-01T04:30:05.007Z\"");
        json.Should().Contain("\"effective_date\":\"2024-03-01T04:30:05.007Z\"");
        json.Should().Contain("Zoë Müller-Łukasiewicz");
        json.Should().Contain("<b>\\\"&\\\"</b>", "Kombo's encoder leaves HTML characters as they are and escapes quotes");
        json.Should().Contain("\"custom_fields\":{\"note\":[\"ü\",1.5,null]}");
    }

    [TestCase("2024-01-02T03:04:05Z")]
    [TestCase("2024-01-02T03:04:05.678+02:00")]
    [TestCase("2024-01-02")]
    [TestCase("2024-01-02T03:04:05")]
    public void TimestampTextIsReadAsTheConverterReadsIt(string text)
    {
        var expected = JsonSerializer.Deserialize<DateTimeOffset>($"\"{text}\"", KomboJson.Options);

        var model = JsonSerializer.Deserialize<EmployeeModel>($"{{\"start_date\":\"{text}\",\"changed_at\":\"{text}\",\"termination_date\":null}}", KomboJson.Options)!;

        model.StartDate.Should().Be(expected);
        model.ChangedAt.Should().Be(expected);
        model.TerminationDate.Should().BeNull();
    }

    [TestCase("{\"start_date\":\"not a date\"}")]
    [TestCase("{\"changed_at\":null}")]
    public void TimestampTextThatIsNotATimestampIsRefusedAsTheConverterRefusesIt(string json)
    {
        var read = () => JsonSerializer.Deserialize<EmployeeModel>(json, KomboJson.Options);

        read.Should().Throw<JsonException>().WithMessage("*ISO-8601*");
    }

    private static async Task<string> Written<T>(T value) => (await KomboJsonResultTests.Written(value)).Text;

    private static SuccessEnvelope<Page<T>> Page<T>(bool populated)
        where T : new() =>
        new() { Data = new Page<T>(populated ? "cursor" : null, populated ? [(T)Fill(typeof(T), 0), (T)Fill(typeof(T), 1)] : [new T()]) };

    /// <summary>An instance with every settable member set (timestamps through their typed member).</summary>
    private static object Fill(Type type, int depth)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var instance = constructor.Invoke(constructor.GetParameters().Select(p => Value(p.ParameterType, depth)).ToArray());
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanWrite && !p.IsDefined(typeof(AutoMapper.Configuration.Annotations.IgnoreAttribute))))
        {
            property.SetValue(instance, Value(property.PropertyType, depth));
        }

        return instance;
    }

    private static object? Value(Type type, int depth)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string))
        {
            return "Zoë Müller-Łukasiewicz <b>\"&\"</b>";
        }

        if (plain == typeof(double))
        {
            return 37.5;
        }

        if (plain == typeof(bool))
        {
            return true;
        }

        if (plain == typeof(DateTimeOffset))
        {
            return Instant;
        }

        if (plain == typeof(JsonElement))
        {
            return JsonDocument.Parse("{\"note\":[\"ü\",1.5,null]}").RootElement.Clone();
        }

        if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = plain.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            if (depth < 3)
            {
                list.Add(Fill(element, depth + 1));
                list.Add(Fill(element, depth + 1));
            }

            return list;
        }

        return depth < 3 && plain.IsClass ? Fill(plain, depth + 1) : null;
    }

    private static IEnumerable<(string Path, JsonPropertyInfo Property)> Members(JsonTypeInfo info, string path, HashSet<Type> seen)
    {
        if (!seen.Add(info.Type))
        {
            yield break;
        }

        if (info.ElementType is { } element)
        {
            foreach (var member in Members(WireJsonContext.Default.GetTypeInfo(element)!, $"{path}[]", seen))
            {
                yield return member;
            }
        }

        foreach (var property in info.Properties)
        {
            yield return ($"{path}.{property.Name}", property);
            if (WireJsonContext.Default.GetTypeInfo(property.PropertyType) is { } nested)
            {
                foreach (var member in Members(nested, $"{path}.{property.Name}", seen))
                {
                    yield return member;
                }
            }
        }
    }
}
