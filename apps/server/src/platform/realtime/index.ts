export { Broadcaster, type Listener } from "./broadcaster.js";
export { Gateway, visible, type GatewayOptions } from "./gateway.js";
export type { Audience, Connection, StreamMessage, StreamSource, Viewer } from "./types.js";
