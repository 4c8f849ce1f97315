using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Sim.Api.Infrastructure.Json;

/// <summary>
/// A request field that may be absent, null or set. Kombo's PATCH bodies change only the fields sent, and some
/// create bodies require a key that may be null (e.g. <c>employee_note</c>), so absence must be told from null.
/// </summary>
[JsonConverter(typeof(OptionalConverterFactory))]
public readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static Optional<T> Unset => default;

    public static Optional<T> Of(T value) => new(true, value);

    /// <summary>The value when the field was sent, otherwise <paramref name="fallback"/>.</summary>
    public T Or(T fallback) => IsSet ? Value : fallback;
}

public sealed class OptionalConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(OptionalConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
    {
        public override bool HandleNull => true;

        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return Optional<T>.Of(default!);
            }

            try
            {
                return Optional<T>.Of(JsonSerializer.Deserialize<T>(ref reader, options)!);
            }
            catch (JsonException nested)
            {
                // The nested call fixed the path at its own root ("$"), and the serializer keeps a path once set; rethrow
                // without one so the outer call records where the field is (e.g. $.title) and the error names it.
                throw new JsonException(WithoutPath(nested.Message), nested);
            }
        }

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Value, options);

        private static string WithoutPath(string message) =>
            message.IndexOf(" Path: ", StringComparison.Ordinal) is var at and >= 0 ? message[..at] : message;
    }
}
