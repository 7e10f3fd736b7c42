import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister";
import { defaultShouldDehydrateQuery, type QueryClient } from "@tanstack/react-query";
import { persistQueryClient } from "@tanstack/react-query-persist-client";
import { createStore, del, get, set } from "idb-keyval";

const store = createStore("beredd-reads", "reads");
const persister = createAsyncStoragePersister({
  storage: {
    getItem: (key) => get<string>(key, store).then((value) => value ?? null),
    setItem: (key, value: string) => set(key, value, store),
    removeItem: (key) => del(key, store),
  },
  key: "beredd-reads",
});

/** A phone that has been offline this long starts without what it kept. */
const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Keeps the reads of `paths` (the raise screen's: scenarios, units, the person) on the device, so
 * that the app opened with no network still offers the tiles and the place, and the alarm waits
 * in the outbox. One person's reads only: another person signed in on the device starts empty.
 * Returns the function that stops keeping them.
 */
export function keepReadsOnDevice(
  client: QueryClient,
  personId: string,
  paths: ReadonlySet<string>,
): () => void {
  const [stop] = persistQueryClient({
    queryClient: client,
    persister,
    buster: personId,
    maxAge: MAX_AGE_MS,
    dehydrateOptions: {
      shouldDehydrateQuery: (query) =>
        defaultShouldDehydrateQuery(query) && paths.has(String(query.queryKey[0])),
    },
  });
  return stop;
}

/** Signing out leaves nothing of the person's reads on the device. */
export const forgetReadsOnDevice = (): Promise<void> =>
  Promise.resolve(persister.removeClient()).catch(() => undefined);
