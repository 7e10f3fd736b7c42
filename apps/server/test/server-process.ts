import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
  stop(): Promise<void>;
}

/** Starts the real product (`beredd start`, from source) as its own process and waits until it is ready. */
export async function startServer(
  env: Record<string, string>,
  port?: number,
): Promise<ServerProcess> {
  const p = port ?? (await freePort());
  const child = spawn(
    process.execPath,
    ["--conditions=@beredd/source", "--import", "tsx", "apps/server/src/main.ts", "start"],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        PORT: String(p),
        HOST: "127.0.0.1",
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  // `beredd start` prints its address once it listens (after migrating and starting the fan-out):
  // wait for that line, or for the process to end, instead of polling.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server not ready in 30 s:\n${output}`)),
      30_000,
    );
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes("Beredd is running:")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited during start:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${p}`;
  const ready = await fetch(`${url}/readyz`);
  if (!ready.ok) throw new Error(`server not ready: ${await ready.text()}\n${output}`);
  return {
    url,
    port: p,
    child,
    exited,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
