/**
 * Runs a job now and then. The job's state lives in durable rows (timers, outbox); the poller
 * only wakes it, so a crash or restart loses nothing and a missed tick is caught by the next.
 */
export interface Poller {
  /** Runs the job at once (after a commit that created work, or from a test that moved the clock). */
  kick(): Promise<void>;
  stop(): Promise<void>;
}

export function startPoller(
  name: string,
  intervalMs: number,
  job: () => Promise<void>,
  onError: (name: string, error: unknown) => void,
): Poller {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await job();
        } catch (error) {
          onError(name, error);
        }
      } while (again && !stopped);
      running = null;
    })();
    return running;
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return {
    kick: run,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
