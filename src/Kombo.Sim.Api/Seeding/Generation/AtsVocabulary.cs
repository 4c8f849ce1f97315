namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>A kind of job a company advertises, with the current titles of the people who apply to it.</summary>
internal sealed record JobTemplate(
    string Name,
    string Department,
    string Category,
    string ExperienceLevel,
    double SalaryFactor,
    string EmploymentType,
    string[] Tasks,
    string[] Requirements,
    string[] ApplicantTitles);

/// <summary>The words of a generated ATS: jobs, pipelines, screening questions, tags, sources and rejection reasons.</summary>
internal static class AtsVocabulary
{
    public static readonly JobTemplate[] Jobs =
    [
        new("Senior Backend Engineer", "Engineering", "Software Engineering", "Senior", 1.35, "FULL_TIME",
            ["Design and build services and APIs", "Own features end to end with product and design", "Mentor other engineers"],
            ["5+ years of backend development", "Experience with SQL databases and messaging", "Fluent English"],
            ["Backend Engineer", "Software Engineer", "Senior Software Developer", "Java Developer"]),
        new("Frontend Engineer", "Engineering", "Software Engineering", "Mid-level", 1.0, "FULL_TIME",
            ["Build our web app in TypeScript and React", "Work closely with design on new features", "Care for accessibility and performance"],
            ["3+ years of frontend development", "Strong TypeScript skills", "An eye for detail"],
            ["Frontend Developer", "Web Developer", "UI Engineer", "Full Stack Developer"]),
        new("DevOps Engineer", "Engineering", "Infrastructure", "Mid-level", 1.1, "FULL_TIME",
            ["Run our Kubernetes platform", "Automate builds, tests and deployments", "Improve observability and on-call"],
            ["Experience with a major cloud provider", "Infrastructure as code", "Linux fundamentals"],
            ["System Administrator", "Site Reliability Engineer", "Cloud Engineer"]),
        new("Data Engineer", "Engineering", "Data", "Mid-level", 1.1, "FULL_TIME",
            ["Build reliable data pipelines", "Model data for analytics", "Work with product on metrics"],
            ["Python and SQL", "Experience with a data warehouse", "Curiosity about the business"],
            ["Data Engineer", "BI Developer", "Data Analyst"]),
        new("Product Manager", "Product & Design", "Product", "Senior", 1.3, "FULL_TIME",
            ["Own the roadmap of one product area", "Talk to customers every week", "Work with engineering and design"],
            ["3+ years of product management in B2B software", "Structured and data-informed", "Great communication"],
            ["Product Owner", "Product Manager", "Business Analyst"]),
        new("Product Designer", "Product & Design", "Design", "Mid-level", 1.0, "FULL_TIME",
            ["Design flows from research to pixels", "Grow our design system", "Test ideas with users"],
            ["A portfolio of shipped product work", "Figma", "User research experience"],
            ["UX Designer", "UI/UX Designer", "Product Designer"]),
        new("Account Executive", "Sales", "Sales", "Mid-level", 1.05, "FULL_TIME",
            ["Run the full sales cycle for mid-market customers", "Build pipeline with SDRs", "Forecast accurately"],
            ["2+ years of B2B SaaS sales", "Track record against quota", "Business fluent in the local language"],
            ["Account Executive", "Sales Manager", "Key Account Manager"]),
        new("Sales Development Representative", "Sales", "Sales", "Entry", 0.7, "FULL_TIME",
            ["Qualify inbound leads", "Open conversations with target accounts", "Book meetings for Account Executives"],
            ["First sales experience", "Resilience and curiosity", "Excellent communication"],
            ["Sales Development Representative", "Customer Service Representative", "Business Development Representative"]),
        new("Customer Success Manager", "Customer Success", "Customer Success", "Mid-level", 0.95, "FULL_TIME",
            ["Onboard and grow a portfolio of customers", "Run business reviews", "Be the voice of the customer internally"],
            ["2+ years in customer success or account management", "Structured and empathetic", "SaaS experience"],
            ["Customer Success Manager", "Account Manager", "Onboarding Specialist"]),
        new("Support Specialist", "Customer Success", "Customer Support", "Entry", 0.7, "FULL_TIME",
            ["Answer customer questions by chat and e-mail", "Write help-centre articles", "Report bugs to engineering"],
            ["Customer service experience", "Patience and clarity", "Technical curiosity"],
            ["Support Agent", "Customer Service Representative", "Helpdesk Specialist"]),
        new("Performance Marketing Manager", "Marketing", "Marketing", "Mid-level", 1.0, "FULL_TIME",
            ["Run paid campaigns across channels", "Own acquisition budgets and targets", "Test landing pages"],
            ["3+ years of performance marketing", "Analytical mindset", "Experience with marketing automation"],
            ["Online Marketing Manager", "Marketing Specialist", "Growth Marketer"]),
        new("Financial Controller", "Finance", "Finance", "Senior", 1.15, "FULL_TIME",
            ["Own monthly closing and reporting", "Build budgets and forecasts", "Work with auditors"],
            ["Degree in finance or accounting", "4+ years in controlling", "Excel and ERP experience"],
            ["Controller", "Accountant", "Financial Analyst"]),
        new("Recruiter", "People & Operations", "People", "Mid-level", 0.9, "FULL_TIME",
            ["Run hiring processes end to end", "Source candidates", "Advise hiring managers"],
            ["2+ years of in-house or agency recruiting", "Strong network", "Great candidate experience"],
            ["Recruiter", "Talent Acquisition Specialist", "HR Generalist"]),
        new("Working Student Marketing", "Marketing", "Marketing", "Student", 0.3, "PART_TIME",
            ["Support campaigns and events", "Create content for social media", "Analyse campaign results"],
            ["Enrolled at a university", "20 hours a week", "Good writing skills"],
            ["Student", "Marketing Intern", "Working Student"]),
        new("Software Engineering Intern", "Engineering", "Software Engineering", "Internship", 0.35, "INTERNSHIP",
            ["Ship a real project with a mentor", "Pair with experienced engineers", "Learn our stack"],
            ["Studying computer science or similar", "First programming experience", "Available for 6 months"],
            ["Student", "Computer Science Student", "Intern"]),
        new("Freelance Data Scientist", "Engineering", "Data", "Senior", 1.4, "CONTRACT",
            ["Build forecasting models", "Bring models to production with the data team", "Share knowledge"],
            ["Python and statistics", "Production machine learning experience", "Available for 6 months"],
            ["Data Scientist", "Machine Learning Engineer", "Freelancer"]),
    ];

    /// <summary>Pipelines of three to seven stages; the last one is always where hired candidates end up.</summary>
    public static readonly string[][] Pipelines =
    [
        ["Applied", "Interview", "Hired"],
        ["Application Review", "Phone Screen", "Interview", "Hired"],
        ["Application Review", "Phone Screen", "Interview", "Offer", "Hired"],
        ["Application Review", "Phone Screen", "Hiring Manager Interview", "Final Interview", "Offer", "Hired"],
        ["Application Review", "Phone Screen", "Take-Home Assignment", "Technical Interview", "Onsite", "Offer", "Hired"],
    ];

    public static readonly string[] Tags =
    [
        "Top Talent", "Referral", "Silver Medalist", "Open to Relocation", "Needs Visa", "Remote Only", "Former Employee",
        "Campus", "Rehire Eligible", "Fast Track", "Agency", "Talent Pool",
    ];

    public static readonly (string Name, double Weight)[] Sources =
    [
        ("LinkedIn", 0.3), ("Career page", 0.25), ("Indeed", 0.15), ("Referral", 0.12), ("Agency", 0.05), ("Glassdoor", 0.05),
        ("StepStone", 0.04), ("Job fair", 0.04),
    ];

    public static readonly string[] RejectionReasons =
    [
        "Not enough experience", "Salary expectations too high", "Position filled", "Candidate withdrew", "Location / relocation",
        "Failed technical assessment", "No response from candidate", "Better qualified candidates",
    ];

    public static readonly string[] Motivations =
    [
        "I like the product and want to help it grow.", "I am looking for a team where I can learn and take ownership.",
        "A friend works here and recommended the company.", "The role matches my experience and my next career step.",
        "I want to work on problems that matter for real customers.", "Your engineering blog convinced me.",
    ];

    public static readonly string[] Permits = ["Blue Card", "Work permit", "Student visa", "Permanent residence"];

    public static readonly string[] NoticePeriods = ["Immediately", "1 month", "2 months", "3 months or more"];

    public static readonly string[] Languages = ["English", "German", "French", "Spanish", "Dutch", "Italian", "Polish"];
}
