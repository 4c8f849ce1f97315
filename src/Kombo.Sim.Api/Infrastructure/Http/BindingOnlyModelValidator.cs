using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>
/// MVC's object validation without the walk: FluentValidation validates every request in the MediatR pipeline and MVC
/// has no validators left (ModelValidatorProviders is empty), so walking each bound object graph only cost time. What
/// stays is MVC's rule that a bound value without a binding error is valid; binding errors keep the model state invalid
/// and answer Kombo's <c>PLATFORM.INPUT_INVALID</c> as before.
/// </summary>
public sealed class BindingOnlyModelValidator : IObjectModelValidator
{
    public void Validate(ActionContext actionContext, ValidationStateDictionary? validationState, string prefix, object? model)
    {
        foreach (var (_, entry) in actionContext.ModelState)
        {
            if (entry.ValidationState == ModelValidationState.Unvalidated)
            {
                entry.ValidationState = ModelValidationState.Valid;
            }
        }
    }
}
