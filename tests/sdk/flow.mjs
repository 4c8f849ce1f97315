#!/usr/bin/env node
// SDK compatibility flow: drives Kombo's official TypeScript SDK (@kombo-api/sdk, pinned in package.json)
// against a running Kombo.Sim on its default world (seed-data/), the way an integration would.
//
//   npm ci --prefix tests/sdk
//   node tests/sdk/flow.mjs http://127.0.0.1:5080
//
// The SDK parses every response with its own zod schemas, so each step that succeeds proves the simulator's
// answer satisfies the SDK, not just Kombo's OpenAPI document. One line per step; the first failure ends the
// run with exit code 1 and says what was expected and what came back.
//
// Besides Kombo's API it uses the simulator's control plane (/_sim, docs/control-plane.md; local callers only by
// default) for what only Kombo or a tool could do: a webhook target, a rate-limit fault rule and a new assessment
// order; it removes the webhook target and the rule again. Writes use names unique to the run, so the flow can run
// again against the same simulator.

import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { Kombo } from "@kombo-api/sdk";
import * as models from "@kombo-api/sdk/models";
import * as errors from "@kombo-api/sdk/models/errors";

// ---------------------------------------------------------------------------------------------------------------
// Setup: the default world (seed-data/README.md)

const API_KEY = process.env.KOMBO_SIM_API_KEY ?? "kombo-sim-demo-key";
const PERSONIO = "personio:3q5sD8CFv8WK9jw7G5ozZiom";
const GREENHOUSE = "greenhouse:BwKLEQYYBcMzbDasjHz82jwH";
const SMARTRECRUITERS = "smartrecruiters:HxadMhQxTRhCn8JPxc7ae75R";
const WORLD = [
  PERSONIO,
  "hibob:5TGkqUtAZMWGvChzK26p9HJy",
  "silae:5KABF6UCg6mVQgiWcvZWubf5",
  "datev:CuapXC3CxN1j8KY3wu12uRXi",
  GREENHOUSE,
  "jazzhr:Cim3t97rFW2qkVrN9u6SPdiG",
  SMARTRECRUITERS,
];

const arg = process.argv[2] ?? process.env.KOMBO_SIM_URL;
if (!arg) {
  console.error("usage: node flow.mjs <simulator base URL, e.g. http://127.0.0.1:5080>");
  process.exit(2);
}

const origin = arg.replace(/\/+$/, "").replace(/\/v1$/, "");
const serverUrl = `${origin}/v1`;
const run = Date.now().toString(36);
const sdkVersion = createRequire(import.meta.url)("@kombo-api/sdk/package.json").version;

/** A client for one integration (the SDK takes the integration id at construction). */
const kombo = (integrationId, apiKey = API_KEY) =>
  new Kombo({ server_url: serverUrl, api_key: apiKey, ...(integrationId ? { integration_id: integrationId } : {}) });

const general = kombo();
const personio = kombo(PERSONIO);
const greenhouse = kombo(GREENHOUSE);
const smartrecruiters = kombo(SMARTRECRUITERS);

// ---------------------------------------------------------------------------------------------------------------
// Step runner

let steps = 0;
const started = Date.now();
const cleanups = [];

/** Undoes what the flow changed outside Kombo's API (webhook target, fault rules, the local receiver). */
async function cleanUp() {
  for (const undo of cleanups.splice(0).reverse()) {
    try {
      await undo();
    } catch (error) {
      console.error(`cleanup: ${error?.message ?? error}`);
    }
  }
}

class Mismatch extends Error {}

function check(condition, message) {
  if (!condition) {
    throw new Mismatch(message);
  }
}

function equal(actual, expected, what) {
  check(Object.is(actual, expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function describe(error) {
  if (error instanceof Mismatch) {
    return error.message;
  }

  if (error instanceof errors.ResponseValidationError) {
    const raw = JSON.stringify(error.rawValue);
    return `the SDK rejected the simulator's response (ResponseValidationError, HTTP ${error.statusCode}):\n`
      + `${error.pretty()}\nresponse body: ${raw && raw.length > 4000 ? `${raw.slice(0, 4000)}…` : raw}`;
  }

  if (error instanceof errors.SDKValidationError) {
    return `the SDK rejected a value (SDKValidationError): ${error.pretty?.() ?? error.message}`;
  }

  if (error instanceof errors.ConnectionError) {
    return `cannot reach ${serverUrl} (${error.message}). Is the simulator running there?`;
  }

  if (error instanceof errors.KomboError) {
    return `unexpected ${error.name} (HTTP ${error.statusCode}): ${error.message}\nresponse body: ${error.body}`;
  }

  return error?.stack ?? String(error);
}

async function step(name, body) {
  steps += 1;
  const label = `${String(steps).padStart(2, "0")} ${name}`;
  try {
    const detail = await body();
    console.log(`ok   ${label}${detail ? ` — ${detail}` : ""}`);
  } catch (error) {
    console.log(`FAIL ${label}`);
    console.error(`\nFAIL ${label}\n${describe(error)}`);
    await cleanUp();
    process.exit(1);
  }
}

/**
 * Runs a call that must fail with the SDK's typed error of the given class and Kombo error code.
 * Anything else (success, ResponseValidationError because the error body did not match the operation's
 * error schema, another code) fails the step.
 */
async function expectKomboError(call, errorClass, code, status) {
  try {
    await call();
  } catch (error) {
    if (!(error instanceof errorClass)) {
      throw new Mismatch(`expected the SDK to throw ${errorClass.name} with ${code}; it threw:\n${describe(error)}`);
    }

    equal(error.error.code, code, `${errorClass.name}.error.code`);
    check(typeof error.error.message === "string" && error.error.message.length > 0, "the error has a message");
    check("title" in error.error && "log_url" in error.error, "the error has title and log_url");
    if (status !== undefined) {
      equal(error.statusCode, status, "HTTP status");
    }

    return error;
  }

  throw new Mismatch(`expected ${errorClass.name} with ${code}, but the call succeeded`);
}

/** Iterates every page with the SDK's pagination helper; returns the items and the number of pages. */
async function all(firstPage) {
  const items = [];
  let pages = 0;
  for await (const page of await firstPage) {
    pages += 1;
    items.push(...page.result.data.results);
  }

  return { items, pages };
}

/** The first page's results. */
async function first(page) {
  return (await page).result.data.results;
}

const ids = (records) => records.map((r) => r.id);
const day = (date) => date.toISOString().slice(0, 10);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The simulator's own control plane (/_sim, docs/control-plane.md): faults, webhooks, assessment orders. */
async function sim(method, path, body) {
  const res = await fetch(`${origin}/_sim${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  check(res.ok, `${method} /_sim${path}: HTTP ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// General

let environmentId;
await step("general.checkApiKey", async () => {
  const res = await general.general.checkApiKey();
  equal(res.status, "success", "status");
  check(res.data.environment_id.length > 0, "environment_id is set");
  environmentId = res.data.environment_id;
  return `environment ${environmentId}`;
});

// Kombo's webhooks go to a local receiver for the whole run; they are checked at the end.
const WEBHOOK_SECRET = `whsec_sdk_compat_${run}`;
const received = [];
let webhooksOn = false;
await step("webhooks: a local receiver as the environment's target (control plane)", async () => {
  const current = await sim("GET", `/environments/${environmentId}/webhook`);
  if (current.enabled) {
    return `skipped: the environment already sends webhooks to ${current.url}; left alone`;
  }

  const receiver = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ raw: Buffer.concat(chunks).toString("utf8"), headers: req.headers, url: req.url });
      res.writeHead(200).end();
    });
  });
  await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => receiver.close(resolve)));
  const url = `http://127.0.0.1:${receiver.address().port}/kombo/webhooks`;
  await sim("PUT", `/environments/${environmentId}/webhook`, { url, secret: WEBHOOK_SECRET });
  cleanups.push(() => sim("DELETE", `/environments/${environmentId}/webhook`));
  webhooksOn = true;
  return url;
});

await step("general.getIntegrationDetails (Personio)", async () => {
  const { data } = await general.general.getIntegrationDetails({ integration_id: PERSONIO });
  equal(data.id, PERSONIO, "id");
  equal(data.tool.id, "personio", "tool.id");
  equal(data.category, "HRIS", "category");
  equal(data.status, "ACTIVE", "status");
  check(data.read_models.length > 0, "read_models listed");
  check(Array.isArray(data.write_actions), "write_actions listed");
  check(data.created_at instanceof Date, "created_at parsed as a Date");
  return `${data.tool.label}, ${data.read_models.length} read models, ${data.write_actions.length} write actions`;
});

await step("general.getTools (hris, ats, assessment)", async () => {
  const hris = await general.general.getTools({ category: "hris" });
  const ats = await general.general.getTools({ category: "ats" });
  const assessment = await general.general.getTools({ category: "assessment" });
  check(hris.data.tools.some((t) => t.id === "personio"), "personio among the HRIS tools");
  check(ats.data.tools.some((t) => t.id === "greenhouse"), "greenhouse among the ATS tools");
  check(assessment.data.tools.some((t) => t.id === "smartrecruiters"), "smartrecruiters among the assessment tools");
  return `${hris.data.tools.length} HRIS, ${ats.data.tools.length} ATS, ${assessment.data.tools.length} assessment tools`;
});

// Every record of every seeded integration goes through the SDK's models; a model the tool does not cover must
// answer the SDK's typed INTEGRATION.MODEL_NOT_AVAILABLE, as getIntegrationDetails' read_models say.
const LISTS = {
  HRIS: {
    hris_employees: (c, q) => c.hris.getEmployees(q),
    hris_employments: (c, q) => c.hris.getEmployments(q),
    hris_teams: (c, q) => c.hris.getGroups(q),
    hris_locations: (c, q) => c.hris.getLocations(q),
    hris_legal_entities: (c, q) => c.hris.getLegalEntities(q),
    hris_absence_types: (c, q) => c.hris.getAbsenceTypes(q),
    hris_time_off_balances: (c, q) => c.hris.getTimeOffBalances(q),
    hris_absences: (c, q) => c.hris.getAbsences(q),
  },
  ATS: {
    ats_jobs: (c, q) => c.ats.getJobs(q),
    ats_candidates: (c, q) => c.ats.getCandidates(q),
    ats_applications: (c, q) => c.ats.getApplications(q),
    ats_application_stages: (c, q) => c.ats.getApplicationStages(q),
    ats_tags: (c, q) => c.ats.getTags(q),
    ats_users: (c, q) => c.ats.getUsers(q),
  },
};

for (const integrationId of WORLD) {
  await step(`every record of ${integrationId.split(":")[0]} (getIntegrationDetails, every list with include_deleted)`, async () => {
    const { data: details } = await general.general.getIntegrationDetails({ integration_id: integrationId });
    equal(details.id, integrationId, "id");
    const client = kombo(integrationId);
    const counts = [];
    if (details.category === "ASSESSMENT") {
      const { data } = await client.assessment.getPackages();
      counts.push(`${data.packages.length} packages`);
    }

    const errorClass = details.category === "HRIS" ? errors.KomboHrisError : errors.KomboAtsError;
    for (const [model, list] of Object.entries(LISTS[details.category] ?? {})) {
      const coverage = details.read_models.find((m) => m.id === model);
      check(coverage, `read_models lists ${model}`);
      if (coverage.is_available) {
        const { items } = await all(list(client, { include_deleted: true, page_size: 250 }));
        counts.push(`${items.length} ${model.replace(/^(hris|ats)_/, "")}`);
      } else {
        await expectKomboError(async () => (await list(client, {})).result, errorClass, "INTEGRATION.MODEL_NOT_AVAILABLE");
      }
    }

    return counts.join(", ");
  });
}

await step("general.triggerSync (Personio)", async () => {
  const { data } = await personio.general.triggerSync({});
  check(typeof data.sync_id === "string" && data.sync_id.length > 0, "sync_id is set");
  return `sync ${data.sync_id}${data.already_queued ? " (already queued)" : ""}`;
});

await step("general.createReconnectionLink (Greenhouse)", async () => {
  const { data } = await general.general.createReconnectionLink({ integration_id: GREENHOUSE, body: {} });
  check(data.link.startsWith(origin), `the link points at the simulator (${data.link})`);
  return data.link;
});

await step("general.sendPassthroughRequest (personio/personnel GET /company/employees)", async () => {
  const { data } = await personio.general.sendPassthroughRequest({
    tool: "personio",
    api: "personnel",
    body: { method: "GET", path: "/company/employees", params: { limit: "5" } },
  });
  equal(data.status, 200, "passthrough status");
  check(data.url.includes("/company/employees"), `url names the path (${data.url})`);
  check(Array.isArray(data.data?.data) && data.data.data.length === 5, "five Personio employees in the native shape");
  return `${data.status} ${data.url}`;
});

await step("SDK retries: a 429 with Retry-After (fault rule) is retried by retry_config", async () => {
  const rule = await sim("POST", "/faults", {
    operation_id: "GetCheckApiKey", environment_id: environmentId, action: "rate_limit", retry_after_seconds: 1, count: 1,
  });
  cleanups.push(() => sim("DELETE", `/faults/${rule.id}`));
  const retrying = new Kombo({
    server_url: serverUrl,
    api_key: API_KEY,
    retry_config: { strategy: "backoff", backoff: { initialInterval: 50, maxInterval: 2000, exponent: 1.5, maxElapsedTime: 20000 }, retryConnectionErrors: false },
  });
  const before = Date.now();
  const res = await retrying.general.checkApiKey();
  const waited = Date.now() - before;
  equal(res.data.environment_id, environmentId, "environment_id after the retry");
  const fired = await sim("GET", `/faults/${rule.id}`);
  equal(fired.fired, 1, "fault fired");
  check(waited >= 900, `the SDK waited for Retry-After: 1 (waited ${waited} ms)`);

  const again = await sim("POST", "/faults", {
    operation_id: "GetCheckApiKey", environment_id: environmentId, action: "rate_limit", retry_after_seconds: 1, count: 1,
  });
  cleanups.push(() => sim("DELETE", `/faults/${again.id}`));
  await expectKomboError(() => general.general.checkApiKey(), errors.KomboGeneralError, "PLATFORM.RATE_LIMIT_EXCEEDED", 429);
  return `retried after ${waited} ms; without retries: KomboGeneralError PLATFORM.RATE_LIMIT_EXCEEDED`;
});

// ---------------------------------------------------------------------------------------------------------------
// HRIS (Personio)

let employees;
await step("hris.getEmployees — every page with the pagination helper", async () => {
  const walked = await all(personio.hris.getEmployees({ page_size: 7 }));
  const single = await first(personio.hris.getEmployees({ page_size: 250 }));
  employees = walked.items;
  check(walked.pages > 1, `more than one page (got ${walked.pages})`);
  equal(new Set(ids(employees)).size, employees.length, "distinct employees over all pages");
  equal(employees.length, single.length, "employees over all pages vs one page of 250");
  check(employees.every((e) => e.start_date === null || e.start_date instanceof Date), "start_date parsed as a Date");
  return `${employees.length} employees in ${walked.pages} pages`;
});

await step("hris.getEmployees — filters (ids, employment_statuses)", async () => {
  const active = employees.filter((e) => e.employment_status === "ACTIVE");
  const byStatus = await all(personio.hris.getEmployees({ employment_statuses: ["ACTIVE"], page_size: 250 }));
  equal(byStatus.items.length, active.length, "ACTIVE employees");
  const byIds = await first(personio.hris.getEmployees({ ids: ids(active.slice(0, 3)) }));
  equal(byIds.length, 3, "employees by ids");
  return `${active.length} ACTIVE`;
});

await step("hris.getEmployments, getGroups, getLocations, getLegalEntities", async () => {
  const employments = await first(personio.hris.getEmployments({ page_size: 250 }));
  const groups = await first(personio.hris.getGroups({}));
  const locations = await first(personio.hris.getLocations({}));
  const entities = await first(personio.hris.getLegalEntities({}));
  check(employments.length > 0 && groups.length > 0 && locations.length > 0 && entities.length > 0, "all non-empty");
  return `${employments.length} employments, ${groups.length} groups, ${locations.length} locations, ${entities.length} legal entities`;
});

let absenceType;
let absentee;
await step("hris.getAbsenceTypes, getTimeOffBalances", async () => {
  const types = await first(personio.hris.getAbsenceTypes({}));
  absenceType = types.find((t) => t.unit === "DAYS" && t.half_days_supported);
  check(absenceType, "an absence type in DAYS with half days");
  const balances = await all(personio.hris.getTimeOffBalances({ page_size: 250 }));
  const balance = balances.items.find((b) => b.type_id === absenceType.id
    && employees.some((e) => e.id === b.employee_id && e.employment_status === "ACTIVE"));
  check(balance, `an ACTIVE employee with a "${absenceType.name}" balance`);
  absentee = employees.find((e) => e.id === balance.employee_id);
  return `${types.length} types, ${balances.items.length} balances; "${absenceType.name}" for ${absentee.display_full_name}`;
});

const balanceOf = async (employeeId, typeId) =>
  (await first(personio.hris.getTimeOffBalances({ employee_id: employeeId }))).find((b) => b.type_id === typeId);

let absence;
let balanceBefore;
await step("hris.createAbsence, then getAbsences sees it and the balance drops", async () => {
  balanceBefore = await balanceOf(absentee.id, absenceType.id);
  const start = new Date(Date.UTC(2027, 5, 14)); // Monday 2027-06-14
  const end = new Date(Date.UTC(2027, 5, 16));
  const res = await personio.hris.createAbsence({
    employee_id: absentee.id,
    absence_type_id: absenceType.id,
    start_date: start,
    end_date: end,
    end_half_day: true,
    employee_note: `SDK compatibility run ${run}`,
  });
  absence = res.data;
  check(Array.isArray(res.warnings), "warnings listed");
  equal(absence.employee_id, absentee.id, "employee_id");
  equal(absence.start_date, day(start), "start_date");
  equal(absence.end_date, day(end), "end_date");
  equal(absence.amount, 2.5, "amount (two days and a half)");

  const listed = await first(personio.hris.getAbsences({ employee_id: absentee.id, date_from: start, date_until: end }));
  const seen = listed.find((a) => a.id === absence.id);
  check(seen, `the new absence ${absence.id} is listed for the employee`);
  equal(seen.status, "REQUESTED", "status");
  equal(seen.type?.id, absenceType.id, "type.id");
  equal(seen.employee_note, `SDK compatibility run ${run}`, "employee_note");

  const after = await balanceOf(absentee.id, absenceType.id);
  check(balanceBefore && after, "balances found");
  equal(after.used, balanceBefore.used + 2.5, "used days after the absence");
  return `absence ${absence.id} ${absence.start_date} → ${absence.end_date}, ${absence.amount} ${absence.unit}`;
});

await step("hris.deleteAbsence, then getAbsences shows it deleted", async () => {
  const res = await personio.hris.deleteAbsence({ absence_id: absence.id, body: {} });
  equal(res.data.id, absence.id, "deleted absence id");
  const live = await first(personio.hris.getAbsences({ ids: [absence.id] }));
  equal(live.length, 0, "absences listed without include_deleted");
  const deleted = await first(personio.hris.getAbsences({ ids: [absence.id], include_deleted: true }));
  equal(deleted.length, 1, "absences listed with include_deleted");
  check(deleted[0].remote_deleted_at instanceof Date, "remote_deleted_at is set");
  const after = await balanceOf(absentee.id, absenceType.id);
  equal(after.used, balanceBefore.used, "used days after deleting the absence");
  return `remote_deleted_at ${deleted[0].remote_deleted_at.toISOString()}`;
});

await step("hris.createAbsence with end before start → KomboHrisError PLATFORM.INPUT_INVALID", async () => {
  const error = await expectKomboError(
    () => personio.hris.createAbsence({
      employee_id: absentee.id,
      absence_type_id: absenceType.id,
      start_date: new Date(Date.UTC(2027, 5, 16)),
      end_date: new Date(Date.UTC(2027, 5, 14)),
      employee_note: null,
    }),
    errors.KomboHrisError,
    "PLATFORM.INPUT_INVALID",
    400,
  );
  return error.message;
});

await step("hris.getAbsences — updated_after with a Date", async () => {
  const since = new Date(Date.UTC(2000, 0, 1));
  const res = await first(personio.hris.getAbsences({ updated_after: since, page_size: 5 }));
  check(res.length > 0, "absences changed since 2000");
  return `${res.length} absences on the first page`;
});

// ---------------------------------------------------------------------------------------------------------------
// ATS (Greenhouse)

let job;
await step("ats.getJobs — every page, an OPEN job with stages", async () => {
  const walked = await all(greenhouse.ats.getJobs({ page_size: 4 }));
  check(walked.pages > 1, `more than one page (got ${walked.pages})`);
  const open = await all(greenhouse.ats.getJobs({ statuses: ["OPEN"] }));
  job = open.items.find((j) => j.stages.length >= 3);
  check(job, "an OPEN job with at least three stages");
  return `${walked.items.length} jobs in ${walked.pages} pages; "${job.name}" with ${job.stages.length} stages`;
});

let candidates;
await step("ats.getCandidates — every page with the pagination helper", async () => {
  const walked = await all(greenhouse.ats.getCandidates({ page_size: 25 }));
  candidates = walked.items;
  check(walked.pages > 1, `more than one page (got ${walked.pages})`);
  equal(new Set(ids(candidates)).size, candidates.length, "distinct candidates over all pages");
  check(candidates.every((c) => Array.isArray(c.applications) && Array.isArray(c.tags)), "applications and tags listed");
  return `${candidates.length} candidates in ${walked.pages} pages`;
});

await step("ats.getApplications, getApplicationStages, getTags, getUsers", async () => {
  const applications = await all(greenhouse.ats.getApplications({ page_size: 50 }));
  const stages = await first(greenhouse.ats.getApplicationStages({}));
  const tags = await first(greenhouse.ats.getTags({}));
  const users = await first(greenhouse.ats.getUsers({}));
  check(applications.items.length > 0 && stages.length > 0 && tags.length > 0 && users.length > 0, "all non-empty");
  return `${applications.items.length} applications, ${stages.length} stages, ${tags.length} tags, ${users.length} users`;
});

let application;
await step("ats.moveApplicationToStage, then getApplications shows the new stage", async () => {
  const onJob = await first(greenhouse.ats.getApplications({ job_ids: [job.id], outcomes: ["PENDING"] }));
  application = onJob[0];
  check(application, `a PENDING application on "${job.name}"`);
  const target = job.stages.find((s) => s.id !== application.current_stage?.id);
  await greenhouse.ats.moveApplicationToStage({ application_id: application.id, body: { stage_id: target.id } });
  const [moved] = await first(greenhouse.ats.getApplications({ ids: [application.id] }));
  equal(moved.current_stage?.id, target.id, "current_stage.id");
  equal(moved.current_stage?.name, target.name, "current_stage.name");
  return `application ${application.id} → "${target.name}"`;
});

await step("ats.addApplicationNote, addApplicationResultLink, addApplicationAttachment", async () => {
  await greenhouse.ats.addApplicationNote({
    application_id: application.id,
    body: { content: `Checked by the SDK compatibility run ${run}.`, content_type: "PLAIN_TEXT" },
  });
  await greenhouse.ats.addApplicationResultLink({
    application_id: application.id,
    body: {
      label: "SDK compatibility result",
      url: `https://example.com/results/${run}`,
      details: { custom_field_name_prefix: "sdk:", attributes: [{ key: "Score", value: "42" }] },
    },
  });
  await greenhouse.ats.addApplicationAttachment({
    application_id: application.id,
    body: {
      attachment: {
        name: `notes-${run}.txt`,
        content_type: "text/plain",
        data: Buffer.from("SDK compatibility").toString("base64"),
        type: "OTHER",
      },
    },
  });
  return `on application ${application.id}`;
});

const candidateOf = async (candidateId) => (await first(greenhouse.ats.getCandidates({ ids: [candidateId] })))[0];

await step("ats.addCandidateTag / removeCandidateTag, seen on the candidate", async () => {
  const candidateId = application.candidate?.id;
  check(candidateId, "the application names its candidate");
  const tag = `SDK compat ${run}`;
  await greenhouse.ats.addCandidateTag({ candidate_id: candidateId, body: { tag: { name: tag } } });
  const tagged = await candidateOf(candidateId);
  check(tagged.tags.some((t) => t.name === tag), `the candidate carries the tag "${tag}"`);
  const allTags = await all(greenhouse.ats.getTags({ page_size: 250 }));
  check(allTags.items.some((t) => t.name === tag), `getTags lists "${tag}"`);
  await greenhouse.ats.removeCandidateTag({ candidate_id: candidateId, body: { tag: { name: tag } } });
  const untagged = await candidateOf(candidateId);
  check(!untagged.tags.some((t) => t.name === tag), `the tag "${tag}" is gone from the candidate`);
  return `candidate ${candidateId}`;
});

await step("ats.addCandidateAttachment, addCandidateResultLink (deprecated by Kombo)", async () => {
  const candidateId = application.candidate.id;
  await greenhouse.ats.addCandidateAttachment({
    candidate_id: candidateId,
    body: { attachment: { name: `cv-${run}.txt`, content_type: "text/plain", data: Buffer.from("CV").toString("base64"), type: "CV" } },
  });
  await greenhouse.ats.addCandidateResultLink({
    candidate_id: candidateId,
    body: { label: "SDK compatibility profile", url: `https://example.com/profiles/${run}` },
  });
  return `candidate ${candidateId}`;
});

await step("ats.createApplication on an OPEN job, then read it back", async () => {
  const email = `sdk.compat.${run}@example.com`;
  const res = await greenhouse.ats.createApplication({
    job_id: job.id,
    body: {
      stage_id: job.stages[0].id,
      candidate: {
        first_name: "Sdk",
        last_name: `Compat ${run}`,
        email_address: email,
        phone_number: "+49 30 1234567",
        location: { city: "Berlin", country: "DE" },
        availability_date: new Date(Date.UTC(2027, 1, 1)),
        salary_expectations: { period: "YEAR", amount: 70000 },
      },
      attachments: [{ name: "cv.txt", content_type: "text/plain", data: Buffer.from("CV").toString("base64"), type: "CV" }],
    },
  });
  const created = res.data;
  equal(created.job_id, job.id, "job_id");
  const [listed] = await first(greenhouse.ats.getApplications({ ids: [created.id] }));
  check(listed, `the new application ${created.id} is listed`);
  equal(listed.job?.id, job.id, "job.id");
  equal(listed.current_stage?.id, job.stages[0].id, "current_stage.id");
  const byEmail = await first(greenhouse.ats.getCandidates({ email }));
  equal(byEmail.length, 1, `candidates with e-mail ${email}`);
  check(byEmail[0].applications.some((a) => a.id === created.id), "the candidate lists the application");
  return `application ${created.id} for candidate ${byEmail[0].id}`;
});

await step("ats.createCandidate (deprecated by Kombo), then read it back", async () => {
  const email = `sdk.compat.candidate.${run}@example.com`;
  const res = await greenhouse.ats.createCandidate({
    candidate: { first_name: "Sdk", last_name: `Candidate ${run}`, email_address: email },
    application: { job_id: job.id },
  });
  const listed = await first(greenhouse.ats.getCandidates({ ids: [res.data.id] }));
  equal(listed.length, 1, "candidates by the new id");
  equal(listed[0].email_addresses?.[0]?.email_address, email, "e-mail address");
  return `candidate ${res.data.id}`;
});

// ---------------------------------------------------------------------------------------------------------------
// Assessment (SmartRecruiters)

await step("assessment.setPackages, then getPackages reads them back", async () => {
  const before = (await smartrecruiters.assessment.getPackages()).data.packages;
  check(before.length > 0, "packages before");
  const extra = { id: "sdk-compat", type: "REFERENCE_CHECK", name: "SDK compatibility check", description: `Set by run ${run}` };
  const packages = [
    ...before.filter((p) => p.id !== extra.id).map((p) => ({ id: p.id, type: p.type, name: p.name, description: p.description })),
    extra,
  ];
  await smartrecruiters.assessment.setPackages({ packages });
  const after = (await smartrecruiters.assessment.getPackages()).data.packages;
  equal(after.length, packages.length, "packages after");
  const read = after.find((p) => p.id === extra.id);
  check(read, "the new package is listed");
  equal(read.description, extra.description, "description");
  equal(read.type, extra.type, "type");
  return `${after.length} packages`;
});

await step("assessment.updateOrderResult on a new order (placed through the control plane, listed with fetch)", async () => {
  // The SDK has no method for GET /assessment/orders/open (its getAssessmentOrders calls /assessment/orders).
  const openOrders = async () => {
    const res = await fetch(`${serverUrl}/assessment/orders/open`, {
      headers: { Authorization: `Bearer ${API_KEY}`, "X-Integration-Id": SMARTRECRUITERS },
    });
    equal(res.status, 200, "GET /assessment/orders/open status");
    return (await res.json()).data.results;
  };
  const placed = await sim("POST", `/environments/${environmentId}/integrations/${SMARTRECRUITERS}/assessment-orders`, {
    package_id: "sdk-compat",
    candidate: { email: `ada.${run}@example.com`, first_name: "Ada", last_name: "Lovelace" },
    job: { remote_id: `sdk-${run}`, name: "Backend Engineer" },
  });
  const order = (await openOrders()).find((o) => o.candidate.email === `ada.${run}@example.com`);
  check(order, `the placed order is open (${JSON.stringify(placed)})`);
  await smartrecruiters.assessment.updateOrderResult({
    assessment_order_id: order.id,
    body: {
      status: "COMPLETED",
      result_url: `https://example.com/assessments/${run}`,
      completed_at: new Date(Date.UTC(2026, 11, 1, 8, 30)),
      score: 87,
      max_score: 100,
      attributes: [
        { type: "TEXT", label: "Summary", value: "Strong result" },
        { type: "SUB_RESULT", id: "coding", label: "Coding", score: { value: 45, max: 50 }, status: "COMPLETED" },
      ],
      attachments: [{ name: "report.txt", content_type: "text/plain", data: Buffer.from("87/100").toString("base64") }],
    },
  });
  const still = await openOrders();
  check(!still.some((o) => o.id === order.id), `order ${order.id} is no longer open`);
  return `order ${order.id} COMPLETED`;
});

// ---------------------------------------------------------------------------------------------------------------
// Kombo Connect

let connected;
await step("connect.createConnectionLink, complete it by script, connect.getIntegrationByToken", async () => {
  const { data } = await general.connect.createConnectionLink({
    end_user_email: `hr.${run}@customer.example.com`,
    end_user_organization_name: `SDK Customer ${run}`,
    end_user_origin_id: `sdk-${run}`,
    integration_category: "ATS",
    integration_tool: "greenhouse",
  });
  check(data.link.startsWith(origin), `the link points at the simulator (${data.link})`);
  const page = await fetch(`${data.link}&complete=true&tool=greenhouse`);
  equal(page.status, 200, "completing the link");
  const completed = await page.json();
  check(completed.token, "the completed link hands out a token");

  const { data: integration } = await general.connect.getIntegrationByToken({ token: completed.token });
  equal(integration.id, completed.integration_id, "integration id");
  equal(integration.tool, "greenhouse", "tool");
  equal(integration.end_user_organization_name, `SDK Customer ${run}`, "end_user_organization_name");
  equal(integration.end_user_origin_id, `sdk-${run}`, "end_user_origin_id");
  connected = { id: integration.id, token: completed.token };

  const jobs = await first(kombo(integration.id).ats.getJobs({}));
  check(Array.isArray(jobs), "the new integration serves ATS jobs");
  return `integration ${integration.id} with ${jobs.length} jobs`;
});

await step("connect.getIntegrationByToken again → typed error (a token is exchanged once)", async () => {
  const error = await expectKomboError(
    () => general.connect.getIntegrationByToken({ token: connected.token }),
    errors.KomboGeneralError,
    "PLATFORM.INPUT_INVALID",
  );
  return error.message;
});

await step("general.deleteIntegration (the Connect-created one), then it is gone", async () => {
  await general.general.deleteIntegration({ integration_id: connected.id, body: {} });
  const error = await expectKomboError(
    () => general.general.getIntegrationDetails({ integration_id: connected.id }),
    errors.KomboGeneralError,
    "PLATFORM.INTEGRATION_NOT_FOUND",
    404,
  );
  return error.message;
});

// ---------------------------------------------------------------------------------------------------------------
// Errors as typed SDK errors

await step("wrong API key → KomboGeneralError PLATFORM.AUTHENTICATION_INVALID", async () => {
  const error = await expectKomboError(
    () => kombo(undefined, "not-a-valid-key").general.checkApiKey(),
    errors.KomboGeneralError,
    "PLATFORM.AUTHENTICATION_INVALID",
    401,
  );
  return error.message;
});

await step("HRIS call on an ATS integration → KomboHrisError INTEGRATION.MODEL_NOT_AVAILABLE", async () => {
  const error = await expectKomboError(
    async () => (await greenhouse.hris.getEmployees({})).result,
    errors.KomboHrisError,
    "INTEGRATION.MODEL_NOT_AVAILABLE",
  );
  return error.message;
});

await step("unknown record → 404 KomboHrisError / KomboAtsError PLATFORM.INPUT_INVALID", async () => {
  await expectKomboError(
    () => personio.hris.deleteAbsence({ absence_id: "NoSuchAbsence0000000000", body: {} }),
    errors.KomboHrisError,
    "PLATFORM.INPUT_INVALID",
    404,
  );
  const error = await expectKomboError(
    () => greenhouse.ats.moveApplicationToStage({ application_id: "NoSuchApplication0000000", body: { stage_id: job.stages[0].id } }),
    errors.KomboAtsError,
    "PLATFORM.INPUT_INVALID",
    404,
  );
  return error.message;
});

await step("SDK methods outside the simulator's operations → typed 404 (Kombo's unknown-route error)", async () => {
  // e.g. ats.getInterviews, hris.getTimesheets, general.getIntegrationFields: Kombo has them, the simulator does not.
  const unserved = [
    [async () => (await greenhouse.ats.getInterviews({})).result, errors.KomboAtsError],
    [async () => (await personio.hris.getTimesheets({})).result, errors.KomboHrisError],
    [async () => (await general.general.getIntegrationFields({ integration_id: PERSONIO })).result, errors.KomboGeneralError],
  ];
  const messages = [];
  for (const [call, errorClass] of unserved) {
    const error = await expectKomboError(call, errorClass, null, 404);
    check(error.message.startsWith("Can not "), `Kombo's unknown-route message (${error.message})`);
    messages.push(error.message);
  }

  return messages.join("; ");
});

// ---------------------------------------------------------------------------------------------------------------
// Webhooks sent during the run

// The SDK's payload model of each webhook type (Kombo's documented bodies: {id, type, data}).
const PAYLOADS = {
  "data-changed": models.DataChangedWebhookPayload$inboundSchema,
  "sync-finished": models.SyncFinishedWebhookPayload$inboundSchema,
  "integration-created": models.IntegrationCreatedWebhookPayload$inboundSchema,
  "integration-deleted": models.IntegrationDeletedWebhookPayload$inboundSchema,
  "integration-state-changed": models.IntegrationStateChangedWebhookPayload$inboundSchema,
  "assessment:order-received": models.AssessmentOrderReceivedWebhookPayload$inboundSchema,
  "inline-assessment:order-received": models.InlineAssessmentOrderReceivedWebhookPayload$inboundSchema,
  "connection-flow-failed": models.ConnectionFlowFailedWebhookPayload$inboundSchema,
};

await step("webhooks: signed with X-Kombo-Signature, every payload parsed by the SDK's webhook models", async () => {
  if (!webhooksOn) {
    return "skipped (see the receiver step)";
  }

  const expected = ["data-changed", "integration-created", "integration-deleted", "assessment:order-received"];
  const typeOf = (delivery) => JSON.parse(delivery.raw).type;
  for (let waited = 0; waited < 15000 && !expected.every((t) => received.some((d) => typeOf(d) === t)); waited += 100) {
    await sleep(100);
  }

  const types = new Set(received.map(typeOf));
  check(expected.every((t) => types.has(t)), `expected ${expected.join(", ")}; received ${[...types].join(", ") || "nothing"}`);

  let genuineBodyRejected = 0;
  for (const delivery of received) {
    const signature = delivery.headers["x-kombo-signature"];
    const expectedSignature = createHmac("sha256", WEBHOOK_SECRET).update(delivery.raw, "utf8").digest("base64url");
    check(typeof signature === "string" && signature.length === expectedSignature.length
      && timingSafeEqual(Buffer.from(signature), Buffer.from(expectedSignature)),
      `X-Kombo-Signature of a ${typeOf(delivery)} webhook is HMAC-SHA256 (base64url) of the body`);

    const body = JSON.parse(delivery.raw);
    const schema = PAYLOADS[body.type];
    check(schema, `a webhook type the SDK knows (${body.type})`);
    const parsed = schema.safeParse(body);
    check(parsed.success, `the SDK's model rejects the ${body.type} webhook: ${JSON.stringify(parsed.error?.issues)}\n${delivery.raw}`);

    // SDK 1.1.3's validateWebhook() parses the request body as {"X-Kombo-Signature", body} (a code-generation slip,
    // see tools/reference/SDK-STRICTNESS.md): Kombo's genuine body never matches it, and it checks no signature.
    // Workaround: verify the signature yourself (above) and hand validateWebhook that wrapper.
    const request = { method: "POST", url: `http://127.0.0.1${delivery.url}`, headers: { "content-type": "application/json" } };
    try {
      await general.validateWebhook({ request: { ...request, body: delivery.raw } });
    } catch (error) {
      check(error instanceof errors.SDKValidationError, `validateWebhook failed with ${describe(error)}`);
      genuineBodyRejected += 1;
    }

    const wrapped = await general.validateWebhook({
      request: { ...request, body: JSON.stringify({ "X-Kombo-Signature": signature, body }) },
    });
    equal(wrapped.body.type, body.type, "type validated by validateWebhook (wrapped)");
    equal(wrapped.body.id, body.id, "id validated by validateWebhook (wrapped)");
  }

  const counts = [...types].map((t) => `${received.filter((d) => typeOf(d) === t).length} ${t}`).join(", ");
  return `${counts}; validateWebhook rejected ${genuineBodyRejected}/${received.length} genuine bodies (SDK 1.1.3), accepted all wrapped`;
});

await cleanUp();

console.log(`\nSDK compatibility: ${steps} steps passed against ${serverUrl} (@kombo-api/sdk ${sdkVersion}, ${Date.now() - started} ms)`);
