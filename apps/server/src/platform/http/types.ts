import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Actor } from "../auth/index.js";

export interface RouteEntry {
  method: string;
  url: string;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every route as registered; the tenant-isolation test walks it so no route is forgotten. */
    routeTable: RouteEntry[];
  }
  interface FastifyRequest {
    /** Set by the authentication hook; null for anonymous requests. */
    actor: Actor | null;
  }
}

/** The Fastify instance every module registers its routes on, typed by the zod contracts. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
