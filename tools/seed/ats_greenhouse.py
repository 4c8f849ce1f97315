"""Greenhouse (ATS): Acme GmbH recruiting — 9 jobs, 15 users, 10 tags, 60 candidates, 80 applications."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import greenhouse_data as G
from ats import Ats, answer_for
from ats_greenhouse_jobs import BOARD, JOBS, question_specs
from common import CLOCK, at, city_address, d, dt, email_local, phone, rand_between, rng, slug, ts

URLS = {"job": "https://app.greenhouse.io/sdash/{job}", "candidate": "https://app.greenhouse.io/people/{candidate}",
        "application": "https://app.greenhouse.io/people/{candidate}?application_id={application}"}
INTERVIEW_STAGES = {"Phone Screen", "Technical Interview", "Onsite", "Hiring Manager Interview", "Case Presentation",
                    "Interview", "Role Play", "Recruiter Screen", "Technical Screen", "System Design Interview",
                    "Final Interview", "Design Challenge", "Portfolio Review"}
ONSITE_STAGES = {"Onsite", "Case Presentation", "Role Play", "Final Interview", "Design Challenge", "Interview"}
# Declined applications per open job (the first one of FE declined the offer).
DECLINED_OPEN = {"BE": 3, "FE": 3, "PD": 2, "AE": 2, "WS": 2}
FIXED_DATES = {  # hires: (created, last update)
    ("Lea", "Neumann", "FE"): ("2026-08-20 10:14:22.481", "2026-10-28 16:02:09.930"),
    ("Leonie", "Franke", "SDR"): ("2026-08-03 08:51:40.112", "2026-10-15 11:30:00.004"),
    ("Bram", "Jansen", "DATA"): ("2026-03-09 19:22:05.600", "2026-06-10 15:45:51.250"),
    ("Paula", "Schmitt", "INTERN"): ("2026-01-20 12:05:33.010", "2026-02-27 10:12:45.777"),
}


def build(integration_id: str, personio_people: dict[str, dict]) -> tuple[Ats, dict]:
    r = rng("greenhouse")
    a = Ats(integration_id, URLS)

    users = {}
    for rid, first, last, domain, status, role in G.USERS:
        role_id, label = G.SYSTEM_ROLE_LABELS[role]
        changed = rand_between(r, dt("2025-10-01 08:00"), dt("2026-11-15 18:00"))
        if status == "INACTIVE":
            changed = dt("2026-07-01 08:12:00.000") if last == "Lindqvist" else dt("2026-01-02 09:00:00.000")
        users[rid] = a.user(rid, first, last, f"{email_local(first, last)}@{domain}", status, [(role_id, label, role)], changed)
    tags = {name: a.tag(rid, name, rand_between(r, dt("2025-10-01 08:00"), dt("2026-10-30 18:00"))) for rid, name in G.TAGS}

    # --- jobs ---------------------------------------------------------------------------------------
    jobs: dict[str, dict] = {}
    stage_rid, question_rid, option_rid, posting_rid = 20001, 30001, 31001, 40001
    for spec in JOBS:
        stages = []
        for index, name in enumerate(spec["stages"]):
            stages.append(a.stage(stage_rid, name, index))
            stage_rid += 1
        questions, by_key, options_by_q = [], {}, {}
        for index, q in enumerate(question_specs(spec["key"])):
            fmt = dict(q["fmt"])
            if fmt["type"] in ("SINGLE_SELECT", "MULTI_SELECT"):
                opts = []
                for name in fmt["options"]:
                    opts.append(a.option(option_rid, name))
                    option_rid += 1
                fmt["options"] = opts
            precondition, pre_options = None, None
            if "precondition" in q:
                parent_key, values = q["precondition"]
                precondition = by_key[parent_key]
                if precondition["format"]["type"] == "BOOLEAN":
                    pre_options = values
                else:
                    pre_options = [o["id"] for o in precondition["format"]["options"] if o["name"] in values]
            rec = a.question(question_rid, index, q["title"], fmt, required=q["required"], description=q.get("description"),
                             category=q.get("category"), precondition=precondition, precondition_options=pre_options)
            rec_meta = {"spec": q, "precondition_values": q.get("precondition", (None, None))[1],
                        "precondition_key": q.get("precondition", (None, None))[0]}
            options_by_q[rec["id"]] = rec_meta
            if "key" in q:
                by_key[q["key"]] = rec
            questions.append(rec)
            question_rid += 1
        postings = []
        for visibility, status in spec["postings"]:
            url = BOARD.format(job=spec["rid"]) if visibility == "PUBLIC" else (
                f"https://acme.greenhouse.io/internal_job_board/{spec['rid']}" if visibility == "INTERNAL" else
                f"https://boards.greenhouse.io/acmegmbh/jobs/{spec['rid']}?gh_src=unlisted")
            postings.append(a.posting(posting_rid, spec["name"], spec["description"], status, visibility, url))
            posting_rid += 1
        team = [a.hiring_member(users[uid], roles) for uid, roles in spec["team"]]
        remote_data = None
        if spec["key"] == "BE":
            remote_data = {"/v1/jobs": {"id": spec["rid"], "name": spec["name"], "requisition_id": spec["code"],
                                        "status": "open", "confidential": False, "is_template": False,
                                        "departments": [{"id": 12001, "name": "Engineering", "parent_id": None}],
                                        "offices": [{"id": 13001, "name": "Berlin", "location": {"name": "Berlin, Germany"}}],
                                        "opened_at": ts(spec["opened"]), "closed_at": None,
                                        "created_at": ts(spec["created"]), "updated_at": ts(spec["updated"])}}
        job = a.job(spec["rid"], name=spec["name"], job_code=spec["code"], description=spec["description"],
                    weekly_hours=spec["hours"], employment_type=spec["etype"], status=spec["status"],
                    visibility=spec["visibility"], category=spec["category"], department=spec["department"],
                    post_url=BOARD.format(job=spec["rid"]) if spec["status"] == "OPEN" and spec["visibility"] == "PUBLIC" else None,
                    experience_level=spec["experience"], remote_work_status=spec["remote"], salary=spec["salary"],
                    location=spec["location"], opened_at=spec["opened"], closed_at=spec["closed"],
                    created_at=spec["created"], updated_at=spec["updated"], stages=stages, questions=questions,
                    postings=postings, hiring_team=team, remote_data=remote_data,
                    custom_fields={"headcount_id": f"HC-2026-{spec['rid'] - 4000:03d}"} if spec["status"] != "DRAFT" else {})
        job["_spec"], job["_qmeta"], job["_by_key"] = spec, options_by_q, by_key
        jobs[spec["key"]] = job

    # --- candidates and applications ----------------------------------------------------------------
    # Decide which applications of open jobs are declined and which pending ones sit at the Offer stage.
    slots = [(i, job_key) for i, c in enumerate(G.CANDIDATES) for job_key in c[5]]
    declined = set()
    for job_key, count in DECLINED_OPEN.items():
        pool = [s for s in slots if s[1] == job_key and (G.CANDIDATES[s[0]][0], G.CANDIDATES[s[0]][1], job_key) not in G.HIRES]
        declined.update(r.sample(pool, count))
    offer_declined = sorted(s for s in declined if s[1] == "FE")[0]
    pending_offer = {}
    for job_key, status in (("BE", "SENT"), ("AE", "DRAFT")):
        pool = [s for s in slots if s[1] == job_key and s not in declined]
        pending_offer[r.choice(pool)] = status

    candidate_rid, application_rid, interview_rid, offer_rid = 50001, 60001, 90001, 95001
    pending_apps = []  # (candidate, job, application) in order — handy for assessment orders
    used_emails = set()
    notable: dict = {"two_applications": []}
    all_apps = []
    for i, (first, last, nationality, city, profile, job_keys) in enumerate(G.CANDIDATES):
        country = G.CITY_COUNTRY[city]
        # identity
        pinned = None
        for key in ("fe4", "s5", "ds3"):
            emp = personio_people.get(key)
            if emp and emp["first_name"] == first and emp["last_name"] == last:
                pinned = emp["personal_email"]
        email = pinned
        while email is None or email in used_emails:
            local = email_local(first, last)
            local = r.choice([local, local.replace(".", ""), f"{local[0]}.{local.split('.', 1)[1]}", f"{local}{r.randint(2, 99)}"])
            email = f"{local}@{r.choice(G.EMAIL_DOMAINS)}"
        used_emails.add(email)
        phones = [(phone(r, country), "MOBILE")]
        handle = slug(f"{first} {last}")
        social = []
        if r.random() < 0.9:
            social.append({"link": f"https://www.linkedin.com/in/{handle}-{r.randint(1000, 9999):x}", "type": "LINKEDIN", "username": None})
        if profile == "eng" and r.random() < 0.55:
            user = handle.replace("-", "")[: r.randint(6, 12)]
            social.append({"link": f"https://github.com/{user}", "type": "GITHUB", "username": user})
        if profile == "design" and r.random() < 0.6:
            user = handle.replace("-", "")
            social.append({"link": f"https://dribbble.com/{user}", "type": "DRIBBBLE", "username": user})
        if profile == "sales" and country in ("DE", "AT", "CH") and r.random() < 0.35:
            social.append({"link": f"https://www.xing.com/profile/{first}_{last}".replace(" ", "_"), "type": "XING", "username": None})
        source = r.choice(G.SOURCES)
        company, title = r.choice(G.COMPANIES[profile]), r.choice(G.TITLES[profile])
        if (first, last) == ("Paula", "Schmitt"):
            company, title, source = "Acme GmbH", "Design Intern", "Referral"
        if (first, last) == ("Lea", "Neumann"):
            company, title, source = "Contentful", "Frontend Developer", "LinkedIn"

        # applications
        apps = []
        previous_update: datetime | None = None
        for n, job_key in enumerate(job_keys):
            job = jobs[job_key]
            spec = job["_spec"]
            stages = job["stages"]
            slot = (i, job_key)
            hired = (first, last, job_key) in G.HIRES
            closed = spec["status"] != "OPEN"
            if hired:
                outcome, index = "HIRED", len(stages) - 1
            elif closed or slot in declined:
                outcome = "DECLINED"
                index = len(stages) - 2 if slot == offer_declined else r.choice(range(0, len(stages) - 1))
                if slot != offer_declined and stages[index]["name"] == "Offer":
                    index -= 1
            else:
                outcome = "PENDING"
                if slot in pending_offer:
                    index = [s["name"] for s in stages].index("Offer")
                else:
                    weights = [5, 4, 3, 2, 2, 1][: len(stages) - 1]
                    index = r.choices(range(len(weights)), weights=weights)[0]
                    if stages[index]["name"] == "Offer":
                        index -= 1
            w0, w1 = d(spec["window"][0]), d(spec["window"][1])
            if (first, last, job_key) in FIXED_DATES:
                created, updated = (dt(x) for x in FIXED_DATES[(first, last, job_key)])
            else:
                lo = at(w0, 7)
                if previous_update is not None:
                    lo = max(lo, previous_update + timedelta(days=2))
                hi = max(lo + timedelta(hours=6), at(w1, 20))
                created = rand_between(r, lo, hi)
                days = sum(r.randint(3, 9) for _ in range(index)) + r.randint(0, 2)
                updated = created + timedelta(days=days, hours=r.randint(1, 8), minutes=r.randint(0, 59))
                updated = updated.replace(hour=r.randint(7, 17))
                if closed and spec["closed"]:
                    updated = min(updated, spec["closed"] - timedelta(hours=r.randint(1, 72)))
                updated = min(updated, CLOCK - timedelta(hours=r.randint(2, 30), minutes=r.randint(0, 59)))
                updated = max(updated, created + timedelta(minutes=5))
            previous_update = updated

            # interviews: past ones for the stages passed, upcoming ones for pending interview stages
            interviews = []
            passed = [s for s in stages[1:index + (1 if outcome == "HIRED" else 0)] if s["name"] in INTERVIEW_STAGES]
            passed = [s for s in passed if s["index"] < index or outcome != "HIRED"][-2:]
            span = (updated - created).total_seconds()
            for k, stage in enumerate(passed):
                moment = created + timedelta(seconds=span * (k + 1) / (len(passed) + 1))
                moment = at(moment.date(), r.choice([8, 9, 12, 13, 14]), r.choice([0, 30]))
                location = spec["location"] if stage["name"] in ONSITE_STAGES and spec["location"]["street_1"] else None
                interviews.append(a.interview(interview_rid, f"{stage['name']} with {first} {last}", min(moment, updated),
                                              60 if stage["name"] != "Onsite" else 240, location))
                interview_rid += 1
            if outcome == "PENDING" and stages[index]["name"] in INTERVIEW_STAGES and r.random() < 0.6:
                upcoming = at(CLOCK.date() + timedelta(days=r.randint(1, 9)), r.choice([8, 9, 13, 14]), r.choice([0, 30]))
                location = spec["location"] if stages[index]["name"] in ONSITE_STAGES and spec["location"]["street_1"] else None
                interviews.append(a.interview(interview_rid, f"{stages[index]['name']} with {first} {last}", upcoming,
                                              60, location))
                interview_rid += 1
            offers = []
            if outcome == "HIRED":
                offers.append(a.offer(offer_rid, "ACCEPTED"))
            elif slot == offer_declined:
                offers.append(a.offer(offer_rid, "DECLINED"))
            elif slot in pending_offer:
                offers.append(a.offer(offer_rid, pending_offer[slot]))
            if offers:
                offer_rid += 1
            reason = None
            if outcome == "DECLINED":
                reason = "Candidate declined offer" if slot == offer_declined else (
                    "Hired another candidate" if closed and r.random() < 0.5 else r.choice(G.REJECTION_REASONS))
            answers = _answers(r, job, first, last, nationality, profile) if job["_spec"]["key"] in ("BE", "FE", "PD", "AE", "WS") and (
                r.random() < 0.75 or (first, last) in (("Lea", "Neumann"), ("Oleksandr", "Kovalenko"))) else []
            app = dict(job=job, stage=stages[index], outcome=outcome, created=created, updated=updated, reason=reason,
                       answers=answers, interviews=interviews, offers=offers)
            apps.append(app)

        # tags
        tag_names = []
        if (first, last) == ("Paula", "Schmitt"):
            tag_names.append("Former Intern")
        if any(x["answers"] and any(ans["question"]["type"] == "BOOLEAN" and ans["answer"]["checked"] and
                                    "visa" in ans["question"]["title"] for ans in x["answers"]) for x in apps):
            tag_names.append("Needs Visa Sponsorship")
        if source == "Referral":
            tag_names.append("Employee Referral")
        if job_keys == ("SDR", "AE") and r.random() < 0.5:
            tag_names.append("Silver Medalist")
        if not tag_names and r.random() < 0.3:
            options = ["Top Talent", "Talent Pool 2027", "Met at Conference"]
            if country != "DE":
                options.append("Open to Relocation")
            if nationality == "FR":
                options.append("French Speaker")
            if nationality in ("DE", "AT", "CH") and profile != "marketing":
                options.append("German C1+")
            tag_names.append(r.choice(options))
        first_created = min(x["created"] for x in apps)
        last_updated = max(x["updated"] for x in apps)
        custom = {"notice_period": r.choice(["Immediately", "1 month", "2 months", "3 months"])} if profile in ("eng", "sales") and r.random() < 0.4 else {}
        remote_data = None
        if (first, last) in (("Lea", "Neumann"), ("Jakub", "Wiśniewski")):
            remote_data = {"/v1/candidates": {
                "id": candidate_rid, "first_name": first, "last_name": last, "company": company, "title": title,
                "is_private": False, "created_at": ts(first_created), "updated_at": ts(last_updated),
                "last_activity": ts(last_updated), "application_ids": list(range(application_rid, application_rid + len(apps))),
                "phone_numbers": [{"value": phones[0][0], "type": "mobile"}],
                "email_addresses": [{"value": email, "type": "personal"}], "tags": tag_names,
                "recruiter": {"id": 80002, "first_name": "Ben", "last_name": "Herrmann", "name": "Ben Herrmann",
                              "employee_id": None}}}
        cand = a.candidate(candidate_rid, first=first, last=last, company=company, title=title, source=source,
                           emails=[(email, "PERSONAL")], phones=phones, social=social, location=city_address(city, country),
                           tags=[tags[t] for t in tag_names], created_at=first_created, updated_at=last_updated,
                           custom_fields=custom, remote_data=remote_data)
        candidate_rid += 1
        made = []
        for x in apps:
            made.append(a.application(application_rid, cand, x["job"], x["stage"], outcome=x["outcome"],
                                      created_at=x["created"], updated_at=x["updated"], rejection_reason=x["reason"],
                                      answers=x["answers"], interviews=x["interviews"], offers=x["offers"]))
            application_rid += 1
            all_apps.append((cand, x["job"], made[-1]))
        if len(made) == 2:
            notable["two_applications"].append((cand, made))
        for key, name in (("hired_lea", ("Lea", "Neumann")), ("hired_leonie", ("Leonie", "Franke")),
                          ("paula", ("Paula", "Schmitt")), ("visa", ("Oleksandr", "Kovalenko"))):
            if (first, last) == name:
                notable[key] = (cand, made)

    # Remove generator-only helper keys and keep the application list sorted by remote id (creation order ≈ ids).
    for job in jobs.values():
        for k in ("_spec", "_qmeta", "_by_key"):
            job.pop(k)
    notable.update({"jobs": jobs, "users": users, "tags": tags, "apps": all_apps})
    return a, notable


def _answers(r, job: dict, first: str, last: str, country: str, profile: str) -> list[dict]:
    """Answers to the job's questions, honouring preconditions and sometimes skipping optional ones."""
    out, given = [], {}
    for q in job["screening_questions"]:
        meta = job["_qmeta"][q["id"]]
        spec = meta["spec"]
        kind = spec["answers"]
        if kind is None:
            continue
        if q["precondition_question_id"]:
            parent = next(x for x in job["screening_questions"] if x["id"] == q["precondition_question_id"])
            if given.get(parent["id"]) not in meta["precondition_values"]:
                continue
        if not q["required"] and r.random() < 0.35:
            continue
        value = _value(r, kind, q, first, last, country, profile)
        given[q["id"]] = value
        out.append(answer_for(q, value))
    return out


def _value(r, kind, q, first, last, country, profile):
    names = [o["name"] for o in (q["format"] or {}).get("options", [])]
    if isinstance(kind, list):
        return r.choice(kind)
    if isinstance(kind, tuple):
        return r.randint(*kind) if kind[1] < 1000 else r.randrange(kind[0], kind[1] + 1, 1000)
    handle = slug(f"{first} {last}")
    if kind == "visa":
        return (first, last) == ("Oleksandr", "Kovalenko")
    if kind == "github":
        return f"https://github.com/{handle.replace('-', '')}"
    if kind == "portfolio":
        return f"https://{handle}.design" if r.random() < 0.5 else f"https://www.behance.net/{handle.replace('-', '')}"
    if kind == "reference-email":
        return f"{r.choice(['m.schmidt', 'j.keller', 's.novak', 'a.moreau'])}@{r.choice(['zalando.de', 'sap.com', 'n26.com', 'celonis.com'])}"
    if kind == "pick":
        if "German" in q["title"]:
            return names[3] if country in ("DE", "AT", "CH") else r.choice(names[:3])
        return r.choice(names[:4]) if r.random() < 0.85 else names[-1]
    if kind == "pick-many":
        return [n for n in names if n == "React" or r.random() < 0.3]
    if kind == "gender":
        return r.choice(names)
    if kind == "start-date":
        return at(date(2027, r.choice([1, 2, 3, 4]), 1))
    if kind == "enrolment":
        return at(date(r.choice([2027, 2028]), r.choice([3, 9]), 30))
    if kind == "mostly-true":
        return r.random() < 0.85
    if kind == "true":
        return True
    if kind == "languages":
        langs = ["German", "English"]
        if country == "FR" or r.random() < 0.15:
            langs.append("French")
        if r.random() < 0.1:
            langs.append("Italian")
        return langs
    raise ValueError(kind)
