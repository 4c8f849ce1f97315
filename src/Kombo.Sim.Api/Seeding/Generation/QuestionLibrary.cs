using Kombo.Sim.Api.Domain.Ats;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// A screening question before it gets ids. <see cref="DependsOn"/> names an earlier question of the library that must
/// be answered with <see cref="WhenAnswer"/> (a boolean as "true"/"false", or an option's name) for this one to apply.
/// </summary>
internal sealed record QuestionSpec(string Title, QuestionFormat Format, bool Required, string[] Options, string? Description = null, int? DependsOn = null, string? WhenAnswer = null);

/// <summary>The screening questions generated jobs choose from: every answerable format, plus FILE and INFORMATION.</summary>
internal static class QuestionLibrary
{
    private static readonly string[] HeardAbout = ["LinkedIn", "Friend or colleague", "Job board", "Event", "Other"];

    public static IReadOnlyList<QuestionSpec> For(string organization, CountryProfile country) =>
    [
        new($"Why do you want to join {organization}?", new QuestionFormat { Type = "TEXT", DisplayType = "MULTI_LINE", MaxLength = 2000 }, true, []),
        new("How many years of professional experience do you have?", new QuestionFormat { Type = "NUMBER", DisplayType = "FIELD", Min = 0, Max = 40 }, true, []),
        new("CV / Resume", new QuestionFormat
        {
            Type = "FILE",
            AcceptedMimeTypes = ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
            MaxFileSizeBytes = 10_485_760,
        }, true, []),
        new($"Do you require visa sponsorship to work in {country.Name}?", new QuestionFormat { Type = "BOOLEAN" }, true, []),
        new("Which residence permit or visa do you currently hold?", new QuestionFormat { Type = "TEXT", DisplayType = "SINGLE_LINE", MaxLength = 200 }, true, [],
            DependsOn: 3, WhenAnswer: "true"),
        new("What is your notice period?", new QuestionFormat { Type = "SINGLE_SELECT", DisplayType = "RADIO" }, true, AtsVocabulary.NoticePeriods),
        new("Which languages do you speak fluently?", new QuestionFormat { Type = "MULTI_SELECT" }, false, AtsVocabulary.Languages),
        new("What is your earliest possible start date?", new QuestionFormat { Type = "DATE" }, false, []),
        new("LinkedIn profile", new QuestionFormat { Type = "TEXT", DisplayType = "URL" }, false, []),
        new("How would you rate your English from 1 to 10?", new QuestionFormat { Type = "NUMBER", DisplayType = "SLIDER", Min = 1, Max = 10 }, false, []),
        new("How did you hear about us?", new QuestionFormat { Type = "SINGLE_SELECT", DisplayType = "DROPDOWN" }, false, HeardAbout),
        new("Who referred you? (e-mail address)", new QuestionFormat { Type = "TEXT", DisplayType = "EMAIL", MaxLength = 254 }, false, [],
            DependsOn: 10, WhenAnswer: "Friend or colleague"),
        new("Our hiring process", new QuestionFormat { Type = "INFORMATION" }, false, [],
            Description: "After a short call with our recruiting team you meet the hiring manager, then the team. We aim to decide within three weeks."),
    ];
}

/// <summary>Links into the tool's own UI and job boards, where the tool's URL scheme is known.</summary>
internal static class Urls
{
    public static string Posting(string tool, string domain, string remoteId) => tool switch
    {
        "greenhouse" => $"https://boards.greenhouse.io/{Board(domain)}/jobs/{remoteId}",
        "lever" => $"https://jobs.lever.co/{Board(domain)}/{remoteId}",
        "jazzhr" => $"https://{Board(domain)}.applytojob.com/apply/{remoteId}",
        "smartrecruiters" => $"https://jobs.smartrecruiters.com/{Board(domain)}/{remoteId}",
        "personio" => $"https://{Board(domain)}.jobs.personio.de/job/{remoteId}",
        _ => $"https://{domain}/careers/{remoteId}",
    };

    /// <summary>The record's page in the tool (<paramref name="kind"/>: jobs, people, applications).</summary>
    public static string Record(string tool, string kind, string remoteId) => (tool, kind) switch
    {
        ("greenhouse", "jobs") => $"https://app.greenhouse.io/sdash/{remoteId}",
        ("greenhouse", _) => $"https://app.greenhouse.io/people/{remoteId}",
        _ => $"https://app.{Ascii.Slug(tool)}.example.com/{kind}/{remoteId}",
    };

    private static string Board(string domain) => Ascii.Slug(domain.Split('.')[0]).Replace("-", "", StringComparison.Ordinal);
}
