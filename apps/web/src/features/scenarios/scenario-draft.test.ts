import { UpdateScenario } from "@beredd/contracts";
import { describe, expect, it } from "vitest";
import {
  draftOf,
  moved,
  newDraft,
  newItemId,
  sendable,
  stepDraft,
  without,
} from "./scenario-draft";

describe("scenario drafts", () => {
  it("move an entry up or down and keep it in bounds", () => {
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(without(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });

  it("give a new item a key no other item on the card has", () => {
    const item = (id: string) => ({ id, text: { sv: "x", en: "x" }, mode: "once" as const });
    expect(newItemId([item("item_2"), item("a")])).toBe("item_3");
    expect(newItemId([item("item_2"), item("item_3")])).toBe("item_4");
  });

  it("send the contract's plan: the editor's own fields are left out", () => {
    const draft = newDraft();
    draft.name = { sv: "Gasläcka", en: "Gas leak" };
    draft.description = { sv: "Lukt av gas", en: "Smell of gas" };
    draft.plan.alertText = { sv: "UTRYM – gasläcka", en: "EVACUATE – gas leak" };
    draft.plan.instructions = { sv: "Gå ut.", en: "Go outside." };
    draft.plan.cards = [
      {
        uid: "u1",
        roleKey: "staff",
        items: [{ id: "out", text: { sv: "Gå ut", en: "Go out" }, mode: "each" }],
      },
    ];
    draft.plan.escalation = [stepDraft({ type: "roles_on_severity", roleKeys: ["crisis_team"] })];
    const parsed = UpdateScenario.parse(sendable(draft, false));
    expect(parsed.plan?.cards[0]).toEqual({
      roleKey: "staff",
      items: [{ id: "out", text: { sv: "Gå ut", en: "Go out" }, mode: "each" }],
    });
    expect(parsed.plan?.escalation).toEqual([
      { type: "roles_on_severity", severity: "high", roleKeys: ["crisis_team"] },
    ]);
  });

  it("keep a saved step as it was", () => {
    const step = { type: "deputies_if_unacknowledged" as const, roleKey: "lead", afterSeconds: 60 };
    const draft = draftOf({
      id: "0190a000-0000-7000-8000-000000000000",
      key: "fire",
      name: { sv: "Brand", en: "Fire" },
      description: { sv: "Brand", en: "Fire" },
      defaultSeverity: "high",
      silent: false,
      plan: { ...newDraft().plan, cards: [], escalation: [step] },
      updatedAt: "2026-12-03T10:00:00.000Z",
    });
    expect(draft.plan.escalation[0]).toMatchObject(step);
  });
});
