import { CreateUnit, type Unit, UnitKind } from "@beredd/contracts";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Form } from "../../components/form";
import { SelectField } from "../../components/select-field";
import { TextField } from "../../components/text-field";
import { useLocale } from "../../i18n/use-locale";
import { useFormSubmit } from "../../lib/use-form-submit";
import { buildUnitTree, flattenTree, suggestedChildKind } from "./unit-tree-model";

export interface UnitFormValues {
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

export interface UnitFormProps {
  initial: UnitFormValues;
  /** Whether the kind was chosen already (editing) or may follow the chosen parent (creating). */
  kindChosen: boolean;
  /** All units, for the parent picker. */
  units: readonly Unit[];
  /** Units that cannot be the parent: the unit itself and everything below it. */
  excluded: ReadonlySet<string>;
  submitLabel: string;
  submittingLabel: string;
  cancelTo: string;
  /** Saves and announces; a rejection is shown on the form. */
  onSave: (values: CreateUnit) => Promise<void>;
}

export function UnitForm(props: UnitFormProps) {
  const { initial, units, excluded, onSave } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const [name, setName] = useState(initial.name);
  const [kind, setKind] = useState<UnitKind>(initial.kind);
  const [kindChosen, setKindChosen] = useState(props.kindChosen);
  const [parentId, setParentId] = useState(initial.parentId ?? "");

  // Active units in tree order; the current parent stays listed even if it is inactive.
  const parentOptions = useMemo(
    () =>
      flattenTree(buildUnitTree(units, locale)).filter(
        (node) =>
          !excluded.has(node.unit.id) && (node.unit.active || node.unit.id === initial.parentId),
      ),
    [units, locale, excluded, initial.parentId],
  );

  const onParentChange = (value: string) => {
    setParentId(value);
    if (!kindChosen) setKind(suggestedChildKind(units.find((u) => u.id === value)?.kind));
  };

  const form = useFormSubmit({
    schema: CreateUnit,
    values: { name, kind, parentId: parentId || null },
    submit: onSave,
    onSuccess: () => undefined,
  });
  const { errors } = form;

  return (
    <Form
      form={form}
      requiredNote
      submitLabel={props.submitLabel}
      pendingLabel={props.submittingLabel}
      actions={
        <Link to={props.cancelTo} className="button button-secondary">
          {t("common.cancel")}
        </Link>
      }
    >
      <TextField
        label={t("units.name")}
        name="name"
        value={name}
        onValueChange={setName}
        error={errors.name}
        autoComplete="off"
        maxLength={200}
      />
      <SelectField
        label={t("units.parent")}
        hint={t("units.parentHelp")}
        name="parentId"
        value={parentId}
        onValueChange={onParentChange}
        error={errors.parentId}
      >
        <option value="">{t("units.noParent")}</option>
        {parentOptions.map(({ unit, depth }) => (
          <option key={unit.id} value={unit.id}>
            {"\u00a0\u00a0\u00a0".repeat(depth)}
            {unit.name} ({t(`unitKind.${unit.kind}`)})
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("units.kind")}
        name="kind"
        value={kind}
        onValueChange={(value) => {
          setKind(UnitKind.parse(value));
          setKindChosen(true);
        }}
        error={errors.kind}
      >
        {UnitKind.options.map((option) => (
          <option key={option} value={option}>
            {t(`unitKind.${option}`)}
          </option>
        ))}
      </SelectField>
    </Form>
  );
}
