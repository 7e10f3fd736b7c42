import { defineRoute } from "../route.js";

export const stream = {
  connect: defineRoute({
    method: "GET",
    path: "/api/v1/stream",
    summary: "The realtime event stream (WebSocket; protocol in docs/realtime.md)",
    description:
      "Upgrade to a WebSocket. The server sends hello {epoch, seq}; the client sends resume {after, epoch}; " +
      "the server replays what was missed, sends caught_up, then live events. Clients confirm alarms with received {incidentId}.",
    tags: ["Realtime"],
    // A plain GET is answered 426: the address is for WebSocket clients.
    responses: {},
    problems: [401, 426],
  }),
};
