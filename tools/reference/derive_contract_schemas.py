#!/usr/bin/env python3
"""Derive standalone JSON Schemas (draft 2020-12) for Kombo.Sim's contract tests from Kombo's OpenAPI spec.

Reads Kombo's OpenAPI 3.1 document (a *reference* file that is NOT part of this repository) and writes the
schemas the integration tests validate the simulator's responses against. Only the generated JSON files are
committed; the build and the tests never read the spec or this script.

Usage (from the repository root; Python 3.11+, standard library only):

    python3 tools/reference/derive_contract_schemas.py                 # (re)generate the schema files
    python3 tools/reference/derive_contract_schemas.py --check         # verify the committed files are current
    python3 tools/reference/derive_contract_schemas.py --self-test     # validate every spec example against the
                                                                       # derived schemas (built-in validator)
    python3 tools/reference/derive_contract_schemas.py --list-null-types   # list `"type": "null"`-only fields
    python3 tools/reference/derive_contract_schemas.py --sdk-report /tmp/sdk-zod.json
                         # compare with Kombo's TypeScript SDK (dump produced by tools/reference/sdk_zod_dump.mjs)

Options:
    --spec PATH   OpenAPI document (default: <repo>/../shared/reference/kombo-openapi.json)
    --out DIR     output directory (default: <repo>/tests/Kombo.Sim.IntegrationTests/Contract/Schemas)

Output (deterministic: sorted keys, 2-space indent, trailing newline):

    operations/<operationId>.json   HTTP 200 body of each of the 54 in-scope operations
    errors/ErrorResponse{General,HRIS,ATS}.json, errors/index.json (operationId -> error schema file)
    webhooks/<event-type>.json      request body of each webhook (except ai-apply-*); ':' in an event type is
                                    written as '.' (a ':' is not a legal file-name character on Windows), see
                                    webhooks/index.json for the event-type -> file mapping
    index.json                      [{operationId, method, path, file}] for the 54 operations

Every schema is self-contained: all `$ref`s are inlined (recursive ones would go to the file's own `$defs`),
and prose (`description`, `example(s)`, `externalDocs`, `title`) is removed wherever it is a schema annotation
(properties that happen to be *named* `title`/`description` are kept).

On top of the plain spec the script applies, in this order:
  1. spec patches P1-P5 - fixes for generator artefacts of the spec (section "SPEC PATCHES"; every applied patch
                     is logged and a summary is printed on each run):
                     P1 `"type": "null"`-only properties -> their real nullable type (absence dates/times,
                        integration_fields[].value, UNKNOWN screening answer `raw`)
                     P2 OpenAPI-3.0 `nullable: true` (webhook schemas) -> "null" added to `type`
                     P3 nullable enums whose `enum` lacks null -> null added to `enum`
                     P4 no-op `minimum: -Double.MaxValue` on doubles -> removed
                     P5 HRIS.EMPLOYEE_ALREADY_EXISTS added to the HRIS (and ATS) error code enums
  2. SDK_OVERLAY   - requirements of Kombo's official TypeScript SDK (@kombo-api/sdk 1.1.3) where it is stricter
                     than the spec, so that simulator output satisfies *both* (see tools/reference/SDK-STRICTNESS.md),
                     plus one global rule: every `format: date-time` string gets a `pattern` equal to the SDK's
                     z.string().datetime({offset: true}) check (JSON Schema treats `format` as annotation only);
  3. the two closed-beta operations that are not in the spec are built from their analogues and carry
     `"x-inferred": true`.
"""
from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = REPO_ROOT.parent / "shared" / "reference" / "kombo-openapi.json"
DEFAULT_OUT = REPO_ROOT / "tests" / "Kombo.Sim.IntegrationTests" / "Contract" / "Schemas"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# --------------------------------------------------------------------------------------------------------------
# The 54 in-scope operations (method, path, operationId), in the order of endpoints-in-scope.txt.
# --------------------------------------------------------------------------------------------------------------
OPERATIONS: list[tuple[str, str, str]] = [
    ("GET", "/check-api-key", "GetCheckApiKey"),
    ("POST", "/force-sync", "PostForceSync"),
    ("POST", "/passthrough/{tool}/{api}", "PostPassthroughToolApi"),
    ("DELETE", "/integrations/{integration_id}", "DeleteIntegrationsIntegrationId"),
    ("GET", "/integrations/{integration_id}", "GetIntegrationsIntegrationId"),
    ("POST", "/integrations/{integration_id}/relink", "PostIntegrationsIntegrationIdRelink"),
    ("GET", "/tools/{category}", "GetToolsCategory"),
    ("POST", "/hris/provisioning-groups/{group_id}/diff", "PostHrisProvisioningGroupsGroupIdDiff"),
    ("POST", "/hris/provisioning-groups/{group_id}/setup-links", "PostHrisProvisioningGroupsGroupIdSetupLinks"),
    ("GET", "/hris/employees", "GetHrisEmployees"),
    ("POST", "/hris/employees", "PostHrisEmployees"),
    ("PATCH", "/hris/employees/{employee_id}", "PatchHrisEmployeesEmployeeId"),
    ("POST", "/hris/employees/{employee_id}/attachments", "PostHrisEmployeesEmployeeIdAttachments"),
    ("GET", "/hris/teams", "GetHrisTeams"),
    ("GET", "/hris/groups", "GetHrisGroups"),
    ("GET", "/hris/employments", "GetHrisEmployments"),
    ("GET", "/hris/locations", "GetHrisLocations"),
    ("GET", "/hris/absence-types", "GetHrisAbsenceTypes"),
    ("GET", "/hris/time-off-balances", "GetHrisTimeOffBalances"),
    ("GET", "/hris/absences", "GetHrisAbsences"),
    ("POST", "/hris/absences", "PostHrisAbsences"),
    ("DELETE", "/hris/absences/{absence_id}", "DeleteHrisAbsencesAbsenceId"),
    ("GET", "/hris/legal-entities", "GetHrisLegalEntities"),
    ("GET", "/ats/applications", "GetAtsApplications"),
    ("PUT", "/ats/applications/{application_id}/stage", "PutAtsApplicationsApplicationIdStage"),
    ("POST", "/ats/applications/{application_id}/result-links", "PostAtsApplicationsApplicationIdResultLinks"),
    ("POST", "/ats/applications/{application_id}/notes", "PostAtsApplicationsApplicationIdNotes"),
    ("POST", "/ats/applications/{application_id}/attachments", "PostAtsApplicationsApplicationIdAttachments"),
    ("GET", "/ats/candidates", "GetAtsCandidates"),
    ("POST", "/ats/candidates", "PostAtsCandidates"),
    ("PATCH", "/ats/candidates/{candidate_id}", "PatchAtsCandidatesCandidateId"),
    ("POST", "/ats/candidates/{candidate_id}/attachments", "PostAtsCandidatesCandidateIdAttachments"),
    ("POST", "/ats/candidates/{candidate_id}/result-links", "PostAtsCandidatesCandidateIdResultLinks"),
    ("POST", "/ats/candidates/{candidate_id}/tags", "PostAtsCandidatesCandidateIdTags"),
    ("DELETE", "/ats/candidates/{candidate_id}/tags", "DeleteAtsCandidatesCandidateIdTags"),
    ("GET", "/ats/tags", "GetAtsTags"),
    ("GET", "/ats/application-stages", "GetAtsApplicationStages"),
    ("GET", "/ats/jobs", "GetAtsJobs"),
    ("POST", "/ats/jobs/{job_id}/applications", "PostAtsJobsJobIdApplications"),
    ("GET", "/ats/users", "GetAtsUsers"),
    ("GET", "/assessment/packages", "GetAssessmentPackages"),
    ("PUT", "/assessment/packages", "PutAssessmentPackages"),
    ("GET", "/assessment/orders/open", "GetAssessmentOrdersOpen"),
    ("PUT", "/assessment/orders/{assessment_order_id}/result", "PutAssessmentOrdersAssessmentOrderIdResult"),
    ("POST", "/connect/create-link", "PostConnectCreateLink"),
    ("GET", "/connect/integration-by-token/{token}", "GetConnectIntegrationByTokenToken"),
    ("POST", "/connect/activate-integration", "PostConnectActivateIntegration"),
    ("POST", "/custom/datev/passthrough", "PostCustomDatevPassthrough"),
    ("PUT", "/custom/datev/employees/{employee_id}/prepare-payroll", "PutCustomDatevEmployeesEmployeeIdPreparePayroll"),
    ("PUT", "/custom/datev/employees/{employee_id}/compensations", "PutCustomDatevEmployeesEmployeeIdCompensations"),
    ("GET", "/custom/datev/data-pushes", "GetCustomDatevDataPushes"),
    ("POST", "/custom/datev/push-data/general", "PostCustomDatevPushDataGeneral"),
    ("POST", "/custom/datev/push-data/payroll", "PostCustomDatevPushDataPayroll"),
    ("POST", "/custom/silae/employees/{employee_id}/payroll-supplements",
     "PostCustomSilaeEmployeesEmployeeIdPayrollSupplements"),
]

# Closed-beta operations that are NOT in the spec (API-DIGEST §C3.6, §C4.8). Their 200 body (and error
# response) is taken from an analogue operation that is in the spec; the output is marked "x-inferred": true.
INFERRED_OPERATIONS: dict[str, tuple[str, str]] = {
    # {status: "success", data: {}, warnings: Warning[]} exactly like the employee *documents* upload
    "PostHrisEmployeesEmployeeIdAttachments": ("POST", "/hris/employees/{employee_id}/documents"),
    # the updated candidate, same shape as the POST /ats/candidates response
    "PatchAtsCandidatesCandidateId": ("POST", "/ats/candidates"),
}

ERROR_RESPONSES = ["ErrorResponseGeneral", "ErrorResponseHRIS", "ErrorResponseATS"]
EXCLUDED_WEBHOOK_PREFIX = "ai-apply-"

# PATCH 5 - Kombo's SDKs list this code; the spec only shows it as the `example` of the HRIS code (API-DIGEST
# §A4). NOTE: the TypeScript SDK's *ATS* code enum (closed) does not contain it, so the SDK overlay removes it from
# ErrorResponseATS again (see SDK_OVERLAY); drop that overlay row to keep it.
EXTRA_ERROR_CODES = {
    "ErrorResponseHRIS": ["HRIS.EMPLOYEE_ALREADY_EXISTS"],
    "ErrorResponseATS": ["HRIS.EMPLOYEE_ALREADY_EXISTS"],
}

# --------------------------------------------------------------------------------------------------------------
# Schema-tree helpers. A "path" addresses a schema node *inside one output file* as a list of segments:
#   "<name>"   -> properties/<name>          "[]"  -> items
#   "{}"       -> additionalProperties       "anyOf:N" / "oneOf:N" / "allOf:N" -> N-th branch
# and is shown as e.g. data.results[].type.unit or data.results[].screening_questions[].format<anyOf:1>.
# --------------------------------------------------------------------------------------------------------------
ANNOTATION_KEYWORDS = {"description", "example", "examples", "externalDocs", "title", "$comment", "deprecated"}
SCHEMA_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SCHEMA_KEYWORDS = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
                   "unevaluatedProperties", "unevaluatedItems")
SCHEMA_LIST_KEYWORDS = ("anyOf", "oneOf", "allOf", "prefixItems")
# Everything the output may contain (anything else makes the script fail, so spec changes get noticed).
ALLOWED_OUTPUT_KEYWORDS = {
    "$schema", "$defs", "$ref", "type", "enum", "const", "format", "pattern", "required", "properties",
    "additionalProperties", "items", "anyOf", "oneOf", "allOf", "not", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "default",
    "x-inferred", "x-inferred-from",
}


def fmt_path(path: list[str]) -> str:
    out = ""
    for seg in path:
        if seg == "[]":
            out += "[]"
        elif seg == "{}":
            out += "{}"
        elif ":" in seg and seg.split(":")[0] in SCHEMA_LIST_KEYWORDS:
            out += "<" + seg + ">"
        else:
            out += ("." if out else "") + seg
    return out or "(root)"


def parse_path(text: str) -> list[str]:
    """Inverse of fmt_path for the simple forms used in the tables of this script."""
    segs: list[str] = []
    for m in re.finditer(r"\[\]|\{\}|<(\w+:\d+)>|\.?([^.\[\]{}<>]+)", text):
        if m.group(0) == "[]":
            segs.append("[]")
        elif m.group(0) == "{}":
            segs.append("{}")
        elif m.group(1):
            segs.append(m.group(1))
        else:
            segs.append(m.group(2))
    return segs


def child(node: dict, seg: str) -> dict | None:
    if not isinstance(node, dict):
        return None
    if seg == "[]":
        return node.get("items")
    if seg == "{}":
        ap = node.get("additionalProperties")
        return ap if isinstance(ap, dict) else None
    if ":" in seg and seg.split(":")[0] in SCHEMA_LIST_KEYWORDS:
        kw, idx = seg.split(":")
        lst = node.get(kw) or []
        return lst[int(idx)] if int(idx) < len(lst) else None
    return (node.get("properties") or {}).get(seg)


def get_node(root: dict, path: list[str]) -> dict | None:
    node = root
    for seg in path:
        node = child(node, seg)
        if node is None:
            return None
    return node


def walk(node, path: list[str], fn) -> None:
    """Call fn(node, path) for every schema object in the tree (pre-order)."""
    if not isinstance(node, dict):
        return
    fn(node, path)
    for kw in SCHEMA_MAP_KEYWORDS:
        sub = node.get(kw)
        if isinstance(sub, dict):
            for name, s in sub.items():
                walk(s, path + ([name] if kw == "properties" else [f"{kw}:{name}"]), fn)
    for kw in SCHEMA_KEYWORDS:
        sub = node.get(kw)
        if isinstance(sub, dict):
            walk(sub, path + ["[]" if kw == "items" else "{}" if kw == "additionalProperties" else kw], fn)
    for kw in SCHEMA_LIST_KEYWORDS:
        sub = node.get(kw)
        if isinstance(sub, list):
            for i, s in enumerate(sub):
                walk(s, path + [f"{kw}:{i}"], fn)


def types_of(node: dict) -> set[str]:
    t = node.get("type")
    if t is None:
        return set()
    return {t} if isinstance(t, str) else set(t)


def set_types(node: dict, types: set[str]) -> None:
    order = ["string", "number", "integer", "boolean", "object", "array", "null"]
    lst = [t for t in order if t in types]
    node["type"] = lst[0] if len(lst) == 1 else lst


# --------------------------------------------------------------------------------------------------------------
# $ref resolution
# --------------------------------------------------------------------------------------------------------------
class Resolver:
    """Inlines every `$ref` of a subtree. A ref that recurses into itself is emitted as `#/$defs/<Name>` and
    its target collected in `defs` (the caller puts them into the same output file)."""

    def __init__(self, spec: dict):
        self.spec = spec

    def target(self, ref: str):
        if not ref.startswith("#/"):
            raise SystemExit(f"external $ref not supported: {ref}")
        node = self.spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def resolve(self, node, stack: tuple[str, ...] = (), defs: dict | None = None):
        if defs is None:
            defs = {}
        if isinstance(node, list):
            return [self.resolve(x, stack, defs) for x in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            ref = node["$ref"]
            name = ref.rsplit("/", 1)[-1]
            if ref in stack:  # recursion -> $defs
                if name not in defs:
                    defs[name] = None
                    defs[name] = self.resolve(self.target(ref), stack, defs)
                return {"$ref": f"#/$defs/{name}"}
            resolved = self.resolve(self.target(ref), stack + (ref,), defs)
            siblings = {k: self.resolve(v, stack, defs) for k, v in node.items() if k != "$ref"}
            if siblings:  # 3.1 allows siblings next to $ref: merge (siblings win)
                resolved = {**resolved, **siblings}
            return resolved
        return {k: self.resolve(v, stack, defs) for k, v in node.items()}


# --------------------------------------------------------------------------------------------------------------
# SPEC PATCHES - generator artefacts of Kombo's spec. Every applied patch is logged (printed as a summary).
# --------------------------------------------------------------------------------------------------------------
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
TIME_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$"

# PATCH 1 - `"type": "null"`-only properties. Kombo's generator emits `{"type": "null"}` for fields whose zod
# type it could not translate (plain-date/time strings, "any" values), although the API returns strings/values
# there (spec examples, API-DIGEST §A7/§A10). Keyed by the end of the property's path (see fmt_path); the
# decision for each was taken from the property's description (quoted). An unknown `type: null`-only property
# makes the script fail so that a human decides (run with --list-null-types).
NULL_ONLY_FIXES: dict[str, tuple[str, dict]] = {
    # "The date this absence starts in the `yyyy-MM-dd` format."
    "start_date": ("absence date: string yyyy-MM-dd or null",
                   {"type": ["string", "null"], "format": "date", "pattern": DATE_PATTERN}),
    # "The date this absence ends in the `yyyy-MM-dd` format."
    "end_date": ("absence date: string yyyy-MM-dd or null",
                 {"type": ["string", "null"], "format": "date", "pattern": DATE_PATTERN}),
    # "The time at which this absence starts. Follows the format `HH:mm:ss` (e.g., `14:45:15`)."
    "start_time": ("absence time: string HH:mm:ss or null", {"type": ["string", "null"], "pattern": TIME_PATTERN}),
    # "The time at which this absence ends. Follows the format `HH:mm:ss` (e.g., `14:45:15`)."
    "end_time": ("absence time: string HH:mm:ss or null", {"type": ["string", "null"], "pattern": TIME_PATTERN}),
    # integration_fields[].value - "The field's value." (any raw tool value: string, number, bool, object, ...)
    "integration_fields[].value": ("integration field value: any JSON value (incl. null)", {}),
    # screening_question_answers[]<anyOf:6> (question type UNKNOWN) answer.raw - "We pass the original question
    # data along so you can handle it." (whatever the tool returned)
    "answer.raw": ("raw screening answer: any JSON value (incl. null)", {}),
}

# PATCH 4 - the generator emits `"minimum": -1.7976931348623157e+308` (-Double.MaxValue) on every `double`. It is
# a no-op (any JSON number satisfies it) and pure noise, so it is dropped; validation semantics do not change.
# (JsonSchema.Net 8.0.5 copes with the value - checked - but validators that hold numeric keywords as
# System.Decimal would overflow on it.)
NOOP_NUMBER_BOUND = 1.7976931348623157e308


def null_only_fix(path: list[str]):
    """The NULL_ONLY_FIXES entry whose key is a suffix of the path (on a segment boundary), or None."""
    text = fmt_path(path)
    for key, fix in NULL_ONLY_FIXES.items():
        if text == key or (text.endswith(key) and text[-len(key) - 1] in ".]>}"):
            return fix
    return None


class PatchLog:
    def __init__(self):
        self.entries: list[tuple[str, str, str, str]] = []  # (file, path, patch id, what)

    def add(self, file: str, path: list[str], patch: str, what: str) -> None:
        self.entries.append((file, fmt_path(path), patch, what))


def apply_spec_patches(file: str, root: dict, log: PatchLog) -> None:
    def fix(node: dict, path: list[str]) -> None:
        # PATCH 1: `"type": "null"` as the only type of a property (see NULL_ONLY_FIXES)
        if node.get("type") == "null" and path and not re.match(r"(anyOf|oneOf|allOf):", path[-1]) \
                and null_only_fix(path):
            what, replacement = null_only_fix(path)
            for k in ("type", "enum", "const"):
                node.pop(k, None)
            node.update(copy.deepcopy(replacement))
            log.add(file, path, "P1 type:null-only", f"type null -> {what}")
        # PATCH 2: OpenAPI-3.0 `nullable: true` (used by the webhook payload schemas of this 3.1 document);
        # JSON Schema ignores it, so null values would be rejected -> add "null" to `type` (and to `enum`).
        if node.pop("nullable", None) is True:
            if "type" in node:
                set_types(node, types_of(node) | {"null"})
            if "enum" in node and None not in node["enum"]:
                node["enum"].append(None)
            log.add(file, path, "P2 nullable:true", "OpenAPI 3.0 `nullable: true` -> type includes \"null\"")
        # PATCH 3: nullable type with an `enum` that lacks null. In JSON Schema the enum still rejects null,
        # although the type (and Kombo's SDKs: z.nullable(enum)) allow it.
        if "enum" in node and "null" in types_of(node) and None not in node["enum"]:
            node["enum"].append(None)
            log.add(file, path, "P3 enum+null", "added null to enum of nullable field")
        # PATCH 4: drop the no-op +-Double.MaxValue bounds (see NOOP_NUMBER_BOUND)
        for kw in ("minimum", "maximum"):
            if kw in node and isinstance(node[kw], float) and abs(node[kw]) >= NOOP_NUMBER_BOUND:
                del node[kw]
                log.add(file, path, "P4 no-op bound", f"removed {kw} = +-Double.MaxValue")

    walk(root, [], fix)


def list_null_only(file: str, root: dict) -> list[tuple[str, str, bool]]:
    """All properties whose schema is `"type": "null"` only (not counting `{"type": "null"}` anyOf branches)."""
    found = []

    def visit(node: dict, path: list[str]) -> None:
        if node.get("type") == "null" and path and not re.match(r"(anyOf|oneOf|allOf):", path[-1]):
            found.append((file, fmt_path(path), null_only_fix(path) is not None))

    walk(root, [], visit)
    return found


# --------------------------------------------------------------------------------------------------------------
# SDK OVERLAY - where Kombo's official TypeScript SDK (@kombo-api/sdk 1.1.3, zod v3 response parsing) is
# stricter than the spec. Derived with `--sdk-report` (see tools/reference/sdk_zod_dump.mjs) and reviewed by
# hand; the full comparison is documented in tools/reference/SDK-STRICTNESS.md.
#   (file key, path, op, argument)
#     file key: operationId | "webhook:<event-type>"
#     op "add"        - property missing from the spec: add it with the SDK's type and make it required
#     op "require"    - property optional in the spec but required by the SDK
#     op "non-null"   - SDK rejects null: remove null from type / enum / anyOf
#     op "close-enum" - spec has an open enum (anyOf[enum, string, null]); SDK a closed z.nativeEnum
#     op "integer"    - SDK uses z.number().int()
#     op "enum-remove" - value(s) the spec allows but the SDK's closed enum rejects
# Date-time rule (global, not in the table): every `format: date-time` string gets a `pattern` equal to the
# SDK's z.string().datetime({offset: true}) check (Z or +-hh:mm offset required; seconds/fractions optional).
# --------------------------------------------------------------------------------------------------------------
DATETIME_PATTERN = (r"^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")
SDK_DATETIME_NULL = {"type": ["string", "null"], "format": "date-time", "pattern": DATETIME_PATTERN}

_COVERAGE_STATUS = {"type": "string", "enum": ["SUPPORTED", "UNSUPPORTED", "NOT_IMPLEMENTED", "UNKNOWN"]}
_NULLABLE_STRING = {"type": ["string", "null"]}
# GET /integrations/{id} data.write_actions[] (SDK: GetIntegrationsIntegrationIdPositiveResponseWriteAction)
_INTEGRATION_WRITE_ACTION = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "label": {"type": "string"},
        "is_available": {"type": "boolean"},
        "coverage_status": _COVERAGE_STATUS,
        "scope_config_setting": {"type": "string", "enum": ["ENABLED", "DISABLED", "OPTIONAL"]},
        "opted_out_by_customer": {"type": "boolean"},
        "fields": {"type": "array", "items": {
            "type": "object",
            "properties": {"id": {"type": "string"}, "is_available": {"type": "boolean"},
                           "coverage_status": _COVERAGE_STATUS},
            "required": ["coverage_status", "id", "is_available"]}},
    },
    "required": ["coverage_status", "fields", "id", "is_available", "label", "opted_out_by_customer",
                 "scope_config_setting"],
}
# ATS role assignment (SDK: GetAtsJobsPositiveResponseJobRole / GetAtsUsersPositiveResponseSystemRole)
_ATS_ROLE = {
    "type": "object",
    "properties": {
        "remote_id": _NULLABLE_STRING,
        "remote_label": _NULLABLE_STRING,
        "scope": {"type": ["string", "null"], "enum": ["SYSTEM", "JOB", None]},
        "unified_type": {"type": ["string", "null"],
                         "enum": ["HIRING_MANAGER", "RECRUITER", "COORDINATOR", "SOURCER", "INTERVIEWER", "ADMIN",
                                  None]},
    },
    "required": ["remote_id", "remote_label", "scope", "unified_type"],
}


def _assessment_order_requires(key: str, prefix: str) -> list[tuple[str, str, str, object]]:
    """The SDK's order model requires every key of candidate/application/job (values may be null)."""
    return [(key, prefix + p, "require", None) for p in (
        "application.remote_id", "candidate.first_name", "candidate.last_name", "candidate.phone",
        "candidate.remote_id", "job.location", "job.name", "job.remote_id")]


SDK_OVERLAY: list[tuple[str, str, str, object]] = [
    # --- GET /integrations/{integration_id}: two fields of the newer API that the SDK requires
    ("GetIntegrationsIntegrationId", "data.data_expired_at", "add", SDK_DATETIME_NULL),
    ("GetIntegrationsIntegrationId", "data.write_actions", "add",
     {"type": "array", "items": _INTEGRATION_WRITE_ACTION}),
    # --- GET /tools/{category}: write actions list their fields
    ("GetToolsCategory", "data.tools[].coverage.write_actions[].fields", "add", {"type": "array", "items": {
        "type": "object", "properties": {"id": {"type": "string"}, "coverage_status": _COVERAGE_STATUS},
        "required": ["coverage_status", "id"]}}),
    # --- absences carry remote timestamps in the SDK (spec lacks them)
    ("GetHrisAbsences", "data.results[].remote_created_at", "add", SDK_DATETIME_NULL),
    ("GetHrisAbsences", "data.results[].remote_updated_at", "add", SDK_DATETIME_NULL),
    ("PostHrisAbsences", "data.remote_created_at", "add", SDK_DATETIME_NULL),
    ("PostHrisAbsences", "data.remote_updated_at", "add", SDK_DATETIME_NULL),
    ("DeleteHrisAbsencesAbsenceId", "data.remote_created_at", "add", SDK_DATETIME_NULL),
    ("DeleteHrisAbsencesAbsenceId", "data.remote_updated_at", "add", SDK_DATETIME_NULL),
    # --- ATS role assignments (may be empty arrays)
    ("GetAtsJobs", "data.results[].hiring_team[].job_roles", "add", {"type": "array", "items": _ATS_ROLE}),
    ("GetAtsUsers", "data.results[].system_roles", "add", {"type": "array", "items": _ATS_ROLE}),
    # --- GET /assessment/orders/open: SDK 1.1.3 has no method for it, only GET /assessment/orders (same order
    #     model). Only its *requires* are applied (keys the spec already defines; emit them, null allowed); its
    #     extra fields job.description/job.job_code/status are NOT added to this endpoint.
    *_assessment_order_requires("GetAssessmentOrdersOpen", "data.results[]."),
    # --- ATS error codes: the SDK's KomboAtsErrorCode is a CLOSED enum without HRIS.EMPLOYEE_ALREADY_EXISTS, so
    #     emitting it on an ATS/assessment endpoint makes the SDK throw ResponseValidationError. Undoes the
    #     EXTRA_ERROR_CODES addition for ATS (kept for HRIS, where the SDK lists it).
    ("ErrorResponseATS", "error.code", "enum-remove", ["HRIS.EMPLOYEE_ALREADY_EXISTS"]),
    # --- webhooks
    *_assessment_order_requires("webhook:assessment:order-received", "data."),
    ("webhook:assessment:order-received", "data.job.description", "add", _NULLABLE_STRING),
    ("webhook:assessment:order-received", "data.job.job_code", "add", _NULLABLE_STRING),
    *_assessment_order_requires("webhook:inline-assessment:order-received", "data."),
    ("webhook:inline-assessment:order-received", "data.job.description", "add", _NULLABLE_STRING),
    ("webhook:inline-assessment:order-received", "data.job.job_code", "add", _NULLABLE_STRING),
    ("webhook:integration-state-changed", "data.setup_status", "add",
     {"type": "string", "enum": ["INCOMPLETE", "FINAL_SYNC_PENDING", "COMPLETED"]}),
]


def apply_sdk_overlay(file_key: str, root: dict, log: PatchLog, overlay=None) -> None:
    overlay = SDK_OVERLAY if overlay is None else overlay
    for key, ptext, op, arg in overlay:
        if key != file_key:
            continue
        path = parse_path(ptext)
        parent = get_node(root, path[:-1])
        if parent is None:
            raise SystemExit(f"SDK overlay: parent of {file_key} {ptext} not found")
        name = path[-1]
        if op == "add":
            props = parent.setdefault("properties", {})
            if name in props:
                raise SystemExit(f"SDK overlay: {file_key} {ptext} already exists in the spec; use 'require'")
            props[name] = copy.deepcopy(arg)
            req = parent.setdefault("required", [])
            if name not in req:
                req.append(name)
            log.add(file_key, path, "SDK add", f"added required property ({arg_summary(arg)})")
            continue
        node = get_node(root, path)
        if node is None:
            raise SystemExit(f"SDK overlay: {file_key} {ptext} not found")
        if op == "require":
            req = parent.setdefault("required", [])
            if name in req:
                raise SystemExit(f"SDK overlay: {file_key} {ptext} is already required")
            req.append(name)
            log.add(file_key, path, "SDK require", "made required")
        elif op == "non-null":
            changed = False
            if "null" in types_of(node):
                set_types(node, types_of(node) - {"null"})
                changed = True
            if "enum" in node and None in node["enum"]:
                node["enum"] = [v for v in node["enum"] if v is not None]
                changed = True
            for kw in ("anyOf", "oneOf"):
                if kw in node:
                    kept = [b for b in node[kw] if b.get("type") != "null"]
                    if len(kept) != len(node[kw]):
                        node[kw] = kept
                        changed = True
            if not changed:
                raise SystemExit(f"SDK overlay: {file_key} {ptext} is not nullable")
            log.add(file_key, path, "SDK non-null", "null no longer allowed")
        elif op == "close-enum":
            values, nullable = arg
            branches = node.get("anyOf") or []
            if not any("enum" in b for b in branches):
                raise SystemExit(f"SDK overlay: {file_key} {ptext} is not an open enum")
            for k in ("anyOf", "type", "enum"):
                node.pop(k, None)
            node["type"] = ["string", "null"] if nullable else "string"
            node["enum"] = list(values) + ([None] if nullable else [])
            log.add(file_key, path, "SDK close-enum", "open enum -> closed enum " + "|".join(values)
                    + (" or null" if nullable else ""))
        elif op == "enum-remove":
            if "enum" not in node or not all(v in node["enum"] for v in arg):
                raise SystemExit(f"SDK overlay: {file_key} {ptext} has no enum value(s) {arg}")
            node["enum"] = [v for v in node["enum"] if v not in arg]
            log.add(file_key, path, "SDK enum-remove", "removed " + ", ".join(arg) + " (not in the SDK's closed enum)")
        elif op == "integer":
            if "number" not in types_of(node):
                raise SystemExit(f"SDK overlay: {file_key} {ptext} is not a number")
            set_types(node, (types_of(node) - {"number"}) | {"integer"})
            log.add(file_key, path, "SDK integer", "number -> integer")
        else:
            raise SystemExit(f"SDK overlay: unknown op {op}")
    return None


def arg_summary(arg) -> str:
    if not isinstance(arg, dict):
        return json.dumps(arg)
    t = arg.get("type")
    s = "|".join(t) if isinstance(t, list) else str(t)
    if "format" in arg:
        s += f" ({arg['format']})"
    if "enum" in arg:
        s += " enum"
    return s


def apply_datetime_rule(file_key: str, root: dict, log: PatchLog) -> None:
    def visit(node: dict, path: list[str]) -> None:
        if node.get("format") == "date-time" and "string" in types_of(node) and "pattern" not in node:
            node["pattern"] = DATETIME_PATTERN
            log.add(file_key, path, "SDK date-time", "pattern = zod datetime({offset:true})")

    walk(root, [], visit)


# --------------------------------------------------------------------------------------------------------------
# Stripping of prose
# --------------------------------------------------------------------------------------------------------------
def strip_annotations(node, examples_out: list | None = None, path: list[str] | None = None):
    """Returns a copy of a schema without annotation keywords. Only keys at *schema* positions are considered,
    so a property called `title` / `description` survives. Values of schema-level `examples` are collected into
    examples_out as (path, [values]) for the self-test."""
    path = path or []
    if not isinstance(node, dict):
        return node
    out = {}
    for k, v in node.items():
        if k in ANNOTATION_KEYWORDS:
            if k == "examples" and examples_out is not None and isinstance(v, list):
                examples_out.append((list(path), v))
            if k == "example" and examples_out is not None:
                examples_out.append((list(path), [v]))
            continue
        if k in SCHEMA_MAP_KEYWORDS and isinstance(v, dict):
            out[k] = {name: strip_annotations(s, examples_out,
                                              path + ([name] if k == "properties" else [f"{k}:{name}"]))
                      for name, s in v.items()}
        elif k in SCHEMA_KEYWORDS and isinstance(v, dict):
            seg = "[]" if k == "items" else "{}" if k == "additionalProperties" else k
            out[k] = strip_annotations(v, examples_out, path + [seg])
        elif k in SCHEMA_LIST_KEYWORDS and isinstance(v, list):
            out[k] = [strip_annotations(s, examples_out, path + [f"{k}:{i}"]) for i, s in enumerate(v)]
        else:
            out[k] = copy.deepcopy(v)
    return out


def check_keywords(file: str, root: dict) -> None:
    def visit(node: dict, path: list[str]) -> None:
        bad = set(node) - ALLOWED_OUTPUT_KEYWORDS
        if bad:
            raise SystemExit(f"{file} {fmt_path(path)}: unexpected keyword(s) {sorted(bad)} - extend the script")

    walk(root, [], visit)


def normalize(node):
    """Sort `required` lists (order is irrelevant) for stable diffs."""
    if isinstance(node, dict):
        out = {k: normalize(v) for k, v in node.items()}
        if isinstance(out.get("required"), list):
            out["required"] = sorted(out["required"])
        return out
    if isinstance(node, list):
        return [normalize(x) for x in node]
    return node


# --------------------------------------------------------------------------------------------------------------
# Derivation
# --------------------------------------------------------------------------------------------------------------
def webhook_file_name(event_type: str) -> str:
    return event_type.replace(":", ".") + ".json"


def response_schema_ref(spec: dict, method: str, path: str) -> tuple[dict, str, dict]:
    op = spec["paths"][path][method.lower()]
    content = op["responses"]["200"]["content"]["application/json"]
    err_ref = op["responses"]["default"]["$ref"]
    return content, err_ref.rsplit("/", 1)[-1], op


class Derived:
    def __init__(self):
        self.files: dict[str, dict] = {}          # relative path -> schema/json
        self.raw: dict[str, dict] = {}            # relative path -> stripped, resolved, unpatched schema
        self.patched_only: dict[str, dict] = {}   # relative path -> stripped + spec patches, no SDK overlay
        self.examples: dict[str, list] = {}       # relative path -> [(name, value)] whole-body examples
        self.analogue_examples: dict[str, list] = {}  # inferred operationId -> examples of its analogue
        self.prop_examples: dict[str, list] = {}  # relative path -> [(path, [values])] schema-level examples
        self.log = PatchLog()
        self.null_only: list = []


def finish_schema(resolver: Resolver, src: dict, file: str, key: str, d: Derived, extra: dict | None = None,
                  error_codes: list[str] | None = None, overlay=None) -> None:
    defs: dict = {}
    resolved = resolver.resolve(src, (), defs)
    if defs:
        resolved["$defs"] = defs
    d.null_only += list_null_only(key, resolved)
    examples: list = []
    raw = strip_annotations(resolved, examples)
    # P1 needs to know which properties are `type: null`; fail early on unknown ones
    unknown = [p for f, p, known in list_null_only(key, raw) if not known]
    if unknown:
        raise SystemExit(f"{key}: `type: null`-only propert(y/ies) without a decision: {unknown} "
                         "- add them to NULL_ONLY_FIXES")
    patched = copy.deepcopy(raw)
    if error_codes:
        code = patched["properties"]["error"]["properties"]["code"]
        for c in error_codes:
            if c not in code["enum"]:
                code["enum"].append(c)
                d.log.add(key, ["error", "code"], "P5 error code", f"added {c} to the code enum")
    apply_spec_patches(key, patched, d.log)
    final = copy.deepcopy(patched)
    apply_sdk_overlay(key, final, d.log, overlay)
    apply_datetime_rule(key, final, d.log)
    out = {"$schema": SCHEMA_DIALECT, **(extra or {}), **final}
    check_keywords(file, out)
    d.files[file] = normalize(out)
    d.raw[file] = normalize({"$schema": SCHEMA_DIALECT, **raw})
    d.patched_only[file] = normalize({"$schema": SCHEMA_DIALECT, **patched})
    d.prop_examples[file] = examples


def derive(spec: dict, overlay=None) -> Derived:
    d = Derived()
    resolver = Resolver(spec)
    index = []
    error_index = {}
    for method, path, op_id in OPERATIONS:
        file = f"operations/{op_id}.json"
        extra: dict = {}
        if op_id in INFERRED_OPERATIONS:
            if method.lower() in spec["paths"].get(path, {}):
                raise SystemExit(f"{method} {path} is now in the spec - drop it from INFERRED_OPERATIONS")
            a_method, a_path = INFERRED_OPERATIONS[op_id]
            content, err, a_op = response_schema_ref(spec, a_method, a_path)
            extra = {"x-inferred": True, "x-inferred-from": f"{a_op['operationId']} ({a_method} {a_path})"}
            examples = []  # the analogue's examples are not examples of this operation (see analogue_examples)
            d.analogue_examples[op_id] = [(f"{a_op['operationId']} {n}", e["value"])
                                          for n, e in sorted((content.get("examples") or {}).items())]
        else:
            op = spec["paths"][path][method.lower()]
            if op.get("operationId") != op_id:
                raise SystemExit(f"{method} {path}: operationId {op.get('operationId')} != {op_id}")
            content, err, _ = response_schema_ref(spec, method, path)
            examples = sorted((content.get("examples") or {}).items())
            examples = [(n, e["value"]) for n, e in examples]
        finish_schema(resolver, content["schema"], file, op_id, d, extra, overlay=overlay)
        d.examples[file] = examples
        index.append({"operationId": op_id, "method": method, "path": path, "file": file})
        error_index[op_id] = f"{err}.json"
    for name in ERROR_RESPONSES:
        file = f"errors/{name}.json"
        content = spec["components"]["responses"][name]["content"]["application/json"]
        finish_schema(resolver, content["schema"], file, name, d, error_codes=EXTRA_ERROR_CODES.get(name),
                      overlay=overlay)
        d.examples[file] = [(n, e["value"]) for n, e in sorted((content.get("examples") or {}).items())]
    webhook_index = {}
    for event, item in sorted(spec["webhooks"].items()):
        if event.startswith(EXCLUDED_WEBHOOK_PREFIX):
            continue
        file = f"webhooks/{webhook_file_name(event)}"
        content = item["post"]["requestBody"]["content"]["application/json"]
        finish_schema(resolver, content["schema"], file, f"webhook:{event}", d, overlay=overlay)
        d.examples[file] = [(n, e["value"]) for n, e in sorted((content.get("examples") or {}).items())]
        webhook_index[event] = webhook_file_name(event)
    if len(index) != 54:
        raise SystemExit(f"expected 54 operations, got {len(index)}")
    d.files["index.json"] = index
    d.files["errors/index.json"] = error_index
    d.files["webhooks/index.json"] = webhook_index
    return d


def dumps(obj) -> str:
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_output(d: Derived, out: Path) -> None:
    for sub in ("operations", "errors", "webhooks"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for stale in (out / sub).glob("*.json"):
            if f"{sub}/{stale.name}" not in d.files:
                stale.unlink()
    for rel, obj in sorted(d.files.items()):
        p = out / rel
        text = dumps(obj)
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            p.write_text(text, encoding="utf-8", newline="\n")


def check_output(d: Derived, out: Path) -> int:
    problems = []
    for rel, obj in sorted(d.files.items()):
        p = out / rel
        if not p.exists():
            problems.append(f"missing {rel}")
        elif p.read_text(encoding="utf-8") != dumps(obj):
            problems.append(f"outdated {rel}")
    for sub in ("operations", "errors", "webhooks"):
        for f in sorted((out / sub).glob("*.json")) if (out / sub).exists() else []:
            if f"{sub}/{f.name}" not in d.files:
                problems.append(f"stale {sub}/{f.name}")
    for p in problems:
        print(p)
    print("check: " + ("OK" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0


def print_patch_summary(d: Derived) -> None:
    groups: dict[tuple[str, str, str], list[str]] = {}
    for file, path, patch, what in d.log.entries:
        groups.setdefault((patch, path, what), []).append(file)
    print(f"Applied {len(d.log.entries)} patch(es):")
    for (patch, path, what), files in sorted(groups.items()):
        if patch == "SDK date-time":
            continue
        print(f"  [{patch}] {path}: {what}  ({len(files)}x: {', '.join(sorted(set(files)))})")
    dt = [e for e in d.log.entries if e[2] == "SDK date-time"]
    print(f"  [SDK date-time] pattern added to {len(dt)} date-time field(s) in "
          f"{len({e[0] for e in dt})} file(s)")


# --------------------------------------------------------------------------------------------------------------
# Minimal JSON-Schema validator (the subset used by the derived schemas) for --self-test
# --------------------------------------------------------------------------------------------------------------
def _is_type(value, t: str) -> bool:
    if t == "null":
        return value is None
    if t == "boolean":
        return isinstance(value, bool)
    if t == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer())
    if t == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if t == "string":
        return isinstance(value, str)
    if t == "array":
        return isinstance(value, list)
    if t == "object":
        return isinstance(value, dict)
    raise ValueError(f"unknown type {t}")


def _json_equal(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def validate(schema, value, root=None, where: str = "$") -> list[str]:
    """Returns a list of error strings (empty = valid)."""
    root = root if root is not None else schema
    if schema is True or schema == {}:
        return []
    if schema is False:
        return [f"{where}: false schema"]
    errors: list[str] = []
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            return [f"{where}: unsupported $ref {ref}"]
        target = root
        for part in ref[2:].split("/"):
            target = target[part]
        errors += validate(target, value, root, where)
    if "type" in schema:
        ts = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        if not any(_is_type(value, t) for t in ts):
            return errors + [f"{where}: expected type {'|'.join(ts)}, got {type_name(value)}"]
    if "enum" in schema and not any(_json_equal(value, e) for e in schema["enum"]):
        errors.append(f"{where}: {short(value)} not in enum {schema['enum']}")
    if "const" in schema and not _json_equal(value, schema["const"]):
        errors.append(f"{where}: {short(value)} != const {short(schema['const'])}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{where}: {short(value)} does not match pattern {schema['pattern']}")
        if "minLength" in schema and len(value) < schema["minLength"]:
            errors.append(f"{where}: shorter than {schema['minLength']}")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{where}: longer than {schema['maxLength']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{where}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{where}: {value} > maximum {schema['maximum']}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            errors.append(f"{where}: {value} <= exclusiveMinimum {schema['exclusiveMinimum']}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            errors.append(f"{where}: {value} >= exclusiveMaximum {schema['exclusiveMaximum']}")
    if isinstance(value, dict):
        for r in schema.get("required", []):
            if r not in value:
                errors.append(f"{where}: missing required property '{r}'")
        props = schema.get("properties", {})
        for k, v in value.items():
            if k in props:
                errors += validate(props[k], v, root, f"{where}.{k}")
            elif "additionalProperties" in schema:
                ap = schema["additionalProperties"]
                if ap is False:
                    errors.append(f"{where}: additional property '{k}' not allowed")
                elif isinstance(ap, dict):
                    errors += validate(ap, v, root, f"{where}.{k}")
    if isinstance(value, list):
        if "items" in schema:
            for i, v in enumerate(value):
                errors += validate(schema["items"], v, root, f"{where}[{i}]")
        if "minItems" in schema and len(value) < schema["minItems"]:
            errors.append(f"{where}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{where}: more than {schema['maxItems']} items")
    if "allOf" in schema:
        for i, s in enumerate(schema["allOf"]):
            errors += validate(s, value, root, where)
    if "anyOf" in schema:
        branch_errors = [validate(s, value, root, where) for s in schema["anyOf"]]
        if all(branch_errors):
            best = min(branch_errors, key=len)
            errors.append(f"{where}: no anyOf branch matches (closest: {'; '.join(best[:3])})")
    if "oneOf" in schema:
        branch_errors = [validate(s, value, root, where) for s in schema["oneOf"]]
        ok = sum(1 for e in branch_errors if not e)
        if ok != 1:
            errors.append(f"{where}: {ok} oneOf branches match (need exactly 1)")
    if "not" in schema and not validate(schema["not"], value, root, where):
        errors.append(f"{where}: matches 'not' schema")
    return errors


def type_name(v) -> str:
    return {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string", list: "array",
            dict: "object"}[type(v)]


def short(v) -> str:
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= 60 else s[:57] + "..."


VALIDATOR_TESTS = [
    # (schema, value, valid?)
    ({"type": "string"}, "x", True), ({"type": "string"}, 1, False),
    ({"type": ["string", "null"]}, None, True), ({"type": "integer"}, 1.0, True), ({"type": "integer"}, 1.5, False),
    ({"type": "integer"}, True, False), ({"type": "number"}, False, False), ({"type": "boolean"}, 0, False),
    ({"enum": ["A", None]}, None, True), ({"enum": ["A"]}, "B", False), ({"enum": [1]}, True, False),
    ({"const": "success"}, "success", True), ({"const": "success"}, "error", False),
    ({"type": "object", "required": ["a"]}, {}, False),
    ({"type": "object", "properties": {"a": {"type": "string"}}}, {"a": 1}, False),
    ({"type": "object", "properties": {"a": {}}, "additionalProperties": False}, {"a": 1, "b": 2}, False),
    ({"type": "object", "additionalProperties": {"type": "string"}}, {"b": "x"}, True),
    ({"type": "object", "additionalProperties": {"type": "string"}}, {"b": 2}, False),
    ({"type": "array", "items": {"type": "integer"}}, [1, 2], True),
    ({"type": "array", "items": {"type": "integer"}}, [1, "2"], False),
    ({"anyOf": [{"type": "string"}, {"type": "null"}]}, None, True),
    ({"anyOf": [{"type": "string"}, {"type": "null"}]}, 3, False),
    ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, 3, True),
    ({"oneOf": [{"type": "number"}, {"type": "integer"}]}, 3, False),
    ({"type": "string", "pattern": DATE_PATTERN}, "2022-08-04", True),
    ({"type": "string", "pattern": DATE_PATTERN}, "2022-08-04T00:00:00Z", False),
    ({"type": "string", "pattern": DATETIME_PATTERN}, "2022-08-07T14:01:29.196Z", True),
    ({"type": "string", "pattern": DATETIME_PATTERN}, "2022-08-07T14:01:29+02:00", True),
    ({"type": "string", "pattern": DATETIME_PATTERN}, "2022-08-07T14:01:29", False),
    ({"type": "string", "pattern": TIME_PATTERN}, "13:15:00", True),
    ({"type": "string", "pattern": TIME_PATTERN}, "13:15", False),
    ({"type": "string", "minLength": 2, "maxLength": 3}, "abcd", False),
    ({"$defs": {"n": {"type": "integer"}}, "type": "array", "items": {"$ref": "#/$defs/n"}}, [1, "x"], False),
]


# Spec examples that contradict the spec itself (reported, not fatal).
KNOWN_EXAMPLE_ISSUES = {
    ("errors/ErrorResponseGeneral.json", "Error Response"):
        "the example (shared by all three error responses) uses INTEGRATION.MODEL_NOT_AVAILABLE, which is not in "
        "the General code enum (nor in the SDK's closed KomboGeneralErrorCode)",
}


def self_test(d: Derived) -> int:
    bad = 0
    for schema, value, expected in VALIDATOR_TESTS:
        ok = not validate(schema, value)
        if ok != expected:
            bad += 1
            print(f"VALIDATOR BUG: {schema} {value!r}: expected {'valid' if expected else 'invalid'}")
    print(f"validator unit tests: {len(VALIDATOR_TESTS) - bad}/{len(VALIDATOR_TESTS)} passed")

    # 1. whole-body examples (responses.200 examples of the operations, error response examples)
    total = passed = 0
    unexpected = 0
    print("\nSpec examples vs derived schemas  (raw = spec as-is; patched = + spec patches; final = + SDK overlay)")
    for file in sorted(d.examples):
        for name, value in d.examples[file]:
            total += 1
            e_raw = validate(d.raw[file], value)
            e_patched = validate(d.patched_only[file], value)
            e_final = validate(d.files[file], value)
            if not e_final:
                passed += 1
                status = "OK" if not e_raw else "OK (fails only against the unpatched spec)"
                print(f"  {status:<45} {file} [{name}]")
                for e in e_raw[:6]:
                    print(f"      raw: {e}")
                continue
            if not e_patched:
                status = "FAIL - intentional (SDK overlay)"
            elif (file, name) in KNOWN_EXAMPLE_ISSUES:
                status = "FAIL - known spec inconsistency"
                print(f"  {status:<45} {file} [{name}]: {KNOWN_EXAMPLE_ISSUES[(file, name)]}")
                continue
            else:
                status = "FAIL - UNEXPECTED (spec example violates the patched spec)"
                unexpected += 1
            print(f"  {status:<45} {file} [{name}]")
            for e in e_final[:12]:
                print(f"      {e}")
            if len(e_final) > 12:
                print(f"      ... {len(e_final) - 12} more")
    print(f"  -> {passed}/{total} examples valid against the final schemas, {unexpected} unexpected failure(s)")

    # 1b. inferred operations: the analogue's examples must fit the inferred schema
    print("\nInferred operations vs the examples of their analogue:")
    for op_id in sorted(INFERRED_OPERATIONS):
        if not d.analogue_examples.get(op_id):
            print(f"  operations/{op_id}.json: the analogue has no examples - nothing to check")
        for name, value in d.analogue_examples.get(op_id, []):
            errs = validate(d.files[f"operations/{op_id}.json"], value)
            print(f"  {'OK' if not errs else 'FAIL'}  operations/{op_id}.json <- example of {name}")
            for e in errs[:5]:
                print(f"      {e}")
            unexpected += 1 if errs else 0

    # 2. schema-level `examples` of individual properties (taken from the spec before stripping)
    p_total = p_fail = 0
    p_fail_unexpected = [0]
    print("\nProperty-level `examples` vs the derived property schema:")
    for file in sorted(d.prop_examples):
        for path, values in d.prop_examples[file]:
            node = get_node(d.files[file], path)
            if node is None:
                continue
            for v in values:
                p_total += 1
                errs = validate(node, v, d.files[file])
                if errs:
                    p_fail += 1
                    patched_node = get_node(d.patched_only[file], path)
                    why = ("intentional (SDK overlay)" if patched_node is not None
                           and not validate(patched_node, v, d.patched_only[file]) else "UNEXPECTED")
                    p_fail_unexpected[0] += why == "UNEXPECTED"
                    print(f"  FAIL ({why}) {file} {fmt_path(path)} = {short(v)}: {errs[0]}")
    print(f"  -> {p_total - p_fail}/{p_total} property examples valid")
    p_unexpected = p_fail_unexpected[0]
    print(f"\nself-test: {'PASSED' if not (bad or unexpected or p_unexpected) else 'FAILED'} "
          f"(validator bugs: {bad}, unexpected example failures: {unexpected + p_unexpected})")
    return 1 if bad or unexpected or p_unexpected else 0


# --------------------------------------------------------------------------------------------------------------
# --sdk-report: compare the SDK's zod response schemas (dump of sdk_zod_dump.mjs) with the patched spec schemas
# --------------------------------------------------------------------------------------------------------------
# spec file key -> SDK schema name (speakeasy naming); None = no counterpart in the SDK
SDK_NAME_OVERRIDES = {
    "GetAssessmentOrdersOpen": "GetAssessmentOrdersPositiveResponse",  # SDK 1.1.3 only has GET /assessment/orders
    "PostHrisEmployeesEmployeeIdAttachments": "PostHrisEmployeesEmployeeIdDocumentsPositiveResponse",  # analogue
    "PatchAtsCandidatesCandidateId": "PostAtsCandidatesPositiveResponse",  # analogue
    "ErrorResponseGeneral": "errors.KomboGeneralError",
    "ErrorResponseHRIS": "errors.KomboHrisError",
    "ErrorResponseATS": "errors.KomboAtsError",
}


def sdk_name_for(key: str) -> str:
    if key in SDK_NAME_OVERRIDES:
        return SDK_NAME_OVERRIDES[key]
    if key.startswith("webhook:"):
        camel = "".join(p.capitalize() for p in re.split(r"[-:]", key[len("webhook:"):]))
        return camel + "WebhookPayload"
    return key + "PositiveResponse"


def spec_summary(node: dict) -> str:
    if node is None:
        return "(absent)"
    if "anyOf" in node:
        branches = node["anyOf"]
        if any("enum" in b for b in branches) and any(b.get("type") == "string" and "enum" not in b
                                                      for b in branches):
            values = next(b["enum"] for b in branches if "enum" in b)
            nullable = any(b.get("type") == "null" for b in branches)
            return "open-enum(" + "|".join(map(str, values)) + ")" + ("|null" if nullable else "")
        return "anyOf[" + ", ".join(spec_summary(b) for b in branches) + "]"
    t = node.get("type")
    s = "|".join(t) if isinstance(t, list) else (t or "any")
    if "enum" in node:
        s = "enum(" + "|".join("null" if v is None else str(v) for v in node["enum"]) + ")"
    if "const" in node:
        s = f"const {node['const']}"
    if node.get("format") in ("date-time", "date"):
        s += f" ({node['format']})"
    return s


def sdk_summary(n: dict) -> str:
    if n is None:
        return "(absent)"
    k = n["kind"]
    if k == "enum":
        s = ("open-enum(" if n["open"] else "enum(") + "|".join(map(str, n["values"])) + ")"
    elif k == "literal":
        s = f"literal {n['value']}"
    elif k == "string":
        s = "string" + ("(datetime)" if any(c.get("kind") == "datetime" for c in n.get("checks", [])) else "")
    elif k == "number":
        s = "int" if n.get("int") else "number"
    elif k == "union":
        s = "union[" + ", ".join(sdk_summary(b) for b in n["anyOf"]) + "]"
    else:
        s = k
    if n.get("nullable"):
        s += "|null"
    if n.get("optional"):
        s += " optional"
    if "default" in n:
        s += f" default={json.dumps(n['default'])}"
    return s


def spec_nullable(node: dict) -> bool:
    if node == {}:
        return True
    if "null" in types_of(node):
        return True
    if "enum" in node and None in node["enum"]:
        return True
    return any(spec_nullable(b) for b in node.get("anyOf", []) + node.get("oneOf", []))


def spec_open_enum(node: dict):
    branches = node.get("anyOf") or []
    enum_b = [b for b in branches if "enum" in b]
    str_b = [b for b in branches if b.get("type") == "string" and "enum" not in b]
    if enum_b and str_b:
        return enum_b[0]["enum"]
    return None


def compare(sdk: dict, spec: dict | None, path: list[str], rows: list, required_in_spec: bool | None) -> None:
    """Append (path, spec says, SDK says, kind) rows where the SDK is stricter or different."""
    p = fmt_path(path)
    if spec is None:
        kind = "SDK-only, optional" if sdk.get("optional") or "default" in sdk else "SDK-only, REQUIRED"
        rows.append((p, "(absent)", sdk_summary(sdk), kind))
        return
    if required_in_spec is False and not (sdk.get("optional") or "default" in sdk):
        rows.append((p, spec_summary(spec) + " optional", sdk_summary(sdk), "SDK requires"))
    if not sdk.get("nullable") and sdk["kind"] not in ("any",) and spec_nullable(spec):
        rows.append((p, spec_summary(spec), sdk_summary(sdk), "SDK non-null"))
    k = sdk["kind"]
    st = types_of(spec) - {"null"}
    if k == "object":
        if st and "object" not in st:
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "TYPE CONFLICT"))
            return
        sprops = spec.get("properties", {})
        sreq = set(spec.get("required", []))
        for name, sub in sdk["properties"].items():
            compare(sub, sprops.get(name), path + [name], rows, name in sreq if name in sprops else None)
        for name in sorted(set(sprops) - set(sdk["properties"])):
            rows.append((fmt_path(path + [name]), spec_summary(sprops[name]) + (" required" if name in sreq else ""),
                         "(absent -> stripped)", "spec-only (SDK drops it)"))
        if sdk.get("unknownKeys") != "strip":
            rows.append((p, "-", f"unknownKeys={sdk.get('unknownKeys')}", "SDK rejects extra keys"))
    elif k == "array":
        if st and "array" not in st:
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "TYPE CONFLICT"))
            return
        compare(sdk["items"], spec.get("items", {}), path + ["[]"], rows, None)
    elif k == "record":
        ap = spec.get("additionalProperties")
        compare(sdk["values"], ap if isinstance(ap, dict) else {}, path + ["{}"], rows, None)
    elif k == "enum":
        open_vals = spec_open_enum(spec)
        if open_vals is not None:
            if not sdk["open"]:
                rows.append((p, spec_summary(spec), sdk_summary(sdk), "SDK closed enum"))
            elif set(open_vals) != set(sdk["values"]):
                rows.append((p, spec_summary(spec), sdk_summary(sdk), "enum values differ (both open)"))
        elif "enum" in spec:
            sv = {v for v in spec["enum"] if v is not None}
            if not sdk["open"] and not sv <= set(sdk["values"]):
                rows.append((p, spec_summary(spec), sdk_summary(sdk), "SDK enum lacks spec values"))
            elif sv != set(sdk["values"]):
                rows.append((p, spec_summary(spec), sdk_summary(sdk), "enum values differ (SDK superset)"))
        elif "const" in spec:
            pass
        elif not sdk["open"]:
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "SDK closed enum"))
    elif k == "literal":
        if "const" in spec and spec["const"] != sdk["value"]:
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "TYPE CONFLICT"))
        elif "const" not in spec and not ("enum" in spec and spec["enum"] == [sdk["value"]]):
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "SDK literal"))
    elif k == "string":
        if st and "string" not in st:
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "TYPE CONFLICT"))
        if any(c.get("kind") == "datetime" for c in sdk.get("checks", [])) and spec.get("format") != "date-time":
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "SDK datetime, spec not date-time"))
    elif k == "number":
        if st and not st & {"number", "integer"}:
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "TYPE CONFLICT"))
        elif sdk.get("int") and "integer" not in st:
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "SDK integer"))
    elif k == "boolean":
        if st and "boolean" not in st:
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "TYPE CONFLICT"))
    elif k == "union":
        branches = spec.get("anyOf") or spec.get("oneOf")
        if not branches:
            rows.append((p, spec_summary(spec), sdk_summary(sdk), "SDK union, spec not"))
            return
        # match object branches by their `type` discriminator, others by position
        sdk_b = [b for b in sdk["anyOf"] if b["kind"] != "null"]
        spec_b = [b for b in branches if b.get("type") != "null"]
        for i, sb in enumerate(sdk_b):
            match = None
            disc = (sb.get("properties") or {}).get("type") if sb["kind"] == "object" else None
            for j, b in enumerate(branches):
                tp = (b.get("properties") or {}).get("type", {})
                if disc and disc.get("kind") == "literal" and (tp.get("const") == disc["value"]
                                                              or tp.get("enum") == [disc["value"]]):
                    match = (j, b)
            if match is None and i < len(spec_b) and len(sdk_b) == len(spec_b):
                j = branches.index(spec_b[i])
                match = (j, spec_b[i])
            if match is None:
                rows.append((fmt_path(path + [f"anyOf:{i}"]), "(no matching branch)", sdk_summary(sb),
                             "SDK union branch unmatched"))
            else:
                kw = "anyOf" if "anyOf" in spec else "oneOf"
                compare(sb, match[1], path + [f"{kw}:{match[0]}"], rows, None)
    elif k in ("any", "null"):
        pass
    else:
        rows.append((p, spec_summary(spec), sdk_summary(sdk), f"unhandled SDK kind {k}"))


def sdk_to_schema(n: dict) -> dict:
    """JSON Schema for an SDK zod node (used to print overlay suggestions for SDK-only fields)."""
    k = n["kind"]
    if k == "object":
        out = {"type": "object", "properties": {p: sdk_to_schema(v) for p, v in n["properties"].items()},
               "required": list(n["required"])}
    elif k == "array":
        out = {"type": "array", "items": sdk_to_schema(n["items"])}
    elif k == "record":
        out = {"type": "object", "additionalProperties": sdk_to_schema(n["values"])}
    elif k == "string":
        out = {"type": "string"}
        if any(c.get("kind") == "datetime" for c in n.get("checks", [])):
            out.update(format="date-time", pattern=DATETIME_PATTERN)
    elif k == "number":
        out = {"type": "integer" if n.get("int") else "number"}
    elif k == "boolean":
        out = {"type": "boolean"}
    elif k == "literal":
        out = {"const": n["value"]}
    elif k == "enum":
        out = {"type": "string", "enum": list(n["values"])}
        if n["open"]:
            out = {"anyOf": [out, {"type": "string"}]}
    elif k == "union":
        out = {"anyOf": [sdk_to_schema(b) for b in n["anyOf"]]}
    else:
        out = {}
    if n.get("nullable") and out:
        if "anyOf" in out:
            out["anyOf"].append({"type": "null"})
        elif "type" in out:
            set_types(out, types_of(out) | {"null"})
            if "enum" in out:
                out["enum"].append(None)
        elif "const" in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def sdk_node_at(sdk: dict, path: list[str]) -> dict | None:
    node = sdk
    for seg in path:
        if node is None:
            return None
        if seg == "[]":
            node = node.get("items")
        elif seg == "{}":
            node = node.get("values")
        elif ":" in seg and seg.split(":")[0] in SCHEMA_LIST_KEYWORDS:
            return None
        else:
            node = (node.get("properties") or {}).get(seg)
    return node


def sdk_report(d: Derived, dump_path: Path) -> int:
    dump = json.loads(dump_path.read_text(encoding="utf-8"))
    schemas = dump["schemas"]
    print(f"# SDK {dump['sdkVersion']} vs patched spec (before overlay)\n")
    suggestions: list = []
    files = {op: f"operations/{op}.json" for _, _, op in OPERATIONS}
    files.update({e: f"errors/{e}.json" for e in ERROR_RESPONSES})
    webhook_files = {f"webhook:{ev}": f"webhooks/{fn}" for ev, fn in d.files["webhooks/index.json"].items()}
    files.update(webhook_files)
    keys = [op for _, _, op in OPERATIONS] + ERROR_RESPONSES + sorted(webhook_files)
    for key in keys:
        name = sdk_name_for(key)
        spec = d.patched_only[files[key]]
        if name not in schemas:
            print(f"## {key}: no SDK model ({name})\n")
            continue
        sdk = schemas[name]
        if name.startswith("errors."):  # drop the SDK's own request$/response$/body$ plumbing
            sdk = {**sdk, "properties": {k: v for k, v in sdk["properties"].items() if not k.endswith("$")}}
        rows: list = []
        compare(sdk, spec, [], rows, None)
        print(f"## {key}  (SDK {name})")
        for r in rows:
            print("  | " + " | ".join(r) + " |")
        for path_text, _, _, kind in rows:
            if kind == "SDK-only, REQUIRED":
                node = sdk_node_at(sdk, parse_path(path_text))
                suggestions.append((key, path_text, "add", sdk_to_schema(node)))
            elif kind == "SDK requires":
                suggestions.append((key, path_text, "require", None))
            elif kind == "SDK non-null":
                suggestions.append((key, path_text, "non-null", None))
            elif kind == "SDK integer":
                suggestions.append((key, path_text, "integer", None))
            elif kind == "SDK closed enum":
                node = sdk_node_at(sdk, parse_path(path_text))
                suggestions.append((key, path_text, "close-enum", (node["values"], bool(node.get("nullable")))))
            elif kind == "SDK enum lacks spec values":
                node = sdk_node_at(sdk, parse_path(path_text))
                spec_node = get_node(spec, parse_path(path_text))
                extra = [v for v in spec_node["enum"] if v is not None and v not in node["values"]]
                suggestions.append((key, path_text, "enum-remove", extra))
            elif kind in ("TYPE CONFLICT", "SDK union branch unmatched", "SDK datetime, spec not date-time",
                          "SDK literal", "SDK union, spec not") or kind.startswith("unhandled"):
                suggestions.append((key, path_text, "REVIEW: " + kind, None))
        print()
    print("# Suggested SDK_OVERLAY entries (review before copying; compare with the current table)")
    for key, path_text, op, arg in suggestions:
        print(f"    ({key!r}, {path_text!r}, {op!r}, {arg!r}),")
    current = {(k, p, o) for k, p, o, _ in SDK_OVERLAY}
    missing = [(k, p, o) for k, p, o, _ in suggestions if (k, p, o) not in current]
    print(f"# {len(suggestions)} suggestion(s), {len(missing)} not in SDK_OVERLAY")
    return 0


# --------------------------------------------------------------------------------------------------------------
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="verify the files in --out are up to date; write nothing")
    ap.add_argument("--self-test", action="store_true", help="validate the spec examples; write nothing")
    ap.add_argument("--list-null-types", action="store_true", help="list `type: null`-only properties")
    ap.add_argument("--sdk-report", type=Path, metavar="DUMP_JSON", help="compare with an SDK zod dump")
    args = ap.parse_args(argv)

    if not args.spec.exists():
        print(f"spec not found: {args.spec} (pass --spec)", file=sys.stderr)
        return 2
    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    d = derive(spec)

    if args.list_null_types:
        print("`\"type\": \"null\"`-only properties (file, path, has a decision in NULL_ONLY_FIXES):")
        for file, path, known in d.null_only:
            print(f"  {file:<50} {path:<70} {'patched' if known else 'UNDECIDED'}")
        return 0
    if args.sdk_report:
        return sdk_report(d, args.sdk_report)
    if args.self_test:
        print_patch_summary(d)
        print()
        return self_test(d)
    if args.check:
        return check_output(d, args.out)
    write_output(d, args.out)
    print_patch_summary(d)
    print(f"\nWrote {len(d.files)} file(s) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
