import { existsSync, statSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * Serves the built web app. Hashed assets are cached for a year; index.html and the service
 * worker are never cached, so an update reaches every phone on its next load.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<boolean> {
  if (!existsSync(path.join(webDist, "index.html"))) {
    app.log.warn({ webDist }, "web app not built; serving the API only");
    return false;
  }
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    setHeaders(res, file) {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      res.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  app.get("/*", { schema: { hide: true } }, (request, reply) =>
    serveFileOrApp(request, reply, webDist),
  );
  app.get("/", { schema: { hide: true } }, (_request, reply) =>
    reply.header("cache-control", "no-cache").sendFile("index.html"),
  );
  return true;
}

function serveFileOrApp(request: FastifyRequest, reply: FastifyReply, webDist: string) {
  const urlPath = decodeURIComponent(request.url.split("?")[0] ?? "/");
  const file = path.normalize(path.join(webDist, urlPath));
  if (urlPath.startsWith("/api/")) return reply.callNotFound();
  if (file.startsWith(webDist + path.sep) && statSync(file, { throwIfNoEntry: false })?.isFile()) {
    return reply.sendFile(path.relative(webDist, file));
  }
  // Client-side routes (/people, /units/…) get the app; unknown files get 404.
  if (path.extname(urlPath)) return reply.callNotFound();
  return reply.header("cache-control", "no-cache").sendFile("index.html");
}
