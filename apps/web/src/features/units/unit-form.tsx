import { CreateUnit, type Unit, UnitKind } from "@beredd/contracts";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { SelectField } from "../../components/select-field";
import { TextField } from "../../components/text-field";
import { useLocale } from "../../i18n/use-locale";
import { isApiError } from "../../lib/api-error";
import {
  type FieldErrors,
  apiFieldErrors,
  focusFirstError,
  zodFieldErrors,
} from "../../lib/form-errors";
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
  onSave: (values: CreateUnit) => Promise<void>;
}

export function UnitForm(props: UnitFormProps) {
  const { initial, units, excluded, onSave } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(initial.name);
  const [kind, setKind] = useState<UnitKind>(initial.kind);
  const [kindChosen, setKindChosen] = useState(props.kindChosen);
  const [parentId, setParentId] = useState(initial.parentId ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

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

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const parsed = CreateUnit.safeParse({ name, kind, parentId: parentId || null });
    if (!parsed.success) {
      const next = zodFieldErrors(t, parsed.error, { name });
      setErrors(next);
      focusFirstError(formRef.current, next);
      return;
    }
    setErrors({});
    setSubmitting(true);
    onSave(parsed.data).catch((error: unknown) => {
      setSubmitting(false);
      const fieldErrors = isApiError(error) ? apiFieldErrors(t, error) : {};
      setErrors(fieldErrors);
      setFailure(error);
      focusFirstError(formRef.current, fieldErrors);
    });
  };

  return (
    <form ref={formRef} className="form form-card" noValidate onSubmit={onSubmit}>
      {failure !== null && <ErrorAlert error={failure} />}
      <p className="form-note">{t("common.requiredNote")}</p>
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
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? props.submittingLabel : props.submitLabel}
        </button>
        <Link to={props.cancelTo} className="button button-secondary">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
