import { routes, type ClientMessage, type ServerMessage } from "@beredd/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { routeKeyPrefix } from "../../lib/query";
import { RealtimeConnection, streamUrl, type RealtimeStatus } from "../../lib/realtime";
import { afterFrame } from "../../lib/after-frame";
import { applyServerMessage } from "../../lib/realtime-cache";
import { RealtimeContext, type RealtimeContextValue } from "./realtime-context";

/**
 * The signed-in person's one realtime socket: every message updates the query cache
 * (lib/realtime-cache.ts) and then reaches the screens that subscribed (the incoming alarm).
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [status, setStatus] = useState<RealtimeStatus>("connecting");
  const connection = useRef<RealtimeConnection | null>(null);
  const listeners = useRef(new Set<(message: ServerMessage) => void>());

  useEffect(() => {
    let first = true;
    const c = new RealtimeConnection({
      url: streamUrl(),
      onMessage: (message) => {
        applyServerMessage(client, message, afterFrame);
        for (const listener of listeners.current) listener(message);
      },
      onStatus: (next) => {
        setStatus(next);
        // The first connection starts at "now": what happened before it is read over HTTP
        // again, so nothing between the screen's first read and the socket is missed.
        if (next === "live" && first) {
          first = false;
          void client.invalidateQueries({ queryKey: routeKeyPrefix(routes.incidents.list) });
          void client.invalidateQueries({ queryKey: routeKeyPrefix(routes.incidents.get) });
        }
      },
    });
    connection.current = c;
    return () => {
      c.close();
      connection.current = null;
    };
  }, [client]);

  const send = useCallback(
    (message: ClientMessage) => connection.current?.send(message) ?? false,
    [],
  );
  const subscribe = useCallback((listener: (message: ServerMessage) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const value = useMemo<RealtimeContextValue>(
    () => ({ status, send, subscribe }),
    [status, send, subscribe],
  );
  return <RealtimeContext value={value}>{children}</RealtimeContext>;
}
