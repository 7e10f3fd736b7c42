import type { Incident, Participant } from "@beredd/contracts";

export interface Counts {
  activated: number;
  answered: number;
  needHelp: number;
}

/**
 * The board's three numbers: the people with a part on record (role holders, and everyone at the
 * place once they respond), those of them who answered, and those asking for help.
 */
export function countsOf(incident: Incident): Counts {
  return {
    activated: incident.participants.length,
    answered: incident.participants.filter((p) => p.answeredAt !== null).length,
    needHelp: incident.rollCall.needHelp,
  };
}

export interface HelpRequest {
  personId: string;
  name: string;
  note: string | null;
  at: string;
}

const nameOf = (incident: Incident) => {
  const names = new Map(incident.participants.map((p) => [p.personId, p.name]));
  return (personId: string) => names.get(personId) ?? personId;
};

/** Who asked for help in the roll-call, the latest first: what the board shows on top. */
export function helpRequests(incident: Incident): HelpRequest[] {
  const name = nameOf(incident);
  return incident.rollCall.people
    .filter((p) => p.status === "need_help")
    .map((p) => ({ personId: p.personId, name: name(p.personId), note: p.note, at: p.at }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** One collator for every sort: `localeCompare(b, "sv")` builds a new one on each comparison. */
const byName = new Intl.Collator("sv");

/**
 * The names of those the roll-call still waits for. Everyone at the place is in it without a
 * participation until they respond: their names come from the people of the organisation.
 */
export function missingNames(incident: Incident, people: Map<string, string>): string[] {
  const name = nameOf(incident);
  return incident.rollCall.notAnswered.map((id) => people.get(id) ?? name(id)).sort(byName.compare);
}

export interface RoleGroup {
  roleId: string;
  roleKey: string;
  name: Incident["participants"][number]["roles"][number]["roleName"];
  people: Participant[];
  progress: { done: number; total: number } | undefined;
}

/** Each activated role with the people holding it and its card's progress, in activation order. */
export function roleGroups(incident: Incident): { roles: RoleGroup[]; others: Participant[] } {
  const roles = new Map<string, RoleGroup>();
  const others: Participant[] = [];
  for (const participant of incident.participants) {
    if (participant.roles.length === 0) others.push(participant);
    for (const role of participant.roles) {
      const group = roles.get(role.roleId) ?? {
        roleId: role.roleId,
        roleKey: role.roleKey,
        name: role.roleName,
        people: [],
        progress: incident.progress.find((p) => p.roleId === role.roleId),
      };
      group.people.push(participant);
      roles.set(role.roleId, group);
    }
  }
  return { roles: [...roles.values()], others };
}
