using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Features.Ats.Candidates;
using Kombo.Sim.Api.Features.Shared;

namespace Kombo.Sim.Api.Features.Ats;

/// <summary>The body of both result-link writes (application and, deprecated, candidate).</summary>
public abstract record ResultLinkBody : IIntegrationRequest
{
    [JsonIgnore]
    public IntegrationKey Integration { get; init; }

    public string? Label { get; init; }

    public string? Url { get; init; }

    public ResultLinkDetailsInput? Details { get; init; }

    public JsonElement? RemoteFields { get; init; }

    public ResultLink ToResultLink(DateTimeOffset receivedAt) => new()
    {
        Label = Label!,
        Url = Url!,
        CustomFieldNamePrefix = Details?.CustomFieldNamePrefix,
        Attributes = (Details?.Attributes ?? []).Select(a => new KeyValuePair<string, string>(a.Key!, a.Value!)).ToList(),
        ReceivedAt = receivedAt,
    };
}

public sealed record ResultLinkDetailsInput
{
    /// <summary>Some tools show each attribute as a custom field named "&lt;prefix&gt; &lt;key&gt;".</summary>
    public string? CustomFieldNamePrefix { get; init; }

    public IReadOnlyList<ResultLinkAttributeInput>? Attributes { get; init; }
}

public sealed record ResultLinkAttributeInput
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}

public abstract class ResultLinkBodyValidator<T> : AbstractValidator<T>
    where T : ResultLinkBody
{
    protected ResultLinkBodyValidator()
    {
        RuleFor(c => c.Label).NotEmpty();
        RuleFor(c => c.Url).NotEmpty().Must(CandidateInputRules.IsHttpUrl).WithMessage("url must be an absolute http(s) URL.");
        RuleFor(c => c.Details!.CustomFieldNamePrefix).NotNull().When(c => c.Details is not null).OverridePropertyName("details.custom_field_name_prefix");
        RuleFor(c => c.Details!.Attributes).NotNull().When(c => c.Details is not null).OverridePropertyName("details.attributes");
        RuleForEach(c => c.Details!.Attributes).NotNull().ChildRules(attribute =>
        {
            attribute.RuleFor(a => a.Key).NotNull();
            attribute.RuleFor(a => a.Value).NotNull();
        }).When(c => c.Details is not null).OverridePropertyName("details.attributes");
    }
}

/// <summary>The body of both attachment writes (application and, deprecated, candidate).</summary>
public abstract record AttachmentBody : IIntegrationRequest
{
    [JsonIgnore]
    public IntegrationKey Integration { get; init; }

    public AttachmentInput? Attachment { get; init; }

    public JsonElement? RemoteFields { get; init; }

    public StoredFile ToStoredFile(DateTimeOffset receivedAt) => Attachment!.ToStoredFile(receivedAt, Attachment.Type);
}

public abstract class AttachmentBodyValidator<T> : AbstractValidator<T>
    where T : AttachmentBody
{
    protected AttachmentBodyValidator()
    {
        RuleFor(c => c.Attachment).NotNull();
        RuleFor(c => c.Attachment!).SetValidator(new AttachmentInputValidator()).When(c => c.Attachment is not null);
    }
}

/// <summary>The body of both tag writes on a candidate: the tag, by name.</summary>
public abstract record TagBody : IIntegrationRequest
{
    [JsonIgnore]
    public IntegrationKey Integration { get; init; }

    [JsonIgnore]
    public string CandidateId { get; init; } = "";

    public TagInput? Tag { get; init; }

    public JsonElement? RemoteFields { get; init; }
}

public sealed record TagInput
{
    public string? Name { get; init; }
}

public abstract class TagBodyValidator<T> : AbstractValidator<T>
    where T : TagBody
{
    protected TagBodyValidator()
    {
        RuleFor(c => c.CandidateId).NotEmpty();
        RuleFor(c => c.Tag).NotNull();
        RuleFor(c => c.Tag!.Name).NotEmpty().When(c => c.Tag is not null).OverridePropertyName("tag.name");
    }
}
