"""SmartRecruiters (ASSESSMENT): 3 packages and 5 orders that reuse real Greenhouse candidates, jobs and applications."""
from __future__ import annotations

from ids import Ids

PACKAGES = [
    {"id": "1001", "name": "Backend Coding Challenge (Go)",
     "description": "90-minute take-home coding challenge on API design, concurrency and testing in Go.",
     "updated_at": "2026-06-02T09:14:27.310Z", "type": "SKILLS_TEST"},
    {"id": "1002", "name": "Work Style & Motivation Profile",
     "description": "25-minute questionnaire on collaboration, drive and work preferences, benchmarked per role family.",
     "updated_at": "2026-06-02T09:14:27.310Z", "type": "BEHAVIORAL"},
    {"id": "1003", "name": "One-Way Video Interview",
     "description": "Three recorded answers (max. 2 minutes each) reviewed asynchronously by the hiring team.",
     "updated_at": "2026-08-19T15:40:02.118Z", "type": "VIDEO_INTERVIEW"},
]

# order remote id, package id, status, (job name prefix, stage name, outcome) used to pick the Greenhouse application
ORDERS = [
    ("7001", "1001", "OPEN", ("Senior Backend Engineer", "Take-Home Assignment", "PENDING"), 0),
    ("7002", "1001", "OPEN", ("Senior Backend Engineer", "Take-Home Assignment", "PENDING"), 1),
    ("7003", "1003", "OPEN", ("Product Designer", "Portfolio Review", "PENDING"), 0),
    ("7004", "1001", "COMPLETED", ("Senior Backend Engineer", "Technical Interview", "PENDING"), 0),
    ("7005", "1002", "CANCELLED", ("Account Executive DACH", "Case Presentation", "DECLINED"), 0),
]


def build(integration_id: str, greenhouse_apps: list[tuple[dict, dict, dict]]) -> tuple[list[dict], list[dict], list[dict]]:
    """Returns (packages, orders, notes on which Greenhouse records each order mirrors)."""
    ids = Ids(integration_id)
    orders, notes = [], []
    for remote, package_id, status, (job_prefix, stage_name, outcome), nth in ORDERS:
        matches = [(c, j, a) for c, j, a in greenhouse_apps
                   if j["name"].startswith(job_prefix) and a["outcome"] == outcome
                   and next(s["name"] for s in j["stages"] if s["id"] == a["current_stage_id"]) == stage_name]
        cand, job, app = matches[nth]
        orders.append({
            "id": ids.of("assessment_orders", remote),
            "package_id": package_id,
            "candidate": {"email": cand["email_addresses"][0]["email_address"], "first_name": cand["first_name"],
                          "last_name": cand["last_name"],
                          "phone": cand["phone_numbers"][0]["phone_number"] if cand["phone_numbers"] else None,
                          "remote_id": cand["remote_id"]},
            "application": {"remote_id": app["remote_id"]},
            "job": {"remote_id": job["remote_id"], "name": job["name"], "location": job["location"],
                    "hiring_team": [{"remote_id": m["remote_id"], "email": m["email"], "first_name": m["first_name"],
                                     "last_name": m["last_name"], "hiring_team_roles": m["hiring_team_roles"]}
                                    for m in job["hiring_team"]]},
            "status": status,
        })
        notes.append({"order": orders[-1]["id"], "status": status, "package": package_id,
                      "candidate": f"{cand['first_name']} {cand['last_name']}", "job": job["name"],
                      "application_remote_id": app["remote_id"]})
    return [dict(p) for p in PACKAGES], orders, notes
