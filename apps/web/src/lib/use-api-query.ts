import { useCallback, useEffect, useEffectEvent, useState } from "react";
import { ApiError } from "./api-error";

export interface QueryState<T> {
  /** The latest data; kept while a new key loads so lists do not flash empty while searching. */
  data: T | undefined;
  /** The error of the current key, if its load failed. */
  error: unknown;
  /** True until the current key (and reload) has an answer. */
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  version: number;
  data?: T;
  error?: unknown;
}

/**
 * Loads data for a key and reloads when the key changes or reload() is called. Older answers
 * are ignored (each load is aborted when the key changes), so a slow search cannot overwrite a
 * newer one.
 */
export function useApiQuery<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): QueryState<T> {
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [lastData, setLastData] = useState<T | undefined>(undefined);
  const run = useEffectEvent(load);

  useEffect(() => {
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setLastData(data);
        setSettled({ key, version, data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ApiError)) console.error(error);
        setSettled({ key, version, error });
      },
    );
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = settled !== null && settled.key === key && settled.version === version;
  return {
    data: current && settled.error === undefined ? settled.data : lastData,
    error: current ? settled.error : undefined,
    loading: !current,
    reload,
  };
}
