import { Problem } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { AppError } from "../../platform/errors.js";
import type { App } from "../../platform/http/index.js";
import type { Gateway } from "../../platform/realtime/index.js";
import { isStaff } from "./incidents.policy.js";

/**
 * GET /api/v1/stream: the realtime WebSocket (protocol in docs/realtime.md). Authenticated by the
 * session cookie, whose Origin must be ours (a page elsewhere cannot open a socket as the user),
 * or by an API token in the Authorization header.
 */
export function registerStreamRoute(app: App, deps: Deps, gateway: Gateway): void {
  const ownOrigin = new URL(deps.config.publicUrl).origin;
  app.route({
    method: "GET",
    url: "/api/v1/stream",
    schema: {
      tags: ["Realtime"],
      summary: "The realtime event stream (WebSocket; protocol in docs/realtime.md)",
      response: { 426: Problem },
      description:
        "Upgrade to a WebSocket. The server sends hello {epoch, seq}; the client sends resume {after, epoch}; " +
        "the server replays what was missed, sends caught_up, then live events. Clients confirm alarms with received {incidentId}.",
    },
    preValidation: async (request) => {
      const actor = request.actor;
      if (!actor) throw new AppError("unauthenticated");
      if (request.headers.upgrade?.toLowerCase() !== "websocket") return;
      const origin = request.headers.origin;
      const sameHost = origin !== undefined && new URL(origin).host === request.headers.host;
      if (actor.type === "person" && origin !== ownOrigin && !sameHost)
        throw new AppError("forbidden", "The socket's Origin is not this server");
      return Promise.resolve();
    },
    // A plain GET (no upgrade) is told what this address is for.
    handler: () => {
      throw new AppError("upgrade_required", "Connect with a WebSocket client");
    },
    wsHandler: (socket, request) => {
      const actor = request.actor;
      if (!actor) return socket.close(4001, "unauthenticated");
      void gateway.accept(socket, {
        organizationId: actor.organizationId,
        personId: actor.type === "person" ? actor.id : null,
        seesAll: isStaff(actor),
        credential: actor.type === "person" ? actor.sessionId : actor.id,
      });
    },
  });
}
