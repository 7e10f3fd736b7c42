import pino from "pino";
import type { Config } from "./config.js";

/**
 * JSON logs with request ids. Credentials never reach a log line: the redaction list names every
 * place a secret can sit (ASVS 16.2.5).
 */
export function createLogger(level: Config["logLevel"]) {
  return pino({
    level,
    redact: {
      paths: [
        "req.headers.cookie",
        "req.headers.authorization",
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        "password",
        "*.password",
        "token",
        "*.token",
      ],
      censor: "[redacted]",
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type Logger = ReturnType<typeof createLogger>;
