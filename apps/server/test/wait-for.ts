/**
 * Tests wait for the condition they care about, never for a fixed time: a fixed wait is either
 * too short on a loaded machine (a flaky failure) or longer than needed (a slow suite).
 */

export interface WaitOptions {
  /** How long the condition may take before the test fails; generous, since it is only a bound. */
  timeoutMs?: number;
  /** How often a polled condition is checked again. */
  intervalMs?: number;
  /** What is awaited, for the failure message. */
  what?: string;
}

type Truthy<T> = Exclude<T, false | null | undefined | 0 | "">;

/**
 * Checks `probe` at once and then every `intervalMs` until it returns a truthy value, and returns
 * that value. For conditions with nothing to listen to: a file's size, a row in the database, a
 * state the server changes on its own schedule.
 */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 20, what = "the condition" }: WaitOptions = {},
): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as Truthy<T>;
    if (Date.now() >= deadline) throw new Error(`waited ${timeoutMs} ms for ${what} in vain`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Waits for an event that has a promise (a socket closing, a process exiting), but not forever. */
export async function withTimeout<T>(
  promise: Promise<T>,
  { timeoutMs = 10_000, what = "the event" }: Omit<WaitOptions, "intervalMs"> = {},
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`waited ${timeoutMs} ms for ${what} in vain`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
