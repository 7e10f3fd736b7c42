export { LocalBroadcaster } from "./broadcaster.js";
export { PostgresBroadcaster, type PostgresBroadcasterOptions } from "./pg-broadcaster.js";
export { Gateway, visible, type GatewayOptions } from "./gateway.js";
export { logStreamSource } from "./log-source.js";
export {
  StreamRules,
  topicOf,
  type ClientHandler,
  type SubjectIds,
  type SubjectRules,
} from "./stream-rules.js";
export type {
  Audience,
  Broadcaster,
  Connection,
  DirectNote,
  Joins,
  Listener,
  StreamMessage,
  StreamSource,
  Viewer,
} from "./types.js";
