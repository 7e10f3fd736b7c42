import type { FastifyReply } from "fastify";
import type { Deps } from "../../deps.js";
import { SESSION_COOKIE } from "./authenticate.js";

/** Sets the session cookie a sign-in answers with (HttpOnly, SameSite=Strict, Secure on https). */
export const setSessionCookie = (deps: Deps, reply: FastifyReply, token: string) =>
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: deps.config.publicUrl.startsWith("https://"),
    maxAge: Math.floor(deps.config.sessionMaxMs / 1000),
  });
