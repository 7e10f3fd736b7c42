import type { incident as sv, realtime as svRealtime } from "../sv/incident";

export const incident: typeof sv = {
  drill: "DRILL",
  drillLong: "Drill – not a real alarm",
  recalled: "Recalled – false alarm",
  silent: "Silent alarm",
  status: { active: "Active", resolved: "Resolved", closed: "Closed" },
  severity: { low: "Low", medium: "Medium", high: "High", critical: "Critical" },
  participation: {
    notified: "Alerted",
    received: "Has the alarm",
    acknowledged: "Acknowledged",
    on_my_way: "On my way",
    cannot: "Can't come",
  },
  answer: { acknowledged: "Acknowledge", on_my_way: "On my way", cannot: "Can't come" },
  rollCall: { safe: "I am safe", need_help: "I need help" },
  raisedBy: "Raised by {{name}}",
  raisedAt: "Raised {{time}}",
};

export const realtime: typeof svRealtime = {
  reconnecting: "Reconnecting … What you see may be out of date.",
};
