/**
 * Child processes of the benchmark (the product, the baseline, seeding, clients), their memory
 * and CPU as the kernel counts them, and cleanup: every child and temporary folder is removed on
 * exit, on Ctrl-C and on failure.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";

/** tsx's loader as a file URL, so children can run TypeScript whatever their working folder. */
export const tsxLoader = import.meta.resolve("tsx");

const children = new Set<ChildProcess>();
const folders = new Set<string>();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Keeps track of a child so that cleanup ends it. */
export function track<T extends ChildProcess>(child: T): T {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

export function trackFolder(folder: string): void {
  folders.add(folder);
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Ends one child: SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stop(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (!alive(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Ends every child this process started and removes the temporary folders. */
export async function cleanup(): Promise<void> {
  await Promise.all([...children].map((c) => stop(c)));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders.clear();
}

/** Last resort, synchronous (process "exit"): kill what is left by its id. */
export function cleanupNow(): void {
  for (const child of children) if (alive(child)) child.kill("SIGKILL");
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}

export const freePort = (host: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

export interface Proc {
  child: ChildProcess;
  pid: number;
  output(): string;
}

/** Starts `node <args>` with output captured (the last 64 KiB, for error messages). */
export function startNode(
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Proc {
  const child = track(
    spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  let output = "";
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-65_536));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  if (child.pid === undefined) throw new Error(`could not start node ${args.join(" ")}`);
  return { child, pid: child.pid, output: () => output };
}

/** Runs a node script to its end, or fails after `timeoutMs`. */
export async function runNode(
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<void> {
  const proc = startNode(args, options);
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => proc.child.kill("SIGKILL"), options.timeoutMs);
    proc.child.once("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  if (code !== 0) throw new Error(`node ${args.at(-2) ?? ""} failed (${code}):\n${proc.output()}`);
}

/** Waits until GET url answers 200, the process dies, or the time is up. */
export async function waitReady(url: string, proc: Proc, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(proc.child)) throw new Error(`exited while starting:\n${proc.output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms:\n${proc.output()}`);
}

/** Resident memory of a process, in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match?.[1]) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) * 1024;
}

/** CPU time a process has used so far, all its threads, in nanoseconds (schedstat). */
export function cpuNs(pid: number): number {
  let total = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return total;
}

/** The clock V8's CPU profiles use (CLOCK_MONOTONIC), in microseconds. */
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** The machine's wall clock, sub-millisecond, comparable between processes. */
export const now = (): number => performance.timeOrigin + performance.now();
