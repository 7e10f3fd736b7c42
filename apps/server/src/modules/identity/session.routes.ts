import { routes } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { AppError } from "../../platform/errors.js";
import { requireActor, SESSION_COOKIE } from "./authenticate.js";
import { changePassword } from "./commands/change-password.js";
import { endOtherSessions } from "./commands/end-sessions.js";
import { login } from "./commands/login.js";
import { updateMe } from "./commands/update-me.js";
import { deleteSession, sessionView } from "./identity.repo.js";
import { SignInSourceLimit } from "./sign-in-limit.js";
import { presentSession } from "./identity.presenter.js";
import { setSessionCookie } from "./session-cookie.js";

export function registerSessionRoutes(app: App, deps: Deps): void {
  const sourceLimit = new SignInSourceLimit(deps);
  app.route({
    ...fromTable(routes.session.create),
    config: {
      rateLimit: {
        max: deps.config.loginRateLimit,
        timeWindow: "1 minute",
        hook: "preHandler",
        // Per address and account: a school behind one NAT address must not lock itself out.
        keyGenerator: (request) => {
          const email = (request.body as { email?: unknown } | undefined)?.email;
          return `${request.ip}:${typeof email === "string" ? email : ""}`;
        },
        errorResponseBuilder: (_request, context) =>
          new AppError("rate_limited", `Too many sign-in attempts; try again in ${context.after}`),
      },
    },
    handler: async (request, reply) => {
      const result = await sourceLimit.guard(request.ip, () =>
        login(deps, request.body, { userAgent: request.headers["user-agent"] }),
      );
      setSessionCookie(deps, reply, result.token);
      return reply.status(201).send(presentSession(result.session));
    },
  });

  app.route({
    ...fromTable(routes.session.get),
    handler: async (request) => {
      const actor = requireActor(request);
      if (actor.type !== "person") throw new AppError("forbidden", "API tokens have no session");
      const session = await sessionView(deps.db, actor.sessionId);
      if (!session) throw new AppError("unauthenticated");
      return presentSession(session);
    },
  });

  app.route({
    ...fromTable(routes.session.delete),
    handler: async (request, reply) => {
      const actor = requireActor(request);
      if (actor.type === "person") await deleteSession(deps.db, actor.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  });

  app.route({
    ...fromTable(routes.session.updateMe),
    handler: async (request) => {
      const actor = requireActor(request);
      await updateMe(deps, actor, request.body);
      const session =
        actor.type === "person" ? await sessionView(deps.db, actor.sessionId) : undefined;
      if (!session) throw new AppError("unauthenticated");
      return presentSession(session);
    },
  });
  registerOwnSessionRoutes(app, deps);
}

/** A person's own password and their other sessions. */
function registerOwnSessionRoutes(app: App, deps: Deps): void {
  app.route({
    ...fromTable(routes.session.changePassword),
    config: {
      // Guessing the current password from a stolen session is throttled like signing in.
      rateLimit: {
        max: deps.config.loginRateLimit,
        timeWindow: "1 minute",
        hook: "preHandler",
        keyGenerator: (request) => `password:${request.actor?.id ?? request.ip}`,
        errorResponseBuilder: (_request, context) =>
          new AppError("rate_limited", `Too many attempts; try again in ${context.after}`),
      },
    },
    handler: async (request, reply) => {
      await changePassword(deps, requireActor(request), request.body);
      return reply.status(204).send(null);
    },
  });

  app.route({
    ...fromTable(routes.session.endOtherSessions),
    handler: async (request) => endOtherSessions(deps, requireActor(request)),
  });
}
