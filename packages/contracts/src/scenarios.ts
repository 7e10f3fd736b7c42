import { z } from "zod";
import { AccessRole, Id, LocalizedText, Timestamp, listOf, updateOf } from "./common.js";
import { typedText } from "./text.js";

export const Severity = z.enum(["low", "medium", "high", "critical"]);
export type Severity = z.infer<typeof Severity>;
export const severityRank: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** Stable keys for roles and card items, so plans survive renames: lower case, digits, _ and -. */
export const Key = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, {
  error: "Use 1–40 lower-case letters, digits, _ or -",
});

const Text = z.strictObject({
  sv: typedText({ max: 2000, lines: true }),
  en: typedText({ max: 2000, lines: true }),
});

/** One step on an action card: done once by anyone, or by each person holding the role. */
export const CardItem = z.strictObject({
  id: Key,
  text: Text,
  mode: z.enum(["each", "once"]),
});
export type CardItem = z.infer<typeof CardItem>;

export const ActionCard = z.strictObject({ roleKey: Key, items: z.array(CardItem).min(1).max(40) });
export type ActionCard = z.infer<typeof ActionCard>;

export const EveryoneReach = z.enum(["unit", "building", "site", "organization"]);
export type EveryoneReach = z.infer<typeof EveryoneReach>;

const Seconds = z.number().int().min(10).max(86_400);

/** The escalation plan; frozen into an incident when it starts, so later edits never change one in flight. */
export const EscalationStep = z.discriminatedUnion("type", [
  /** No acknowledgement from anyone holding the role within the time: activate its deputies. */
  z.strictObject({
    type: z.literal("deputies_if_unacknowledged"),
    roleKey: Key,
    afterSeconds: Seconds,
  }),
  /** Still no one from the role within the time: activate another role. */
  z.strictObject({
    type: z.literal("role_if_unacknowledged"),
    roleKey: Key,
    escalateToRoleKey: Key,
    afterSeconds: Seconds,
  }),
  /** When the severity reaches a level: activate more roles (e.g. the crisis team). */
  z.strictObject({
    type: z.literal("roles_on_severity"),
    severity: Severity,
    roleKeys: z.array(Key).min(1),
  }),
]);
export type EscalationStep = z.infer<typeof EscalationStep>;

export const ScenarioPlan = z
  .strictObject({
    /** The lowest access role that may raise this alarm. */
    raisers: AccessRole.exclude(["viewer"]),
    activatedRoleKeys: z.array(Key).max(30),
    /** Everyone at the place is alerted as well; how far "the place" reaches is `everyoneReach`. */
    alertEveryone: z.boolean(),
    /**
     * Where everyone is alerted, counted from the unit the alarm is raised at: that unit (and the
     * units below it), its building, its school or site, or the whole organisation. A lockdown
     * raised from a classroom concerns the whole school, hence the default.
     */
    everyoneReach: EveryoneReach.default("site"),
    /** The alarm text, short: what everyone reads first. */
    alertText: Text,
    /** What everyone alerted should do. */
    instructions: Text,
    cards: z.array(ActionCard).max(30),
    requiresAcknowledgement: z.boolean(),
    /** Nothing audible, nothing that lights up more than needed (active violence). */
    silent: z.boolean(),
    /** People report safe / need help, or a count for their group. */
    rollCall: z.boolean(),
    escalation: z.array(EscalationStep).max(20),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    for (const [i, card] of plan.cards.entries()) {
      if (seen.has(card.roleKey))
        ctx.addIssue({
          code: "custom",
          path: ["cards", i, "roleKey"],
          message: "One card per role",
        });
      seen.add(card.roleKey);
      const ids = new Set<string>();
      for (const [j, item] of card.items.entries()) {
        if (ids.has(item.id))
          ctx.addIssue({
            code: "custom",
            path: ["cards", i, "items", j, "id"],
            message: "Item ids must be unique on a card",
          });
        ids.add(item.id);
      }
    }
  });
export type ScenarioPlan = z.infer<typeof ScenarioPlan>;

/** A scenario template (larmplan). */
export const Scenario = z.object({
  id: Id,
  key: Key,
  name: LocalizedText,
  description: LocalizedText,
  defaultSeverity: Severity,
  silent: z.boolean(),
  plan: ScenarioPlan,
  updatedAt: Timestamp,
});
export type Scenario = z.infer<typeof Scenario>;
export const ScenarioList = listOf(Scenario);
export type ScenarioList = z.infer<typeof ScenarioList>;

export const CreateScenario = z.strictObject({
  key: Key,
  name: Text,
  description: Text,
  defaultSeverity: Severity,
  plan: ScenarioPlan,
});
export type CreateScenario = z.infer<typeof CreateScenario>;

export const UpdateScenario = updateOf({
  name: Text,
  description: Text,
  defaultSeverity: Severity,
  plan: ScenarioPlan,
});
export type UpdateScenario = z.infer<typeof UpdateScenario>;
