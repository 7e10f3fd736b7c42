import { buildApp } from "../app.js";
import { systemClock } from "../platform/clock.js";
import type { Config } from "../platform/config.js";
import { createLogger } from "../platform/logger.js";
import { seedDemo } from "../modules/demo/index.js";
import { openRuntime } from "../runtime.js";

/** `beredd start`: migrate, seed the demo on an empty database, serve, and stop cleanly on a signal. */
export async function start(config: Config, out: (line: string) => void): Promise<void> {
  const logger = createLogger(config.logLevel);
  const runtime = await openRuntime(config, systemClock, logger);
  const demo = config.seedDemo ? await seedDemo(runtime.deps) : null;
  const product = await buildApp(runtime, logger);
  const { app } = product;
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  out("");
  out(`  Beredd is running: http://localhost:${port}/`);
  out(`  Database: ${config.database.kind === "sqlite" ? config.database.file : "PostgreSQL"}`);
  if (demo) out(`  Demo sign-in: ${demo.email} / ${demo.password}`);
  out(`  API documentation: http://localhost:${port}/api/docs`);
  out("");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await product.close();
    await runtime.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
