"""Greenhouse jobs for Acme GmbH: stages, screening questions (every format), postings, hiring teams."""
from __future__ import annotations

from common import address, city_address, dt

BOARD = "https://boards.greenhouse.io/acmegmbh/jobs/{job}"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

BERLIN = address("Torstraße 109", "10119", "Berlin", "DE", "Berlin")
MUNICH = address("Sendlinger Straße 7", "80331", "Munich", "DE", "Bavaria")
PARIS = address("18 Rue de Paradis", "75010", "Paris", "FR", "Île-de-France")
LONDON = city_address("London", "GB", "England")
REMOTE = {"city": None, "country": "DE", "raw": "Remote (Germany)", "state": None, "street_1": None, "street_2": None,
          "zip_code": None}


def _desc(intro: str, tasks: list[str], profile: list[str]) -> str:
    li = lambda items: "".join(f"<li>{x}</li>" for x in items)  # noqa: E731
    return (f"<p>{intro}</p><h3>What you will do</h3><ul>{li(tasks)}</ul>"
            f"<h3>What you bring</h3><ul>{li(profile)}</ul>"
            "<p>Acme GmbH builds workflow software for mid-sized manufacturers across Europe. "
            "We offer 30 days of vacation, a learning budget and a hybrid set-up.</p>")


# key, remote id, name, code, status, employment type, hours, visibility, category, department, experience,
# remote status, salary (amount, from, to, currency, period), location, opened, closed, created, updated, stages,
# hiring team [(user remote id, roles)], posting visibilities, description
JOBS = [
    dict(key="BE", rid=4101, name="Senior Backend Engineer (Go)", code="ENG-BE-014", status="OPEN", etype="FULL_TIME",
         hours=40, visibility="PUBLIC", category="Software Engineering", department="Engineering",
         experience="Senior", remote="HYBRID", salary=(None, 75000, 95000, "EUR", "YEAR"), location=BERLIN,
         opened=dt("2026-07-01 08:00:00.000"), closed=None, created=dt("2026-06-24 13:41:09.311"),
         updated=dt("2026-11-03 10:22:48.120"),
         stages=["Application Review", "Phone Screen", "Take-Home Assignment", "Technical Interview", "Onsite", "Offer", "Hired"],
         team=[(80002, ["RECRUITER"]), (80005, ["HIRING_MANAGER"]), (80004, ["HIRING_MANAGER"])],
         postings=[("PUBLIC", "ACTIVE"), ("INTERNAL", "ACTIVE")], window=("2026-07-02", "2026-11-27"),
         description=_desc("We are looking for a Senior Backend Engineer to scale the services behind our planning product.",
                           ["Design and build Go services on Kubernetes", "Own features end to end with product and design",
                            "Mentor other engineers"],
                           ["5+ years of backend development, 2+ with Go", "Experience with PostgreSQL and event-driven systems",
                            "Fluent English; German is a plus"])),
    dict(key="FE", rid=4102, name="Frontend Engineer (React/TypeScript)", code="ENG-FE-009", status="OPEN", etype="FULL_TIME",
         hours=40, visibility="PUBLIC", category="Software Engineering", department="Engineering",
         experience="Mid-Level", remote="HYBRID", salary=(None, 60000, 78000, "EUR", "YEAR"), location=MUNICH,
         opened=dt("2026-08-17 07:30:00.000"), closed=None, created=dt("2026-08-10 09:12:55.804"),
         updated=dt("2026-10-29 08:05:13.442"),
         stages=["Application Review", "Phone Screen", "Technical Interview", "Offer", "Hired"],
         team=[(80002, ["RECRUITER"]), (80006, ["HIRING_MANAGER"])],
         postings=[("PUBLIC", "ACTIVE")], window=("2026-08-18", "2026-11-28"),
         description=_desc("Join our Munich frontend team and build the interfaces our customers use every day.",
                           ["Build accessible React components in TypeScript", "Improve performance and test coverage",
                            "Work closely with product designers"],
                           ["3+ years with React and TypeScript", "An eye for UX details", "Good English"])),
    dict(key="PD", rid=4103, name="Product Designer", code="PRD-DS-004", status="OPEN", etype="FULL_TIME",
         hours=39, visibility="PUBLIC", category="Design", department="Product & Design",
         experience="Mid-Level", remote="HYBRID", salary=(None, 50000, 65000, "EUR", "YEAR"), location=PARIS,
         opened=dt("2026-09-14 08:00:00.000"), closed=None, created=dt("2026-09-07 15:03:27.219"),
         updated=dt("2026-09-14 08:00:00.000"),
         stages=["Application Review", "Portfolio Review", "Design Challenge", "Hired"],
         team=[(80001, ["RECRUITER"]), (80010, ["HIRING_MANAGER"]), (80009, ["HIRING_MANAGER"])],
         postings=[("PUBLIC", "ACTIVE")], window=("2026-09-15", "2026-11-26"),
         description=_desc("We are hiring a Product Designer for our Paris office.",
                           ["Design end-to-end flows from research to high-fidelity prototypes",
                            "Contribute to our design system", "Run usability tests with customers"],
                           ["3+ years of product design for B2B software", "A portfolio showing your process",
                            "French and English"])),
    dict(key="AE", rid=4104, name="Account Executive DACH", code="SAL-AE-021", status="OPEN", etype="FULL_TIME",
         hours=40, visibility="PUBLIC", category="Sales", department="Sales",
         experience="Mid-Senior", remote="ON_SITE", salary=(None, 60000, 70000, "EUR", "YEAR"), location=MUNICH,
         opened=dt("2026-09-01 07:00:00.000"), closed=None, created=dt("2026-08-26 11:47:02.650"),
         updated=dt("2026-10-12 14:30:19.006"),
         stages=["Application Review", "Phone Screen", "Hiring Manager Interview", "Case Presentation", "Offer", "Hired"],
         team=[(80001, ["RECRUITER"]), (80012, ["HIRING_MANAGER"])],
         postings=[("PUBLIC", "ACTIVE")], window=("2026-09-02", "2026-11-27"),
         description=_desc("Grow our customer base of manufacturers in Germany, Austria and Switzerland.",
                           ["Run the full sales cycle from discovery to close", "Build relationships with operations leaders",
                            "Forecast accurately in Salesforce"],
                           ["3+ years of B2B SaaS sales", "Native-level German", "Driving licence class B"])),
    dict(key="WS", rid=4105, name="Working Student Marketing (f/m/d)", code="MKT-WS-003", status="OPEN", etype="PART_TIME",
         hours=20, visibility="UNLISTED", category="Marketing", department="Marketing",
         experience="Student", remote="HYBRID", salary=(16, None, None, "EUR", "HOUR"), location=BERLIN,
         opened=dt("2026-10-05 08:00:00.000"), closed=None, created=dt("2026-09-29 10:10:10.010"),
         updated=dt("2026-10-05 08:00:00.000"),
         stages=["Application Review", "Interview", "Hired"],
         team=[(80002, ["RECRUITER"]), (80013, ["HIRING_MANAGER"])],
         postings=[("UNLISTED", "ACTIVE")], window=("2026-10-06", "2026-11-29"),
         description=_desc("Support our growth team with campaigns, content and analytics (20 h/week).",
                           ["Plan and publish social media content", "Support webinars and events", "Report on campaign KPIs"],
                           ["Enrolled student in marketing, business or media", "Good German and English"])),
    dict(key="SDR", rid=4106, name="Sales Development Representative (DACH)", code="SAL-SDR-011", status="CLOSED",
         etype="FULL_TIME", hours=40, visibility="PUBLIC", category="Sales", department="Sales",
         experience="Entry Level", remote="ON_SITE", salary=(None, 45000, 52000, "EUR", "YEAR"), location=BERLIN,
         opened=dt("2026-06-22 07:00:00.000"), closed=dt("2026-10-20 16:45:31.908"), created=dt("2026-06-15 12:00:41.377"),
         updated=dt("2026-10-20 16:45:31.908"),
         stages=["Application Review", "Phone Screen", "Role Play", "Hired"],
         team=[(80001, ["RECRUITER"]), (80012, ["HIRING_MANAGER"])],
         postings=[], window=("2026-06-23", "2026-08-31"),
         description=_desc("Open doors for our Account Executives in the DACH market.",
                           ["Qualify inbound leads", "Run outbound sequences"], ["First sales experience", "Fluent German"])),
    dict(key="DATA", rid=4107, name="Data Engineer (Contract, 6 months)", code="ENG-DE-002", status="CLOSED",
         etype="CONTRACT", hours=40, visibility="INTERNAL", category="Data", department="Engineering",
         experience="Senior", remote="REMOTE", salary=(None, 550, 650, "GBP", "DAY"), location=LONDON,
         opened=dt("2026-03-02 09:00:00.000"), closed=dt("2026-06-30 17:00:00.000"), created=dt("2026-02-25 16:20:00.512"),
         updated=dt("2026-06-30 17:00:00.000"),
         stages=["Application Review", "Recruiter Screen", "Technical Screen", "Take-Home Assignment",
                 "System Design Interview", "Final Interview", "Hired"],
         team=[(80002, ["RECRUITER"]), (80007, ["HIRING_MANAGER"]), (80014, ["HIRING_MANAGER"])],
         postings=[], window=("2026-03-03", "2026-05-15"),
         description=_desc("Six-month contract to migrate our analytics pipelines to a lakehouse.",
                           ["Build batch and streaming pipelines", "Model data in dbt"],
                           ["Spark, dbt and Airflow", "Available from June 2026"])),
    dict(key="CS", rid=4108, name="Head of Customer Success", code="CS-HD-001", status="DRAFT", etype="FULL_TIME",
         hours=40, visibility="CONFIDENTIAL", category="Customer Success", department="Sales",
         experience="Director", remote="REMOTE", salary=(None, 95000, 115000, "EUR", "YEAR"), location=REMOTE,
         opened=None, closed=None, created=dt("2026-11-20 14:02:36.774"), updated=dt("2026-11-26 09:41:12.053"),
         stages=["Application Review", "Recruiter Screen", "Hiring Manager Interview", "Leadership Panel", "Offer", "Hired"],
         team=[(80001, ["RECRUITER"]), (80011, ["HIRING_MANAGER"])],
         postings=[("INTERNAL", "DRAFT")], window=None,
         description=_desc("Build and lead our Customer Success organisation (confidential search).",
                           ["Lead a team of 8 CSMs", "Own gross and net retention"],
                           ["5+ years leading CS teams in B2B SaaS"])),
    dict(key="INTERN", rid=4109, name="Product Design Intern (6 months)", code="PRD-IN-001", status="ARCHIVED",
         etype="INTERNSHIP", hours=40, visibility="PUBLIC", category="Design", department="Product & Design",
         experience="Internship", remote="ON_SITE", salary=(1800, None, None, "EUR", "MONTH"), location=BERLIN,
         opened=dt("2026-01-12 08:00:00.000"), closed=dt("2026-03-06 12:00:00.000"), created=dt("2026-01-08 10:00:00.000"),
         updated=dt("2026-04-02 09:15:00.000"),
         stages=["Application Review", "Interview", "Hired"],
         team=[(80001, ["RECRUITER"]), (80010, ["HIRING_MANAGER"])],
         postings=[], window=("2026-01-13", "2026-02-10"),
         description=_desc("A six-month design internship starting April 2026.",
                           ["Support the design team with research and UI work"], ["Enrolled design student"])),
]


def question_specs(key: str) -> list[dict]:
    """Screening questions per job key. 'answers' drives the seeded answers (None = never answered)."""
    if key == "BE":
        return [
            dict(title="Why do you want to join Acme?", fmt={"type": "TEXT", "display_type": "MULTI_LINE", "max_length": 2000},
                 required=True, answers=["I enjoy building reliable backend systems and your product solves a real problem for manufacturers.",
                                         "I'm looking for a team that takes ownership and ships; your engineering blog convinced me.",
                                         "I want to work on distributed systems in Go with a strong product focus."]),
            dict(title="How many years of professional experience with Go do you have?",
                 fmt={"type": "NUMBER", "display_type": "FIELD", "min": 0, "max": 40}, required=True, answers=(1, 9)),
            dict(title="CV / Resume", fmt={"type": "FILE", "accepted_mime_types": [PDF, DOCX], "max_file_size_bytes": 10485760},
                 required=True, answers=None),
            dict(key="visa", title="Do you require visa sponsorship to work in Germany?", fmt={"type": "BOOLEAN"}, required=True,
                 answers="visa"),
            dict(title="Which residence permit or visa do you currently hold?",
                 fmt={"type": "TEXT", "display_type": "SINGLE_LINE", "max_length": 200}, required=True,
                 precondition=("visa", [True]), answers=["Residence permit for temporary protection (§ 24 AufenthG)"]),
            dict(title="GitHub or GitLab profile", fmt={"type": "TEXT", "display_type": "URL", "max_length": None},
                 required=False, answers="github"),
            dict(title="Our hiring process", description="After a 30-minute phone screen we send a small take-home task "
                 "(max. 3 hours), followed by a technical interview and an onsite day in Berlin.",
                 fmt={"type": "INFORMATION"}, required=False, answers=None),
        ]
    if key == "FE":
        return [
            dict(title="What is your level of German?", fmt={"type": "SINGLE_SELECT", "display_type": "RADIO", "options":
                 ["No German", "Basic (A1–A2)", "Intermediate (B1–B2)", "Fluent (C1+) or native"]}, required=True, answers="pick"),
            dict(title="Which frameworks have you used in production?", fmt={"type": "MULTI_SELECT", "options":
                 ["React", "Vue.js", "Angular", "Svelte", "Next.js"]}, required=True, answers="pick-many"),
            dict(title="Earliest possible start date", fmt={"type": "DATE"}, required=True, answers="start-date"),
            dict(title="Annual salary expectation (EUR)", fmt={"type": "NUMBER", "display_type": "SLIDER", "min": 40000, "max": 120000},
                 required=False, answers=(55000, 85000)),
            dict(title="Contact e-mail of a professional reference", fmt={"type": "TEXT", "display_type": "EMAIL", "max_length": 254},
                 required=False, answers="reference-email"),
        ]
    if key == "PD":
        return [
            dict(title="Link to your portfolio", fmt={"type": "TEXT", "display_type": "URL", "max_length": None}, required=True,
                 answers="portfolio"),
            dict(title="Portfolio as PDF (optional)", fmt={"type": "FILE", "accepted_mime_types": [PDF], "max_file_size_bytes": 26214400},
                 required=False, answers=None),
            dict(key="heard", title="How did you hear about this role?", fmt={"type": "SINGLE_SELECT", "display_type": "DROPDOWN",
                 "options": ["LinkedIn", "Welcome to the Jungle", "Dribbble", "Referral", "Other"]}, required=True, answers="pick"),
            dict(title="Please tell us where you heard about us", fmt={"type": "TEXT", "display_type": "SINGLE_LINE", "max_length": 200},
                 required=True, precondition=("heard", ["Other"]), answers=["A talk at Paris Web 2026", "Design meetup in Paris"]),
            dict(title="Which gender do you identify with?", fmt={"type": "SINGLE_SELECT", "display_type": "DROPDOWN", "options":
                 ["Woman", "Man", "Non-binary", "Prefer not to say"]}, required=False, category="DEMOGRAPHIC", answers="gender",
                 description="Voluntary. Answers are only used for anonymised diversity reporting."),
        ]
    if key == "AE":
        return [
            dict(title="Do you hold a valid driving licence (class B)?", fmt={"type": "BOOLEAN"}, required=True, answers="mostly-true"),
            dict(title="Years of B2B SaaS sales experience", fmt={"type": "NUMBER", "display_type": "FIELD", "min": 0, "max": 30},
                 required=True, answers=(1, 8)),
            dict(title="Which languages can you sell in?", fmt={"type": "MULTI_SELECT", "options":
                 ["German", "English", "French", "Italian", "Dutch"]}, required=True, answers="languages"),
            dict(title="Tell us about the best deal you closed", fmt={"type": "TEXT", "display_type": "MULTI_LINE", "max_length": 1500},
                 required=False, answers=["A six-figure ARR deal with a logistics company after a nine-month cycle.",
                                          "Expanded a pilot with a machine builder to 12 plants within a year."]),
        ]
    if key == "WS":
        return [
            dict(title="Are you enrolled at a university in Germany?", fmt={"type": "BOOLEAN"}, required=True, answers="true"),
            dict(title="Until when are you enrolled?", fmt={"type": "DATE"}, required=True, answers="enrolment"),
            dict(title="Working student rules", description="As a working student you can work up to 20 hours per week "
                 "during the semester and full time during semester breaks.", fmt={"type": "INFORMATION"}, required=False,
                 answers=None),
            dict(title="Current certificate of enrolment", fmt={"type": "FILE", "accepted_mime_types": [PDF, "image/jpeg", "image/png"],
                 "max_file_size_bytes": 5242880}, required=True, answers=None),
        ]
    return []
