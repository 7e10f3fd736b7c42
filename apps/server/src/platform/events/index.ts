export { commitWithEvents, type AuditDraft, type CommitDeps } from "./commit.js";
export {
  EventLog,
  type Audience,
  type EventActor,
  type EventDraft,
  type StoredEvent,
  type Subject,
} from "./event-log.js";
export {
  eventsAfter,
  lastSeqOfSubject,
  latestOfSubject,
  openStream,
  streamHeads,
  subjectEvents,
  type Reader,
} from "./read.js";
