/** Words every incident screen shares: statuses, answers, the drill mark, the connection. */
export const incident = {
  drill: "ÖVNING",
  drillLong: "Övning – inte ett skarpt larm",
  recalled: "Återkallat – fellarm",
  silent: "Tyst larm",
  status: { active: "Pågår", resolved: "Avslutat", closed: "Stängt" },
  severity: { low: "Låg", medium: "Medel", high: "Hög", critical: "Kritisk" },
  participation: {
    notified: "Larmad",
    received: "Har fått larmet",
    acknowledged: "Kvitterat",
    on_my_way: "På väg",
    cannot: "Kan inte",
  },
  answer: { acknowledged: "Kvittera", on_my_way: "På väg", cannot: "Kan inte" },
  rollCall: { safe: "Jag är i säkerhet", need_help: "Behöver hjälp" },
  raisedBy: "Larmat av {{name}}",
  raisedAt: "Larmat {{time}}",
};

/** The realtime socket, in the header: only said when it is not live. */
export const realtime = {
  reconnecting: "Återansluter … Det du ser kan vara inaktuellt.",
};
