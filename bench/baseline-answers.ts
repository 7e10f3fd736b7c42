/**
 * The least an alarm system can do with answers, for the baseline server: every `answer` is
 * written to SQLite (WAL, synchronous=FULL, the answers of one moment in one transaction of at
 * most 5,000, 500-row statements) and confirmed to its socket with `recorded` once committed.
 * No sessions, no states, no events, no audience: a plain prototype of what the product does,
 * so the benchmark can tell the product's own cost apart from what the machine makes of the task.
 */
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type { WebSocket } from "ws";

const BATCH = 5000;
const ROWS = 500;

interface Answer {
  socket: WebSocket;
  socketNo: number;
  incidentId: string;
  answer: string;
  ref: string;
}

export class BaselineAnswers {
  readonly #db: Database.Database;
  readonly #inserts = new Map<number, Database.Statement>();
  #queue: Answer[] = [];
  #scheduled = false;

  constructor(file: string) {
    this.#db = new Database(file);
    this.#db.pragma("journal_mode = WAL");
    this.#db.pragma("synchronous = FULL");
    this.#db.exec(`create table if not exists answers (
      id text primary key, incident_id text not null, socket integer not null,
      answer text not null, at text not null, unique (incident_id, socket))`);
  }

  /** Takes one client message; answers are queued for the next group commit. */
  receive(socket: WebSocket, socketNo: number, text: string): void {
    const m = JSON.parse(text) as {
      type?: string;
      incidentId?: string;
      answer?: string;
      ref?: string;
    };
    if (m.type !== "answer" || !m.incidentId || !m.answer) return;
    this.#queue.push({
      socket,
      socketNo,
      incidentId: m.incidentId,
      answer: m.answer,
      ref: m.ref ?? "",
    });
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#flush());
  }

  close(): void {
    this.#db.close();
  }

  #flush(): void {
    const batch = this.#queue.splice(0, BATCH);
    const at = new Date().toISOString();
    this.#db.transaction(() => {
      for (let i = 0; i < batch.length; i += ROWS) {
        const rows = batch.slice(i, i + ROWS);
        this.#insert(rows.length).run(
          ...rows.flatMap((a) => [randomUUID(), a.incidentId, a.socketNo, a.answer, at]),
        );
      }
    })();
    for (const a of batch)
      a.socket.send(
        JSON.stringify({
          type: "recorded",
          incidentId: a.incidentId,
          ref: a.ref,
          state: { status: a.answer, answeredAt: at },
        }),
      );
    if (this.#queue.length) setImmediate(() => this.#flush());
    else this.#scheduled = false;
  }

  #insert(rows: number): Database.Statement {
    let statement = this.#inserts.get(rows);
    if (!statement) {
      const values = Array.from({ length: rows }, () => "(?, ?, ?, ?, ?)").join(", ");
      statement = this.#db.prepare(
        `insert into answers (id, incident_id, socket, answer, at) values ${values} on conflict do nothing`,
      );
      this.#inserts.set(rows, statement);
    }
    return statement;
  }
}
