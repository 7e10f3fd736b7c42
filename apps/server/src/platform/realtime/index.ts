export { Broadcaster, type Listener } from "./broadcaster.js";
export { Gateway, visible, type Connection, type GatewayOptions } from "./gateway.js";
export type { Audience, StreamMessage, StreamSource, Viewer } from "./types.js";
