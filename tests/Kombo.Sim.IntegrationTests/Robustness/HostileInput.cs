using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Kombo.Sim.IntegrationTests.Robustness;

/// <summary>What a hostile mutation does to a valid request.</summary>
public enum MutationKind
{
    WrongType,
    RemoveField,
    UnknownField,
    HugeString,
    DeepNesting,
    OutOfRangeNumber,
    InvalidDate,
    UnknownEnumValue,
    GarbagePathId,
    GarbageIntegrationId,
    GarbageQuery,
    InvalidUtf8,
    NotJson,
    WrongContentType,
    FormBody,
}

/// <summary>
/// One hostile change to a valid request. <see cref="Pick"/> chooses the field, path value or parameter it hits (modulo
/// what the request has), <see cref="Payload"/> is what goes there; applied to a request built from the current state.
/// </summary>
public sealed record Mutation(MutationKind Kind, int Pick, string Payload)
{
    private const string RawMarker = "\u0001raw\u0001";

    public override string ToString() => $"{Kind}#{Pick}({(Payload.Length > 120 ? Payload[..120] + $"…({Payload.Length} chars)" : Payload)})";

    public KomboRequest Apply(KomboRequest valid)
    {
        var request = valid with { Mutation = ToString(), Body = valid.Body?.DeepClone() };
        return Kind switch
        {
            MutationKind.WrongType => ReplaceField(request, Payload, raw: true),
            MutationKind.RemoveField => RemoveField(request),
            MutationKind.UnknownField => AddField(request),
            MutationKind.HugeString => ReplaceField(request, Payload, raw: false),
            MutationKind.DeepNesting => ReplaceField(request, Payload, raw: true),
            MutationKind.OutOfRangeNumber => ReplaceField(request, Payload, raw: true),
            MutationKind.InvalidDate => ReplaceField(request, Payload, raw: false),
            MutationKind.UnknownEnumValue => ReplaceField(request, Payload, raw: false),
            MutationKind.GarbagePathId => GarbagePath(request),
            MutationKind.GarbageIntegrationId => request with { IntegrationId = Payload },
            MutationKind.GarbageQuery => GarbageQuery(request),
            MutationKind.InvalidUtf8 => InvalidUtf8(request),
            MutationKind.NotJson => request with { RawBody = Encoding.UTF8.GetBytes(Payload), ContentType = request.ContentType ?? "application/json" },
            MutationKind.WrongContentType => request with { ContentType = Payload.Length == 0 ? null : Payload, Body = request.Body ?? new JsonObject() },
            MutationKind.FormBody => request with { RawBody = Encoding.UTF8.GetBytes(Payload), ContentType = "application/x-www-form-urlencoded" },
            _ => throw new InvalidOperationException($"Unknown mutation {Kind}."),
        };
    }

    /// <summary>The snake_case name of the field the mutation hits, if it hits one (for "names the bad field").</summary>
    /// <remarks>
    /// Only for a scalar replaced by a value of another kind (not null): that can never bind, so the answer must be the
    /// binding error; anything else may bind and fail later for another reason.
    /// </remarks>
    public string? FieldName(KomboRequest valid)
    {
        if (Kind is not MutationKind.WrongType || valid.Body is not { } body || Fields(body) is not { Count: > 0 } fields)
        {
            return null;
        }

        var field = fields[Pick % fields.Count];
        var original = field.Value?.GetValueKind();
        var replacement = JsonNode.Parse(Payload)?.GetValueKind() ?? System.Text.Json.JsonValueKind.Null;
        var scalar = original is System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Number
            or System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False;
        var sameKind = original == replacement
            || (original is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
                && replacement is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False);
        return scalar && !sameKind && replacement is not System.Text.Json.JsonValueKind.Null ? field.Name : null;
    }

    private KomboRequest ReplaceField(KomboRequest request, string payload, bool raw)
    {
        var body = request.Body ?? new JsonObject();
        var fields = Fields(body);
        JsonNode replacement = raw ? JsonValue.Create(RawMarker)! : JsonValue.Create(payload)!;
        if (fields.Count == 0)
        {
            if (body is JsonObject empty)
            {
                empty["unexpected"] = replacement;
            }
        }
        else
        {
            var field = fields[Pick % fields.Count];
            field.Set(replacement);
        }

        if (!raw)
        {
            return request with { Body = body };
        }

        var text = body.ToJsonString().Replace(JsonValue.Create(RawMarker)!.ToJsonString(), payload, StringComparison.Ordinal);
        return request with { Body = body, RawBody = Encoding.UTF8.GetBytes(text) };
    }

    private KomboRequest RemoveField(KomboRequest request)
    {
        if (request.Body is not { } body)
        {
            return request;
        }

        var fields = Fields(body).Where(f => f.Parent is JsonObject).ToList();
        if (fields.Count == 0)
        {
            return request with { Body = null };
        }

        var field = fields[Pick % fields.Count];
        ((JsonObject)field.Parent).Remove(field.Name);
        return request;
    }

    private KomboRequest AddField(KomboRequest request)
    {
        var body = request.Body ?? new JsonObject();
        var objects = new List<JsonObject>();
        Collect(body, objects);
        if (objects.Count == 0)
        {
            return request;
        }

        var target = objects[Pick % objects.Count];
        var name = "x_" + Pick.ToString(System.Globalization.CultureInfo.InvariantCulture);
        target[name] = JsonNode.Parse(Payload);
        return request with { Body = body };
    }

    private KomboRequest GarbagePath(KomboRequest request)
    {
        if (request.PathValues.IsEmpty)
        {
            return request with { PathTemplate = request.PathTemplate + "/{garbage}", PathValues = request.PathValues.Add("garbage", Payload) };
        }

        var keys = request.PathValues.Keys.Order(StringComparer.Ordinal).ToList();
        return request with { PathValues = request.PathValues.SetItem(keys[Pick % keys.Count], Payload) };
    }

    private KomboRequest GarbageQuery(KomboRequest request)
    {
        var parameters = QueryNames.Concat(request.Query.Select(q => q.Key)).Distinct(StringComparer.Ordinal).ToList();
        var name = parameters[Pick % parameters.Count];
        var query = request.Query.RemoveAll(q => q.Key == name && Pick % 3 != 0).Add(new(name, Payload));
        return request with { Query = query };
    }

    private KomboRequest InvalidUtf8(KomboRequest request)
    {
        const string marker = "INVALID_UTF8_HERE";
        var marked = ReplaceField(request, marker, raw: false);
        var text = Encoding.UTF8.GetBytes(marked.Body!.ToJsonString());
        var markerBytes = Encoding.UTF8.GetBytes(marker);
        var bytes = Convert.FromHexString(Payload);
        var at = text.AsSpan().IndexOf(markerBytes);
        byte[] raw = at < 0 ? [.. text, .. bytes] : [.. text.AsSpan(0, at), .. bytes, .. text.AsSpan(at + markerBytes.Length)];
        return marked with { RawBody = raw };
    }

    /// <summary>Every property and array element of the body, depth first.</summary>
    private static List<Field> Fields(JsonNode node)
    {
        var fields = new List<Field>();
        Walk(node, fields);
        return fields;
    }

    private static void Walk(JsonNode node, List<Field> fields)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    fields.Add(new Field(obj, name, -1));
                    if (value is not null)
                    {
                        Walk(value, fields);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    fields.Add(new Field(array, ArrayName(array), i));
                    if (array[i] is { } item)
                    {
                        Walk(item, fields);
                    }
                }

                break;
        }
    }

    private static string ArrayName(JsonArray array) =>
        array.Parent is JsonObject parent ? parent.First(p => ReferenceEquals(p.Value, array)).Key : "body";

    private static void Collect(JsonNode node, List<JsonObject> objects)
    {
        if (node is JsonObject obj)
        {
            objects.Add(obj);
        }

        foreach (var child in node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a, _ => [] })
        {
            if (child is not null)
            {
                Collect(child, objects);
            }
        }
    }

    /// <summary>Query parameters of Kombo's list operations (unknown ones are ignored, known ones validated).</summary>
    private static readonly string[] QueryNames =
    [
        "page_size", "cursor", "ids", "remote_ids", "updated_after", "include_deleted", "employee_id", "date_from", "date_until",
        "types", "type_ids", "statuses", "outcomes", "job_ids", "email", "employment_statuses", "work_emails", "name_contains",
        "remote_created_after", "first_name", "last_name", "time_from", "time_until", "current_stage_ids", "custom_fields",
        "page_size[", "ids[]", "a[b", "]x", "cursor[0][1", "",
    ];

    private sealed record Field(JsonNode Parent, string Name, int Index)
    {
        public JsonNode? Value => Parent is JsonObject obj ? obj[Name] : ((JsonArray)Parent)[Index];

        public void Set(JsonNode value)
        {
            if (Parent is JsonObject obj)
            {
                obj[Name] = value;
            }
            else
            {
                ((JsonArray)Parent)[Index] = value;
            }
        }
    }
}

/// <summary>FsCheck generators of hostile mutations.</summary>
public static class HostileInputGenerators
{
    private const int Megabyte = 1 << 20;

    /// <summary>Values of another JSON type than most fields have, and numbers-as-strings that are not numbers.</summary>
    private static readonly Gen<string> WrongTypes = Gen.Elements(
        "123", "-1.5", "true", "false", "null", "{}", "[]", "[1,\"a\",null]", "{\"id\":{}}", "\"\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"",
        "\"1e309\"", "\"12abc\"", "[[[[]]]]");

    private static readonly Gen<string> GarbageIds = Gen.Elements(
        " ", "x", new string('A', 5000), "../../etc/passwd", "%00", "null", "remote:", "remote:" + new string('1', 3000), "üñí©ødé😀",
        "' OR '1'='1", "a/b", "%2F..%2F", "\u0000", "remote:%", "<script>alert(1)</script>", "9999999999999999999999999999", "-1",
        "personio:3q5sD8CFv8WK9jw7G5ozZiom ", "line\nbreak");

    /// <summary>Mutations of any part of a request; for an operation without a body, mostly of its path, query and headers.</summary>
    public static Arbitrary<Mutation> Mutations(bool hasBody) => Arb.From(hasBody
        ? Gen.OneOf(BodyMutations, RequestMutations)
        : Gen.Frequency((1, BodyMutations), (3, RequestMutations)));

    private static readonly Gen<Mutation> BodyMutations = Gen.OneOf(
        Of(MutationKind.WrongType, WrongTypes),
        Of(MutationKind.RemoveField, Gen.Constant("")),
        Of(MutationKind.UnknownField, Gen.Elements("1", "\"surprise\"", "null", "{\"nested\":[1,2,{}]}", "[]", "true")),
        Of(MutationKind.HugeString, Gen.Elements("a", "€", "\"\\", "😀").Select(unit => string.Concat(Enumerable.Repeat(unit, Megabyte / Encoding.UTF8.GetByteCount(unit))))),
        Of(MutationKind.DeepNesting, Gen.Choose(33, 400).SelectMany(depth => Gen.Elements("[", "{\"a\":").Select(open => Nest(open, depth)))),
        Of(MutationKind.OutOfRangeNumber, Gen.Elements("1e309", "-1e309", "-1", "-0", "0", "1e-400", "9223372036854775808", "-9223372036854775809",
            "2147483648", "-2147483649", "79228162514264337593543950336", "0.000000000000000000000000001", "1.5", "123456789012345678901234567890")),
        Of(MutationKind.InvalidDate, Gen.Elements("2026-13-45", "2026-02-30", "0000-00-00", "9999-12-31T25:61:00Z", "-0001-01-01", "2026-1-1",
            "", "yesterday", "2026-12-01T09:00:00+99:00", "10000-01-01", "2026-12-01T09:00:00.000Z junk", "1e309", "0001-01-01T00:00:00-14:00",
            "9999-12-31T23:59:59.999+00:00-00:00", "\u0000")),
        Of(MutationKind.UnknownEnumValue, Gen.Elements("NOT_A_KOMBO_VALUE", "active", "PENDING ", "", "null", "ÜMLAUT_ÉNUM", "DELETED", "0")),
        Of(MutationKind.InvalidUtf8, Gen.Elements("FF", "C328", "EDA080", "F8888080", "C0AF", "E282", "FE", "80")),
        Of(MutationKind.NotJson, Gen.Elements("", "not json", "{", "[]", "null", "42", "\"str\"", "<xml/>", "{\"a\":1,}", "{'a':1}",
            "{\"a\":1}{\"b\":2}", "\uFEFF{}", "\u0000", "{\"a\":1 // comment\n}", "[{}]", "true")));

    private static readonly Gen<Mutation> RequestMutations = Gen.OneOf(
        // TestServer refuses a NUL in a path before the simulator sees it; LimitsTests sends one to Kestrel.
        Of(MutationKind.GarbagePathId, GarbageIds.Where(id => !id.Contains('\0', StringComparison.Ordinal))),
        Of(MutationKind.GarbageIntegrationId, GarbageIds.Where(id => id.Length < 4000 && !id.Contains('\0', StringComparison.Ordinal) && !id.Contains('\n', StringComparison.Ordinal))),
        Of(MutationKind.GarbageQuery, Gen.Elements("-1", "0", "251", "abc", "99999999999999999999", "1e309", "", "NaN",
            "eyJwb3NpdGlvbiI6OTk5OTk5OTk5LCJmaWx0ZXJzIjoieCJ9", "bm90IGEgY3Vyc29y", "%%%", "2026-13-45T00:00:00Z", "true,false",
            "NOT_A_KOMBO_VALUE", ",,,", "\u00ff\u00fe", new string('9', 5000), string.Concat(Enumerable.Repeat("id,", 3000)), "remote:", "\u0000")),
        Of(MutationKind.WrongContentType, Gen.Elements("text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            "application/json; charset=latin1", "application/json; charset=utf-16", "garbage", "", "application/merge-patch+json", "*/*", "application/json; charset=\"\u00ff\"")),
        Of(MutationKind.FormBody, Gen.Elements("a[b=1", "x]=1&y=2", "first_name=Ada", "%zz=1", "a[b][c=1&d=[", "=&=&", "tool=x&api=y")));

    private static Gen<Mutation> Of(MutationKind kind, Gen<string> payloads) =>
        Gen.Choose(0, 1000).SelectMany(pick => payloads.Select(payload => new Mutation(kind, pick, payload)));

    private static string Nest(string open, int depth)
    {
        var close = open == "[" ? "]" : "}";
        return string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
    }
}
