import type { Connection } from "./types.js";

/**
 * An organisation's sockets, indexed so a message reaches only the sockets that may see it: an
 * answer addressed to one person and the staff is not checked against 10,000 other phones.
 */
export class OrgConnections {
  readonly all = new Set<Connection>();
  readonly staff = new Set<Connection>();
  readonly #byPerson = new Map<string, Set<Connection>>();

  add(c: Connection): void {
    this.all.add(c);
    if (c.seesAll) this.staff.add(c);
    if (c.personId) {
      const set = this.#byPerson.get(c.personId) ?? new Set();
      set.add(c);
      this.#byPerson.set(c.personId, set);
    }
  }

  delete(c: Connection): void {
    this.all.delete(c);
    this.staff.delete(c);
    if (!c.personId) return;
    const set = this.#byPerson.get(c.personId);
    set?.delete(c);
    if (set?.size === 0) this.#byPerson.delete(c.personId);
  }

  ofPerson(personId: string): Iterable<Connection> {
    return this.#byPerson.get(personId) ?? [];
  }

  get size(): number {
    return this.all.size;
  }
}
