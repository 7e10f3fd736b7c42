import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../../components/field-parts";
import { SelectField } from "../../components/select-field";
import type { FieldErrors } from "../../lib/form-errors";
import { CardItemEditor } from "./card-item-editor";
import type { RoleNames } from "./role-names";
import { type DraftCard, moved, newItemId, replaced, without } from "./scenario-draft";

export interface CardEditorProps {
  card: DraftCard;
  index: number;
  errors: FieldErrors;
  roles: RoleNames;
  /** Roles that have a card already (this one's own role stays choosable). */
  taken: ReadonlySet<string>;
  onChange: (card: DraftCard) => void;
  onRemove: () => void;
}

/** One role's action card: which role, and its items in order. */
export function CardEditor({
  card,
  index,
  errors,
  roles,
  taken,
  onChange,
  onRemove,
}: CardEditorProps) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const name = `plan.cards[${index}]`;
  const roleName = roles.name(card.roleKey);
  const setItems = (items: DraftCard["items"]) => onChange({ ...card, items });
  const add = () =>
    setItems([
      ...card.items,
      { id: newItemId(card.items), text: { sv: "", en: "" }, mode: "each" },
    ]);
  return (
    <li className="scenario-card card">
      <div className="scenario-card-head">
        <h3>{t("scenarios.cardTitle", { role: roleName })}</h3>
        <button type="button" className="button button-danger" onClick={onRemove}>
          {t("scenarios.removeCard", { role: roleName })}
        </button>
      </div>
      <SelectField
        label={t("scenarios.cardRole")}
        name={`${name}.roleKey`}
        value={card.roleKey}
        onValueChange={(roleKey) => onChange({ ...card, roleKey })}
        error={errors[`${name}.roleKey`]}
      >
        {roles.roles
          .filter((role) => role.key === card.roleKey || !taken.has(role.key))
          .map((role) => (
            <option key={role.key} value={role.key}>
              {roles.name(role.key)}
            </option>
          ))}
      </SelectField>
      <fieldset className="scenario-items" name={`${name}.items`} tabIndex={-1}>
        <legend className="visually-hidden">
          {t("scenarios.itemsLegend", { role: roleName })}
        </legend>
        <FieldError id={`card-${card.uid}-items`} error={errors[`${name}.items`]} />
        <ol className="scenario-entries">
          {card.items.map((item, i) => (
            <CardItemEditor
              key={item.id}
              name={`${name}.items[${i}]`}
              item={item}
              index={i}
              count={card.items.length}
              errors={errors}
              onChange={(changed) => setItems(replaced(card.items, i, changed))}
              onMove={(delta) => setItems(moved(card.items, i, delta))}
              onRemove={() => {
                setItems(without(card.items, i));
                addButton.current?.focus();
              }}
            />
          ))}
        </ol>
        <button ref={addButton} type="button" className="button button-secondary" onClick={add}>
          {t("scenarios.addItem")}
        </button>
      </fieldset>
    </li>
  );
}
