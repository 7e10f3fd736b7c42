import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/**
 * The OpenAPI 3.1 document is generated from the same zod schemas that validate requests, so it
 * cannot drift from the code. /api/openapi.json serves it; /api/docs renders it.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Beredd API",
        version,
        description:
          "Incident response and preparedness. Errors are RFC 9457 problem+json. Browser sessions " +
          "use the session cookie and send X-CSRF-Token on writes; integrations send " +
          "`Authorization: Bearer <API token>`.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "beredd_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    uiConfig: { deepLinking: true },
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());
}
