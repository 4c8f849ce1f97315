using System.Buffers.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>Kombo's FileInput: a file sent inline as base64 <c>data</c> or by <c>data_url</c> (exactly one).</summary>
public record FileInput
{
    public string? Name { get; init; }

    public string? ContentType { get; init; }

    public string? DataUrl { get; init; }

    public string? Data { get; init; }

    /// <summary>Reads a file object sent where other value types are allowed too (a FILE screening answer); non-string fields count as absent.</summary>
    public static FileInput FromJson(JsonElement element) => new()
    {
        Name = StringProperty(element, "name"),
        ContentType = StringProperty(element, "content_type"),
        DataUrl = StringProperty(element, "data_url"),
        Data = StringProperty(element, "data"),
    };

    public StoredFile ToStoredFile(DateTimeOffset receivedAt, string? type = null, string? categoryId = null) => new()
    {
        Name = Name!,
        ContentType = ContentType,
        DataUrl = DataUrl,
        Data = Data,
        Type = type,
        CategoryId = categoryId,
        ReceivedAt = receivedAt,
    };

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

/// <summary>Kombo's AttachmentInput: a FileInput with its kind (CV, COVER_LETTER, OTHER).</summary>
public sealed record AttachmentInput : FileInput
{
    public static readonly string[] Types = ["CV", "COVER_LETTER", "OTHER"];

    public string? Type { get; init; }
}

public partial class FileInputValidator : AbstractValidator<FileInput>
{
    public FileInputValidator()
    {
        RuleFor(f => f.Name).NotEmpty();
        RuleFor(f => f)
            .Must(f => (f.Data is null) != (f.DataUrl is null))
            .OverridePropertyName("data")
            .WithMessage("exactly one of data (base64) and data_url must be given.");
        RuleFor(f => f.ContentType).NotEmpty().When(f => f.Data is not null)
            .WithMessage("content_type is required when data is given.");
        RuleFor(f => f.ContentType).Matches(ContentTypePattern()).When(f => f.ContentType is not null)
            .WithMessage("content_type must be a MIME type such as application/pdf.");
        RuleFor(f => f.Data).Must(d => Base64.IsValid(d)).When(f => f.Data is not null)
            .WithMessage("data must be base64-encoded file content.");
        RuleFor(f => f.DataUrl)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .When(f => f.DataUrl is not null)
            .WithMessage("data_url must be an absolute http(s) URL.");
    }

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypePattern();
}

public sealed class AttachmentInputValidator : AbstractValidator<AttachmentInput>
{
    public AttachmentInputValidator()
    {
        Include(new FileInputValidator());
        RuleFor(a => a.Type).NotEmpty().Must(t => AttachmentInput.Types.Contains(t))
            .WithMessage("type must be one of CV, COVER_LETTER, OTHER.");
    }
}
