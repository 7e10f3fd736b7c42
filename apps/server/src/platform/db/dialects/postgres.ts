import { PostgresDialect } from "kysely";
import { hostname } from "node:os";
import pg from "pg";

const OID = { int8: 20, timestamptz: 1184, jsonb: 3802 } as const;

/**
 * Type parsers make PostgreSQL hand back the same shapes as SQLite (quirk: pg returns Date for
 * timestamptz, a string for bigint counts and an object for jsonb): ISO strings, numbers, JSON text.
 */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === OID.timestamptz) return (v: string) => new Date(v).toISOString();
    if (oid === OID.int8) return (v: string) => Number(v);
    if (oid === OID.jsonb) return (v: string) => v;
    return pg.types.getTypeParser(oid, format) as (v: string) => unknown;
  },
};

/**
 * How this node's connections appear in pg_stat_activity: what they are for and which process
 * on which host holds them, so an operator (or a test) can tell the nodes' connections apart.
 * PostgreSQL keeps 63 bytes of it.
 */
export function applicationName(purpose: "query" | "listen"): string {
  return `beredd-${purpose} ${process.pid}@${hostname()}`.slice(0, 63);
}

export function postgresDialect(
  url: string,
  max = 10,
): { dialect: PostgresDialect; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types,
    application_name: applicationName("query"),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on("error", () => undefined);
  return { dialect: new PostgresDialect({ pool }), pool };
}
