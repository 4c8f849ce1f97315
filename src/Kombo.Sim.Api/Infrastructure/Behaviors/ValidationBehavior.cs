using FluentValidation;
using MediatR;

namespace Kombo.Sim.Api.Infrastructure.Behaviors;

/// <summary>Runs every FluentValidation validator of the request; a failure never reaches the handler.</summary>
/// <remarks>
/// Validated synchronously: no rule of the simulator is asynchronous (FluentValidation would throw if one were), and the
/// asynchronous path costs a state machine per rule on every request.
/// </remarks>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        List<FluentValidation.Results.ValidationFailure>? failures = null;
        foreach (var validator in validators)
        {
            var result = validator.Validate(new ValidationContext<TRequest>(request));
            if (!result.IsValid)
            {
                (failures ??= []).AddRange(result.Errors);
            }
        }

        return failures is null ? next() : throw new ValidationException(failures);
    }
}
