import type { Incident, IncidentEvent, Participant, Task } from "@beredd/contracts";

/** The signed-in person: who they are and where they belong (for everyone-at-the-place alarms). */
export interface Me {
  personId: string;
  unitId: string | null;
}

/** A person's part in an incident: their participation, or a place in its audience. */
export interface MyPart {
  participant: Participant | null;
  roleIds: ReadonlySet<string>;
}

export type SwitchEvent = Extract<IncidentEvent, { type: "incident.scenario_switched" }>;

/** What the socket told this device about an incident it takes part in, until dismissed. */
export type Notice = { kind: "switched"; event: SwitchEvent } | { kind: "recalled" };

export type Takeover =
  | { kind: "alarm"; incident: Incident; part: MyPart; switched: SwitchEvent | null }
  | { kind: "switched"; incident: Incident; part: MyPart; switched: SwitchEvent }
  | { kind: "recalled"; incident: Incident; part: MyPart };

export function myPart(incident: Incident, me: Me): MyPart | null {
  const participant = incident.participants.find((p) => p.personId === me.personId) ?? null;
  if (participant) return { participant, roleIds: new Set(participant.roles.map((r) => r.roleId)) };
  const inAudience = me.unitId !== null && incident.audience?.unitIds.includes(me.unitId) === true;
  return inAudience ? { participant: null, roleIds: new Set() } : null;
}

/** Not answered yet: notified or received, or in the audience without a response. */
export function awaitsAnswer(incident: Incident, part: MyPart): boolean {
  if (incident.status !== "active" || incident.recalled) return false;
  const status = part.participant?.status ?? "notified";
  return status === "notified" || status === "received";
}

/** The items of my roles' cards, in card order. */
export function myTasks(incident: Incident, part: MyPart): Task[] {
  return incident.tasks
    .filter((t) => part.roleIds.has(t.roleId))
    .sort((a, b) => a.position - b.position);
}

/** An item is done for me: by anyone for a once-item, by me for an each-item. */
export function doneForMe(task: Task, personId: string): boolean {
  return task.mode === "once" ? task.done : task.completions.some((c) => c.personId === personId);
}

/**
 * At most three "Gör nu" lines: my card's first open items, or (without a card) the first lines
 * of the scenario's instructions.
 */
export function doNowLines(
  incident: Incident,
  part: MyPart,
  personId: string,
  locale: "sv" | "en",
): string[] {
  const open = myTasks(incident, part).filter((t) => !doneForMe(t, personId));
  const lines = open.length
    ? open.map((t) => t.text[locale])
    : incident.instructions[locale].split("\n").filter((l) => l.trim() !== "");
  return lines.slice(0, 3);
}

/** "INRYMNING – stanna inne, lås dörren": the verb, big, then the instruction. */
export function splitAlert(text: string): { verb: string; rest: string } {
  const match = /^(.+?)\s+[–—-]\s+(.+)$/s.exec(text);
  return match ? { verb: match[1] ?? text, rest: match[2] ?? "" } : { verb: text, rest: "" };
}

/**
 * What takes the screen over, if anything: an alarm I have not answered, else a change I have
 * not seen (a scenario switch, a recall). The newest incident first.
 */
export function pickTakeover(
  incidents: readonly Incident[],
  me: Me,
  notices: Readonly<Record<string, Notice>>,
): Takeover | null {
  const candidates: Takeover[] = [];
  for (const incident of incidents) {
    // Whoever raised it knows of it: their own phone never takes over for it.
    const raisedByMe = incident.raisedBy.type === "person" && incident.raisedBy.id === me.personId;
    const part = raisedByMe ? null : myPart(incident, me);
    if (!part) continue;
    const notice = notices[incident.id];
    if (notice?.kind === "recalled") candidates.push({ kind: "recalled", incident, part });
    else if (awaitsAnswer(incident, part)) {
      const switched = notice?.kind === "switched" ? notice.event : null;
      candidates.push({ kind: "alarm", incident, part, switched });
    } else if (notice?.kind === "switched" && incident.status === "active")
      candidates.push({ kind: "switched", incident, part, switched: notice.event });
  }
  candidates.sort((a, b) => b.incident.raisedAt.localeCompare(a.incident.raisedAt));
  return candidates[0] ?? null;
}
