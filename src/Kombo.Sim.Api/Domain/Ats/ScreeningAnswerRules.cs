using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Domain.Ats;

/// <summary>The outcome of checking one answer: the stored answer, a reason to reject the request, or a note to skip it.</summary>
public readonly record struct AnswerCheck(ScreeningAnswer? Answer, string? Error, string? Skipped)
{
    public static AnswerCheck Accept(ScreeningAnswer answer) => new(answer, null, null);

    public static AnswerCheck Reject(string error) => new(null, error, null);

    public static AnswerCheck Skip(string reason) => new(null, null, reason);
}

/// <summary>
/// Kombo's screening answers: the write side sends a bare value whose JSON type depends on the question
/// (TEXT string, SINGLE_SELECT option id, MULTI_SELECT option ids, BOOLEAN, NUMBER, DATE string, FILE object);
/// the read side returns <c>{question, answer}</c> with the answer object of the question's type.
/// </summary>
public static class ScreeningAnswerRules
{
    public const string Text = "TEXT";
    public const string SingleSelect = "SINGLE_SELECT";
    public const string MultiSelect = "MULTI_SELECT";
    public const string Boolean = "BOOLEAN";
    public const string Number = "NUMBER";
    public const string Date = "DATE";
    public const string File = "FILE";
    public const string Information = "INFORMATION";
    public const string Unknown = "UNKNOWN";

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>The question's answer type; a question without a format is answered like an UNKNOWN one.</summary>
    public static string TypeOf(ScreeningQuestion question) => question.Format?.Type ?? Unknown;

    /// <summary>Checks <paramref name="answer"/> against the question's type and builds the answer as Kombo reads it back.</summary>
    public static AnswerCheck Check(ScreeningQuestion question, JsonElement answer, DateTimeOffset receivedAt)
    {
        var type = TypeOf(question);
        return type switch
        {
            Text => CheckText(question, answer),
            SingleSelect => CheckSingleSelect(question, answer),
            MultiSelect => CheckMultiSelect(question, answer),
            Boolean => answer.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? Accept(question, w => w.WriteBoolean("checked", answer.GetBoolean()))
                : Reject(question, "a boolean"),
            Number => CheckNumber(question, answer),
            Date => CheckDate(question, answer),
            File => CheckFile(question, answer, receivedAt),
            Information => AnswerCheck.Skip($"question {question.Id} is an INFORMATION block and takes no answer; the answer was ignored."),
            _ => Accept(question, w =>
            {
                w.WritePropertyName("raw");
                answer.WriteTo(w);
            }),
        };
    }

    /// <summary>Required questions (without a precondition) that the answers leave out.</summary>
    public static IEnumerable<ScreeningQuestion> UnansweredRequired(IEnumerable<ScreeningQuestion> questions, IReadOnlySet<string> answeredIds) =>
        questions.Where(q => q.Required == true && q.PreconditionQuestionId is null && TypeOf(q) != Information && !answeredIds.Contains(q.Id));

    private static AnswerCheck CheckText(ScreeningQuestion question, JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.String)
        {
            return Reject(question, "a string");
        }

        var text = answer.GetString()!;
        if (question.Format?.MaxLength is { } maxLength && text.Length > maxLength)
        {
            return AnswerCheck.Reject($"the answer to question {question.Id} is {text.Length} characters long; the question allows at most {maxLength}.");
        }

        return Accept(question, w => w.WriteString("content", text));
    }

    private static AnswerCheck CheckSingleSelect(ScreeningQuestion question, JsonElement answer)
    {
        var options = question.Format?.Options ?? [];
        var option = answer.ValueKind == JsonValueKind.String ? options.FirstOrDefault(o => o.Id == answer.GetString()) : null;
        return option is null
            ? Reject(question, $"the ID of one of its options ({OptionList(options)})")
            : Accept(question, w => w.WriteString("choice", option.Name));
    }

    private static AnswerCheck CheckMultiSelect(ScreeningQuestion question, JsonElement answer)
    {
        var options = question.Format?.Options ?? [];
        if (answer.ValueKind != JsonValueKind.Array)
        {
            return Reject(question, $"an array of IDs of its options ({OptionList(options)})");
        }

        var chosen = new List<QuestionOption>();
        foreach (var item in answer.EnumerateArray())
        {
            var option = item.ValueKind == JsonValueKind.String ? options.FirstOrDefault(o => o.Id == item.GetString()) : null;
            if (option is null)
            {
                return Reject(question, $"an array of IDs of its options ({OptionList(options)})");
            }

            chosen.Add(option);
        }

        return Accept(question, w =>
        {
            w.WriteStartArray("choices");
            foreach (var option in chosen)
            {
                w.WriteStringValue(option.Name);
            }

            w.WriteEndArray();
        });
    }

    private static AnswerCheck CheckNumber(ScreeningQuestion question, JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Number)
        {
            return Reject(question, "a number");
        }

        var number = answer.GetDouble();
        if (question.Format is { Min: { } min } && number < min || question.Format is { Max: { } max } && number > max)
        {
            return AnswerCheck.Reject($"the answer to question {question.Id} must lie between {question.Format.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} and {question.Format.Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}.");
        }

        return Accept(question, w => w.WriteNumber("number", number));
    }

    private static AnswerCheck CheckDate(ScreeningQuestion question, JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParseExact(answer.GetString(), DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return Reject(question, "an ISO-8601 date such as 2026-01-31");
        }

        return Accept(question, w => w.WriteString("date", instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)));
    }

    private static AnswerCheck CheckFile(ScreeningQuestion question, JsonElement answer, DateTimeOffset receivedAt)
    {
        if (answer.ValueKind != JsonValueKind.Object || String(answer, "name") is not { Length: > 0 } name)
        {
            return Reject(question, "a file object with name and data or data_url");
        }

        var contentType = String(answer, "content_type");
        if (contentType is not null && question.Format?.AcceptedMimeTypes is { Count: > 0 } accepted && !accepted.Contains(contentType, StringComparer.OrdinalIgnoreCase))
        {
            return AnswerCheck.Reject($"question {question.Id} accepts only files of type {string.Join(", ", accepted)}, not {contentType}.");
        }

        var file = new StoredFile
        {
            Name = name,
            ContentType = contentType,
            Data = String(answer, "data"),
            DataUrl = String(answer, "data_url"),
            ReceivedAt = receivedAt,
        };
        return AnswerCheck.Accept(new ScreeningAnswer { QuestionId = question.Id, Question = Answered(question), Answer = JsonValues.EmptyObject, File = file });
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static AnswerCheck Reject(ScreeningQuestion question, string expected) =>
        AnswerCheck.Reject($"question {question.Id} is a {TypeOf(question)} question; answer it with {expected}.");

    private static AnswerCheck Accept(ScreeningQuestion question, Action<Utf8JsonWriter> writeAnswer) =>
        AnswerCheck.Accept(new ScreeningAnswer { QuestionId = question.Id, Question = Answered(question), Answer = Build(writeAnswer) });

    private static AnsweredQuestion Answered(ScreeningQuestion question) =>
        new() { RemoteId = question.RemoteId, Title = question.Title ?? "", Type = TypeOf(question) };

    private static string OptionList(IReadOnlyList<QuestionOption> options) =>
        options.Count == 0 ? "it has none" : string.Join(", ", options.Select(o => $"{o.Id} = {o.Name}"));

    private static JsonElement Build(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
