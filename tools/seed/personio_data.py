"""Curated facts for the Personio world (Acme GmbH): organisation, roster, pay, absences."""

ORG = "Acme GmbH"

# key, remote id, name, type, parent key
GROUPS = [
    ("MGMT", 3001, "Management", "DEPARTMENT", None),
    ("ENG", 3002, "Engineering", "DEPARTMENT", None),
    ("PROD", 3003, "Product & Design", "DEPARTMENT", None),
    ("SALES", 3004, "Sales", "DEPARTMENT", None),
    ("MKT", 3005, "Marketing", "DEPARTMENT", None),
    ("PEOPLE", 3006, "People & Operations", "DEPARTMENT", None),
    ("BACKEND", 3101, "Backend", "TEAM", "ENG"),
    ("FRONTEND", 3102, "Frontend", "TEAM", "ENG"),
    ("PLATFORM", 3103, "Platform & Infrastructure", "TEAM", "ENG"),
    ("DESIGN", 3104, "Product Design", "TEAM", "PROD"),
    ("SALES_DACH", 3105, "Sales DACH", "TEAM", "SALES"),
    ("SALES_FR", 3106, "Sales France", "TEAM", "SALES"),
    ("GROWTH", 3107, "Growth Marketing", "TEAM", "MKT"),
    ("TALENT", 3108, "Talent Acquisition", "TEAM", "PEOPLE"),
    ("FINANCE", 3109, "Finance & Controlling", "TEAM", "PEOPLE"),
    ("CC100", 3201, "CC-100 General & Administrative", "COST_CENTER", None),
    ("CC200", 3202, "CC-200 Research & Development", "COST_CENTER", None),
    ("CC300", 3203, "CC-300 Sales & Marketing", "COST_CENTER", None),
]
COST_CENTER_OF = {"MGMT": "CC100", "PEOPLE": "CC100", "ENG": "CC200", "PROD": "CC200", "SALES": "CC300", "MKT": "CC300"}

# key, remote id, name, street, zip, city, country, type
LOCATIONS = [
    ("BER", 4001, "Berlin HQ", "Torstraße 109", "10119", "Berlin", "DE", "OFFICE"),
    ("MUC", 4002, "Munich Office", "Sendlinger Straße 7", "80331", "München", "DE", "OFFICE"),
    ("PAR", 4003, "Paris Office", "18 Rue de Paradis", "75010", "Paris", "FR", "OFFICE"),
    ("REM", 4004, "Remote (Germany)", None, None, None, "DE", "REMOTE"),
]
# key, remote id, name, street, zip, city, country
LEGAL_ENTITIES = [
    ("GMBH", 4501, "Acme GmbH", "Torstraße 109", "10119", "Berlin", "DE"),
    ("SAS", 4502, "Acme SAS", "18 Rue de Paradis", "75010", "Paris", "FR"),
]

# Roster. Columns:
#   key, first, last, gender, job title, department, team, manager key, location, status, employment type,
#   weekly hours, nationality, start date, termination date, yearly salary (EUR; hourly rate for working students,
#   monthly for interns, daily rate for contractors), home city (None = office city)
E = None
ROSTER = [
    ("ceo", "Katharina", "Weber", "FEMALE", "Chief Executive Officer", "MGMT", E, E, "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2019-04-01", E, 165000, E),
    ("cto", "Tobias", "Schneider", "MALE", "Chief Technology Officer", "ENG", E, "ceo", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2019-04-01", E, 150000, "Potsdam"),
    ("vpp", "Elena", "Fischer", "FEMALE", "VP Product", "PROD", E, "ceo", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2020-01-15", E, 128000, E),
    ("vps", "Markus", "Hoffmann", "MALE", "VP Sales", "SALES", E, "ceo", "MUC", "ACTIVE", "FULL_TIME", 40, "DE", "2020-03-01", E, 135000, E),
    ("hom", "Camille", "Laurent", "FEMALE", "Head of Marketing", "MKT", E, "ceo", "PAR", "ACTIVE", "FULL_TIME", 39, "FR", "2021-02-01", E, 105000, E),
    ("hop", "Sabine", "Wagner", "FEMALE", "Head of People & Operations", "PEOPLE", E, "ceo", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2019-09-01", E, 98000, E),
    ("hof", "Stefan", "Becker", "MALE", "Head of Finance", "PEOPLE", "FINANCE", "ceo", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2020-06-01", E, 112000, E),
    # Engineering
    ("emb", "Julia", "Schäfer", "FEMALE", "Engineering Manager Backend", "ENG", "BACKEND", "cto", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2020-02-01", E, 105000, E),
    ("be1", "Lukas", "Meyer", "MALE", "Senior Backend Engineer", "ENG", "BACKEND", "emb", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2020-10-01", E, 88000, E),
    ("be2", "Jonas", "Koch", "MALE", "Backend Engineer", "ENG", "BACKEND", "emb", "REM", "ACTIVE", "FULL_TIME", 40, "DE", "2022-05-02", E, 72000, "Leipzig"),
    ("be3", "Aylin", "Yılmaz", "FEMALE", "Backend Engineer", "ENG", "BACKEND", "emb", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2023-03-01", E, 70000, E),
    ("be4", "Mateusz", "Nowak", "MALE", "Senior Backend Engineer", "ENG", "BACKEND", "emb", "BER", "ACTIVE", "FULL_TIME", 40, "PL", "2021-07-01", E, 90000, E),
    ("be5", "Felix", "Bauer", "MALE", "Working Student Software Engineering", "ENG", "BACKEND", "emb", "BER", "ACTIVE", "WORKING_STUDENT", 20, "DE", "2025-10-01", E, 17.5, E),
    ("emf", "Anna", "Richter", "FEMALE", "Engineering Manager Frontend", "ENG", "FRONTEND", "cto", "MUC", "ACTIVE", "FULL_TIME", 40, "DE", "2020-09-01", E, 104000, E),
    ("fe1", "Maximilian", "Wolf", "MALE", "Senior Frontend Engineer", "ENG", "FRONTEND", "emf", "MUC", "ACTIVE", "FULL_TIME", 40, "DE", "2021-01-04", E, 86000, E),
    ("fe2", "Sofia", "Romano", "FEMALE", "Frontend Engineer", "ENG", "FRONTEND", "emf", "MUC", "ACTIVE", "FULL_TIME", 40, "IT", "2023-09-01", E, 68000, E),
    ("fe3", "Niklas", "Schröder", "MALE", "Frontend Engineer", "ENG", "FRONTEND", "emf", "REM", "LEAVE", "FULL_TIME", 40, "DE", "2022-02-01", E, 71000, "Hamburg"),
    ("fe4", "Lea", "Neumann", "FEMALE", "Frontend Engineer", "ENG", "FRONTEND", "emf", "BER", "PENDING", "FULL_TIME", 40, "DE", "2027-01-04", E, 69000, E),
    ("pll", "Daniel", "Zimmermann", "MALE", "Staff Platform Engineer", "ENG", "PLATFORM", "cto", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2019-11-01", E, 112000, E),
    ("pl1", "Pieter", "de Vries", "MALE", "Site Reliability Engineer", "ENG", "PLATFORM", "pll", "BER", "ACTIVE", "FULL_TIME", 40, "NL", "2022-08-01", E, 84000, E),
    ("pl2", "Hannah", "Krüger", "FEMALE", "DevOps Engineer", "ENG", "PLATFORM", "pll", "REM", "ACTIVE", "FULL_TIME", 40, "DE", "2023-01-02", E, 78000, "Hamburg"),
    ("pl3", "Erik", "Lindqvist", "MALE", "Platform Engineer", "ENG", "PLATFORM", "pll", "BER", "INACTIVE", "FULL_TIME", 40, "SE", "2021-04-01", "2026-06-30", 80000, E),
    # Product & Design
    ("pm1", "Laura", "Braun", "FEMALE", "Senior Product Manager", "PROD", E, "vpp", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2021-03-01", E, 92000, E),
    ("pm2", "Moritz", "Hartmann", "MALE", "Product Manager", "PROD", E, "vpp", "MUC", "ACTIVE", "FULL_TIME", 40, "DE", "2023-06-01", E, 76000, E),
    ("dsl", "Marie", "Dubois", "FEMALE", "Lead Product Designer", "PROD", "DESIGN", "vpp", "PAR", "ACTIVE", "FULL_TIME", 39, "FR", "2021-09-01", E, 82000, E),
    ("ds1", "Clara", "Vogel", "FEMALE", "Product Designer", "PROD", "DESIGN", "dsl", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2022-11-01", E, 64000, E),
    ("ds2", "Théo", "Martin", "MALE", "UX Researcher", "PROD", "DESIGN", "dsl", "PAR", "ACTIVE", "PART_TIME", 28, "FR", "2024-02-01", E, 58000, E),
    ("ds3", "Paula", "Schmitt", "FEMALE", "Design Intern", "PROD", "DESIGN", "dsl", "BER", "INACTIVE", "INTERNSHIP", 40, "DE", "2026-04-01", "2026-09-30", 1800, E),
    # Sales
    ("sdl", "Florian", "Krause", "MALE", "Sales Team Lead DACH", "SALES", "SALES_DACH", "vps", "MUC", "ACTIVE", "FULL_TIME", 40, "DE", "2020-07-01", E, 95000, E),
    ("s1", "Johanna", "Lehmann", "FEMALE", "Account Executive", "SALES", "SALES_DACH", "sdl", "MUC", "ACTIVE", "FULL_TIME", 40, "DE", "2022-01-03", E, 70000, E),
    ("s2", "Sebastian", "Köhler", "MALE", "Account Executive", "SALES", "SALES_DACH", "sdl", "MUC", "ACTIVE", "FULL_TIME", 40, "DE", "2023-04-03", E, 66000, E),
    ("s3", "Nina", "Huber", "FEMALE", "Senior Account Executive", "SALES", "SALES_DACH", "sdl", "MUC", "ACTIVE", "FULL_TIME", 40, "AT", "2021-05-01", E, 82000, E),
    ("s4", "Tim", "Walter", "MALE", "Sales Development Representative", "SALES", "SALES_DACH", "sdl", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2024-09-02", E, 52000, E),
    ("s5", "Leonie", "Franke", "FEMALE", "Sales Development Representative", "SALES", "SALES_DACH", "sdl", "BER", "PENDING", "FULL_TIME", 40, "DE", "2026-12-14", E, 50000, E),
    ("sfl", "Antoine", "Bernard", "MALE", "Sales Team Lead France", "SALES", "SALES_FR", "vps", "PAR", "ACTIVE", "FULL_TIME", 39, "FR", "2021-10-01", E, 90000, E),
    ("sf1", "Chloé", "Petit", "FEMALE", "Account Executive", "SALES", "SALES_FR", "sfl", "PAR", "ACTIVE", "FULL_TIME", 39, "FR", "2022-09-01", E, 62000, E),
    ("sf2", "Hugo", "Moreau", "MALE", "Account Executive", "SALES", "SALES_FR", "sfl", "PAR", "LEAVE", "FULL_TIME", 39, "FR", "2023-02-01", E, 60000, E),
    ("sf3", "Inès", "Garcia", "FEMALE", "Customer Success Manager", "SALES", "SALES_FR", "sfl", "PAR", "ACTIVE", "FULL_TIME", 39, "FR", "2024-01-08", E, 56000, E),
    ("sf4", "Lucas", "Roux", "MALE", "Sales Development Representative", "SALES", "SALES_FR", "sfl", "PAR", "INACTIVE", "FULL_TIME", 39, "FR", "2024-03-01", "2026-02-28", 46000, E),
    # Marketing
    ("m1", "Sarah", "Klein", "FEMALE", "Growth Marketing Manager", "MKT", "GROWTH", "hom", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2021-06-01", E, 78000, E),
    ("m2", "Jan", "Schulz", "MALE", "Content Marketing Manager", "MKT", "GROWTH", "hom", "BER", "LEAVE", "FULL_TIME", 40, "DE", "2022-04-01", E, 66000, E),
    ("m3", "Emma", "Lefebvre", "FEMALE", "Marketing Manager France", "MKT", "GROWTH", "hom", "PAR", "ACTIVE", "FULL_TIME", 39, "FR", "2023-05-02", E, 60000, E),
    ("m4", "Paul", "Kaiser", "MALE", "Performance Marketing Specialist", "MKT", "GROWTH", "m1", "BER", "ACTIVE", "CONTRACT", 32, "DE", "2025-03-01", E, 520, E),
    ("m5", "Mia", "Fuchs", "FEMALE", "Working Student Marketing", "MKT", "GROWTH", "m1", "BER", "ACTIVE", "WORKING_STUDENT", 20, "DE", "2025-11-01", E, 16, E),
    # People & Operations, Finance
    ("ta1", "Katrin", "Scholz", "FEMALE", "Senior Talent Acquisition Manager", "PEOPLE", "TALENT", "hop", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2020-11-02", E, 80000, E),
    ("ta2", "Ben", "Herrmann", "MALE", "Talent Acquisition Partner", "PEOPLE", "TALENT", "ta1", "BER", "ACTIVE", "FULL_TIME", 40, "DE", "2023-08-01", E, 60000, E),
    ("pp1", "Melanie", "Lange", "FEMALE", "People Partner", "PEOPLE", E, "hop", "BER", "ACTIVE", "PART_TIME", 30, "DE", "2021-08-02", E, 68000, E),
    ("pp2", "Oliver", "Peters", "MALE", "Office Manager", "PEOPLE", E, "hop", "BER", "INACTIVE", "FULL_TIME", 40, "DE", "2020-01-02", "2025-12-31", 48000, E),
    ("fi1", "Andrea", "Jung", "FEMALE", "Accountant", "PEOPLE", "FINANCE", "hof", "BER", "ACTIVE", "PART_TIME", 24, "DE", "2022-03-01", E, 58000, E),
    ("fi2", "Simon", "Brandt", "MALE", "Financial Controller", "PEOPLE", "FINANCE", "hof", "MUC", "PENDING", "FULL_TIME", 40, "DE", "2027-02-01", E, 74000, E),
]

# Earlier employments (before a raise or promotion): key -> (old title or None, old pay, date of the raise)
RAISES = {
    "cto": (None, 135000, "2024-01-01"),
    "emb": ("Senior Backend Engineer", 86000, "2023-04-01"),
    "be1": ("Backend Engineer", 72000, "2024-04-01"),
    "be4": (None, 84000, "2026-01-01"),
    "fe1": ("Frontend Engineer", 70000, "2023-01-01"),
    "pll": ("Senior Platform Engineer", 98000, "2024-07-01"),
    "pm1": ("Product Manager", 80000, "2024-01-01"),
    "dsl": ("Senior Product Designer", 72000, "2025-01-01"),
    "sdl": ("Senior Account Executive", 84000, "2023-07-01"),
    "s3": ("Account Executive", 72000, "2024-04-01"),
    "sf1": (None, 58000, "2026-01-01"),
    "m1": ("Performance Marketing Manager", 68000, "2025-04-01"),
    "ta1": ("Talent Acquisition Manager", 70000, "2024-01-01"),
    "be5": (None, 16.0, "2026-10-01"),
}

# Extra facts worth pinning.
PERSONAL_EMAILS = {"fe4": "lea.neumann@posteo.de", "s5": "leonie.franke@gmx.de"}
NO_BANK = {"s5", "fi2", "m4"}

# Absences. Columns: remote id, employee key, type key (VAC/SICK/OT/PAR), start, end, status,
#   start half day, end half day, start time, end time, employee note, requested at, decided at
# Types: VAC days + half days; SICK days; OT hours + exact times; PAR days.
ABSENCES = [
    # past
    (5001, "cto", "VAC", "2026-07-20", "2026-07-31", "APPROVED", 0, 0, E, E, "Summer holiday in Sardinia", "2026-04-14 10:12", "2026-04-15 08:30"),
    (5002, "be1", "VAC", "2026-08-10", "2026-08-14", "APPROVED", 0, 0, E, E, E, "2026-06-02 14:40", "2026-06-03 09:05"),
    (5003, "be2", "SICK", "2026-03-09", "2026-03-11", "APPROVED", 0, 0, E, E, E, "2026-03-09 07:32", "2026-03-09 11:20"),
    (5004, "be3", "VAC", "2026-05-26", "2026-05-29", "APPROVED", 0, 0, E, E, "Bridge days after Pentecost", "2026-03-30 16:01", "2026-03-31 10:44"),
    (5005, "be4", "OT", "2026-10-16", "2026-10-16", "APPROVED", 0, 0, "13:00:00", "17:00:00", "Compensation for the release weekend", "2026-10-12 09:15", "2026-10-12 13:02"),
    (5006, "fe1", "VAC", "2026-09-07", "2026-09-18", "APPROVED", 0, 0, E, E, "Hiking in the Dolomites", "2026-05-20 18:22", "2026-05-21 08:10"),
    (5007, "fe2", "VAC", "2026-06-22", "2026-06-26", "APPROVED", 0, 0, E, E, E, "2026-04-28 11:45", "2026-04-28 15:30"),
    (5008, "pl1", "SICK", "2026-11-16", "2026-11-17", "APPROVED", 0, 0, E, E, E, "2026-11-16 07:05", "2026-11-16 09:41"),
    (5009, "pl2", "OT", "2026-11-06", "2026-11-06", "APPROVED", 0, 0, "09:00:00", "17:00:00", "On-call weekend in October", "2026-10-27 10:00", "2026-10-27 16:12"),
    (5010, "pm1", "VAC", "2026-10-26", "2026-10-30", "APPROVED", 0, 0, E, E, "Autumn break with the kids", "2026-08-31 09:14", "2026-09-01 08:03"),
    (5011, "ds1", "VAC", "2026-04-02", "2026-04-02", "APPROVED", 0, 1, E, E, "Afternoon off before Easter", "2026-03-20 12:30", "2026-03-20 14:55"),
    (5012, "s1", "VAC", "2026-08-17", "2026-08-28", "APPROVED", 0, 0, E, E, E, "2026-05-04 08:58", "2026-05-04 17:20"),
    (5013, "s3", "SICK", "2026-02-02", "2026-02-06", "APPROVED", 0, 0, E, E, E, "2026-02-02 06:55", "2026-02-02 10:10"),
    (5014, "sf1", "VAC", "2026-08-03", "2026-08-21", "APPROVED", 0, 0, E, E, "Congés d'été", "2026-03-16 09:30", "2026-03-17 11:00"),
    (5015, "m1", "OT", "2026-09-25", "2026-09-25", "APPROVED", 0, 0, "14:00:00", "18:00:00", E, "2026-09-21 13:37", "2026-09-22 08:45"),
    (5016, "ta1", "VAC", "2026-10-05", "2026-10-09", "APPROVED", 0, 0, E, E, E, "2026-07-15 15:05", "2026-07-16 09:20"),
    (5017, "fi1", "SICK", "2026-11-23", "2026-11-23", "APPROVED", 0, 0, E, E, E, "2026-11-23 07:48", "2026-11-23 08:30"),
    (5018, "hop", "VAC", "2026-05-14", "2026-05-15", "APPROVED", 0, 0, E, E, "Ascension bridge day", "2026-04-01 10:10", "2026-04-01 12:00"),
    (5019, "pl3", "SICK", "2026-04-13", "2026-04-14", "APPROVED", 0, 0, E, E, E, "2026-04-13 08:02", "2026-04-13 09:15"),
    # the deleted one: booked, then withdrawn in Personio before it started
    (5020, "s2", "VAC", "2026-11-09", "2026-11-13", "APPROVED", 0, 0, E, E, "Trip to Lisbon", "2026-09-30 19:04", "2026-10-01 08:20"),
    # current (spanning the clock, 2026-12-01)
    (5021, "fe3", "PAR", "2026-10-01", "2027-03-31", "APPROVED", 0, 0, E, E, "Elternzeit (6 Monate)", "2026-07-01 09:00", "2026-07-02 10:30"),
    (5022, "m2", "PAR", "2026-11-02", "2027-04-30", "APPROVED", 0, 0, E, E, "Elternzeit", "2026-08-10 11:11", "2026-08-11 09:00"),
    (5023, "sf2", "SICK", "2026-11-09", "2026-12-18", "APPROVED", 0, 0, E, E, "Arrêt maladie, prolongé", "2026-11-09 08:15", "2026-11-23 10:05"),
    (5024, "be5", "VAC", "2026-11-30", "2026-12-04", "APPROVED", 0, 0, E, E, "Exam preparation", "2026-10-19 17:45", "2026-10-20 09:30"),
    (5025, "vps", "VAC", "2026-11-26", "2026-12-02", "APPROVED", 0, 1, E, E, E, "2026-10-05 08:40", "2026-10-05 14:00"),
    (5026, "pl2", "SICK", "2026-12-01", "2026-12-01", "APPROVED", 0, 0, E, E, "Fever, back tomorrow hopefully", "2026-12-01 07:41", "2026-12-01 08:20"),
    (5027, "emb", "OT", "2026-12-01", "2026-12-01", "APPROVED", 0, 0, "08:00:00", "12:00:00", "Doctor's appointment", "2026-11-24 16:30", "2026-11-25 09:02"),
    # future
    (5028, "ceo", "VAC", "2026-12-21", "2026-12-31", "APPROVED", 0, 1, E, E, "Christmas with the family", "2026-10-02 20:15", "2026-10-02 20:15"),
    (5029, "cto", "VAC", "2026-12-28", "2026-12-31", "REQUESTED", 0, 0, E, E, E, "2026-11-27 11:05", "2026-11-27 11:05"),
    (5030, "be1", "VAC", "2026-12-21", "2026-12-24", "REQUESTED", 0, 1, E, E, "Flying home for Christmas", "2026-11-30 15:22", "2026-11-30 15:22"),
    (5031, "be3", "VAC", "2026-12-14", "2026-12-18", "APPROVED", 0, 0, E, E, E, "2026-10-21 10:31", "2026-10-22 09:12"),
    (5032, "fe1", "VAC", "2026-12-23", "2026-12-31", "REQUESTED", 0, 0, E, E, E, "2026-11-29 21:40", "2026-11-29 21:40"),
    (5033, "fe2", "OT", "2026-12-11", "2026-12-11", "REQUESTED", 0, 0, "13:00:00", "17:00:00", E, "2026-11-26 09:50", "2026-11-26 09:50"),
    (5034, "pm2", "VAC", "2026-12-07", "2026-12-11", "APPROVED", 0, 0, E, E, "Ski trip", "2026-09-14 12:00", "2026-09-15 08:45"),
    (5035, "dsl", "VAC", "2026-12-21", "2026-12-31", "APPROVED", 0, 0, E, E, "Fêtes de fin d'année", "2026-09-08 10:20", "2026-09-09 09:00"),
    (5036, "sdl", "VAC", "2026-12-21", "2026-12-23", "APPROVED", 0, 0, E, E, E, "2026-10-13 08:10", "2026-10-13 12:40"),
    (5037, "sfl", "VAC", "2026-12-24", "2026-12-31", "APPROVED", 1, 0, E, E, E, "2026-10-26 14:00", "2026-10-27 09:30"),
    (5038, "m1", "VAC", "2026-12-14", "2026-12-14", "REQUESTED", 1, 0, E, E, "Moving apartment", "2026-11-30 10:03", "2026-11-30 10:03"),
    (5039, "ta2", "OT", "2026-12-04", "2026-12-04", "REQUESTED", 0, 0, "14:00:00", "18:00:00", "Career fair at TU Berlin (Saturday)", "2026-11-28 12:12", "2026-11-28 12:12"),
    (5040, "hom", "VAC", "2026-12-22", "2026-12-31", "REQUESTED", 0, 0, E, E, E, "2026-11-18 17:25", "2026-11-18 17:25"),
    (5041, "fi1", "VAC", "2026-12-28", "2026-12-31", "APPROVED", 0, 0, E, E, E, "2026-11-02 09:00", "2026-11-02 11:30"),
    # declined: overlaps with the SDR team's December push
    (5042, "s4", "VAC", "2026-12-14", "2026-12-18", "DECLINED", 0, 0, E, E, "Trip to Vienna", "2026-11-06 13:14", "2026-11-09 10:00"),
]
DELETED_ABSENCE = (5020, "2026-10-20 11:34")  # remote id, deleted at (UTC)
