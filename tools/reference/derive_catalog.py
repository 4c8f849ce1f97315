#!/usr/bin/env python3
"""Derive the simulator's static catalog (operations, tools, read models, write actions)
from the Kombo reference material.

Usage (from the repository root):

    python3 tools/reference/derive_catalog.py [--ref DIR] [--out DIR]

    --ref DIR  reference folder holding kombo-openapi.json, endpoints-in-scope.txt,
               models-in-scope.json, tool-coverage.json and seed-endpoint-listing.txt
               (default: ../shared/reference, relative to the repository root)
    --out DIR  output folder (default: src/Kombo.Sim.Api/Catalog, relative to the
               repository root)

Writes (deterministic JSON: 2-space indent, stable order, UTF-8, trailing newline):

    operations.json     the 54 in-scope operations, in endpoints-in-scope.txt order
    tools.json          the tool catalog (every tool in tool-coverage.json + sandbox)
    read_models.json    read models per category (HRIS, ATS, ASSESSMENT)
    write_actions.json  write actions per category (HRIS, ATS, ASSESSMENT)

The simulator reads only these generated files; it never reads the reference folder.
Every curated fact (label->slug table, proposed ids, labels) lives in the tables below
and is explained in tools/reference/CATALOG.md. The script fails loudly (exit 1) when the
sources contradict the tables (unmapped tool label, slug not in the spec's enum, model
name not in the spec's DataChanged enum, operation count/order mismatch, ...).

Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class CatalogError(Exception):
    pass


def fail(msg: str) -> None:
    raise CatalogError(msg)


# ---------------------------------------------------------------------------
# Curated tables
# ---------------------------------------------------------------------------

# Tool *label* as it appears in tool-coverage.json (Kombo docs listing) -> tool slug
# (value of the `integration_tool` enum of PostConnectCreateLinkRequestBody).
# "IRIS" and "Cascade" are one tool ("IRIS Cascade", slug iriscascade): the coverage
# extractor split the two-word name because it is not in its multi-word list.
LABEL_TO_SLUG: dict[str, str] = {
    "AFAS Software": "afas",
    "Abacus": "abacus",
    "AlexisHR": "alexishr",
    "ApplicantStack": "applicantstack",
    "Ashby": "ashby",
    "Azure AD": "azuread",
    "BITE": "bite",
    "BambooHR": "bamboohr",
    "Breathe HR": "breathehr",
    "Breezy HR": "breezyhr",
    "Bullhorn": "bullhorn",
    "Bullhorn Login": "bullhornlogin",
    "Carerix": "carerix",
    "Cascade": "iriscascade",
    "CatalystOne": "catalystone",
    "Cezanne HR": "cezannehr",
    "Charlie": "charliehr",
    "DATEV LODAS": "datev",
    "DATEV Lohn & Gehalt": "datevlug",
    "Deel": "deel",
    "Entra ID": "entraid",
    "Eploy": "eploy",
    "Eurécia": "eurecia",
    "Factorial": "factorial",
    "Flatchr": "flatchr",
    "Fountain": "fountain",
    "Google Workspace": "googleworkspace",
    "Greenhouse": "greenhouse",
    "Greenhouse Job Board": "greenhousejobboard",
    "Gusto": "gusto",
    "HRworks": "hrworks",
    "Hailey HR": "haileyhr",
    "Haufe Umantis": "umantis",
    "HeavenHR": "heavenhr",
    "Heyrecruit": "heyrecruit",
    "HiBob": "hibob",
    "Homerun": "homerun",
    "Humaans": "humaans",
    "IRIS": "iriscascade",
    "JOIN": "join",
    "JazzHR": "jazzhr",
    "Jobvite": "jobvite",
    "Jobylon": "jobylon",
    "Kenjo": "kenjo",
    "Kombo Sandbox": "sandbox",
    "Lever": "lever",
    "Lucca": "lucca",
    "Mirus": "mirus",
    "Mysolution": "mysolution",
    "Nmbrs": "nmbrs",
    "OTYS": "otys",
    "Officient": "officient",
    "Okta": "okta",
    "Onlyfy": "onlyfy",
    "Oracle HCM": "oraclehcm",
    "Oracle Recruiting Cloud": "oraclerecruiting",
    "PayFit": "payfit",
    "PayFit Customer": "payfitcustomer",
    "PayFit Partner": "payfitpartner",
    "PeopleHR": "peoplehr",
    "Personio": "personio",
    "Pinpoint": "pinpoint",
    "Planday": "planday",
    "RECRU": "recruhr",
    "Recruitee": "recruitee",
    "Remote": "remotecom",
    "Rippling": "rippling",
    "SAP SuccessFactors": "successfactors",
    "SFTP": "sftp",
    "Sage HR": "sagehr",
    "Sapling": "sapling",
    "Sesame HR": "sesamehr",
    "Silae": "silae",
    "SmartRecruiters": "smartrecruiters",
    "Softgarden": "softgarden",
    "Sympa": "sympa",
    "TRAFFIT": "traffit",
    "Taleez": "taleez",
    "TalentSoft": "talentsoft",
    "TalentSoft Customer": "talentsoftcustomer",
    "Teamtailor": "teamtailor",
    "UKG Pro": "ukgpro",
    "Welcome to the Jungle": "welcometothejungle",
    "Workable": "workable",
    "Workday": "workday",
    "Workday Custom Report SFTP": "workdaycustomreportsftp",
    "Workday Custom Reports": "workdaycustomreport",
    "Zelt": "zelt",
    "Zoho People": "zohopeople",
    "concludis": "concludis",
    "d.vinci": "dvinci",
    "eRecruiter": "erecruiter",
    "iCIMS": "icims",
    "rexx systems": "rexx",
}

# Display label per slug when the coverage label is not the tool's own name.
SLUG_LABEL_OVERRIDES: dict[str, str] = {
    "iriscascade": "IRIS Cascade",  # spec passthrough table; coverage split it into two labels
}

# Tools that always exist in the catalog even if no coverage list names them.
ALWAYS_TOOLS: dict[str, str] = {"sandbox": "Kombo Sandbox"}
SANDBOX_CATEGORIES = ["HRIS", "ATS", "ASSESSMENT"]
TOOL_CATEGORY_ORDER = ["HRIS", "ATS", "ASSESSMENT"]
# Tools listed for this op also get the ASSESSMENT category (brief).
ASSESSMENT_MARKER_OP = "PUT /assessment/orders/{assessment_order_id}/result"

ASSET_BASE = "https://storage.googleapis.com/kombo-assets/integrations"

# GET data operation -> Kombo read-model id. Ids marked "spec" are values of the spec's
# DataChangedWebhookPayload changed_models[].name enum (validated below); GET /hris/groups
# reads hris_teams (spec GET /tools example: {"id": "hris_teams", "label": "Groups"}).
# Assessment has no Kombo read-model vocabulary -> proposed ids.
READ_MODELS: dict[str, tuple[str, str]] = {
    "GET /hris/employees": ("hris_employees", "spec"),
    "GET /hris/teams": ("hris_teams", "spec"),
    "GET /hris/groups": ("hris_teams", "spec"),
    "GET /hris/employments": ("hris_employments", "spec"),
    "GET /hris/locations": ("hris_locations", "spec"),
    "GET /hris/absence-types": ("hris_absence_types", "spec"),
    "GET /hris/time-off-balances": ("hris_time_off_balances", "spec"),
    "GET /hris/absences": ("hris_absences", "spec"),
    "GET /hris/legal-entities": ("hris_legal_entities", "spec"),
    "GET /ats/applications": ("ats_applications", "spec"),
    "GET /ats/candidates": ("ats_candidates", "spec"),
    "GET /ats/tags": ("ats_tags", "spec"),
    "GET /ats/application-stages": ("ats_application_stages", "spec"),
    "GET /ats/jobs": ("ats_jobs", "spec"),
    "GET /ats/users": ("ats_users", "spec"),
    "GET /assessment/packages": ("assessment_packages", "proposed"),
    "GET /assessment/orders/open": ("assessment_orders", "proposed"),
}

# Read-model labels. "spec": GET /integrations/{id} and GET /tools/{category} examples;
# "docs": accordion titles of the docs.kombo.dev connector coverage pages;
# "proposed": same style, no Kombo source seen.
READ_MODEL_LABELS: dict[str, tuple[str, str]] = {
    "hris_employees": ("Employees", "spec"),
    "hris_teams": ("Groups", "spec"),
    "hris_employments": ("Employments", "docs"),
    "hris_locations": ("Work Locations", "docs"),
    "hris_absence_types": ("Absence Types", "docs"),
    "hris_time_off_balances": ("Time Off Balances", "proposed"),
    "hris_absences": ("Absences", "docs"),
    "hris_legal_entities": ("Legal Entities", "docs"),
    "ats_applications": ("Applications", "docs"),
    "ats_candidates": ("Candidates", "docs"),
    "ats_tags": ("Tags", "proposed"),
    "ats_application_stages": ("Application Stages", "docs"),
    "ats_jobs": ("Jobs", "docs"),
    "ats_users": ("Users", "docs"),
    "assessment_packages": ("Packages", "proposed"),
    "assessment_orders": ("Orders", "proposed"),
}

# Write operation -> (write-action id, source, label or None = use the op summary,
# label source). "spec": the id appears in kombo-openapi.json (GET /tools example
# write_actions[].id, or a GET /ats/actions/<id> path). Everything else follows Kombo's
# pattern <category>_<verb>_<parent>_<object> and is "proposed".
WRITE_ACTIONS: dict[str, tuple[str, str, str | None, str]] = {
    "POST /hris/employees": ("hris_create_employee", "spec", "Create employee", "spec"),
    "PATCH /hris/employees/{employee_id}": ("hris_update_employee", "proposed", None, "summary"),
    "POST /hris/employees/{employee_id}/attachments": ("hris_add_employee_attachment", "proposed", "Add attachment to employee", "proposed"),
    "POST /hris/absences": ("hris_create_absence", "proposed", None, "summary"),
    "DELETE /hris/absences/{absence_id}": ("hris_delete_absence", "proposed", None, "summary"),
    "PUT /ats/applications/{application_id}/stage": ("ats_move_application_to_stage", "proposed", None, "summary"),
    "POST /ats/applications/{application_id}/result-links": ("ats_add_application_result_link", "proposed", None, "summary"),
    "POST /ats/applications/{application_id}/notes": ("ats_add_application_note", "proposed", None, "summary"),
    "POST /ats/applications/{application_id}/attachments": ("ats_add_application_attachment", "spec", None, "summary"),
    "POST /ats/candidates": ("ats_create_candidate", "spec", "Create candidate", "sdk"),
    "PATCH /ats/candidates/{candidate_id}": ("ats_update_candidate", "proposed", None, "summary"),
    "POST /ats/candidates/{candidate_id}/attachments": ("ats_add_candidate_attachment", "spec", None, "summary"),
    "POST /ats/candidates/{candidate_id}/result-links": ("ats_add_candidate_result_link", "proposed", None, "summary"),
    "POST /ats/candidates/{candidate_id}/tags": ("ats_add_candidate_tag", "proposed", None, "summary"),
    "DELETE /ats/candidates/{candidate_id}/tags": ("ats_remove_candidate_tag", "proposed", None, "summary"),
    "POST /ats/jobs/{job_id}/applications": ("ats_create_application", "spec", None, "summary"),
    "PUT /assessment/packages": ("assessment_set_packages", "proposed", None, "summary"),
    "PUT /assessment/orders/{assessment_order_id}/result": ("assessment_update_order_result", "proposed", None, "summary"),
    "POST /custom/datev/passthrough": ("datev_write_raw_file", "proposed", None, "summary"),
    "PUT /custom/datev/employees/{employee_id}/prepare-payroll": ("datev_prepare_payroll", "proposed", None, "summary"),
    "PUT /custom/datev/employees/{employee_id}/compensations": ("datev_set_compensations", "proposed", None, "summary"),
    "POST /custom/datev/push-data/general": ("datev_push_general_data", "proposed", None, "summary"),
    "POST /custom/datev/push-data/payroll": ("datev_push_payroll_data", "proposed", None, "summary"),
    "POST /custom/silae/employees/{employee_id}/payroll-supplements": ("silae_write_payroll_supplement", "proposed", None, "summary"),
}

# Non-GET operations that are not data writes (no write action, no data-changed).
NON_DATA_WRITES = {
    "POST /force-sync",
    "POST /passthrough/{tool}/{api}",
    "DELETE /integrations/{integration_id}",
    "POST /integrations/{integration_id}/relink",
    "POST /hris/provisioning-groups/{group_id}/diff",
    "POST /hris/provisioning-groups/{group_id}/setup-links",
    "POST /connect/create-link",
    "POST /connect/activate-integration",
}

# Data-changed model names a successful write reports (API-DIGEST §C3/§C4, §A12).
# Must be values of the spec's DataChanged enum; emitted in the enum's order.
# POST candidate tags: ats_tags only when the tag had to be created (see CATALOG.md).
CHANGED_MODELS: dict[str, list[str]] = {
    "POST /hris/employees": ["hris_employees"],
    "PATCH /hris/employees/{employee_id}": ["hris_employees"],
    "POST /hris/absences": ["hris_absences", "hris_time_off_balances"],
    "DELETE /hris/absences/{absence_id}": ["hris_absences", "hris_time_off_balances"],
    "PUT /ats/applications/{application_id}/stage": ["ats_applications"],
    "POST /ats/candidates": ["ats_candidates", "ats_applications"],
    "PATCH /ats/candidates/{candidate_id}": ["ats_candidates"],
    "POST /ats/candidates/{candidate_id}/tags": ["ats_tags", "ats_join_candidates_tags"],
    "DELETE /ats/candidates/{candidate_id}/tags": ["ats_join_candidates_tags"],
    "POST /ats/jobs/{job_id}/applications": ["ats_candidates", "ats_applications"],
}

# Write-action category for custom (DATEV/Silae) operations: they are HRIS tools.
OP_CATEGORY_TO_TOOL_CATEGORY = {
    "HRIS": "HRIS", "DATEV": "HRIS", "SILAE": "HRIS", "ATS": "ATS", "ASSESSMENT": "ASSESSMENT",
}

ERROR_SCHEMAS = {
    "ErrorResponseGeneral": "General",
    "ErrorResponseHRIS": "HRIS",
    "ErrorResponseATS": "ATS",
}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def load_json(path: str):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def write_json(path: str, obj) -> None:
    text = json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def op_category(path: str) -> str:
    if path.startswith("/hris/"):
        return "HRIS"
    if path.startswith("/ats/"):
        return "ATS"
    if path.startswith("/assessment/"):
        return "ASSESSMENT"
    if path.startswith("/custom/datev/"):
        return "DATEV"
    if path.startswith("/custom/silae/"):
        return "SILAE"
    if path.startswith("/connect/"):
        return "CONNECT"
    return "GENERAL"


def read_scope(ref: str) -> list[str]:
    ops = []
    with open(os.path.join(ref, "endpoints-in-scope.txt"), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            m = re.fullmatch(r"(GET|POST|PUT|PATCH|DELETE) (/\S+)", line)
            if not m:
                fail(f"endpoints-in-scope.txt: cannot parse line {line!r}")
            ops.append(f"{m.group(1)} {m.group(2)}")
    return ops


def listing_summaries(ref: str) -> dict[str, str]:
    """Summary line per operation from the docs listing (used for the inferred
    closed-beta operations that are absent from the spec)."""
    lines = open(os.path.join(ref, "seed-endpoint-listing.txt"), encoding="utf-8").read().split("\n")
    out: dict[str, str] = {}
    for i, line in enumerate(lines):
        m = re.fullmatch(r"(GET|POST|PUT|PATCH|DEL|DELETE) (/\S+)", line.strip())
        if m and i + 2 < len(lines):
            method = "DELETE" if m.group(1) == "DEL" else m.group(1)
            summary = lines[i + 2].strip()
            summary = summary.replace("\U0001F984", "").strip()  # closed-beta unicorn marker
            out.setdefault(f"{method} {m.group(2)}", summary)
    return out


_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
# A link whose target is never closed, e.g. "[Text](https://x/y/. We ..." (Softgarden row).
_MD_LINK_UNCLOSED = re.compile(r"\[([^\]]*)\]\(([^)\s]*?)(\.?)(?=\s|$)")


def strip_links(text: str) -> str:
    text = _MD_LINK.sub(lambda mm: mm.group(1), text)
    return _MD_LINK_UNCLOSED.sub(lambda mm: mm.group(1) + mm.group(3), text)


def md_unescape(text: str) -> str:
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|])", r"\1", text)


def passthrough_rows(spec: dict) -> list[dict]:
    """Parse the markdown table in the description of POST /passthrough/{tool}/{api}."""
    desc = spec["paths"]["/passthrough/{tool}/{api}"]["post"]["description"]
    rows = []
    row_re = re.compile(r"^\|(?P<label>[^|`]*)\|`(?P<api>[^`]+)`\|(?P<desc>.*)\|\s*$")
    table_lines = [l for l in desc.split("\n") if l.startswith("|")]
    if len(table_lines) < 3:
        fail("passthrough description: table not found")
    for line in table_lines[2:]:  # header + separator
        m = row_re.match(line)
        if not m:
            fail(f"passthrough table: cannot parse row {line[:120]!r}")
        raw = m.group("desc")
        # Base URL: first URL in the text that is not a markdown link target.
        no_links = strip_links(raw)
        candidates = []
        for mm in re.finditer(r"`([^`]*)`", no_links):
            if re.match(r"https?://", mm.group(1)):
                candidates.append((mm.start(), mm.group(1)))
        for mm in re.finditer(r"(['\"])(https?://[^'\"]*)\1", no_links):
            candidates.append((mm.start(), mm.group(2)))
        for mm in re.finditer(r"(?<![`'\"])https?://[^\s`'\"|]+", no_links):
            candidates.append((mm.start(), mm.group(0)))
        base_url = None
        if candidates:
            candidates.sort(key=lambda c: c[0])
            base_url = md_unescape(candidates[0][1]).rstrip(".,;")
        # Description: first sentence of the plain text.
        plain = md_unescape(strip_links(raw))
        plain = plain.replace("`", "")
        plain = re.sub(r"(['\"])(https?://[^'\"]*)\1", r"\2", plain)
        plain = re.sub(r"\s+", " ", plain).strip()
        # Repair missing sentence breaks in the source ("API.We ...", "API We automatically").
        plain = re.sub(r"\.(?=[A-Z][a-z])", ". ", plain)
        plain = re.sub(r"(?<=[A-Za-z0-9)]) (?=We automatically)", ". ", plain)
        sm = re.match(r"(.+?[.!?])(?=\s|$)", plain)
        sentence = sm.group(1) if sm else plain
        if not sentence.endswith((".", "!", "?")):
            sentence += "."
        rows.append({
            "label": m.group("label").strip(),
            "tool_api": m.group("api").strip(),
            "base_url": base_url,
            "description": sentence,
        })
    return rows


# ---------------------------------------------------------------------------
# Main derivation
# ---------------------------------------------------------------------------

def derive(ref: str) -> tuple[dict, list[str]]:
    notes: list[str] = []
    spec = load_json(os.path.join(ref, "kombo-openapi.json"))
    models = load_json(os.path.join(ref, "models-in-scope.json"))
    coverage = load_json(os.path.join(ref, "tool-coverage.json"))
    scope = read_scope(ref)
    listing = listing_summaries(ref)

    if len(scope) != 54:
        fail(f"expected 54 in-scope operations, found {len(scope)}")
    by_key = {f"{m['method']} {m['path']}": m for m in models}
    if set(by_key) != set(scope):
        fail(f"models-in-scope.json and endpoints-in-scope.txt disagree: {sorted(set(by_key) ^ set(scope))}")
    if set(coverage) != set(scope):
        fail(f"tool-coverage.json and endpoints-in-scope.txt disagree: {sorted(set(coverage) ^ set(scope))}")

    schemas = spec["components"]["schemas"]
    slug_enum = schemas["PostConnectCreateLinkRequestBody"]["properties"]["integration_tool"]["enum"]
    slug_set = set(s for s in slug_enum if s is not None)
    dc_enum = (schemas["DataChangedWebhookPayload"]["properties"]["data"]["properties"]
               ["changed_models"]["items"]["properties"]["name"]["enum"])
    dc_order = {n: i for i, n in enumerate(dc_enum)}
    spec_text = json.dumps(spec)

    # --- validate curated tables against the spec --------------------------------
    for label, slug in LABEL_TO_SLUG.items():
        if slug not in slug_set:
            fail(f"slug {slug!r} (label {label!r}) is not in the spec's integration_tool enum")
    for slug in ALWAYS_TOOLS:
        if slug not in slug_set:
            fail(f"slug {slug!r} is not in the spec's integration_tool enum")
    for key, (rm, src) in READ_MODELS.items():
        if key not in scope:
            fail(f"READ_MODELS: {key} is not in scope")
        if src == "spec" and rm not in dc_order:
            fail(f"read model {rm!r} marked 'spec' but not in the DataChanged enum")
        if src == "proposed" and rm in dc_order:
            fail(f"read model {rm!r} marked 'proposed' but it is in the DataChanged enum")
        if rm not in READ_MODEL_LABELS:
            fail(f"no label for read model {rm!r}")
    for key, (wa, src, _label, _lsrc) in WRITE_ACTIONS.items():
        if key not in scope:
            fail(f"WRITE_ACTIONS: {key} is not in scope")
        if key.startswith("GET "):
            fail(f"WRITE_ACTIONS: {key} is a read")
        found = re.search(r"\b" + re.escape(wa) + r"\b", spec_text) is not None
        if src == "spec" and not found:
            fail(f"write action {wa!r} marked 'spec' but not found in the spec")
        if src == "proposed" and found:
            fail(f"write action {wa!r} marked 'proposed' but the spec contains it")
    for key, names in CHANGED_MODELS.items():
        if key not in WRITE_ACTIONS:
            fail(f"CHANGED_MODELS: {key} has no write action")
        for n in names:
            if n not in dc_order:
                fail(f"changed model {n!r} ({key}) is not in the DataChanged enum")
    for key in scope:
        method = key.split(" ", 1)[0]
        if method == "GET":
            continue
        if (key in WRITE_ACTIONS) == (key in NON_DATA_WRITES):
            fail(f"{key}: must be in exactly one of WRITE_ACTIONS / NON_DATA_WRITES")
    if len(set(wa for wa, *_ in WRITE_ACTIONS.values())) != len(WRITE_ACTIONS):
        fail("duplicate write-action ids")

    # Spec examples confirm the two spec labels we rely on.
    for needle in ('"id": "hris_teams", "label": "Groups"', '"id": "hris_employees", "label": "Employees"',
                   '"id": "hris_create_employee", "label": "Create employee"'):
        if needle not in spec_text:
            fail(f"spec example no longer contains {needle}")

    # --- tools: label -> slug ----------------------------------------------------
    all_labels = sorted({l for v in coverage.values() if v for l in v})
    unmapped = [l for l in all_labels if l not in LABEL_TO_SLUG]
    if unmapped:
        fail(f"unmapped tool labels in tool-coverage.json: {unmapped}")
    unused = sorted(set(LABEL_TO_SLUG) - set(all_labels))
    if unused:
        notes.append(f"labels in LABEL_TO_SLUG not used by tool-coverage.json: {unused}")

    # --- operations ----------------------------------------------------------------
    operations = []
    tool_categories: dict[str, set[str]] = {}
    slug_labels: dict[str, str] = {}
    for key in scope:
        m = by_key[key]
        method, path = m["method"], m["path"]
        spec_op = spec["paths"].get(path, {}).get(method.lower())
        if m["source"] == "spec":
            if spec_op is None:
                fail(f"{key}: models-in-scope says 'spec' but the spec has no such operation")
            if spec_op.get("operationId") != m["operationId"]:
                fail(f"{key}: operationId mismatch {spec_op.get('operationId')} vs {m['operationId']}")
            summary = spec_op.get("summary")
            tag = spec_op["tags"][0]
            headers = [p["name"] for p in spec_op.get("parameters", []) if p.get("in") == "header"]
            requires_integration = "X-Integration-Id" in headers
            if requires_integration != ("X-Integration-Id" in m["headers"]):
                fail(f"{key}: X-Integration-Id disagreement between spec and models-in-scope")
        else:
            if spec_op is not None:
                fail(f"{key}: marked inferred but present in the spec")
            summary = listing.get(key)
            if not summary:
                fail(f"{key}: inferred op without a summary in seed-endpoint-listing.txt")
            tag = m["tag"]
            requires_integration = "X-Integration-Id" in m["headers"]
        category = op_category(path)
        kind = "READ" if method == "GET" else "WRITE"

        read_model = read_model_source = None
        if key in READ_MODELS:
            read_model, read_model_source = READ_MODELS[key]

        write_action = write_action_source = None
        changed = []
        if key in WRITE_ACTIONS:
            write_action, write_action_source = WRITE_ACTIONS[key][0], WRITE_ACTIONS[key][1]
            changed = sorted(CHANGED_MODELS.get(key, []), key=lambda n: dc_order[n])

        cov = coverage[key]
        supported = None
        if cov is not None:
            supported = sorted({LABEL_TO_SLUG[l] for l in cov})
            tcat = OP_CATEGORY_TO_TOOL_CATEGORY.get(category)
            if tcat is None:
                fail(f"{key}: tool list on a {category} operation")
            for l in cov:
                slug = LABEL_TO_SLUG[l]
                slug_labels.setdefault(slug, SLUG_LABEL_OVERRIDES.get(slug, l))
                cats = tool_categories.setdefault(slug, set())
                if key == ASSESSMENT_MARKER_OP:
                    cats.add("ASSESSMENT")
                else:
                    cats.add(tcat)

        operations.append({
            "operation_id": m["operationId"],
            "method": method,
            "path": path,
            "summary": summary,
            "tag": tag,
            "source": m["source"],
            "deprecated": m["deprecated"] is not None,
            "category": category,
            "requires_integration": requires_integration,
            "error_schema": ERROR_SCHEMAS[m["errorResponse"]],
            "has_warnings": bool(m["responseHasWarnings"]),
            "kind": kind,
            "read_model": read_model,
            "read_model_source": read_model_source,
            "write_action": write_action,
            "write_action_source": write_action_source,
            "changed_models": changed,
            "supported_tools": supported,
        })

    # The assessment-marker tools: the brief says they "also" get ASSESSMENT; they
    # already carry ATS from the ATS operations (checked here).
    for l in coverage[ASSESSMENT_MARKER_OP] or []:
        if "ATS" not in tool_categories[LABEL_TO_SLUG[l]]:
            notes.append(f"assessment tool {l} is not listed on any ATS operation")

    for slug, label in ALWAYS_TOOLS.items():
        slug_labels.setdefault(slug, label)
        tool_categories.setdefault(slug, set())
    tool_categories["sandbox"] = set(SANDBOX_CATEGORIES)

    # --- passthrough ----------------------------------------------------------------
    rows = passthrough_rows(spec)
    pt_by_slug: dict[str, list[dict]] = {}
    seen_api: dict[str, dict] = {}
    for r in rows:
        slug = r["tool_api"].split("/", 1)[0]
        entry = {"tool_api": r["tool_api"], "base_url": r["base_url"], "description": r["description"]}
        prev = seen_api.get(r["tool_api"])
        if prev is not None:
            if prev != entry:
                notes.append(f"passthrough {r['tool_api']}: duplicate row with different text kept first "
                             f"({prev['description']!r} vs {entry['description']!r})")
            continue
        seen_api[r["tool_api"]] = entry
        if slug not in slug_set:
            notes.append(f"passthrough {r['tool_api']}: tool prefix {slug!r} is not a known slug")
        pt_by_slug.setdefault(slug, []).append(entry)

    # --- connection guides (only where the spec names one) ----------------------------
    guides: dict[str, str] = {}
    tools_example = (spec["paths"]["/tools/{category}"]["get"]["responses"]["200"]["content"]
                     ["application/json"]["examples"])
    for ex in tools_example.values():
        for t in ex["value"]["data"]["tools"]:
            if t.get("connection_guide_url"):
                guides[t["id"]] = t["connection_guide_url"]

    tools = []
    for slug in sorted(tool_categories):
        cats = [c for c in TOOL_CATEGORY_ORDER if c in tool_categories[slug]]
        if not cats:
            fail(f"tool {slug} has no category")
        tools.append({
            "id": slug,
            "label": slug_labels[slug],
            "internal_label": None,
            "categories": cats,
            "assets": {
                "logo_url": f"{ASSET_BASE}/{slug}/logo.svg",
                "icon_url": f"{ASSET_BASE}/{slug}/icon.svg",
                "icon_black_url": f"{ASSET_BASE}/{slug}/icon-black.svg",
            },
            "connection_guide_url": guides.get(slug),
            "passthrough_apis": pt_by_slug.get(slug, []),
        })

    # --- read models / write actions per category ------------------------------------
    read_models = {c: [] for c in TOOL_CATEGORY_ORDER}
    rm_index: dict[str, dict] = {}
    for op in operations:
        rm = op["read_model"]
        if rm is None:
            continue
        cat = OP_CATEGORY_TO_TOOL_CATEGORY[op["category"]]
        if rm not in rm_index:
            label, label_src = READ_MODEL_LABELS[rm]
            rm_index[rm] = {"id": rm, "label": label, "source": op["read_model_source"],
                            "label_source": label_src, "operation_ids": []}
            read_models[cat].append(rm_index[rm])
        rm_index[rm]["operation_ids"].append(op["operation_id"])

    write_actions = {c: [] for c in TOOL_CATEGORY_ORDER}
    for op in operations:
        key = f"{op['method']} {op['path']}"
        if key not in WRITE_ACTIONS:
            continue
        wa, src, label, label_src = WRITE_ACTIONS[key]
        if label is None:
            label = re.sub(r"^\[DEPRECATED\]\s*", "", op["summary"]).strip()
        cat = OP_CATEGORY_TO_TOOL_CATEGORY[op["category"]]
        write_actions[cat].append({"id": wa, "label": label, "operation_id": op["operation_id"],
                                   "source": src, "label_source": label_src})

    return {
        "operations.json": operations,
        "tools.json": tools,
        "read_models.json": read_models,
        "write_actions.json": write_actions,
    }, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default=os.path.join(REPO_ROOT, "..", "shared", "reference"),
                    help="reference folder (default: ../shared/reference relative to the repo root)")
    ap.add_argument("--out", default=os.path.join(REPO_ROOT, "src", "Kombo.Sim.Api", "Catalog"),
                    help="output folder (default: src/Kombo.Sim.Api/Catalog)")
    args = ap.parse_args(argv)
    ref = os.path.normpath(os.path.abspath(args.ref))
    out = os.path.normpath(os.path.abspath(args.out))
    try:
        files, notes = derive(ref)
    except CatalogError as exc:
        print(f"derive_catalog: ERROR: {exc}", file=sys.stderr)
        return 1
    os.makedirs(out, exist_ok=True)
    for name, obj in files.items():
        write_json(os.path.join(out, name), obj)
    ops = files["operations.json"]
    tools = files["tools.json"]
    per_cat = {c: sum(1 for t in tools if c in t["categories"]) for c in TOOL_CATEGORY_ORDER}
    print(f"derive_catalog: {len(ops)} operations, {len(tools)} tools {per_cat}, "
          f"{sum(len(v) for v in files['read_models.json'].values())} read models, "
          f"{sum(len(v) for v in files['write_actions.json'].values())} write actions -> {out}")
    for n in notes:
        print(f"derive_catalog: note: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
