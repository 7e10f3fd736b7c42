import type {
  ActionCard,
  CardItem,
  EscalationStep,
  LocalizedText,
  Scenario,
  ScenarioPlan,
  Severity,
} from "@beredd/contracts";

/** An action card being edited; `uid` keeps its place on screen while its role changes. */
export interface DraftCard extends ActionCard {
  uid: string;
}

/**
 * An escalation step being edited: every field of every kind of step, so changing its kind keeps
 * what was typed. The contract picks the fields of its kind and drops the rest when it parses.
 */
export interface DraftStep {
  uid: string;
  type: EscalationStep["type"];
  roleKey: string;
  escalateToRoleKey: string;
  /** Empty while the field is empty, so it is reported as empty. */
  afterSeconds: number | "";
  severity: Severity;
  roleKeys: string[];
}

export interface DraftPlan extends Omit<ScenarioPlan, "cards" | "escalation"> {
  cards: DraftCard[];
  escalation: DraftStep[];
}

/**
 * The whole template as the editor holds it; parsed with the contract before it is sent. A type,
 * not an interface, so that it is the plain record of values the form pattern takes.
 */
export type ScenarioDraft = {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  defaultSeverity: Severity;
  plan: DraftPlan;
};

/** The fields each kind of step has; the contract refuses any other. */
const stepFields = {
  deputies_if_unacknowledged: ["roleKey", "afterSeconds"],
  role_if_unacknowledged: ["roleKey", "escalateToRoleKey", "afterSeconds"],
  roles_on_severity: ["severity", "roleKeys"],
} as const satisfies Record<EscalationStep["type"], readonly (keyof DraftStep)[]>;

/**
 * The draft as the API takes it: without the editor's own fields (`uid`, the fields of other
 * kinds of step), and without the key once the template is saved (it never changes). Bodies
 * with fields the contract does not know are refused (docs/api.md).
 */
export function sendable(draft: ScenarioDraft, withKey: boolean): Record<string, unknown> {
  const { key, plan, ...texts } = draft;
  return {
    ...(withKey ? { key } : {}),
    ...texts,
    plan: {
      ...plan,
      cards: plan.cards.map(({ uid: _uid, ...card }) => card),
      escalation: plan.escalation.map((step) => ({
        type: step.type,
        ...Object.fromEntries(stepFields[step.type].map((field) => [field, step[field]])),
      })),
    },
  };
}

let uids = 0;
export const newUid = (): string => `u${++uids}`;

export function stepDraft(step: Partial<EscalationStep> & Pick<EscalationStep, "type">): DraftStep {
  return {
    uid: newUid(),
    roleKey: "",
    escalateToRoleKey: "",
    afterSeconds: 120,
    severity: "high",
    roleKeys: [],
    ...step,
  };
}

export function draftOf(scenario: Scenario): ScenarioDraft {
  const { plan } = scenario;
  return {
    key: scenario.key,
    name: scenario.name,
    description: scenario.description,
    defaultSeverity: scenario.defaultSeverity,
    plan: {
      ...plan,
      cards: plan.cards.map((card) => ({ ...card, uid: newUid() })),
      escalation: plan.escalation.map((step) => stepDraft(step)),
    },
  };
}

const empty = (): LocalizedText => ({ sv: "", en: "" });

/** A new template: nothing activated yet, everyone at the school alerted, answers asked for. */
export function newDraft(): ScenarioDraft {
  return {
    key: "",
    name: empty(),
    description: empty(),
    defaultSeverity: "high",
    plan: {
      raisers: "member",
      activatedRoleKeys: [],
      alertEveryone: true,
      everyoneReach: "site",
      alertText: empty(),
      instructions: empty(),
      cards: [],
      requiresAcknowledgement: true,
      silent: false,
      rollCall: true,
      escalation: [],
    },
  };
}

/** The list with the entry at `index` moved by `delta` places (−1 up, +1 down). */
export function moved<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [entry] = copy.splice(index, 1);
  if (entry !== undefined) copy.splice(to, 0, entry);
  return copy;
}

export const without = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);

export const replaced = <T>(list: readonly T[], index: number, entry: T): T[] =>
  list.map((old, i) => (i === index ? entry : old));

/**
 * A key for a new card item that no other item on the card has. Items keep their key when their
 * text changes, so a scenario switch during an incident knows which ticks to carry over.
 */
export function newItemId(items: readonly CardItem[]): string {
  const taken = new Set(items.map((item) => item.id));
  let n = items.length + 1;
  while (taken.has(`item_${n}`)) n += 1;
  return `item_${n}`;
}
