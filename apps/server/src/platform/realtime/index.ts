export { LocalBroadcaster } from "./broadcaster.js";
export { PostgresBroadcaster, type PostgresBroadcasterOptions } from "./pg-broadcaster.js";
export { Gateway, visible, type GatewayOptions } from "./gateway.js";
export type {
  Audience,
  Broadcaster,
  Connection,
  Listener,
  StreamMessage,
  StreamSource,
  Viewer,
} from "./types.js";
