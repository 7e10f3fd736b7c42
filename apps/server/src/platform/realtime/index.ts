export { Broadcaster, type Listener } from "./broadcaster.js";
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
  Connection,
  DirectNote,
  Joins,
  StreamMessage,
  StreamSource,
  Viewer,
} from "./types.js";
