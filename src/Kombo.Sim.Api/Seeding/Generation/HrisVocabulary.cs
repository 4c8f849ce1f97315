namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>A department as generated companies have it: its share of the staff, teams, job titles and cost centre.</summary>
internal sealed record DepartmentTemplate(
    string Name,
    double Weight,
    string HeadTitle,
    string[] Teams,
    string[] Titles,
    string CostCentre);

/// <summary>The words of a generated HRIS: departments, titles, absence types and the notes people write.</summary>
internal static class HrisVocabulary
{
    public const string Management = "Management";

    public static readonly DepartmentTemplate[] Departments =
    [
        new(Management, 0.4, "Chief Operating Officer", [], ["Chief Financial Officer", "Chief Technology Officer", "Executive Assistant", "Chief of Staff"], "CC-100 General & Administration"),
        new("Engineering", 8, "VP Engineering", ["Backend", "Frontend", "Platform", "Mobile", "Data", "Quality Assurance"],
            ["Software Engineer", "Backend Engineer", "Frontend Engineer", "DevOps Engineer", "Data Engineer", "QA Engineer", "Site Reliability Engineer"], "CC-200 Research & Development"),
        new("Product & Design", 3, "VP Product", ["Product Management", "Design"],
            ["Product Manager", "Product Designer", "UX Researcher", "Product Owner"], "CC-200 Research & Development"),
        new("Sales", 5, "VP Sales", ["Account Executives", "Sales Development", "Partnerships"],
            ["Account Executive", "Sales Development Representative", "Partner Manager", "Sales Engineer"], "CC-300 Sales & Marketing"),
        new("Marketing", 3, "Head of Marketing", ["Content", "Performance Marketing", "Brand"],
            ["Content Marketing Manager", "Performance Marketing Manager", "Brand Designer", "Marketing Specialist"], "CC-300 Sales & Marketing"),
        new("Customer Success", 4, "Head of Customer Success", ["Support", "Onboarding", "Account Management"],
            ["Customer Success Manager", "Support Specialist", "Onboarding Specialist", "Technical Support Engineer"], "CC-400 Customer Operations"),
        new("Finance", 2, "Head of Finance", ["Accounting", "Controlling"],
            ["Accountant", "Financial Controller", "Payroll Specialist", "Financial Analyst"], "CC-100 General & Administration"),
        new("People & Operations", 2, "Head of People", ["Recruiting", "People Partners", "Workplace"],
            ["Recruiter", "People Partner", "Office Manager", "HR Generalist", "IT Administrator"], "CC-100 General & Administration"),
    ];

    /// <summary>Titles for people in a department the vocabulary does not know (extending someone else's seed).</summary>
    public static readonly string[] GenericTitles = ["Specialist", "Coordinator", "Analyst", "Associate", "Manager"];

    public static DepartmentTemplate? Find(string? name) =>
        Departments.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Names of the four generated absence types (vacation, sickness, overtime, parental) per language.</summary>
    public static string[] AbsenceTypeNames(CountryProfile country) => country.Locale switch
    {
        "de" => ["Urlaub", "Krankheit", "Überstundenausgleich", "Elternzeit"],
        "fr" => ["Congés payés", "Maladie", "Récupération", "Congé parental"],
        "nl" => ["Vakantie", "Ziekte", "Tijd voor tijd", "Ouderschapsverlof"],
        "es" => ["Vacaciones", "Baja por enfermedad", "Compensación de horas", "Permiso parental"],
        "en_GB" => ["Holiday", "Sickness", "Time off in lieu", "Parental leave"],
        _ => ["Vacation", "Sick leave", "Overtime compensation", "Parental leave"],
    };

    /// <summary>Words in absence type names that mark a long leave (parental, maternity…), in the supported languages.</summary>
    public static readonly string[] LongLeaveWords = ["parental", "maternity", "paternity", "eltern", "mutterschutz", "ouderschap"];

    public static readonly string[] VacationNotes =
    [
        "Summer holiday", "Family visit", "Skiing trip", "Wedding", "City trip", "Moving house", "Long weekend", "Christmas with family",
        "Hiking in the Alps", "Visiting friends abroad",
    ];

    public static readonly string[] OvertimeNotes = ["Overtime from the release week", "Weekend on-call compensation", "Trade fair weekend", "Doctor's appointment"];

    public static readonly string[] MaritalStatuses = ["SINGLE", "MARRIED", "MARRIED", "NOT_MARRIED", "DIVORCED", "DOMESTIC_PARTNERSHIP", "SEPARATED", "WIDOWED"];

    public static readonly string[] Ethnicities =
        ["WHITE", "ASIAN", "HISPANIC_LATINO", "BLACK_AFRICAN_AMERICAN", "MULTIPLE_ETHNICITIES", "DECLINE_TO_SPECIFY", "NATIVE_AMERICAN", "HAWAIIAN"];
}
