"""Builders for ATS records in Kombo's wire format (GET list items, minus the relations the loader rebuilds)."""
from __future__ import annotations

from datetime import datetime

from common import CLOCK, std, ts
from ids import Ids

ROLE_LABELS = {"RECRUITER": "Recruiter", "HIRING_MANAGER": "Hiring Manager", "COORDINATOR": "Coordinator",
               "SOURCER": "Sourcer", "INTERVIEWER": "Interviewer", "ADMIN": "Site Admin"}


def _check_time(*values: datetime | None) -> None:
    for value in values:
        if value is not None and value > CLOCK:
            raise ValueError(f"timestamp {value} after the clock")


class Ats:
    def __init__(self, integration_id: str, urls: dict[str, str]):
        """urls: templates for "job" ({job}), "candidate" ({candidate}) and "application" ({candidate}, {application})."""
        self.ids = Ids(integration_id)
        self.urls = urls
        self.jobs: list[dict] = []
        self.candidates: list[dict] = []
        self.applications: list[dict] = []
        self.tags: list[dict] = []
        self.users: list[dict] = []
        self.questions: dict[str, dict] = {}  # question id -> question (for answers)

    # --- users and tags ---------------------------------------------------------------------------

    def user(self, remote_id: int, first: str, last: str, email: str | None, status: str, roles: list[tuple[str, str, str | None]],
             changed_at: datetime, remote_data=None) -> dict:
        """roles: (remote id, label, unified type) system roles."""
        _check_time(changed_at)
        rec = {"id": self.ids.of("ats_users", remote_id), "remote_id": str(remote_id), "first_name": first,
               "last_name": last, "email": email, "status": status,
               "system_roles": [{"remote_id": rid, "remote_label": label, "scope": "SYSTEM", "unified_type": unified}
                                for rid, label, unified in roles],
               **std(changed_at, None, remote_data)}
        self.users.append(rec)
        return rec

    def tag(self, remote_id: int, name: str, changed_at: datetime) -> dict:
        rec = {"id": self.ids.of("ats_tags", remote_id), "remote_id": str(remote_id), "name": name, **std(changed_at)}
        self.tags.append(rec)
        return rec

    # --- jobs -------------------------------------------------------------------------------------

    def stage(self, remote_id: int, name: str, index: int) -> dict:
        return {"id": self.ids.of("ats_job_stages", remote_id), "remote_id": str(remote_id), "name": name,
                "remote_data": None, "index": index}

    def option(self, remote_id: int, name: str) -> dict:
        return {"id": self.ids.of("ats_screening_question_options", remote_id), "remote_id": str(remote_id), "name": name}

    def question(self, remote_id: int, index: int, title: str, fmt: dict | None, *, required: bool,
                 description: str | None = None, category: str | None = None, precondition: dict | None = None,
                 precondition_options: list | None = None) -> dict:
        rec = {"id": self.ids.of("ats_screening_questions", remote_id), "remote_id": str(remote_id), "title": title,
               "description": description, "format": fmt, "category": category, "index": index, "required": required,
               "precondition_question_id": precondition["id"] if precondition else None,
               "precondition_options": precondition_options if precondition else None}
        self.questions[rec["id"]] = rec
        return rec

    def hiring_member(self, user: dict, roles: list[str]) -> dict:
        return {"id": user["id"], "remote_id": user["remote_id"], "first_name": user["first_name"],
                "last_name": user["last_name"], "email": user["email"], "hiring_team_roles": roles,
                "job_roles": [{"remote_id": f"{user['remote_id']}-{r.lower()}", "remote_label": ROLE_LABELS[r],
                               "scope": "JOB", "unified_type": r} for r in roles]}

    def posting(self, remote_id: int, title: str, description_html: str | None, status: str, visibility: str,
                url: str | None) -> dict:
        return {"id": self.ids.of("ats_job_postings", remote_id), "remote_id": str(remote_id), "title": title,
                "description_html": description_html, "status": status, "visibility": visibility, "url": url,
                "remote_data": None}

    def job(self, remote_id: int, *, name: str, job_code: str | None, description: str | None, weekly_hours: float | None,
            employment_type: str | None, status: str, visibility: str | None, category: str | None,
            department: str | None, post_url: str | None, experience_level: str | None, remote_work_status: str | None,
            salary: tuple, location: dict | None, opened_at: datetime | None, closed_at: datetime | None,
            created_at: datetime, updated_at: datetime, stages: list[dict], questions: list[dict],
            postings: list[dict], hiring_team: list[dict], custom_fields: dict | None = None, remote_data=None,
            remote_url: str | None = None) -> dict:
        _check_time(opened_at, closed_at, created_at, updated_at)
        amount, low, high, currency, period = salary
        rec = {
            "id": self.ids.of("ats_jobs", remote_id), "remote_id": str(remote_id), "name": name, "job_code": job_code,
            "description": description, "confidential": visibility == "CONFIDENTIAL", "weekly_hours": weekly_hours,
            "employment_type": employment_type, "status": status, "visibility": visibility, "category": category,
            "department": department, "post_url": post_url, "experience_level": experience_level,
            "remote_work_status": remote_work_status, "salary_amount": amount, "salary_amount_from": low,
            "salary_amount_to": high, "salary_currency": currency, "salary_period": period, "location": location,
            "custom_fields": custom_fields if custom_fields is not None else {}, "integration_fields": [],
            "remote_url": remote_url or self.urls["job"].format(job=remote_id),
            "opened_at": ts(opened_at) if opened_at else None, "closed_at": ts(closed_at) if closed_at else None,
            "remote_created_at": ts(created_at), "remote_updated_at": ts(updated_at), "contact_id": None,
            **std(updated_at, None, remote_data),
            "stages": stages, "screening_questions": questions, "job_postings": postings, "hiring_team": hiring_team,
        }
        self.jobs.append(rec)
        return rec

    # --- candidates and applications --------------------------------------------------------------

    def candidate(self, remote_id: int, *, first: str, last: str, company: str | None, title: str | None, source: str | None,
                  emails: list[tuple[str, str]], phones: list[tuple[str, str]], social: list[dict], location: dict | None,
                  tags: list[dict], created_at: datetime, updated_at: datetime, custom_fields: dict | None = None,
                  remote_data=None, remote_url: str | None = None) -> dict:
        _check_time(created_at, updated_at)
        rec = {
            "id": self.ids.of("ats_candidates", remote_id), "remote_id": str(remote_id), "first_name": first,
            "last_name": last, "company": company, "title": title, "confidential": False, "source": source,
            "phone_numbers": [{"phone_number": n, "type": t} for n, t in phones],
            "email_addresses": [{"email_address": e, "type": t} for e, t in emails],
            "social_media": social, "location": location,
            "custom_fields": custom_fields if custom_fields is not None else {}, "integration_fields": [],
            "remote_url": remote_url or self.urls["candidate"].format(candidate=remote_id),
            "remote_created_at": ts(created_at), "remote_updated_at": ts(updated_at),
            **std(updated_at, None, remote_data),
            "tags": [{"id": t["id"], "remote_id": t["remote_id"], "name": t["name"]} for t in tags],
        }
        self.candidates.append(rec)
        return rec

    def application(self, remote_id: int, candidate: dict, job: dict, stage: dict, *, outcome: str,
                    created_at: datetime, updated_at: datetime, rejection_reason: str | None = None,
                    answers: list[dict] | None = None, interviews: list[dict] | None = None,
                    offers: list[dict] | None = None, custom_fields: dict | None = None, remote_data=None,
                    remote_url: str | None = None) -> dict:
        _check_time(created_at, updated_at)
        if stage["id"] not in {s["id"] for s in job["stages"]}:
            raise ValueError("stage of another job")
        if outcome == "HIRED" and stage["index"] != len(job["stages"]) - 1:
            raise ValueError("hired applications sit in the last stage")
        rec = {
            "id": self.ids.of("ats_applications", remote_id), "remote_id": str(remote_id), "outcome": outcome,
            "rejection_reason_name": rejection_reason if outcome == "DECLINED" else None,
            "rejected_at": ts(updated_at) if outcome == "DECLINED" else None,
            "current_stage_id": stage["id"], "job_id": job["id"], "candidate_id": candidate["id"],
            "screening_question_answers": answers or [],
            "custom_fields": custom_fields if custom_fields is not None else {}, "integration_fields": [],
            "remote_url": remote_url or self.urls["application"].format(candidate=candidate["remote_id"], application=remote_id),
            "changed_at": ts(updated_at), "remote_deleted_at": None, "remote_created_at": ts(created_at),
            "remote_updated_at": ts(updated_at), "remote_data": remote_data,
            "interviews": interviews or [], "offers": offers or [],
        }
        self.applications.append(rec)
        return rec

    def interview(self, remote_id: int, title: str, start: datetime, minutes: int, location: dict | None,
                  canceled: bool = False) -> dict:
        from datetime import timedelta
        return {"id": self.ids.of("ats_interviews", remote_id), "remote_id": str(remote_id), "title": title,
                "starting_at": ts(start), "ending_at": ts(start + timedelta(minutes=minutes)), "location": location,
                "canceled": canceled}

    def offer(self, remote_id: int, status: str) -> dict:
        return {"id": self.ids.of("ats_offers", remote_id), "remote_id": str(remote_id), "status": status}

    def files(self, omit: tuple[str, ...] = ()) -> dict[str, list]:
        by_file = {"jobs.json": self.jobs, "candidates.json": self.candidates, "applications.json": self.applications,
                   "tags.json": self.tags, "users.json": self.users}
        return {name: rows for name, rows in by_file.items() if name not in omit}


def answer_for(question: dict, value) -> dict:
    """A ScreeningAnswer for a question; `value` is the plain answer (str, number, bool, list of names, datetime)."""
    fmt_type = (question["format"] or {}).get("type", "UNKNOWN")
    head = {"remote_id": question["remote_id"], "title": question["title"], "type": fmt_type}
    if fmt_type == "TEXT":
        body = {"content": value}
    elif fmt_type == "SINGLE_SELECT":
        body = {"choice": value}
    elif fmt_type == "MULTI_SELECT":
        body = {"choices": list(value)}
    elif fmt_type == "BOOLEAN":
        body = {"checked": bool(value)}
    elif fmt_type == "NUMBER":
        body = {"number": value}
    elif fmt_type == "DATE":
        body = {"date": ts(value)}
    else:
        raise ValueError(f"no answers for {fmt_type} questions")
    return {"question": head, "answer": body}
