// Dump the response zod schemas of Kombo's official TypeScript SDK (@kombo-api/sdk) as JSON.
//
// OPTIONAL developer tool. It is only needed to (re)derive the SDK overlay table that is hard-coded in
// derive_contract_schemas.py (SDK_OVERLAY); neither the build nor the tests use it, and the SDK is not a
// dependency of this repository.
//
// Usage (from the repo root, with the SDK installed somewhere, e.g. `npm i @kombo-api/sdk@1.1.3` in /tmp/sdk):
//   node tools/reference/sdk_zod_dump.mjs /tmp/sdk/node_modules/@kombo-api/sdk > /tmp/sdk-zod.json
//   python3 tools/reference/derive_contract_schemas.py --sdk-report /tmp/sdk-zod.json
//
// Output: {"sdkVersion": "...", "schemas": {"<SchemaName>": <node>}} where <node> is a JSON-Schema-like
// description of the zod v3 inbound (= response parsing) schema:
//   {"kind": "object", "properties": {...}, "required": [...], "unknownKeys": "strip"|"passthrough"|"strict"}
//   {"kind": "string", "checks": [...]} / {"kind": "number", "int": bool} / {"kind": "boolean"}
//   {"kind": "literal", "value": v} / {"kind": "enum", "values": [...], "open": bool}
//   {"kind": "array", "items": node} / {"kind": "record", "values": node} / {"kind": "any"}
//   {"kind": "union", "anyOf": [...]} / {"kind": "date"}
// plus "nullable": true / "optional": true / "default": v / "transform": true modifiers on any node.
import path from "node:path";
import fs from "node:fs";
import { pathToFileURL } from "node:url";

const sdkDir = process.argv[2] ?? "/tmp/sdk/node_modules/@kombo-api/sdk";
const pkg = JSON.parse(fs.readFileSync(path.join(sdkDir, "package.json"), "utf8"));
const models = await import(pathToFileURL(path.join(sdkDir, "esm/models/index.js")).href);
const errorsMod = await import(pathToFileURL(path.join(sdkDir, "esm/models/errors/index.js")).href);

function dump(schema, depth = 0, stack = new Set()) {
    if (depth > 40) return { kind: "too-deep" };
    if (stack.has(schema)) return { kind: "recursive" };
    const def = schema._def;
    const t = def.typeName;
    const sub = (s) => {
        stack.add(schema);
        const r = dump(s, depth + 1, stack);
        stack.delete(schema);
        return r;
    };
    switch (t) {
        case "ZodObject": {
            const shape = def.shape();
            const properties = {};
            const required = [];
            for (const k of Object.keys(shape).sort()) {
                const node = sub(shape[k]);
                properties[k] = node;
                if (!node.optional && !("default" in node)) required.push(k);
            }
            return { kind: "object", properties, required, unknownKeys: def.unknownKeys };
        }
        case "ZodOptional": return { ...sub(def.innerType), optional: true };
        case "ZodNullable": return { ...sub(def.innerType), nullable: true };
        case "ZodDefault": return { ...sub(def.innerType), default: def.defaultValue() };
        case "ZodLazy": return sub(def.getter());
        case "ZodEffects": {
            const inner = sub(def.schema);
            return { ...inner, transform: true };
        }
        case "ZodPipeline": return sub(def.in);
        case "ZodString": return { kind: "string", checks: def.checks.map((c) => ({ ...c, regex: c.regex ? String(c.regex) : undefined })) };
        case "ZodNumber": return { kind: "number", int: def.checks.some((c) => c.kind === "int") };
        case "ZodBoolean": return { kind: "boolean" };
        case "ZodDate": return { kind: "date" };
        case "ZodLiteral": return { kind: "literal", value: def.value };
        case "ZodNativeEnum": return { kind: "enum", values: Object.values(def.values), open: false };
        case "ZodEnum": return { kind: "enum", values: [...def.values], open: false };
        case "ZodAny": return { kind: "any" };
        case "ZodUnknown": return { kind: "any" };
        case "ZodNull": return { kind: "null" };
        case "ZodArray": return { kind: "array", items: sub(def.type) };
        case "ZodRecord": return { kind: "record", values: sub(def.valueType) };
        case "ZodUnion": {
            const opts = def.options.map(sub);
            // Speakeasy open enum: union of string literals + z.string().transform(unrecognized)
            const lits = opts.filter((o) => o.kind === "literal" && typeof o.value === "string");
            const rest = opts.filter((o) => !(o.kind === "literal" && typeof o.value === "string"));
            if (lits.length > 0 && rest.length === 1 && rest[0].kind === "string" && rest[0].transform) {
                return { kind: "enum", values: lits.map((o) => o.value), open: true };
            }
            return { kind: "union", anyOf: opts };
        }
        default: return { kind: "unsupported:" + t };
    }
}

const out = { sdkVersion: pkg.version, schemas: {} };
for (const [name, value] of Object.entries(models).sort()) {
    if (!name.endsWith("$inboundSchema")) continue;
    const base = name.slice(0, -"$inboundSchema".length);
    if (!/(PositiveResponse|WebhookPayload|Error)$/.test(base)) continue;
    out.schemas[base] = dump(value);
}
for (const [name, value] of Object.entries(errorsMod).sort()) {
    if (!name.endsWith("$inboundSchema")) continue;
    out.schemas["errors." + name.slice(0, -"$inboundSchema".length)] = dump(value);
}
process.stdout.write(JSON.stringify(out, null, 2) + "\n");
