"""JazzHR (ATS): Acme Retail Inc (US) — 3 jobs, 6 users, 10 candidates, 12 applications, no tags."""
from __future__ import annotations

from datetime import timedelta

from ats import Ats, answer_for
from common import address, city_address, dt, email_local, phone, rand_between, rng

URLS = {"job": "https://app.jazz.co/app/v2/job/{job}", "candidate": "https://app.jazz.co/app/v2/candidate/{candidate}",
        "application": "https://app.jazz.co/app/v2/candidate/{candidate}?applicant_job={application}"}

USERS = [
    (101, "Jennifer", "Walsh", "Super Admin", "ADMIN"),
    (102, "Marcus", "Reed", "Recruiting Admin", "RECRUITER"),
    (103, "Ashley", "Nguyen", "Hiring Manager", "HIRING_MANAGER"),
    (104, "Brian", "Kowalski", "Hiring Manager", "HIRING_MANAGER"),
    (105, "Tanya", "Brooks", "Interviewer", "INTERVIEWER"),
    (106, "Derek", "Holloway", "Interviewer", "INTERVIEWER"),
]
# first, last, city, state, zip-less location, source, applications: (job key, stage index, outcome, reason)
CANDIDATES = [
    ("Emily", "Carter", "Austin", "TX", "Indeed", [("SM", 2, "PENDING", None)]),
    ("Michael", "Rodriguez", "Round Rock", "TX", "Company Careers Page", [("SM", 1, "PENDING", None), ("RSA", 1, "PENDING", None)]),
    ("Jessica", "Thompson", "Austin", "TX", "Referral", [("SM", 1, "DECLINED", "Not enough management experience")]),
    ("David", "Kim", "San Antonio", "TX", "ZipRecruiter", [("SM", 0, "PENDING", None)]),
    ("Sarah", "Martinez", "Denver", "CO", "Indeed", [("RSA", 2, "HIRED", None)]),
    ("Tyler", "Johnson", "Aurora", "CO", "Indeed", [("RSA", 0, "PENDING", None)]),
    ("Brianna", "Lee", "Lakewood", "CO", "Company Careers Page", [("RSA", 1, "DECLINED", "Availability does not match schedule")]),
    ("Jamal", "Washington", "Dallas", "TX", "Indeed", [("WH", 2, "HIRED", None)]),
    ("Kevin", "O'Brien", "Irving", "TX", "ZipRecruiter", [("WH", 1, "DECLINED", "Position filled"), ("SM", 0, "PENDING", None)]),
    ("Maria", "Gonzalez", "Dallas", "TX", "Referral", [("WH", 0, "DECLINED", "Position filled")]),
]


def build(integration_id: str) -> tuple[Ats, dict]:
    r = rng("jazzhr")
    a = Ats(integration_id, URLS)
    users = {rid: a.user(rid, first, last, f"{first.lower()}.{last.lower()}@acmeretail.com", "ACTIVE",
                         [(label.lower().replace(" ", "_"), label, unified)],
                         rand_between(r, dt("2026-02-10 18:00"), dt("2026-10-01 18:00")))
             for rid, first, last, label, unified in USERS}
    stage_rid = 401
    jobs = {}
    specs = [
        dict(key="SM", rid=301, name="Store Manager", code="RET-SM-07", status="OPEN", etype="FULL_TIME", hours=40,
             location=address("11410 Century Oaks Terrace", "78758", "Austin", "US", "TX"), salary=(None, 58000, 68000, "USD", "YEAR"),
             stages=["New", "Phone Screen", "Interview", "Hired"], team=[(102, ["RECRUITER"]), (103, ["HIRING_MANAGER"])],
             opened=dt("2026-09-08 14:00:00.000"), closed=None, window=(dt("2026-09-09 13:00"), dt("2026-11-25 23:00"))),
        dict(key="RSA", rid=302, name="Retail Sales Associate (Part-Time)", code="RET-SA-22", status="OPEN", etype="PART_TIME",
             hours=24, location=address("3000 E 1st Ave", "80206", "Denver", "US", "CO"), salary=(None, 17, 19, "USD", "HOUR"),
             stages=["New", "Interview", "Hired"], team=[(102, ["RECRUITER"]), (104, ["HIRING_MANAGER"])],
             opened=dt("2026-10-01 15:00:00.000"), closed=None, window=(dt("2026-10-02 13:00"), dt("2026-11-28 23:00"))),
        dict(key="WH", rid=303, name="Warehouse Associate", code="OPS-WH-03", status="CLOSED", etype="FULL_TIME", hours=40,
             location=address("2200 Valley View Ln", "75234", "Dallas", "US", "TX"), salary=(18, None, None, "USD", "HOUR"),
             stages=["New", "Phone Screen", "Hired"], team=[(102, ["RECRUITER"]), (104, ["HIRING_MANAGER"])],
             opened=dt("2026-06-15 14:00:00.000"), closed=dt("2026-08-14 21:30:00.000"),
             window=(dt("2026-06-16 13:00"), dt("2026-07-31 23:00"))),
    ]
    question_rid = 451
    for spec in specs:
        stages = []
        for index, name in enumerate(spec["stages"]):
            stages.append(a.stage(stage_rid, name, index))
            stage_rid += 1
        questions = []
        if spec["key"] == "RSA":
            questions.append(a.question(question_rid, 0, "Are you available to work weekends?", {"type": "BOOLEAN"}, required=True))
            question_rid += 1
        postings = []
        if spec["status"] == "OPEN":
            postings.append(a.posting(501 + len(jobs), spec["name"], f"<p>{spec['name']} at Acme Retail.</p>", "ACTIVE", "PUBLIC",
                                      f"https://acmeretail.applytojob.com/apply/{spec['rid']}"))
        jobs[spec["key"]] = a.job(
            spec["rid"], name=spec["name"], job_code=spec["code"],
            description=f"<p>Acme Retail is hiring a {spec['name']} for our {spec['location']['city']} location.</p>",
            weekly_hours=spec["hours"], employment_type=spec["etype"], status=spec["status"], visibility="PUBLIC",
            category="Retail", department="Stores" if spec["key"] != "WH" else "Operations",
            post_url=f"https://acmeretail.applytojob.com/apply/{spec['rid']}" if spec["status"] == "OPEN" else None,
            experience_level=None, remote_work_status="ON_SITE", salary=spec["salary"], location=spec["location"],
            opened_at=spec["opened"], closed_at=spec["closed"], created_at=spec["opened"] - timedelta(days=2),
            updated_at=spec["closed"] or spec["opened"], stages=stages, questions=questions, postings=postings,
            hiring_team=[a.hiring_member(users[uid], roles) for uid, roles in spec["team"]])
        jobs[spec["key"]]["_spec"] = spec
    cand_rid, app_rid, interview_rid, offer_rid = 1001, 2001, 2501, 2801
    notable = {}
    for first, last, city, state, source, apps in CANDIDATES:
        planned = []
        previous = None
        for job_key, index, outcome, reason in apps:
            job = jobs[job_key]
            spec = job["_spec"]
            lo, hi = spec["window"]
            if previous:
                lo = max(lo, previous + timedelta(days=3))
            created = rand_between(r, lo, max(hi, lo + timedelta(hours=4)))
            updated = created + timedelta(days=4 * index + r.randint(1, 3), hours=r.randint(1, 6))
            if spec["closed"]:
                updated = min(updated, spec["closed"] - timedelta(hours=2))
            updated = min(updated, dt("2026-11-30 22:00"))
            previous = updated
            interviews, offers = [], []
            if index >= 1:
                interviews.append(a.interview(interview_rid, f"{job['stages'][1]['name']} - {first} {last}",
                                              created + (updated - created) / 2, 30, None))
                interview_rid += 1
            if outcome == "HIRED":
                offers.append(a.offer(offer_rid, "ACCEPTED"))
                offer_rid += 1
            answers = [answer_for(job["screening_questions"][0], r.random() < 0.7)] if job["screening_questions"] else []
            planned.append((job, job["stages"][index], outcome, reason, created, updated, interviews, offers, answers))
        cand = a.candidate(cand_rid, first=first, last=last, company=None, title=None, source=source,
                           emails=[(f"{email_local(first, last)}{r.randint(1, 99)}@{r.choice(['gmail.com', 'yahoo.com', 'outlook.com'])}", "PERSONAL")],
                           phones=[(phone(r, "US"), "MOBILE")], social=[], location=city_address(city, "US", state), tags=[],
                           created_at=min(p[4] for p in planned), updated_at=max(p[5] for p in planned))
        cand_rid += 1
        made = []
        for job, stage, outcome, reason, created, updated, interviews, offers, answers in planned:
            made.append(a.application(app_rid, cand, job, stage, outcome=outcome, created_at=created, updated_at=updated,
                                      rejection_reason=reason, answers=answers, interviews=interviews, offers=offers))
            app_rid += 1
        if len(made) == 2 and "two_applications" not in notable:
            notable["two_applications"] = (cand, made)
    for job in jobs.values():
        job.pop("_spec")
    notable["jobs"] = jobs
    return a, notable
