import type { CardItem } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../components/select-field";
import type { FieldErrors } from "../../lib/form-errors";
import { ListControls } from "./list-controls";
import { LocalizedFields } from "./localized-fields";

export interface CardItemEditorProps {
  /** The item's name in the contract: `plan.cards[1].items[3]`. */
  name: string;
  item: CardItem;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (item: CardItem) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One step of an action card: its text in both languages and who ticks it. */
export function CardItemEditor(props: CardItemEditorProps) {
  const { t } = useTranslation();
  const { name, item, index, errors, onChange } = props;
  const label = t("scenarios.item", { n: index + 1 });
  return (
    <li className="scenario-entry">
      <LocalizedFields
        name={`${name}.text`}
        label={label}
        value={item.text}
        onChange={(text) => onChange({ ...item, text })}
        errors={errors}
        multiline
        maxLength={2000}
      />
      <SelectField
        label={t("scenarios.mode", { item: label.toLowerCase() })}
        name={`${name}.mode`}
        value={item.mode}
        onValueChange={(mode) => onChange({ ...item, mode: mode === "once" ? "once" : "each" })}
        error={errors[`${name}.mode`]}
      >
        <option value="each">{t("scenarios.modes.each")}</option>
        <option value="once">{t("scenarios.modes.once")}</option>
      </SelectField>
      <ListControls
        index={index}
        count={props.count}
        what={label.toLowerCase()}
        onMove={props.onMove}
        onRemove={props.onRemove}
      />
    </li>
  );
}
