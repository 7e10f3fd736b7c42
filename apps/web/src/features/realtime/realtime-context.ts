import type { ClientMessage, ServerMessage } from "@beredd/contracts";
import { createContext, useContext, useEffect, useEffectEvent } from "react";
import type { RealtimeStatus } from "../../lib/realtime";

export interface RealtimeContextValue {
  status: RealtimeStatus;
  /** False when the socket is not live: the caller falls back to HTTP. */
  send: (message: ClientMessage) => boolean;
  /** Calls `listener` with every message the socket delivers, after the cache has taken it. */
  subscribe: (listener: (message: ServerMessage) => void) => () => void;
}

export const RealtimeContext = createContext<RealtimeContextValue | null>(null);

export function useRealtime(): RealtimeContextValue {
  const value = useContext(RealtimeContext);
  if (!value) throw new Error("useRealtime outside <RealtimeProvider>");
  return value;
}

/** Runs `listener` for every realtime message while the component is mounted. */
export function useServerMessages(listener: (message: ServerMessage) => void): void {
  const { subscribe } = useRealtime();
  const onMessage = useEffectEvent(listener);
  useEffect(() => subscribe((m) => onMessage(m)), [subscribe]);
}
