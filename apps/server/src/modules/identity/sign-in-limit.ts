import type { Deps } from "../../deps.js";
import { AppError, rateLimited } from "../../platform/errors.js";
import { WindowCounter } from "../../platform/http/index.js";

const WINDOW_MS = 15 * 60_000;

/**
 * Failed sign-ins per source address, whatever the accounts: one password sprayed over many
 * accounts from one address is stopped after LOGIN_SOURCE_FAILURE_LIMIT failures in 15 minutes
 * (the limit per address and account alone would let it try every account). Successful sign-ins
 * do not count, so a school behind one address signs in as usual; while an address waits, its
 * sessions go on working.
 */
export class SignInSourceLimit {
  readonly #failures: WindowCounter;
  readonly #max: number;
  constructor(deps: Deps) {
    this.#failures = new WindowCounter(deps.db, deps.clock, "sign-in failures ", WINDOW_MS);
    this.#max = deps.config.loginSourceFailureLimit;
  }

  /** Runs a sign-in from `address`, unless the address must wait; counts it if it fails. */
  async guard<T>(address: string, signIn: () => Promise<T>): Promise<T> {
    const failed = await this.#failures.current(address);
    if (failed.current >= this.#max)
      throw rateLimited("Too many failed sign-ins from this address", failed.ttl);
    try {
      return await signIn();
    } catch (error) {
      if (error instanceof AppError && error.code === "invalid_credentials")
        await this.#failures.hit(address);
      throw error;
    }
  }
}
