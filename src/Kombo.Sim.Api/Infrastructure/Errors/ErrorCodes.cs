namespace Kombo.Sim.Api.Infrastructure.Errors;

/// <summary>One Kombo error: its code (null for Kombo's "minimal" errors), its static title and its HTTP status.</summary>
public sealed record KomboError(string? Code, string? Title, int Status);

/// <summary>
/// Every error the simulator answers with, in one place. Codes and titles are Kombo's; statuses follow
/// the API digest (§A4): Kombo-documented where Kombo documents them, proposed elsewhere.
/// </summary>
public static class ErrorCodes
{
    public static readonly KomboError AuthenticationInvalid = new("PLATFORM.AUTHENTICATION_INVALID", "Authentication invalid", 401);
    public static readonly KomboError InputInvalid = new("PLATFORM.INPUT_INVALID", "Input invalid", 400);
    public static readonly KomboError RateLimitExceeded = new("PLATFORM.RATE_LIMIT_EXCEEDED", "Rate limit exceeded", 429);
    public static readonly KomboError IntegrationNotFound = new("PLATFORM.INTEGRATION_NOT_FOUND", "Integration not found", 404);
    public static readonly KomboError IpNotWhitelisted = new("PLATFORM.IP_NOT_WHITELISTED", "IP not whitelisted", 403);
    public static readonly KomboError UnknownError = new("PLATFORM.UNKNOWN_ERROR", "Unknown error", 500);

    // Kombo: a record id in the path that does not exist is INPUT_INVALID, answered with 404 (digest §A4).
    public static readonly KomboError RecordNotFound = new("PLATFORM.INPUT_INVALID", "Input invalid", 404);
    public static readonly KomboError PayloadTooLarge = new("PLATFORM.INPUT_INVALID", "Input invalid", 413);
    public static readonly KomboError UnsupportedMediaType = new("PLATFORM.INPUT_INVALID", "Input invalid", 415);

    public static readonly KomboError PermissionMissing = new("INTEGRATION.PERMISSION_MISSING", "Permission missing", 403);
    public static readonly KomboError IntegrationAuthenticationInvalid = new("INTEGRATION.AUTHENTICATION_INVALID", "Integration authentication invalid", 403);
    public static readonly KomboError QaFailed = new("INTEGRATION.QA_FAILED", "Integration QA failed", 409);
    public static readonly KomboError SetupSyncPending = new("INTEGRATION.SETUP_SYNC_PENDING", "Setup sync pending", 409);
    public static readonly KomboError SetupIncomplete = new("INTEGRATION.SETUP_INCOMPLETE", "Setup incomplete", 409);
    public static readonly KomboError IntegrationInactive = new("INTEGRATION.INACTIVE", "Integration inactive", 403);
    public static readonly KomboError ModelNotAvailable = new("INTEGRATION.MODEL_NOT_AVAILABLE", "This data model isn't supported for the selected integration.", 501);
    public static readonly KomboError ModelDisabled = new("INTEGRATION.MODEL_DISABLED", "This data model is disabled for the selected integration.", 403);
    public static readonly KomboError ActionNotAvailable = new("INTEGRATION.ACTION_NOT_AVAILABLE", "This action isn't supported for the selected integration.", 501);
    public static readonly KomboError ActionDisabled = new("INTEGRATION.ACTION_DISABLED", "This action is disabled for the selected integration.", 403);

    public static readonly KomboError RemoteServiceUnavailable = new("REMOTE.SERVICE_UNAVAILABLE", "Remote service unavailable", 503);
    public static readonly KomboError RemoteRateLimitExceeded = new("REMOTE.RATE_LIMIT_EXCEEDED", "Remote rate limit exceeded", 429);
    public static readonly KomboError RemoteInputInvalid = new("REMOTE.INPUT_INVALID", "Remote input invalid", 400);
    public static readonly KomboError RemoteUnknownHttpError = new("REMOTE.UNKNOWN_HTTP_ERROR", "Remote unknown HTTP error", 502);

    public static readonly KomboError JobClosed = new("ATS.JOB_CLOSED", "Job closed", 400);
    public static readonly KomboError ApplicationAlreadyExists = new("ATS.APPLICATION_ALREADY_EXISTS", "Application already exists", 409);
    public static readonly KomboError EmployeeAlreadyExists = new("HRIS.EMPLOYEE_ALREADY_EXISTS", "Employee already exists", 409);

    // Kombo: an unknown route answers with a "minimal" error: no code, no title (digest §A1).
    public static readonly KomboError RouteNotFound = new(null, null, 404);

    /// <summary>All coded errors, for lookups by code (fault rules name errors by code).</summary>
    public static readonly IReadOnlyList<KomboError> All =
    [
        AuthenticationInvalid, InputInvalid, RateLimitExceeded, IntegrationNotFound, IpNotWhitelisted, UnknownError,
        PermissionMissing, IntegrationAuthenticationInvalid, QaFailed, SetupSyncPending, SetupIncomplete, IntegrationInactive,
        ModelNotAvailable, ModelDisabled, ActionNotAvailable, ActionDisabled,
        RemoteServiceUnavailable, RemoteRateLimitExceeded, RemoteInputInvalid, RemoteUnknownHttpError,
        JobClosed, ApplicationAlreadyExists, EmployeeAlreadyExists,
    ];

    public static KomboError? FindByCode(string code) => All.FirstOrDefault(e => e.Code == code);
}
