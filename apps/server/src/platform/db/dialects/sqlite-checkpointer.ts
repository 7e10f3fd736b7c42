import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** How often the thread copies committed pages from the WAL into the database file. */
const INTERVAL_MS = 500;

// Plain CommonJS run by the worker thread (no loader, no build step): its own connection to the
// file and a passive checkpoint every interval, which never blocks a writer or a reader.
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 5000");
db.pragma("synchronous = FULL");
const timer = setInterval(() => db.pragma("wal_checkpoint(PASSIVE)"), workerData.intervalMs);
parentPort.once("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Stops the thread after its current checkpoint and closes its connection. */
  stop(): Promise<void>;
}

/**
 * Checkpoints a WAL database on a thread of its own (the SQLite documentation's advice for
 * applications that cannot wait). Left to itself, SQLite checkpoints inside whichever commit
 * takes the WAL past 1,000 pages: that commit, and the event loop with it, then also writes those
 * pages to the database file and fsyncs it, 15–70 ms here, in the middle of an alarm's answers.
 * The commits themselves stay synchronous (FULL) and durable; only the copying moves. Should the
 * thread fail, `fallback` is called so that commits checkpoint again and the WAL stays bounded.
 */
export function startCheckpointer(file: string, fallback: (error: Error) => void): Checkpointer {
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: {
      file,
      intervalMs: INTERVAL_MS,
      driver: createRequire(import.meta.url).resolve("better-sqlite3"),
    },
  });
  // A checkpoint never keeps the process alive; one cut short by exit is safe (the WAL remains).
  worker.unref();
  let over = false;
  const fail = (error: Error) => {
    if (over) return;
    over = true;
    fallback(error);
  };
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  worker.once("error", fail);
  worker.once("exit", (code) => fail(new Error(`the checkpoint thread exited with code ${code}`)));
  return {
    async stop() {
      over = true;
      // Held open until the thread has closed its connection (it is unref'd while it works).
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
