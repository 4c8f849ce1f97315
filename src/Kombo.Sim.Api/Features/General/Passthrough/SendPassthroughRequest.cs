using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Features.General.Passthrough.Native;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.General.Passthrough;

/// <summary>
/// POST /passthrough/{tool}/{api}: "forwards" a raw request to the integration's tool. Reads the tools of the default
/// seed model (people, employees, candidates, jobs, applications) are answered from the integration's own records in
/// the tool's native shape; everything else is echoed. Never changes state (ADR 11).
/// </summary>
public static class SendPassthroughRequest
{
    private static readonly string[] Methods = ["GET", "POST", "DELETE", "PUT", "PATCH"];

    public sealed record Command : IIntegrationRequest, IRequest<Written<PassthroughResponseModel>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string Tool { get; init; } = "";

        [JsonIgnore]
        public string Api { get; init; } = "";

        public string? Method { get; init; }

        public string? Path { get; init; }

        public Dictionary<string, string>? Headers { get; init; }

        public Dictionary<string, string>? Params { get; init; }

        /// <summary>Object or array: sent as JSON; string: sent raw.</summary>
        public JsonElement? Data { get; init; }

        public bool? ResponseAsBase64 { get; init; }

        public IReadOnlyList<MultipartField>? MultipartFormData { get; init; }

        public Dictionary<string, string>? ApiOptions { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Method).NotEmpty().Must(m => m is null || Methods.Contains(m, StringComparer.Ordinal))
                .WithMessage($"method must be one of {string.Join(", ", Methods)}.");
            RuleFor(c => c.Path).NotEmpty().Must(p => p is null || p.StartsWith('/'))
                .WithMessage("path must start with \"/\" (the base URL of the API is prepended).");
            RuleFor(c => c.Path).Must(p => p is null || !p.Any(char.IsControl))
                .WithMessage("path must not contain control characters.");
            MapOfStrings(c => c.Headers, "headers");
            MapOfStrings(c => c.Params, "params");
            MapOfStrings(c => c.ApiOptions, "api_options");
            RuleFor(c => c)
                .Must(c => c.MultipartFormData is null || c.Data is null or { ValueKind: JsonValueKind.Null })
                .OverridePropertyName("multipart_form_data")
                .WithMessage("send either data or multipart_form_data, not both.");
            RuleForEach(c => c.MultipartFormData).SetValidator(new MultipartFieldValidator());
        }

        private void MapOfStrings(System.Linq.Expressions.Expression<Func<Command, Dictionary<string, string>?>> map, string name) =>
            RuleFor(map)
                .Must(values => values is null || values.All(p => p.Key.Length > 0 && p.Value is not null))
                .OverridePropertyName(name)
                .WithMessage($"{name} must map non-empty names to strings.");
    }

    internal sealed class MultipartFieldValidator : AbstractValidator<MultipartField>
    {
        public MultipartFieldValidator()
        {
            RuleFor(f => f.Name).NotEmpty();
            RuleFor(f => f.Value).NotNull()
                .Must(v => v is { ValueKind: JsonValueKind.String or JsonValueKind.Object })
                .WithMessage("value must be a string or a file object (name, content_type, data or data_url).");
            RuleFor(f => FileInput.FromJson(f.Value!.Value))
                .SetValidator(new FileInputValidator())
                .OverridePropertyName("value")
                .When(f => f.Value is { ValueKind: JsonValueKind.Object });
        }
    }

    internal sealed class Handler(World world, ToolCatalog tools, TimeProvider clock) : IRequestHandler<Command, Written<PassthroughResponseModel>>
    {
        public Task<Written<PassthroughResponseModel>> Handle(Command command, CancellationToken cancellationToken)
        {
            // One snapshot for the whole answer; passthrough never writes.
            var state = world.Read(command.Integration);
            var target = PassthroughTarget.Resolve(tools, state.Integration, command.Tool, command.Api, command.ApiOptions);
            var request = UpstreamRequest.Of(command, target.Url(command.Path!, command.Params));
            var response = NativeApis.Find(target.Api.ToolApi)?.Answer(request, state) ?? Echo.Of(request);

            var headers = new JsonObject
            {
                ["content-type"] = response.Body is JsonValue ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
                ["date"] = clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture),
            };
            foreach (var (name, value) in response.Headers)
            {
                headers[name] = value;
            }

            var model = new PassthroughResponseModel(request.Url, response.Status, headers, response.Data(command.ResponseAsBase64 == true));
            return Task.FromResult(Written<PassthroughResponseModel>.Clean(model));
        }
    }
}
