import {
  routes,
  type Answer,
  type ParticipationState,
  type ServerMessage,
} from "@beredd/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import { api } from "../../lib/api";
import { applyServerMessage } from "../../lib/realtime-cache";
import { useRealtime, useServerMessages } from "../realtime/realtime-context";

/** How long an answer sent over the socket may wait for `recorded` before HTTP is tried. */
const SOCKET_PATIENCE_MS = 4000;
let refs = 0;

/**
 * Answers and receipts: over the socket when it is live, else (or when the socket does not
 * confirm in time, or refuses) by HTTP. Both are idempotent on the server, so a second try
 * never counts twice. Resolves only with the server's recorded state, which is written into
 * the cache: nothing is shown as answered before the server has it.
 */
export function useRespond() {
  const client = useQueryClient();
  const { send } = useRealtime();
  const waiting = useRef(new Map<string, (state: ParticipationState | null) => void>());

  useServerMessages((message: ServerMessage) => {
    if ((message.type !== "recorded" && message.type !== "error") || !message.ref) return;
    waiting.current.get(message.ref)?.(message.type === "recorded" ? message.state : null);
  });

  const viaSocket = useCallback(
    (incidentId: string, answer: Answer) =>
      new Promise<ParticipationState | null>((resolve) => {
        const ref = `answer-${++refs}`;
        const done = (state: ParticipationState | null) => {
          clearTimeout(timer);
          waiting.current.delete(ref);
          resolve(state);
        };
        const timer = setTimeout(() => done(null), SOCKET_PATIENCE_MS);
        waiting.current.set(ref, done);
        if (!send({ type: "answer", incidentId, answer, ref })) done(null);
      }),
    [send],
  );

  const answer = useCallback(
    async (incidentId: string, answer: Answer): Promise<ParticipationState> => {
      const state =
        (await viaSocket(incidentId, answer)) ??
        (await api.call(routes.participation.answer, {
          params: { id: incidentId },
          body: { answer },
        }));
      applyServerMessage(client, { type: "recorded", incidentId, state });
      return state;
    },
    [client, viaSocket],
  );

  /** "This device has the alarm": the socket's `recorded` updates the cache; HTTP does it here. */
  const receipt = useCallback(
    async (incidentId: string): Promise<void> => {
      if (send({ type: "received", incidentId })) return;
      const state = await api.call(routes.participation.receipt, { params: { id: incidentId } });
      applyServerMessage(client, { type: "recorded", incidentId, state });
    },
    [client, send],
  );

  return { answer, receipt };
}
