#!/usr/bin/env node
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { createAdmin } from "./cli/create-admin.js";
import { start } from "./cli/start.js";
import { seedDemo } from "./modules/demo/index.js";
import { ConfigError, loadConfig } from "./platform/config.js";
import { AppError } from "./platform/errors.js";
import { openRuntime } from "./runtime.js";

const HELP = `Beredd — incident response and preparedness

Usage: beredd <command> [options]

Commands:
  start          Migrate the database, seed the demo on first start, and serve (default)
  migrate        Bring the database schema up to date and exit
  seed-demo      Create the demo organisation "Exempelkommun" if the database is empty
  create-admin   Create an administrator:
                   --email <address> --name <name> --password <password>
                   [--organization <name>]  (creates that organisation)
  --help         Show this help

Configuration comes from environment variables and an optional .env file; see README.md.
`;

const out = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      email: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      organization: { type: "string" },
    },
  });
  const command = positionals[0] ?? "start";
  if (values.help || command === "help") {
    out(HELP);
    return;
  }
  if (existsSync(".env")) process.loadEnvFile(".env");
  const config = loadConfig(process.env);
  switch (command) {
    case "start":
      return start(config, out);
    case "migrate": {
      const runtime = await openRuntime(config);
      await runtime.close();
      out("The database schema is up to date.");
      return;
    }
    case "seed-demo": {
      const runtime = await openRuntime(config);
      const demo = await seedDemo(runtime.deps);
      await runtime.close();
      out(
        demo
          ? `Demo organisation created. Sign in as ${demo.email} / ${demo.password}`
          : "The database already has data; nothing was seeded.",
      );
      return;
    }
    case "create-admin":
      return createAdmin(config, values, out);
    default:
      throw new ConfigError(`Unknown command "${command}". Run beredd --help.`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // A person can act on these; anything else is a bug and keeps its stack trace.
  if (
    error instanceof ConfigError ||
    error instanceof AppError ||
    (error instanceof TypeError &&
      "code" in error &&
      String(error.code).startsWith("ERR_PARSE_ARGS"))
  ) {
    console.error(`beredd: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
