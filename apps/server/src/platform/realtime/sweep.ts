// A tick at most this often, and at most this many slices: a slice of 10,000 sockets is 500.
const MIN_TICK_MS = 250;
const MAX_SLICES = 20;

/**
 * Visits every member once per period, one slice at a time: a ping or a credential check of
 * 10,000 sockets becomes twenty small bursts spread over the period instead of one that holds up
 * every alarm behind it. Members join slices in turn, so the slices stay even.
 */
export class Sweep<T> {
  readonly #slices: Set<T>[];
  readonly #sliceOf = new Map<T, number>();
  readonly #timer: NodeJS.Timeout;
  #joined = 0;
  #tick = 0;

  constructor(periodMs: number, visit: (members: T[]) => void) {
    const count = Math.max(1, Math.min(MAX_SLICES, Math.floor(periodMs / MIN_TICK_MS)));
    this.#slices = Array.from({ length: count }, () => new Set<T>());
    this.#timer = setInterval(() => {
      const slice = this.#slices[this.#tick++ % count];
      if (slice?.size) visit([...slice]);
    }, periodMs / count);
    this.#timer.unref();
  }

  add(member: T): void {
    const index = this.#joined++ % this.#slices.length;
    this.#slices[index]?.add(member);
    this.#sliceOf.set(member, index);
  }

  delete(member: T): void {
    const index = this.#sliceOf.get(member);
    if (index === undefined) return;
    this.#slices[index]?.delete(member);
    this.#sliceOf.delete(member);
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
