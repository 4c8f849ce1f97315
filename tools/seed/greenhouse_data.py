"""Curated facts for the Greenhouse world (Acme GmbH recruiting): users, tags, candidates and their applications."""

# remote id, first, last, personio key (for the e-mail domain), status, system role
USERS = [
    (80001, "Katrin", "Scholz", "acme.de", "ACTIVE", "ADMIN"),
    (80002, "Ben", "Herrmann", "acme.de", "ACTIVE", "RECRUITER"),
    (80003, "Sabine", "Wagner", "acme.de", "ACTIVE", "ADMIN"),
    (80004, "Tobias", "Schneider", "acme.de", "ACTIVE", "HIRING_MANAGER"),
    (80005, "Julia", "Schäfer", "acme.de", "ACTIVE", "HIRING_MANAGER"),
    (80006, "Anna", "Richter", "acme.de", "ACTIVE", "HIRING_MANAGER"),
    (80007, "Daniel", "Zimmermann", "acme.de", "ACTIVE", "INTERVIEWER"),
    (80008, "Lukas", "Meyer", "acme.de", "ACTIVE", "INTERVIEWER"),
    (80009, "Elena", "Fischer", "acme.de", "ACTIVE", "HIRING_MANAGER"),
    (80010, "Marie", "Dubois", "acme.fr", "ACTIVE", "HIRING_MANAGER"),
    (80011, "Markus", "Hoffmann", "acme.de", "ACTIVE", "HIRING_MANAGER"),
    (80012, "Florian", "Krause", "acme.de", "ACTIVE", "HIRING_MANAGER"),
    (80013, "Camille", "Laurent", "acme.fr", "ACTIVE", "HIRING_MANAGER"),
    (80014, "Erik", "Lindqvist", "acme.de", "INACTIVE", "INTERVIEWER"),
    (80015, "Oliver", "Peters", "acme.de", "INACTIVE", "COORDINATOR"),
]
SYSTEM_ROLE_LABELS = {"ADMIN": ("site_admin", "Site Admin"), "RECRUITER": ("job_admin_recruiting", "Job Admin: Recruiting"),
                      "HIRING_MANAGER": ("job_admin_hiring_manager", "Job Admin: Hiring Manager"),
                      "INTERVIEWER": ("interviewer", "Interviewer"), "COORDINATOR": ("job_admin_coordinator", "Job Admin: Coordinator")}

TAGS = [
    (70001, "Top Talent"), (70002, "Silver Medalist"), (70003, "Needs Visa Sponsorship"), (70004, "Open to Relocation"),
    (70005, "German C1+"), (70006, "French Speaker"), (70007, "Talent Pool 2027"), (70008, "Employee Referral"),
    (70009, "Met at Conference"), (70010, "Former Intern"),
]

# Candidates: first, last, nationality, city of residence, profile, job keys in application order.
# Jobs: BE (Senior Backend), FE (Frontend), PD (Product Designer), AE (Account Executive DACH),
#       WS (Working Student Marketing), SDR (closed), DATA (closed contract), INTERN (archived design internship).
CANDIDATES = [
    # engineering: 6 × BE+FE, 3 × DATA→BE, 1 × DATA→FE, 9 × BE, 9 × FE
    ("Jakub", "Wiśniewski", "PL", "Berlin", "eng", ("BE", "FE")),
    ("Giulia", "Bianchi", "IT", "Milan", "eng", ("FE", "BE")),
    ("Oleksandr", "Kovalenko", "DE", "Berlin", "eng", ("BE", "FE")),
    ("Philipp", "Neubauer", "DE", "Berlin", "eng", ("BE", "FE")),
    ("Lena", "Vogt", "DE", "Berlin", "eng", ("FE", "BE")),
    ("Marco", "Rossi", "DE", "Berlin", "eng", ("BE", "FE")),
    ("Bram", "Jansen", "NL", "Utrecht", "eng", ("DATA", "BE")),
    ("Sara", "Lindström", "SE", "Stockholm", "eng", ("DATA", "BE")),
    ("Tereza", "Nováková", "CZ", "Prague", "eng", ("DATA", "BE")),
    ("Timo", "Virtanen", "FI", "Helsinki", "eng", ("DATA", "FE")),
    ("Carlos", "Fernández", "ES", "Barcelona", "eng", ("BE",)),
    ("Anja", "Kowalczyk", "PL", "Wrocław", "eng", ("BE",)),
    ("Miguel", "Santos", "PT", "Lisbon", "eng", ("BE",)),
    ("Eleni", "Papadopoulou", "GR", "Athens", "eng", ("BE",)),
    ("Johannes", "Bergmann", "DE", "Hamburg", "eng", ("BE",)),
    ("Mikkel", "Sørensen", "DK", "Copenhagen", "eng", ("BE",)),
    ("Andrei", "Popescu", "RO", "Bucharest", "eng", ("BE",)),
    ("Fabian", "Keller", "CH", "Zürich", "eng", ("BE",)),
    ("Elias", "Brandstetter", "AT", "Vienna", "eng", ("BE",)),
    ("Lea", "Neumann", "DE", "Berlin", "eng", ("FE",)),
    ("Emre", "Demir", "DE", "Berlin", "eng", ("FE",)),
    ("Katja", "Horvat", "SI", "Ljubljana", "eng", ("FE",)),
    ("Robin", "Hartwig", "DE", "Leipzig", "eng", ("FE",)),
    ("Lucía", "Morales", "DE", "Munich", "eng", ("FE",)),
    ("Viktor", "Nagy", "HU", "Budapest", "eng", ("FE",)),
    ("Noah", "Schubert", "DE", "Cologne", "eng", ("FE",)),
    ("Inês", "Carvalho", "PT", "Porto", "eng", ("FE",)),
    ("Charlotte", "Meier", "DE", "Munich", "eng", ("FE",)),
    # design: 2 × INTERN→PD, 8 × PD
    ("Paula", "Schmitt", "DE", "Berlin", "design", ("INTERN", "PD")),
    ("Nora", "Albrecht", "DE", "Berlin", "design", ("INTERN", "PD")),
    ("Louise", "Girard", "FR", "Paris", "design", ("PD",)),
    ("Mathis", "Lemaire", "FR", "Paris", "design", ("PD",)),
    ("Alba", "Ruiz", "ES", "Madrid", "design", ("PD",)),
    ("Jeanne", "Moulin", "FR", "Lyon", "design", ("PD",)),
    ("Lotte", "Van den Berg", "BE", "Antwerp", "design", ("PD",)),
    ("Julie", "Chevalier", "FR", "Paris", "design", ("PD",)),
    ("Baptiste", "Renaud", "FR", "Nantes", "design", ("PD",)),
    ("Zoé", "Marchand", "FR", "Paris", "design", ("PD",)),
    # sales: 1 × SDR (hired), 7 × SDR→AE, 5 × AE
    ("Leonie", "Franke", "DE", "Berlin", "sales", ("SDR",)),
    ("Maximilian", "Berger", "AT", "Vienna", "sales", ("SDR", "AE")),
    ("Katharina", "Lorenz", "DE", "Munich", "sales", ("SDR", "AE")),
    ("Dominik", "Haas", "DE", "Munich", "sales", ("SDR", "AE")),
    ("Vanessa", "Wolff", "DE", "Berlin", "sales", ("SDR", "AE")),
    ("Patrick", "Seidel", "DE", "Berlin", "sales", ("SDR", "AE")),
    ("Franziska", "Engel", "DE", "Stuttgart", "sales", ("SDR", "AE")),
    ("Marcel", "Pohl", "DE", "Berlin", "sales", ("SDR", "AE")),
    ("Lisa", "Ebert", "DE", "Hamburg", "sales", ("AE",)),
    ("Stefanie", "Winkler", "DE", "Munich", "sales", ("AE",)),
    ("Yannick", "Frei", "CH", "Zürich", "sales", ("AE",)),
    ("Miriam", "Arnold", "DE", "Munich", "sales", ("AE",)),
    ("Kevin", "Brandl", "DE", "Nuremberg", "sales", ("AE",)),
    # marketing students: 1 × INTERN→WS, 8 × WS
    ("Amelie", "Busch", "DE", "Potsdam", "marketing", ("INTERN", "WS")),
    ("Hannah", "Schreiber", "DE", "Berlin", "marketing", ("WS",)),
    ("Luisa", "Möller", "DE", "Berlin", "marketing", ("WS",)),
    ("Ben", "Kühn", "DE", "Berlin", "marketing", ("WS",)),
    ("Leon", "Pfeiffer", "DE", "Berlin", "marketing", ("WS",)),
    ("Marie", "Jäger", "DE", "Berlin", "marketing", ("WS",)),
    ("Selin", "Aydın", "DE", "Berlin", "marketing", ("WS",)),
    ("Jonas", "Albers", "DE", "Berlin", "marketing", ("WS",)),
    ("Victoria", "Sauer", "DE", "Berlin", "marketing", ("WS",)),
]

# Fixed outcomes: (first, last, job) -> outcome. Everything else is decided by the generator.
HIRES = {("Lea", "Neumann", "FE"), ("Leonie", "Franke", "SDR"), ("Bram", "Jansen", "DATA"), ("Paula", "Schmitt", "INTERN")}

COMPANIES = {
    "eng": ["Zalando", "N26", "Delivery Hero", "SAP", "Celonis", "HelloFresh", "Trade Republic", "GetYourGuide",
            "Contentful", "Adyen", "Klarna", "Doctolib", "Allegro", "Bolt", "Wolt", None],
    "design": ["BlaBlaCar", "Qonto", "Doctolib", "Back Market", "Alan", "ManoMano", "IDEO", "Freelance", None],
    "sales": ["Salesforce", "HubSpot", "Personio", "Pipedrive", "Staffbase", "DATEV eG", "Sennder", "Mambu", None],
    "marketing": ["Humboldt-Universität zu Berlin", "Freie Universität Berlin", "TU Berlin", "Universität Potsdam", None],
}
TITLES = {
    "eng": ["Software Engineer", "Backend Developer", "Senior Software Engineer", "Full-Stack Developer",
            "Frontend Developer", "Data Engineer", "Software Developer"],
    "design": ["Product Designer", "UX/UI Designer", "Visual Designer", "Design Student", "UX Designer"],
    "sales": ["Account Executive", "Sales Development Representative", "Business Development Manager",
              "Key Account Manager", "Inside Sales Representative"],
    "marketing": ["Student (B.A. Business Administration)", "Student (M.Sc. Marketing)", "Student (B.A. Media Studies)"],
}
SOURCES = ["LinkedIn", "LinkedIn", "LinkedIn", "Company Website", "Company Website", "Referral", "Indeed",
           "StepStone", "Welcome to the Jungle", "Xing"]
EMAIL_DOMAINS = ["gmail.com", "gmail.com", "outlook.com", "proton.me", "web.de", "gmx.de", "icloud.com", "posteo.de"]
REJECTION_REASONS = ["Lacking skill(s)/qualification(s)", "Not enough experience", "Compensation expectations",
                     "Candidate withdrew", "Hired another candidate", "Unresponsive", "Location / relocation",
                     "Language requirements not met"]

CITY_COUNTRY = {"Berlin": "DE", "Hamburg": "DE", "Munich": "DE", "Cologne": "DE", "Leipzig": "DE", "Potsdam": "DE",
                "Stuttgart": "DE", "Nuremberg": "DE", "Milan": "IT", "Utrecht": "NL", "Stockholm": "SE", "Prague": "CZ",
                "Helsinki": "FI", "Barcelona": "ES", "Madrid": "ES", "Wrocław": "PL", "Lisbon": "PT", "Porto": "PT",
                "Athens": "GR", "Copenhagen": "DK", "Bucharest": "RO", "Zürich": "CH", "Vienna": "AT", "Ljubljana": "SI",
                "Budapest": "HU", "Paris": "FR", "Lyon": "FR", "Nantes": "FR", "Antwerp": "BE"}
