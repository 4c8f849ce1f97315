"""Renders seed-data/README.md from the generated world, so the ids in it always match the files."""
from __future__ import annotations

from common import API_KEY, CLOCK_ISO, ENV_SLUG
from ids import environment_id

FORMAT = """\
## Format

```
seed-data/
  world.json                                  {"clock": "<datetime>"}  — the simulator's "now"
  environments/<env>/environment.json         {"id", "name", "api_key"}
  environments/<env>/integrations/<tool>/
    integration.json                          the integration (see below)
    <model>.json                              one JSON array per model, Kombo wire format
```

The loader reads `world.json`, then every environment folder, then every integration folder. **A missing model
file is an empty model**, so a file is only present when the tool supports that model in this world.

`integration.json`: `{"id": "<tool>:<24-char id>", "tool": "<slug>", "category": "HRIS"|"ATS"|"ASSESSMENT",
"status": "ACTIVE", "setup_status": "COMPLETED", "end_user": {"organization_name", "creator_email", "origin_id"},
"scope_config": {"id", "name"}, "created_at": "<datetime>", "beta": false}`.

### Model files

Every file is a JSON array of records **exactly as the corresponding GET list endpoint returns its
`data.results` items** (all fields present, `null` written as `null`), except that relations the loader rebuilds
itself are left out:

| file | items of | differences from the GET item |
|---|---|---|
| `employees.json` | GET /hris/employees | without `employments`, `time_off_balances`, `manager`, `teams`, `legal_entity`, `work_location`; **with** `groups` = the employee's memberships `[{"id","remote_id","name","type"}]` (must match `groups.json`) |
| `employments.json` | GET /hris/employments | — |
| `groups.json` | GET /hris/groups | — (`parent_id` is the Kombo id of another group) |
| `locations.json` | GET /hris/locations | — |
| `legal-entities.json` | GET /hris/legal-entities | — |
| `absence-types.json` | GET /hris/absence-types | — |
| `time-off-balances.json` | GET /hris/time-off-balances | without nested `type` |
| `absences.json` | GET /hris/absences | without nested `type`; with `remote_created_at`, `remote_updated_at` |
| `jobs.json` | GET /ats/jobs | — (incl. `stages`, `screening_questions`, `job_postings`, `hiring_team`) |
| `candidates.json` | GET /ats/candidates | without `applications`; `tags` = the candidate's TagRefs (must match `tags.json`) |
| `applications.json` | GET /ats/applications | without nested `candidate`, `current_stage`, `job` (keeps `candidate_id`, `job_id`, `current_stage_id`, `interviews`, `offers`, `screening_question_answers`) |
| `tags.json` | GET /ats/tags | — |
| `users.json` | GET /ats/users | — |
| `packages.json` | GET /assessment/packages `data.packages[]` | — (`id`, `name`, `description`, `updated_at`, `type`) |
| `orders.json` | GET /assessment/orders/open | plus `status`: `OPEN` \\| `COMPLETED` \\| `CANCELLED` (only OPEN orders are listed by the endpoint) |

### Values

- Timestamps: `YYYY-MM-DDTHH:mm:ss.sssZ` (UTC, milliseconds). Date-like HRIS fields (`date_of_birth`,
  `start_date`, `termination_date`, `effective_date`) are midnight UTC datetimes (`1986-01-01T00:00:00.000Z`).
  Absences: `start_date`/`end_date` are `yyyy-MM-dd`; `start_time`/`end_time` are `HH:mm:ss` or `null`.
- Every date is consistent with the clock: past/current/future absences, PENDING employees start after it,
  INACTIVE ones were terminated before it; every `changed_at` and `remote_deleted_at` is ≤ the clock and
  ≥ the integration's first sync (`created_at` + 9 minutes).
- E-mail addresses are lower case (the spec's e-mail pattern rejects upper-case domains).
- `remote_data` is `null` except for a handful of records that carry a realistic payload keyed by the tool's API
  path (Personio `/company/employees`, `/company/time-offs`, `/company/time-off-types`, `/company/offices`;
  HiBob `/company/named-lists/team`; Silae `/etablissements`; Greenhouse `/v1/jobs`, `/v1/candidates`).
  `integration_fields` is `[]` except on a few Personio employees; `custom_fields` is `{}` or a few keys
  (Personio employees: `shirt_size`, `preferred_language`; Greenhouse jobs: `headcount_id`; some candidates:
  `notice_period`).

### IDs

```
kid(*parts) = base58(sha256("|".join(parts).encode("utf-8")))[:24]
```

base58 is the Bitcoin alphabet `123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz`, standard encoding
(big-endian integer conversion, one leading `1` per leading zero byte); check: `base58(b"hello world") ==
"StV1DL6CwTryKyV"`. Then:

| id | formula |
|---|---|
| environment | `kid("environment", "acme")` |
| integration | `"<tool>:" + kid("integration", "acme", "<tool>")` |
| any record (and nested stage/question/option/posting/interview/offer) | `kid(<integration id>, <model>, <remote_id>)` |
| scope config | `kid("scope_config", "acme", <category>)` |
| Personio integration field | `kid(<integration id>, "hris_integration_fields", "<employee remote id>:<key>")` |

`<model>` is Kombo's model name: `hris_employees`, `hris_employments`, `hris_groups`, `hris_locations`,
`hris_legal_entities`, `hris_absence_types`, `hris_time_off_balances`, `hris_absences`, `ats_jobs`,
`ats_job_stages`, `ats_screening_questions`, `ats_screening_question_options`, `ats_job_postings`,
`ats_candidates`, `ats_applications`, `ats_tags`, `ats_users`, `ats_interviews`, `ats_offers`,
`assessment_orders` (orders have no `remote_id` field; their remote ids are `7001`…). Hiring-team members and
TagRefs reuse the user's and tag's id. Assessment package ids are the vendor's own strings (`1001`…).

C#:

```csharp
static string Kid(params string[] parts)
{
    const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", parts)));
    var n = new BigInteger(hash, isUnsigned: true, isBigEndian: true);
    var sb = new StringBuilder();
    while (n > 0) { sb.Insert(0, Alphabet[(int)(n % 58)]); n /= 58; }
    foreach (var b in hash) { if (b != 0) break; sb.Insert(0, '1'); }
    return sb.ToString()[..24];
}
```

Remote ids are numeric strings below 100000, unique per model within an integration. HRIS tools use
employees `1001…`, employments `2001…`, groups `3001…` (teams `31xx`, cost centres `32xx` in Personio),
locations `4001…`, legal entities `4501…`, absences `5001…`, absence types `6001…`, balances `7001…`.
Greenhouse uses jobs `4101…`, stages `20001…`, questions `30001…`, options `31001…`, postings `40001…`,
candidates `50001…`, applications `60001…`, tags `70001…`, users `80001…`, interviews `90001…`, offers `95001…`.
JazzHR uses users `101…`, jobs `301…`, stages `401…`, questions `451…`, postings `501…`, candidates `1001…`,
applications `2001…`, interviews `2501…`, offers `2801…`.

### Invariants (checked by `tools/seed/check.py`)

- ids unique per model (and integration ids unique); every reference resolves inside its integration:
  group `parent_id`, `manager_id`, `legal_entity_id`, `work_location_id`, employee `groups`, `employee_id`,
  `type_id`, `approver_id`, `job_id`, `candidate_id`, `current_stage_id` (one of the job's `stages`), candidate
  `tags`, hiring-team members (users), `precondition_question_id`/`precondition_options` (same job), orders'
  candidate/application/job (Greenhouse remote ids and e-mail);
- **balance invariant**: for every balance, `used` = sum of `amount` of that employee's absences of that type that
  are not deleted and not DECLINED/CANCELLED; `balance` = entitlement − `used`; same unit as the type;
- absence amounts: DAYS = inclusive calendar days − 0.5 per half-day flag (a single day with a flag = 0.5);
  HOURS = (end − start time) × days; half-day flags `null` when the type has no half days; exactly one deleted
  absence (`status` DELETED, `remote_deleted_at` set);
- a candidate applies at most once per job; HIRED applications sit in their job's last stage;
- every record has exactly the keys of its GET item schema
  (`tests/Kombo.Sim.IntegrationTests/Contract/Schemas/operations/*.json`, minus the relations left out above),
  recursively, and satisfies its types, enums and patterns.

Regenerate and check (from the repository root; Python 3.11, standard library only, deterministic):

```sh
python3 tools/seed/generate_default_seed.py --check
python3 tools/seed/check.py            # check only
```
"""


def _name(e: dict) -> str:
    return f"{e['first_name']} {e['last_name']}"


def _find(rows: list[dict], **where) -> dict:
    return next(r for r in rows if all(r.get(k) == v for k, v in where.items()))


def render(world: dict) -> str:
    integ = world["integrations"]
    notes = world["notes"]
    out = ["# Seed data — the default world", "",
           "Generated by `tools/seed/generate_default_seed.py` — do not edit by hand (this README is generated too).",
           "", "The default world is one environment, **Acme Corp (development)**, with seven integrations of a fictional",
           "group of companies: four HRIS tools, two ATS tools and one assessment integration. The simulator's clock",
           f"starts at **{CLOCK_ISO}** (Tuesday).", ""]

    # --- workshop cheat sheet -------------------------------------------------------------------------
    out += ["## Workshop cheat sheet", "",
            "| what | value |", "|---|---|",
            f"| API key (`Authorization: Bearer …`) | `{API_KEY}` |",
            f"| environment id (`GET /check-api-key`) | `{environment_id(ENV_SLUG)}` |"]
    for tool, (integration, files) in integ.items():
        out.append(f"| `X-Integration-Id` — {integration['end_user']['organization_name']} ({tool}, {integration['category']}) "
                   f"| `{integration['id']}` |")
    out.append("")

    # --- integrations ---------------------------------------------------------------------------------
    out += ["## Integrations", "", "| tool | category | organisation | records |", "|---|---|---|---|"]
    for tool, (integration, files) in integ.items():
        counts = ", ".join(f"{name[:-5]} {len(rows)}" for name, rows in files.items())
        out.append(f"| `{tool}` | {integration['category']} | {integration['end_user']['organization_name']} | {counts} |")
    out.append("")

    # --- Personio -------------------------------------------------------------------------------------
    p = notes["personio"]
    pf = integ["personio"][1]
    types = p["types"]
    absences = pf["absences.json"]
    by_id = {e["id"]: e for e in pf["employees.json"]}

    def absence_of(emp, status=None):
        return next(a for a in absences if a["employee_id"] == emp["id"] and (status is None or a["status"] == status))

    status_counts = {}
    for e in pf["employees.json"]:
        status_counts[e["employment_status"]] = status_counts.get(e["employment_status"], 0) + 1
    per_employee = {}
    for x in pf["employments.json"]:
        per_employee[x["employee_id"]] = per_employee.get(x["employee_id"], 0) + 1
    two_jobs = sum(1 for n in per_employee.values() if n == 2)
    statuses = ", ".join(f"{status_counts.get(k, 0)} {k}" for k in ("ACTIVE", "PENDING", "LEAVE", "INACTIVE"))
    out += ["## Personio — Acme GmbH", "",
            f"{len(pf['employees.json'])} employees in Berlin (HQ), Munich, Paris and remote; two legal entities (Acme GmbH, DE;",
            "Acme SAS, FR — the Paris staff). Six departments (Management, Engineering, Product & Design, Sales, Marketing,",
            "People & Operations), nine teams under them (`parent_id`) and three cost centres; every employee belongs to a",
            "department, usually a team, and a cost centre. Managers form chains up to three levels below the CEO.",
            f"Statuses: {statuses}. {two_jobs} employees have two employments (an older one and a raise or",
            "promotion); pay is EUR (yearly salaries, hourly for working students, monthly for the intern, a day rate for",
            "the contractor). Absence types: Vacation (DAYS, half days), Sick leave (DAYS), Overtime compensation (HOURS,",
            "exact times), Parental leave (DAYS). Every non-INACTIVE employee has a Vacation (28–30 days) and an Overtime",
            f"(hours) balance. {len(absences)} absences: past, current (spanning the clock) and future; REQUESTED, APPROVED,",
            "one DECLINED and one DELETED. Some employees carry `custom_fields` (`shirt_size`, `preferred_language`), a few",
            "`integration_fields` and a Personio-shaped `remote_data`.", "",
            "| what | record | id |", "|---|---|---|"]
    rows = [
        ("CEO (top of the manager chain)", p["ceo"], None),
        ("Senior Backend Engineer, chain CEO → CTO → EM Backend → him", p["manager_chain"][3], None),
        ("on LEAVE — current Parental leave until 2027-03-31", p["leave_parental"], absence_of(p["leave_parental"])),
        ("on LEAVE — current Parental leave until 2027-04-30", p["leave_parental_2"], absence_of(p["leave_parental_2"])),
        ("on LEAVE — current Sick leave until 2026-12-18 (Acme SAS, Paris)", p["leave_sick"], absence_of(p["leave_sick"])),
        ("PENDING — starts 2027-01-04 (hired via Greenhouse; same personal e-mail)", p["pending"], None),
        ("PENDING — starts 2026-12-14 (hired via Greenhouse)", p["pending_soon"], None),
        ("PENDING — starts 2027-02-01", p["pending_later"], None),
        ("INACTIVE — terminated 2026-06-30", p["inactive"], None),
        ("sick today (1-day Sick leave on 2026-12-01)", p["sick_today"], None),
    ]
    for label, emp, absence in rows:
        out.append(f"| {label} | {_name(emp)} (`{emp['remote_id']}`, {emp['work_email']}) | `{emp['id']}` |")
        if absence:
            out.append(f"| … that absence | {absence['start_date']} → {absence['end_date']}, {absence['amount']} {absence['unit']} | `{absence['id']}` |")
    deleted = p["deleted_absence"]
    out.append(f"| the DELETED absence (`remote_deleted_at` {deleted['remote_deleted_at']}) | "
               f"{_name(by_id[deleted['employee_id']])}, Vacation {deleted['start_date']} → {deleted['end_date']} | `{deleted['id']}` |")
    declined = _find(absences, status="DECLINED")
    out.append(f"| the DECLINED absence | {_name(by_id[declined['employee_id']])}, Vacation {declined['start_date']} → "
               f"{declined['end_date']} | `{declined['id']}` |")
    for key in ("VAC", "SICK", "OT", "PAR"):
        t = types[key]
        out.append(f"| absence type {t['name']} ({t['unit']}, half days {str(t['half_days_supported']).lower()}, "
                   f"exact times {str(t['exact_times_supported']).lower()}) | `{t['remote_id']}` | `{t['id']}` |")
    for le in pf["legal-entities.json"]:
        out.append(f"| legal entity {le['name']} | `{le['remote_id']}` | `{le['id']}` |")
    for loc in pf["locations.json"]:
        out.append(f"| location {loc['name']} | `{loc['remote_id']}` | `{loc['id']}` |")
    out.append("")

    # --- other HRIS -----------------------------------------------------------------------------------
    hb = notes["hibob"]
    out += ["## HiBob — Acme Labs Ltd (UK)", "",
            "12 employees in London and Manchester (GBP pay), departments Engineering, Data, Operations and the team",
            "Machine Learning; absence types Holiday (DAYS, half days), Sick, Time off in lieu (HOURS, exact times),",
            "Maternity leave; Holiday balances for everyone not INACTIVE and TOIL balances for most; 7 absences. No legal",
            "entities (no `legal-entities.json`, `legal_entity_id` null).",
            f"On LEAVE (maternity): {_name(hb['on_leave'])} `{hb['on_leave']['id']}`; PENDING: {_name(hb['pending'])} "
            f"`{hb['pending']['id']}` (starts 2027-01-11).", "",
            "## Silae — Acme France SAS", "",
            "8 French employees in Lyon (monthly EUR pay, one apprentice, one ended fixed-term contract), departments",
            "Administration, Production, Logistique, one legal entity; absence types Congés payés (DAYS, half days) and",
            "Maladie (DAYS); 4 absences. No locations and no balances (files omitted, `work_location_id` null).", "",
            "## DATEV LODAS — Acme Produktion GmbH", "",
            "6 German employees in Nuremberg with one employment each (monthly EUR pay), absence types Urlaub and",
            "Krankheit, no absences, groups, locations, legal entities or balances. (DATEV's unified reads are limited; the",
            "employees are the targets of the `/custom/datev/*` endpoints.)", ""]
    for emp in integ["datev"][1]["employees.json"][:2]:
        out.append(f"- {_name(emp)} — {emp['job_title']}: `{emp['id']}`")
    out.append("")

    # --- Greenhouse -----------------------------------------------------------------------------------
    g = notes["greenhouse"]
    gf = integ["greenhouse"][1]
    out += ["## Greenhouse — Acme GmbH recruiting", "",
            "9 jobs, 15 users (2 INACTIVE; the users are Personio employees with the same work e-mail), 10 tags, 60",
            "candidates (tags on ~40%) and 80 applications (20 candidates applied to two different jobs). Screening",
            "questions cover every format (TEXT single-line/multi-line/URL/e-mail, NUMBER field/slider, FILE,",
            "SINGLE_SELECT radio/dropdown, MULTI_SELECT, BOOLEAN, DATE, INFORMATION) and two preconditions (a BOOLEAN",
            "answer and a SINGLE_SELECT option).", "",
            "| job | status · visibility | employment type · location | stages | questions | applications | id |",
            "|---|---|---|---|---|---|---|"]
    for job in gf["jobs.json"]:
        apps = sum(1 for a in gf["applications.json"] if a["job_id"] == job["id"])
        out.append(f"| {job['name']} (`{job['remote_id']}`) | {job['status']} · {job['visibility']} | {job['employment_type']} · "
                   f"{job['location']['city'] or 'Remote'} | {len(job['stages'])} | {len(job['screening_questions'])} "
                   f"| {apps} | `{job['id']}` |")
    be = g["jobs"]["BE"]
    out += ["", f"Stages of *{be['name']}* (for `PUT /ats/applications/{{id}}/stage`): " +
            ", ".join(f"{s['index']} {s['name']} `{s['id']}`" for s in be["stages"]) + ".", ""]
    cand, apps = g["two_applications"][0]
    lea, lea_apps = g["hired_lea"]
    visa, visa_apps = g["visa"]
    paula, paula_apps = g["paula"]
    jobs_by_id = {j["id"]: j for j in gf["jobs.json"]}
    out += ["| what | record | id |", "|---|---|---|"]
    out.append(f"| candidate with 2 applications | {_name(cand)} ({cand['email_addresses'][0]['email_address']}) | `{cand['id']}` |")
    for a in apps:
        out.append(f"| … application to {jobs_by_id[a['job_id']]['name']} ({a['outcome']}) | `{a['remote_id']}` | `{a['id']}` |")
    out.append(f"| HIRED candidate → Personio PENDING employee | {_name(lea)} ({lea['email_addresses'][0]['email_address']}) | `{lea['id']}` |")
    out.append(f"| candidate whose answers trigger the visa precondition | {_name(visa)} | `{visa['id']}` |")
    out.append(f"| former intern (HIRED 2026, re-applied to Product Designer) | {_name(paula)} | `{paula['id']}` |")
    recruiter = g["users"][80002]
    out.append(f"| recruiter user (valid `sourced_by.user_id`) | {_name(recruiter)} ({recruiter['email']}) | `{recruiter['id']}` |")
    inactive = g["users"][80014]
    out.append(f"| INACTIVE user | {_name(inactive)} | `{inactive['id']}` |")
    out.append("")

    # --- JazzHR ---------------------------------------------------------------------------------------
    jf = integ["jazzhr"][1]
    out += ["## JazzHR — Acme Retail Inc (US)", "",
            "3 jobs (Store Manager in Austin and Retail Sales Associate in Denver OPEN, Warehouse Associate in Dallas",
            "CLOSED) with 3–4 stages, 6 users, 10 candidates, 12 applications (2 candidates with two); USD pay; no tags",
            "(`tags.json` omitted, candidates' `tags` empty).", ""]
    for job in jf["jobs.json"]:
        out.append(f"- {job['name']} ({job['status']}): `{job['id']}`")
    jcand, japps = notes["jazzhr"]["two_applications"]
    out.append(f"- candidate with two applications: {_name(jcand)} `{jcand['id']}`")
    out.append("")

    # --- SmartRecruiters ------------------------------------------------------------------------------
    sf = integ["smartrecruiters"][1]
    out += ["## SmartRecruiters — assessment orders", "",
            "Three packages and five orders. For workshop continuity every order mirrors a real Greenhouse candidate,",
            "job (with its hiring team) and application (same remote ids and e-mail addresses).", "",
            "| package | type | id |", "|---|---|---|"]
    for pkg in sf["packages.json"]:
        out.append(f"| {pkg['name']} | {pkg['type']} | `{pkg['id']}` |")
    out += ["", "| order | status | package | candidate | job | Greenhouse application remote id |", "|---|---|---|---|---|---|"]
    for note in notes["orders"]:
        out.append(f"| `{note['order']}` | {note['status']} | `{note['package']}` | {note['candidate']} | {note['job']} | "
                   f"`{note['application_remote_id']}` |")
    out.append("")
    out.append(FORMAT)
    return "\n".join(out)
