import { Problem } from "@beredd/contracts";

/** Documents the problem responses a route can give, for the OpenAPI document. */
export const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, Problem])) as Record<number, typeof Problem>;

/** The problems every authenticated route can give. */
export const authProblems = [400, 401, 403] as const;
