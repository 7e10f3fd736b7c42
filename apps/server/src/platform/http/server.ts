import cookie from "@fastify/cookie";
import rateLimit, { type FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import Fastify, { type FastifyBaseLogger } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Logger } from "../logger.js";
import { registerOpenApi } from "./openapi.js";
import { installErrorHandling } from "./problem.js";
import { requestId } from "./request-id.js";
import { registerSecurityHeaders } from "./security.js";
import type { App, RouteEntry } from "./types.js";
import { markUnroutableSegments, refuseMarkedSegments } from "./unroutable.js";
import { registerWebApp } from "./web.js";
import { installWebSockets } from "./websocket.js";

export interface HttpOptions {
  logger: Logger;
  trustProxy: boolean;
  secure: boolean;
  webDist: string;
  version: string;
  /** Where rate limits count (the database, shared by every node). */
  rateLimitStore: FastifyRateLimitStoreCtor;
}

/**
 * The HTTP platform: zod validation, problem+json errors, request ids, security headers, cookies,
 * rate limiting (per route), WebSocket routes, the OpenAPI document and the web app. Modules add
 * routes to it.
 */
export async function createHttpServer(options: HttpOptions): Promise<App> {
  // pino's Logger type is richer than Fastify's; widen it so the instance keeps Fastify's type.
  const loggerInstance: FastifyBaseLogger = options.logger;
  const maxParamLength = 200;
  const app = Fastify({
    loggerInstance,
    trustProxy: options.trustProxy,
    bodyLimit: 1_048_576,
    genReqId: requestId,
    routerOptions: { maxParamLength },
    rewriteUrl: markUnroutableSegments(maxParamLength),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest("actor", null);
  const routeTable: RouteEntry[] = [];
  app.decorate("routeTable", routeTable);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat())
      if (method !== "HEAD") routeTable.push({ method, url: route.url });
  });
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
  });
  installErrorHandling(app);

  await registerSecurityHeaders(app, options.secure);
  refuseMarkedSegments(app, maxParamLength);
  await app.register(cookie);
  await app.register(rateLimit, { global: false, store: options.rateLimitStore });
  installWebSockets(app, { maxPayload: 64 * 1024 });
  await registerOpenApi(app, options.version);
  await registerWebApp(app, options.webDist);
  return app;
}
