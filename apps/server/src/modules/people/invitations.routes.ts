import { routes } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { AppError } from "../../platform/errors.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { presentSession, requireActor, setSessionCookie } from "../identity/index.js";
import { acceptInvitation, readInvitation } from "./commands/accept-invitation.js";
import { invitePerson } from "./commands/invite-person.js";

export function registerInvitationRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.invitations.create),
    handler: async (request, reply) =>
      reply.status(201).send(await invitePerson(deps, requireActor(request), request.params.id)),
  });

  // Anyone holding a link may call these: throttled per address like signing in.
  const rateLimit = {
    max: deps.config.loginRateLimit,
    timeWindow: "1 minute",
    hook: "preHandler" as const,
    keyGenerator: (request: { ip: string }) => `invitation:${request.ip}`,
    errorResponseBuilder: (_request: unknown, context: { after: string }) =>
      new AppError("rate_limited", `Too many attempts; try again in ${context.after}`),
  };

  app.route({
    ...fromTable(routes.invitations.get),
    config: { rateLimit },
    handler: async (request) => readInvitation(deps, request.params.token),
  });

  app.route({
    ...fromTable(routes.invitations.accept),
    config: { rateLimit },
    handler: async (request, reply) => {
      const result = await acceptInvitation(deps, request.params.token, request.body, {
        userAgent: request.headers["user-agent"],
      });
      setSessionCookie(deps, reply, result.token);
      return reply.status(201).send(presentSession(result.session));
    },
  });
}
