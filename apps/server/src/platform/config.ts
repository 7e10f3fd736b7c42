import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Configuration comes from the environment (and an optional .env file, loaded by main.ts).
 * Every value is validated at start so a mistake stops the product with one line a person can act
 * on, never a stack trace halfway through serving alarms.
 */
/** The push services of the browsers people use: the only hosts the server sends pushes to. */
const DEFAULT_PUSH_HOSTS = [
  "fcm.googleapis.com",
  "*.push.apple.com",
  "updates.push.services.mozilla.com",
  "push.services.mozilla.com",
  "*.notify.windows.com",
];

const Env = z.object({
  PORT: z.coerce
    .number({ error: "PORT must be a port number, 1–65535" })
    .int({ error: "PORT must be a port number, 1–65535" })
    .min(0, { error: "PORT must be a port number, 1–65535" })
    .max(65535, { error: "PORT must be a port number, 1–65535" })
    .default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PUBLIC_URL: z
    .url({ error: "PUBLIC_URL must be the address people use, such as https://beredd.example.se" })
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must be a postgres:// URL" })
    .optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  SESSION_SECRET: z
    .string()
    .min(32, { error: "SESSION_SECRET must be at least 32 characters" })
    .optional(),
  SESSION_IDLE_HOURS: z.coerce
    .number({ error: "SESSION_IDLE_HOURS must be a number of hours" })
    .positive({ error: "SESSION_IDLE_HOURS must be a number of hours" })
    .default(24 * 14),
  SESSION_MAX_DAYS: z.coerce
    .number({ error: "SESSION_MAX_DAYS must be a number of days" })
    .positive({ error: "SESSION_MAX_DAYS must be a number of days" })
    .default(90),
  TRUST_PROXY: z
    .enum(["true", "false"], { error: "TRUST_PROXY must be true or false" })
    .default("false"),
  SEED_DEMO: z
    .enum(["true", "false"], { error: "SEED_DEMO must be true or false" })
    .default("true"),
  WEB_DIST: z.string().optional(),
  REALTIME_PING_SECONDS: z.coerce
    .number({ error: "REALTIME_PING_SECONDS must be a number of seconds" })
    .positive({ error: "REALTIME_PING_SECONDS must be a number of seconds" })
    .default(25),
  REALTIME_REVALIDATE_MS: z.coerce
    .number({ error: "REALTIME_REVALIDATE_MS must be a number of milliseconds" })
    .int()
    .min(50, { error: "REALTIME_REVALIDATE_MS must be at least 50" })
    .default(5000),
  ESCALATION_POLL_MS: z.coerce
    .number({ error: "ESCALATION_POLL_MS must be a number of milliseconds" })
    .int()
    .min(50, { error: "ESCALATION_POLL_MS must be at least 50" })
    .default(1000),
  BEREDD_FAILPOINTS: z.string().optional(),
  BEREDD_PUSH_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)/, {
      error:
        "BEREDD_PUSH_SUBJECT must be a mailto: or https:// address the push services can reach you at",
    })
    .optional(),
  BEREDD_PUSH_HOSTS: z.string().min(1).default(DEFAULT_PUSH_HOSTS.join(",")),
  BEREDD_VAPID_PUBLIC_KEY: z.base64url().optional(),
  BEREDD_VAPID_PRIVATE_KEY: z.base64url().optional(),
  DELIVERY_POLL_MS: z.coerce
    .number({ error: "DELIVERY_POLL_MS must be a number of milliseconds" })
    .int()
    .min(50, { error: "DELIVERY_POLL_MS must be at least 50" })
    .default(1000),
  LOGIN_RATE_LIMIT: z.coerce
    .number({ error: "LOGIN_RATE_LIMIT must be a number of attempts per minute" })
    .int()
    .positive()
    .default(10),
});

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  database: { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };
  logLevel: z.infer<typeof Env>["LOG_LEVEL"];
  sessionSecret: string | undefined;
  sessionIdleMs: number;
  sessionMaxMs: number;
  trustProxy: boolean;
  seedDemo: boolean;
  webDist: string;
  loginRateLimit: number;
  realtimePingMs: number;
  /** How soon a socket notices that its session or token has ended. */
  realtimeRevalidateMs: number;
  escalationPollMs: number;
  /** Crash-injection points for the durability tests; empty in production. */
  failpoints: string | undefined;
  push: {
    /** Who runs this install, for the push services (VAPID `sub`): mailto: or https://. */
    subject: string;
    /**
     * The push services the server sends to: host names, `*.` for any subdomain, or an
     * http:// origin for a local test peer. Anything else is refused when a device registers.
     */
    hosts: string[];
    /** Set both on every node of a cluster; otherwise generated once and kept in the data folder. */
    vapid: { publicKey: string; privateKey: string } | undefined;
  };
  deliveryPollMs: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? "configuration");
    throw new ConfigError(
      issue?.message.startsWith(key) ? issue.message : `${key}: ${issue?.message}`,
    );
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "sqlite", file: path.join(dataDir, "beredd.sqlite") },
    logLevel: e.LOG_LEVEL,
    sessionSecret: e.SESSION_SECRET,
    sessionIdleMs: e.SESSION_IDLE_HOURS * 3_600_000,
    sessionMaxMs: e.SESSION_MAX_DAYS * 86_400_000,
    trustProxy: e.TRUST_PROXY === "true",
    seedDemo: e.SEED_DEMO === "true",
    webDist: path.resolve(e.WEB_DIST ?? defaultWebDist()),
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    realtimePingMs: e.REALTIME_PING_SECONDS * 1000,
    realtimeRevalidateMs: e.REALTIME_REVALIDATE_MS,
    escalationPollMs: e.ESCALATION_POLL_MS,
    failpoints: e.BEREDD_FAILPOINTS,
    push: {
      subject: e.BEREDD_PUSH_SUBJECT ?? `mailto:beredd@${new URL(publicUrl).hostname}`,
      hosts: e.BEREDD_PUSH_HOSTS.split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
      vapid: vapidOf(e.BEREDD_VAPID_PUBLIC_KEY, e.BEREDD_VAPID_PRIVATE_KEY),
    },
    deliveryPollMs: e.DELIVERY_POLL_MS,
  };
}

/** The VAPID key pair from the environment: both or neither. */
function vapidOf(publicKey: string | undefined, privateKey: string | undefined) {
  if (!publicKey && !privateKey) return undefined;
  if (!publicKey || !privateKey)
    throw new ConfigError(
      "BEREDD_VAPID_PUBLIC_KEY and BEREDD_VAPID_PRIVATE_KEY must be set together",
    );
  return { publicKey, privateKey };
}

/** The built web app sits beside the server in the repository: apps/web/dist. */
function defaultWebDist(): string {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, "package.json")) || path.basename(dir) !== "server") {
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve("apps/web/dist");
    dir = parent;
  }
  return path.join(dir, "..", "web", "dist");
}
