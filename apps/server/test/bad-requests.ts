import type { ProblemCode } from "@beredd/contracts";

/**
 * Bad requests derived from a route's published schemas (the OpenAPI document, generated from the
 * zod contracts): each starts from a valid request and breaks one thing, so the answer must name
 * that one field. Choices (which field, which bad value) come from a seeded generator: the same
 * requests on every run.
 */

/** The part of JSON Schema, as zod publishes it, that bad input is derived from. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  minProperties?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

interface Parameter {
  in: "path" | "query" | "header";
  name: string;
  schema: JsonSchema;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema } | undefined> };
}

export interface BadRequest {
  /** What is wrong with it, for the failure message. */
  kind: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  status: number;
  code: ProblemCode;
  /** The field the problem must name; none for faults of the request as a whole. */
  path?: string;
}

/** A real id for a parameter or field of this name, so a request that slipped through would act. */
export type IdFor = (name: string) => string;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T | undefined =>
  items[Math.floor(random() * items.length)];

const nonNull = (s: JsonSchema): JsonSchema =>
  (s.anyOf ?? s.oneOf)?.find((b) => b.type !== "null") ?? s;

function validValue(schema: JsonSchema, name: string, idFor: IdFor): unknown {
  const s = nonNull(schema);
  if (s.enum) return s.enum[0];
  if (s.type === "integer" || s.type === "number") return s.minimum ?? 0;
  if (s.type === "boolean") return true;
  if (s.type === "array")
    return Array.from({ length: s.minItems ?? 0 }, () => validValue(s.items ?? {}, name, idFor));
  if (s.type === "object") return validObject(s, idFor);
  if (s.format === "uuid") return idFor(name);
  const candidates = name === "email" ? ["fuzz@example.se"] : ["fuzz-key", "+46701234567"];
  const text = candidates.find((c) => !s.pattern || new RegExp(s.pattern, "u").test(c)) ?? "fuzz";
  return text.padEnd(s.minLength ?? 0, "x");
}

/** The required fields, or as many fields as an update needs to change something. */
function validObject(schema: JsonSchema, idFor: IdFor): Record<string, unknown> {
  const properties = schema.properties ?? {};
  const names = schema.required?.length
    ? schema.required
    : Object.keys(properties).slice(0, schema.minProperties ?? 0);
  return Object.fromEntries(names.map((n) => [n, validValue(properties[n] ?? {}, n, idFor)]));
}

const jsonType = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);

function wrongType(random: Random, schema: JsonSchema): unknown {
  const branches = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  const allowed = new Set(
    branches.flatMap((b) => [
      b.type === "integer" ? "number" : b.type,
      ...(b.enum ?? []).map(jsonType),
    ]),
  );
  return pick(
    random,
    [12_345, "text", true, [], { nested: 1 }].filter((v) => !allowed.has(jsonType(v))),
  );
}

/** Values of the right kind that break a limit: range, length, count, pattern, option, format. */
function outOfRange(schema: JsonSchema, name: string, idFor: IdFor): unknown[] {
  const s = nonNull(schema);
  const values: unknown[] = [];
  if (s.minimum !== undefined) values.push(s.minimum - 1);
  if (s.maximum !== undefined) values.push(s.maximum + 1);
  if (s.type === "integer") values.push((s.minimum ?? 0) + 0.5);
  if (s.maxLength !== undefined) values.push("x".repeat(s.maxLength + 1));
  if (s.minLength) values.push("");
  if (s.pattern || s.format) values.push("Not valid!");
  if (s.enum) values.push("not-an-option");
  const item = () => validValue(s.items ?? {}, name, idFor);
  if (s.maxItems !== undefined) values.push(Array.from({ length: s.maxItems + 1 }, item));
  if (s.minItems) values.push([]);
  return values;
}

function bodyCases(random: Random, schema: JsonSchema, idFor: IdFor) {
  // A union body (roll-call reports, escalations): break one of its variants.
  const body = pick(random, schema.oneOf ?? [schema]) ?? schema;
  const base = validObject(body, idFor);
  const properties = Object.entries(body.properties ?? {});
  const cases: { kind: string; payload: unknown; path: string }[] = [];
  const typed = pick(random, properties);
  if (typed) {
    const [name, s] = typed;
    cases.push({
      kind: "wrong type",
      payload: { ...base, [name]: wrongType(random, s) },
      path: name,
    });
  }
  const nested = pick(
    random,
    properties.filter(([, s]) => Object.keys(s.properties ?? {}).length > 0),
  );
  const inner = nested && pick(random, Object.entries(nested[1].properties ?? {}));
  if (nested && inner) {
    const value = { ...validObject(nested[1], idFor), [inner[0]]: wrongType(random, inner[1]) };
    cases.push({
      kind: "wrong type, nested",
      payload: { ...base, [nested[0]]: value },
      path: `${nested[0]}/${inner[0]}`,
    });
  }
  const missing = pick(random, body.required ?? []);
  if (missing) {
    const { [missing]: _omitted, ...rest } = base;
    cases.push({ kind: "missing required field", payload: rest, path: missing });
  }
  const limited = properties.flatMap(([name, s]) =>
    outOfRange(s, name, idFor).map((value) => ({ name, value })),
  );
  const broken = pick(random, limited);
  if (broken)
    cases.push({
      kind: "out of range",
      payload: { ...base, [broken.name]: broken.value },
      path: broken.name,
    });
  if (body.additionalProperties === false)
    cases.push({
      kind: "unknown field",
      payload: { ...base, fuzzUnknown: 1 },
      path: "fuzzUnknown",
    });
  if (body.minProperties) cases.push({ kind: "nothing to change", payload: {}, path: "" });
  cases.push({ kind: "not an object", payload: pick(random, [[], "text", 42, null]), path: "" });
  return cases.map((c) => ({ ...c, path: c.path ? `body/${c.path}` : "body" }));
}

function badParameterValues(parameter: Parameter, idFor: IdFor): string[] {
  if (parameter.in === "path")
    // Not an id; a malformed %-escape the router cannot decode; longer than the router takes.
    return ["not-an-id", "%zz", "x".repeat(201)];
  const s = parameter.schema;
  if (s.type === "integer") return ["abc", ...outOfRange(s, parameter.name, idFor).map(String)];
  return outOfRange(s, parameter.name, idFor).filter((v): v is string => typeof v === "string");
}

/** The route's path with real ids, or the given values, for its parameters. */
function filledPath(url: string, idFor: IdFor, values: Record<string, string> = {}): string {
  const segments = url.split("/");
  // An ":id" is an id from the collection before it; other parameters name their kind.
  return segments
    .map((s, i) => {
      if (!s.startsWith(":")) return s;
      const name = s.slice(1);
      return values[name] ?? idFor(name === "id" ? (segments[i - 1] ?? name) : name);
    })
    .join("/");
}

/**
 * The paths of the objects in a body schema that would take fields they do not know: every
 * object, however deep, must refuse them (`additionalProperties: false`).
 */
export function openObjects(schema: JsonSchema, path = "body"): string[] {
  const own = schema.type === "object" && schema.additionalProperties !== false ? [path] : [];
  return [
    ...own,
    ...Object.entries(schema.properties ?? {}).flatMap(([name, s]) =>
      openObjects(s, `${path}/${name}`),
    ),
    ...(schema.items ? openObjects(schema.items, `${path}/0`) : []),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((s) => openObjects(s, path)),
  ];
}

/**
 * A valid body with one field it does not know, for each variant of a union body, at the top and
 * inside each object the valid body holds: each must be refused, naming that field.
 */
export function unknownFieldRequests(
  method: string,
  url: string,
  operation: Operation,
  idFor: IdFor,
): BadRequest[] {
  const schema = operation.requestBody?.content["application/json"]?.schema;
  if (!schema) return [];
  const request = (payload: unknown, path: string): BadRequest => ({
    kind: "unknown field",
    method,
    url: filledPath(url, idFor),
    headers: { "content-type": "application/json" },
    payload: JSON.stringify(payload),
    status: 400,
    code: "validation_failed",
    path,
  });
  return (schema.oneOf ?? [schema]).flatMap((variant) => {
    const base = validObject(variant, idFor);
    const nested = Object.entries(base).filter(
      (e): e is [string, Record<string, unknown>] =>
        typeof e[1] === "object" && e[1] !== null && !Array.isArray(e[1]),
    );
    return [
      request({ ...base, fuzzUnknown: 1 }, "body/fuzzUnknown"),
      ...nested.map(([name, value]) =>
        request({ ...base, [name]: { ...value, fuzzUnknown: 1 } }, `body/${name}/fuzzUnknown`),
      ),
    ];
  });
}

const tooLarge = JSON.stringify({ text: "x".repeat(1_100_000) });
const where = { path: "params", query: "querystring", header: "headers" } as const;

/**
 * The bad requests for one route; `url` is Fastify's form, `/api/v1/units/:id`. Everything but
 * the broken part is valid, with real ids: validation runs params, body, query, headers in turn,
 * and a request that slipped through would change something the caller can see.
 */
export function badRequests(
  random: Random,
  method: string,
  url: string,
  operation: Operation,
  idFor: IdFor,
): BadRequest[] {
  const pathWith = (values: Record<string, string>) => filledPath(url, idFor, values);
  const validPath = pathWith({});
  const schema = operation.requestBody?.content["application/json"]?.schema;
  const json = { "content-type": "application/json" };
  const validBody = schema
    ? { headers: json, payload: JSON.stringify(validObject(schema.oneOf?.[0] ?? schema, idFor)) }
    : { headers: {} };
  const invalid = (path: string) => ({ status: 400, code: "validation_failed" as const, path });
  const requests: BadRequest[] = [];

  for (const p of operation.parameters ?? []) {
    const values = badParameterValues(p, idFor);
    // Every way a path parameter can be malformed; one bad value of each other parameter.
    const chosen = p.in === "path" ? values : [pick(random, values)].filter((v) => v !== undefined);
    for (const value of chosen)
      requests.push({
        kind: `bad ${where[p.in]} value`,
        method,
        url:
          p.in === "path"
            ? pathWith({ [p.name]: value })
            : `${validPath}${p.in === "query" ? `?${p.name}=${encodeURIComponent(value)}` : ""}`,
        ...validBody,
        headers: { ...validBody.headers, ...(p.in === "header" ? { [p.name]: value } : {}) },
        ...invalid(`${where[p.in]}/${p.name}`),
      });
  }

  if (schema)
    for (const c of bodyCases(random, schema, idFor))
      requests.push({
        kind: c.kind,
        method,
        url: validPath,
        headers: json,
        payload: JSON.stringify(c.payload),
        ...invalid(c.path),
      });

  if (method === "GET") return requests;
  const whole = { method, url: validPath };
  return [
    ...requests,
    { kind: "unparseable JSON", ...whole, headers: json, payload: "{not json", ...invalid("body") },
    {
      kind: "wrong content type",
      ...whole,
      headers: { "content-type": "application/xml" },
      payload: "<incident/>",
      status: 415,
      code: "unsupported_media_type",
    },
    {
      kind: "body too large",
      ...whole,
      headers: json,
      payload: tooLarge,
      status: 413,
      code: "payload_too_large",
    },
  ];
}
