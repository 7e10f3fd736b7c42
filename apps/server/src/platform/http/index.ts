export { createHttpServer, type HttpOptions } from "./server.js";
export { registerHealthRoutes } from "./health.js";
export { sendProblem } from "./problem.js";
export { fromTable } from "./route-table.js";
export type { App } from "./types.js";
export { registerWebSocketRoute, type Handshake, type WebSocketRoute } from "./websocket.js";
export { databaseRateLimitStore, WindowCounter } from "./rate-limit-store.js";
