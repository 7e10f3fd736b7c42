import { Health, Readiness } from "../health.js";
import { defineRoute } from "../route.js";

const tags = ["Operations"];

/** Probes for load balancers and orchestrators: no sign-in, nothing about any organisation. */
export const operations = {
  liveness: defineRoute({
    method: "GET",
    path: "/healthz",
    summary: "Liveness",
    tags,
    security: [],
    responses: { 200: Health },
    problems: [],
  }),
  readiness: defineRoute({
    method: "GET",
    path: "/readyz",
    summary: "Readiness: database reachable and migrations current",
    tags,
    security: [],
    // 503 carries the same body as 200, saying which check failed; it is not a problem.
    responses: { 200: Readiness, 503: Readiness },
    problems: [],
  }),
};
