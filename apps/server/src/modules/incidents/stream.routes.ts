import { routes } from "@beredd/contracts";
import type { IncomingHttpHeaders } from "node:http";
import type { Deps } from "../../deps.js";
import { AppError } from "../../platform/errors.js";
import { fromTable, registerWebSocketRoute, type App } from "../../platform/http/index.js";
import type { Gateway } from "../../platform/realtime/index.js";
import { resolveActor } from "../identity/index.js";
import { isStaff } from "./incident/incidents.policy.js";

/** What an open socket keeps of its handshake: whom it serves, nothing of the request. */
type StreamViewer = Parameters<Gateway["accept"]>[1];

/**
 * GET /api/v1/stream: the realtime WebSocket (protocol in docs/realtime.md). Authenticated by the
 * session cookie, whose Origin must be ours (a page elsewhere cannot open a socket as the user),
 * or by an API token in the Authorization header. The handshake is authenticated from its headers
 * and upgraded outside Fastify; the Fastify route answers plain GETs and documents the address.
 */
export function registerStreamRoute(app: App, deps: Deps, gateway: Gateway): void {
  const ownOrigin = new URL(deps.config.publicUrl).origin;
  registerWebSocketRoute<StreamViewer>(app, routes.stream.connect.path, {
    authorize: async (handshake) => {
      const actor = await resolveActor(deps, handshake);
      if (!actor) throw new AppError("unauthenticated");
      if (actor.type === "person" && !sameOrigin(handshake.headers, ownOrigin))
        throw new AppError("forbidden", "The socket's Origin is not this server");
      return {
        organizationId: actor.organizationId,
        personId: actor.type === "person" ? actor.id : null,
        seesAll: isStaff(actor),
        credential: actor.type === "person" ? actor.sessionId : actor.id,
      };
    },
    open: (socket, viewer) => gateway.accept(socket, viewer),
  });
  app.route({
    ...fromTable(routes.stream.connect),
    preValidation: async (request) => {
      if (!request.actor) throw new AppError("unauthenticated");
      return Promise.resolve();
    },
    // A plain GET (no upgrade) is told what this address is for.
    handler: () => {
      throw new AppError("upgrade_required", "Connect with a WebSocket client");
    },
  });
}

/** The handshake comes from a page of this server: its Origin is our public URL or the Host. */
function sameOrigin(headers: IncomingHttpHeaders, ownOrigin: string): boolean {
  const origin = headers.origin;
  if (origin === undefined) return false;
  if (origin === ownOrigin) return true;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false; // "null" or not a URL at all
  }
}
