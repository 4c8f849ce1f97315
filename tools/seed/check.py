#!/usr/bin/env python3
"""Re-reads a seed folder (default <repo>/seed-data) and verifies the contract described in its README:
ids and kid() formula, references, the balance invariant, absence arithmetic, stages, dates against the clock,
lower-case e-mails, and that every record has exactly the keys (and valid values) of its GET item schema.

Usage: python3 tools/seed/check.py [seed folder] [--schemas <dir>]      exit status 1 on any problem.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, time, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ids import environment_id, kid  # noqa: E402
from schema_check import item_schema, validate  # noqa: E402

REPO = HERE.parent.parent
SCHEMAS = REPO / "tests" / "Kombo.Sim.IntegrationTests" / "Contract" / "Schemas" / "operations"
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")

# file -> (operation, path to the items, excluded keys, Kombo model of the records, extra keys)
FILES = {
    "employees.json": ("GetHrisEmployees", ("results",), {"employments", "time_off_balances", "manager", "teams", "legal_entity", "work_location"}, "hris_employees"),
    "employments.json": ("GetHrisEmployments", ("results",), set(), "hris_employments"),
    "groups.json": ("GetHrisGroups", ("results",), set(), "hris_groups"),
    "locations.json": ("GetHrisLocations", ("results",), set(), "hris_locations"),
    "legal-entities.json": ("GetHrisLegalEntities", ("results",), set(), "hris_legal_entities"),
    "absence-types.json": ("GetHrisAbsenceTypes", ("results",), set(), "hris_absence_types"),
    "time-off-balances.json": ("GetHrisTimeOffBalances", ("results",), {"type"}, "hris_time_off_balances"),
    "absences.json": ("GetHrisAbsences", ("results",), {"type"}, "hris_absences"),
    "jobs.json": ("GetAtsJobs", ("results",), set(), "ats_jobs"),
    "candidates.json": ("GetAtsCandidates", ("results",), {"applications"}, "ats_candidates"),
    "applications.json": ("GetAtsApplications", ("results",), {"candidate", "current_stage", "job"}, "ats_applications"),
    "tags.json": ("GetAtsTags", ("results",), set(), "ats_tags"),
    "users.json": ("GetAtsUsers", ("results",), set(), "ats_users"),
    "packages.json": ("GetAssessmentPackages", ("packages",), set(), None),
    "orders.json": ("GetAssessmentOrdersOpen", ("results",), set(), "assessment_orders"),
}
ALLOWED = {"HRIS": {"employees.json", "employments.json", "groups.json", "locations.json", "legal-entities.json",
                    "absence-types.json", "time-off-balances.json", "absences.json"},
           "ATS": {"jobs.json", "candidates.json", "applications.json", "tags.json", "users.json"},
           "ASSESSMENT": {"packages.json", "orders.json"}}
INTEGRATION_KEYS = {"id", "tool", "category", "status", "setup_status", "end_user", "scope_config", "created_at", "beta"}


class Report:
    def __init__(self):
        self.errors: list[str] = []
        self.checked = Counter()

    def fail(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def ok(self, condition: bool, where: str, message: str) -> bool:
        if not condition:
            self.fail(where, message)
        return condition


def parse_ts(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


def walk_strings(value, path=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk_strings(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk_strings(v, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


def generic_checks(rep: Report, where: str, rows: list[dict], clock: datetime, model: str | None, integration_id: str) -> None:
    ids = Counter(r.get("id") for r in rows)
    for dup in [i for i, n in ids.items() if n > 1]:
        rep.fail(where, f"duplicate id {dup}")
    if model and model != "assessment_orders":
        remotes = Counter(r.get("remote_id") for r in rows)
        for dup in [i for i, n in remotes.items() if n > 1]:
            rep.fail(where, f"duplicate remote_id {dup}")
    for r in rows:
        rid = r.get("remote_id")
        if model and model != "assessment_orders":
            rep.ok(isinstance(rid, str) and rid.isdigit() and int(rid) < 100000, where, f"remote_id {rid!r} is not numeric < 100000")
            rep.ok(r.get("id") == kid(integration_id, model, rid), where, f"id {r.get('id')} != kid(integration, {model}, {rid})")
        for key in ("changed_at", "remote_deleted_at", "remote_created_at", "remote_updated_at", "rejected_at", "opened_at", "closed_at", "updated_at"):
            value = r.get(key)
            if isinstance(value, str):
                rep.ok(TS.match(value) is not None, where, f"{r.get('id')}.{key} {value!r} not YYYY-MM-DDTHH:mm:ss.sssZ")
                if TS.match(value):
                    rep.ok(parse_ts(value) <= clock, where, f"{r.get('id')}.{key} {value} is after the clock")
        for path, value in walk_strings(r):
            if "email" in path.lower() and "@" in value:
                rep.ok(value == value.lower(), where, f"{r.get('id')}{path} {value!r} is not lower case")


def check_hris(rep: Report, where: str, files: dict[str, list], clock: datetime, iid: str) -> dict:
    today = clock.date()
    emp = {e["id"]: e for e in files.get("employees.json", [])}
    groups = {g["id"]: g for g in files.get("groups.json", [])}
    locs = {x["id"] for x in files.get("locations.json", [])}
    les = {x["id"] for x in files.get("legal-entities.json", [])}
    types = {t["id"]: t for t in files.get("absence-types.json", [])}
    for g in groups.values():
        rep.ok(g["parent_id"] is None or (g["parent_id"] in groups and g["parent_id"] != g["id"]), where, f"group {g['id']} parent_id {g['parent_id']} unresolved")
    absences = files.get("absences.json", [])
    for key in ("work_email", "personal_email"):
        counts = Counter(e[key] for e in emp.values() if e[key])
        for dup in [m for m, n in counts.items() if n > 1]:
            rep.fail(where, f"{key} {dup} used by two employees")
    for e in emp.values():
        w = f"{where}/employees {e['id']}"
        rep.ok(e["manager_id"] is None or e["manager_id"] in emp, w, f"manager_id {e['manager_id']} unresolved")
        rep.ok(e["legal_entity_id"] is None or e["legal_entity_id"] in les, w, f"legal_entity_id {e['legal_entity_id']} unresolved")
        rep.ok(e["work_location_id"] is None or e["work_location_id"] in locs, w, f"work_location_id {e['work_location_id']} unresolved")
        for ref in e["groups"]:
            g = groups.get(ref["id"])
            rep.ok(g is not None and all(g[k] == ref[k] for k in ("remote_id", "name", "type")), w, f"group {ref} does not match groups.json")
        seen, cursor = set(), e
        while cursor and cursor["manager_id"]:
            if cursor["id"] in seen:
                rep.fail(w, "manager cycle")
                break
            seen.add(cursor["id"])
            cursor = emp.get(cursor["manager_id"])
        start = parse_ts(e["start_date"]).date() if e["start_date"] else None
        end = parse_ts(e["termination_date"]).date() if e["termination_date"] else None
        for key in ("date_of_birth", "start_date", "termination_date"):
            rep.ok(e[key] is None or e[key].endswith("T00:00:00.000Z"), w, f"{key} is not a midnight UTC datetime")
        status = e["employment_status"]
        if status == "PENDING":
            rep.ok(start is not None and start > today, w, "PENDING but start_date is not after the clock")
        elif status == "INACTIVE":
            rep.ok(end is not None and end <= today, w, "INACTIVE without a past termination_date")
        else:
            rep.ok(start is None or start <= today, w, f"{status} but starts after the clock")
            rep.ok(end is None or end > today, w, f"{status} but terminated before the clock")
        if status == "LEAVE":
            rep.ok(any(a["employee_id"] == e["id"] and a["remote_deleted_at"] is None and a["status"] == "APPROVED"
                       and a["start_date"] <= today.isoformat() <= a["end_date"] for a in absences), w, "LEAVE without a current absence")
    for x in files.get("employments.json", []):
        rep.ok(x["employee_id"] in emp, f"{where}/employments {x['id']}", "employee_id unresolved")
        rep.ok(x["effective_date"] is None or x["effective_date"].endswith("T00:00:00.000Z"), f"{where}/employments {x['id']}", "effective_date not midnight")
    deleted = 0
    for a in absences:
        w = f"{where}/absences {a['id']}"
        t = types.get(a["type_id"])
        if not rep.ok(a["employee_id"] in emp and t is not None, w, "employee_id/type_id unresolved"):
            continue
        rep.ok(a["approver_id"] is None or a["approver_id"] in emp, w, "approver_id unresolved")
        rep.ok(a["unit"] == t["unit"], w, "unit differs from the type's")
        start, end = date.fromisoformat(a["start_date"]), date.fromisoformat(a["end_date"])
        rep.ok(start <= end, w, "end before start")
        days = (end - start).days + 1
        sh, eh = a["start_half_day"], a["end_half_day"]
        if t["half_days_supported"]:
            rep.ok(isinstance(sh, bool) and isinstance(eh, bool), w, "half-day flags must be booleans for this type")
        else:
            rep.ok(sh is None and eh is None, w, "half-day flags must be null for this type")
        if t["unit"] == "HOURS":
            ok = rep.ok(a["start_time"] is not None and a["end_time"] is not None, w, "HOURS absence without times")
            if ok:
                t0, t1 = time.fromisoformat(a["start_time"]), time.fromisoformat(a["end_time"])
                hours = (datetime.combine(start, t1) - datetime.combine(start, t0)).total_seconds() / 3600
                rep.ok(abs(a["amount"] - round(hours * days, 2)) < 1e-9, w, f"amount {a['amount']} != {hours} h × {days} days")
        else:
            rep.ok(a["start_time"] is None and a["end_time"] is None, w, "DAYS absence with times")
            expected = (0.5 if (sh or eh) else 1) if days == 1 else days - (0.5 if sh else 0) - (0.5 if eh else 0)
            rep.ok(abs(a["amount"] - expected) < 1e-9, w, f"amount {a['amount']} != {expected}")
        if not t["exact_times_supported"]:
            rep.ok(a["start_time"] is None, w, "times on a type without exact times")
        is_deleted = a["remote_deleted_at"] is not None
        rep.ok(is_deleted == (a["status"] == "DELETED"), w, "status DELETED iff remote_deleted_at is set")
        deleted += is_deleted
        rep.ok(parse_ts(a["remote_created_at"]) <= parse_ts(a["remote_updated_at"]), w, "remote_created_at after remote_updated_at")
    pairs = Counter((b["employee_id"], b["type_id"]) for b in files.get("time-off-balances.json", []))
    for pair in [p for p, n in pairs.items() if n > 1]:
        rep.fail(where, f"two balances for employee/type {pair}")
    for b in files.get("time-off-balances.json", []):
        w = f"{where}/time-off-balances {b['id']}"
        t = types.get(b["type_id"])
        if not rep.ok(b["employee_id"] in emp and t is not None, w, "employee_id/type_id unresolved"):
            continue
        rep.ok(b["balance_unit"] == t["unit"] and b["used_unit"] == t["unit"], w, "units differ from the type's")
        used = sum(a["amount"] for a in absences if a["employee_id"] == b["employee_id"] and a["type_id"] == b["type_id"]
                   and a["remote_deleted_at"] is None and a["status"] not in ("DECLINED", "CANCELLED", "DELETED"))
        rep.ok(abs(b["used"] - used) < 1e-9, w, f"used {b['used']} != {used} (sum of counting absences)")
        rep.ok(b["balance"] is not None and b["balance"] >= 0, w, "negative balance")
        rep.ok(emp[b["employee_id"]]["employment_status"] != "INACTIVE", w, "balance of an INACTIVE employee")
    return {"deleted_absences": deleted}


def check_ats(rep: Report, where: str, files: dict[str, list], iid: str) -> None:
    users = {u["id"]: u for u in files.get("users.json", [])}
    tags = {t["id"]: t for t in files.get("tags.json", [])}
    jobs = {j["id"]: j for j in files.get("jobs.json", [])}
    cands = {c["id"]: c for c in files.get("candidates.json", [])}
    nested = defaultdict(Counter)
    for j in jobs.values():
        w = f"{where}/jobs {j['id']}"
        rep.ok([s["index"] for s in j["stages"]] == list(range(len(j["stages"]))), w, "stage indexes are not 0..n-1")
        for model, items in (("ats_job_stages", j["stages"]), ("ats_screening_questions", j["screening_questions"]),
                             ("ats_job_postings", j["job_postings"])):
            for item in items:
                nested[model][item["id"]] += 1
                rep.ok(item["id"] == kid(iid, model, item["remote_id"]), w, f"{model} id {item['id']} != kid formula")
        questions = {q["id"]: q for q in j["screening_questions"]}
        for q in j["screening_questions"]:
            for o in (q["format"] or {}).get("options", []):
                nested["ats_screening_question_options"][o["id"]] += 1
                rep.ok(o["id"] == kid(iid, "ats_screening_question_options", o["remote_id"]), w, "option id != kid formula")
            if q["precondition_question_id"]:
                parent = questions.get(q["precondition_question_id"])
                if rep.ok(parent is not None, w, f"question {q['id']} precondition unresolved"):
                    fmt = parent["format"]
                    if fmt["type"] == "BOOLEAN":
                        rep.ok(all(isinstance(v, bool) for v in q["precondition_options"]), w, "boolean precondition needs bool options")
                    else:
                        option_ids = {o["id"] for o in fmt.get("options", [])}
                        rep.ok(set(q["precondition_options"]) <= option_ids, w, "precondition options are not the parent's options")
        for m in j["hiring_team"]:
            u = users.get(m["id"])
            rep.ok(u is not None and all(u[k] == m[k] for k in ("remote_id", "first_name", "last_name", "email")), w,
                   f"hiring team member {m['id']} does not match users.json")
            rep.ok(sorted(r["unified_type"] for r in m["job_roles"]) == sorted(m["hiring_team_roles"]), w, "job_roles differ from hiring_team_roles")
        if j["status"] == "OPEN":
            rep.ok(j["closed_at"] is None and j["opened_at"] is not None, w, "OPEN job with closed_at or without opened_at")
    counts = Counter(x["email_address"] for c in cands.values() for x in c["email_addresses"])
    for dup in [m for m, n in counts.items() if n > 1]:
        rep.fail(where, f"e-mail {dup} used by two candidates")
    for c in cands.values():
        for t in c["tags"]:
            tag = tags.get(t["id"])
            rep.ok(tag is not None and tag["name"] == t["name"] and tag["remote_id"] == t["remote_id"], f"{where}/candidates {c['id']}", f"tag {t} does not match tags.json")
    seen_pairs = Counter()
    for a in files.get("applications.json", []):
        w = f"{where}/applications {a['id']}"
        job, cand = jobs.get(a["job_id"]), cands.get(a["candidate_id"])
        if not rep.ok(job is not None and cand is not None, w, "job_id/candidate_id unresolved"):
            continue
        seen_pairs[(a["candidate_id"], a["job_id"])] += 1
        stage_ids = [s["id"] for s in job["stages"]]
        if rep.ok(a["current_stage_id"] in stage_ids, w, "current_stage_id is not a stage of the job"):
            if a["outcome"] == "HIRED":
                rep.ok(a["current_stage_id"] == stage_ids[-1], w, "HIRED but not in the job's last stage")
        if a["outcome"] == "DECLINED":
            rep.ok(a["rejected_at"] is not None and a["rejection_reason_name"], w, "DECLINED without rejected_at/reason")
        else:
            rep.ok(a["rejected_at"] is None and a["rejection_reason_name"] is None, w, f"{a['outcome']} with rejection fields")
        by_remote = {q["remote_id"]: q for q in job["screening_questions"]}
        for ans in a["screening_question_answers"]:
            q = by_remote.get(ans["question"]["remote_id"])
            rep.ok(q is not None and q["title"] == ans["question"]["title"] and q["format"]["type"] == ans["question"]["type"], w,
                   f"answer to unknown question {ans['question']}")
            if q is not None and q["format"]["type"] == "SINGLE_SELECT":
                rep.ok(ans["answer"]["choice"] in [o["name"] for o in q["format"]["options"]], w, "choice is not an option name")
            if q is not None and q["format"]["type"] == "MULTI_SELECT":
                rep.ok(set(ans["answer"]["choices"]) <= {o["name"] for o in q["format"]["options"]}, w, "choices are not option names")
        for model, items in (("ats_interviews", a["interviews"]), ("ats_offers", a["offers"])):
            for item in items:
                nested[model][item["id"]] += 1
                rep.ok(item["id"] == kid(iid, model, item["remote_id"]), w, f"{model} id != kid formula")
        rep.ok(parse_ts(a["remote_created_at"]) <= parse_ts(a["remote_updated_at"]), w, "created after updated")
    for pair in [p for p, n in seen_pairs.items() if n > 1]:
        rep.fail(where, f"candidate applied twice to the same job {pair}")
    for model, counter in nested.items():
        for dup in [i for i, n in counter.items() if n > 1]:
            rep.fail(where, f"duplicate {model} id {dup}")


def check_assessment(rep: Report, where: str, files: dict[str, list], ats_worlds: list[dict[str, list]]) -> None:
    packages = {p["id"] for p in files.get("packages.json", [])}
    for o in files.get("orders.json", []):
        w = f"{where}/orders {o['id']}"
        rep.ok(o["package_id"] in packages, w, "package_id unresolved")
        rep.ok(o.get("status") in ("OPEN", "COMPLETED", "CANCELLED"), w, "status must be OPEN|COMPLETED|CANCELLED")
        found = False
        for ats in ats_worlds:
            cand = next((c for c in ats.get("candidates.json", []) if c["remote_id"] == o["candidate"]["remote_id"]), None)
            job = next((j for j in ats.get("jobs.json", []) if j["remote_id"] == o["job"]["remote_id"]), None)
            app = next((a for a in ats.get("applications.json", []) if a["remote_id"] == o["application"]["remote_id"]), None)
            if cand and job and app:
                found = (app["candidate_id"] == cand["id"] and app["job_id"] == job["id"]
                         and o["candidate"]["email"] in [e["email_address"] for e in cand["email_addresses"]]
                         and o["job"]["name"] == job["name"]
                         and [m["remote_id"] for m in o["job"]["hiring_team"]] == [m["remote_id"] for m in job["hiring_team"]])
                if found:
                    break
        rep.ok(found, w, "candidate/application/job do not mirror an ATS record of this environment")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    schemas = SCHEMAS
    if "--schemas" in args:
        i = args.index("--schemas")
        schemas = Path(args[i + 1])
        del args[i:i + 2]
    root = Path(args[0]) if args else REPO / "seed-data"
    rep = Report()
    clock = parse_ts(json.loads((root / "world.json").read_text(encoding="utf-8"))["clock"])
    item_schemas = {name: item_schema(schemas, op, *path) for name, (op, path, _, _) in FILES.items()}
    orders_schema = dict(item_schemas["orders.json"])
    orders_schema["properties"] = dict(orders_schema["properties"], status={"enum": ["OPEN", "COMPLETED", "CANCELLED"], "type": "string"})
    item_schemas["orders.json"] = orders_schema
    integration_ids = Counter()
    totals = Counter()
    for env_dir in sorted((root / "environments").iterdir()):
        env = json.loads((env_dir / "environment.json").read_text(encoding="utf-8"))
        rep.ok(set(env) == {"id", "name", "api_key"}, env_dir.name, "environment.json keys")
        rep.ok(env["id"] == environment_id(env_dir.name), env_dir.name, "environment id != kid('environment', slug)")
        ats_worlds, assessments, deleted = [], [], 0
        for folder in sorted((env_dir / "integrations").iterdir()):
            integ = json.loads((folder / "integration.json").read_text(encoding="utf-8"))
            where = f"{env_dir.name}/{folder.name}"
            rep.ok(set(integ) == INTEGRATION_KEYS, where, f"integration.json keys {sorted(integ)}")
            iid, tool, category = integ["id"], integ["tool"], integ["category"]
            integration_ids[iid] += 1
            rep.ok(iid == f"{tool}:{kid('integration', env_dir.name, tool)}", where, "integration id != '<tool>:' + kid('integration', env, tool)")
            rep.ok(set(integ["end_user"]) == {"organization_name", "creator_email", "origin_id"}, where, "end_user keys")
            rep.ok(set(integ["scope_config"]) == {"id", "name"}, where, "scope_config keys")
            rep.ok(TS.match(integ["created_at"]) is not None and parse_ts(integ["created_at"]) <= clock, where, "created_at")
            files = {}
            for path in sorted(folder.glob("*.json")):
                if path.name == "integration.json":
                    continue
                if not rep.ok(path.name in ALLOWED.get(category, set()), where, f"unexpected file {path.name} for {category}"):
                    continue
                rows = json.loads(path.read_text(encoding="utf-8"))
                if not rep.ok(isinstance(rows, list), where, f"{path.name} is not an array"):
                    continue
                files[path.name] = rows
                op, _, exclude, model = FILES[path.name]
                for row in rows:
                    for err in validate(row, item_schemas[path.name], f"{path.name}[{row.get('id')}]", exclude)[:5]:
                        rep.fail(where, err)
                generic_checks(rep, f"{where}/{path.name}", rows, clock, model, iid)
                totals[path.name] += len(rows)
            if category == "HRIS":
                deleted += check_hris(rep, where, files, clock, iid)["deleted_absences"]
            elif category == "ATS":
                check_ats(rep, where, files, iid)
                ats_worlds.append(files)
            else:
                assessments.append((where, files))
        for where, files in assessments:
            check_assessment(rep, where, files, ats_worlds)
        rep.ok(deleted == 1, env_dir.name, f"expected exactly one deleted absence, found {deleted}")
    for dup in [i for i, n in integration_ids.items() if n > 1]:
        rep.fail("environments", f"integration id {dup} used twice")
    if rep.errors:
        for e in rep.errors[:200]:
            print("FAIL", e)
        print(f"{len(rep.errors)} problem(s) in {root}")
        return 1
    print(f"OK {root}: " + ", ".join(f"{name[:-5]} {n}" for name, n in sorted(totals.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
