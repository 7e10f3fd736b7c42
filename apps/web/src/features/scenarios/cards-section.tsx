import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../lib/form-errors";
import { CardEditor } from "./card-editor";
import { EditorSection } from "./editor-section";
import type { RoleNames } from "./role-names";
import { type DraftCard, type ScenarioDraft, newUid, replaced, without } from "./scenario-draft";

export interface CardsSectionProps {
  draft: ScenarioDraft;
  onChange: (draft: ScenarioDraft) => void;
  errors: FieldErrors;
  roles: RoleNames;
}

/** Each role's action card: a checklist in the order it is done. */
export function CardsSection({ draft, onChange, errors, roles }: CardsSectionProps) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const cards = draft.plan.cards;
  const taken = new Set(cards.map((card) => card.roleKey));
  // A new card is for an activated role without one first, else any role without one.
  const free = roles.roles.filter((role) => !taken.has(role.key));
  const next =
    free.find((role) => draft.plan.activatedRoleKeys.includes(role.key)) ?? free[0] ?? null;
  const setCards = (list: DraftCard[]) =>
    onChange({ ...draft, plan: { ...draft.plan, cards: list } });
  const add = () => {
    if (!next) return;
    const item = { id: "item_1", text: { sv: "", en: "" }, mode: "each" as const };
    setCards([...cards, { uid: newUid(), roleKey: next.key, items: [item] }]);
  };
  return (
    <EditorSection
      id="cards"
      title={t("scenarios.sections.cards")}
      intro={t("scenarios.cardsIntro")}
    >
      {cards.length === 0 && <p>{t("scenarios.noCards")}</p>}
      <ul className="scenario-cards">
        {cards.map((card, i) => (
          <CardEditor
            key={card.uid}
            card={card}
            index={i}
            errors={errors}
            roles={roles}
            taken={taken}
            onChange={(changed) => setCards(replaced(cards, i, changed))}
            onRemove={() => {
              setCards(without(cards, i));
              addButton.current?.focus();
            }}
          />
        ))}
      </ul>
      <div>
        <button
          ref={addButton}
          type="button"
          className="button button-secondary"
          onClick={add}
          disabled={!next}
        >
          {t("scenarios.addCard")}
        </button>
        {!next && <p className="field-hint">{t("scenarios.allCarded")}</p>}
      </div>
    </EditorSection>
  );
}
