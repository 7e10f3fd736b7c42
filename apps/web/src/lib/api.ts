import { limits } from "@beredd/contracts";
import { createApiClient } from "./api-client";

interface SessionHooks {
  onUnauthenticated: () => void;
  refreshCsrfToken: () => Promise<string | null>;
}

// The session feature plugs itself in here; the client stays free of React and of features.
const hooks: SessionHooks = {
  onUnauthenticated: () => undefined,
  refreshCsrfToken: () => Promise.resolve(null),
};

export function setSessionHooks(next: SessionHooks): void {
  Object.assign(hooks, next);
}

/** The one client of the Beredd API, same origin, cookie session. */
export const api = createApiClient({
  onUnauthenticated: () => hooks.onUnauthenticated(),
  refreshCsrfToken: () => hooks.refreshCsrfToken(),
});

export interface Page<T> {
  items: T[];
  total: number;
}

/** Reads every page of a list endpoint, for views that need the whole set (the unit tree). */
export async function fetchAll<T>(
  page: (limit: number, offset: number) => Promise<Page<T>>,
): Promise<Page<T>> {
  const items: T[] = [];
  for (;;) {
    const next = await page(limits.listLimitMax, items.length);
    items.push(...next.items);
    // An empty page ends the walk even if the total promised more (rows removed meanwhile).
    if (next.items.length === 0 || items.length >= next.total) return { items, total: next.total };
  }
}
