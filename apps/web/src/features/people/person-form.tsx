import { type AccessRole, CreatePerson, type Unit, limits } from "@beredd/contracts";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Form } from "../../components/form";
import { PasswordField } from "../../components/password-field";
import { SelectField } from "../../components/select-field";
import { TextField } from "../../components/text-field";
import { useLocale } from "../../i18n/use-locale";
import { normalizeMobile } from "../../lib/phone";
import { useFormSubmit } from "../../lib/use-form-submit";
import { buildUnitTree, flattenTree } from "../units/unit-tree-model";
import { absenceDay, absenceFromDate } from "./absence";
import { AccessRoleField } from "./access-role-field";

/** What the form hands over: parsed by the contract, so the server gets what it accepts. */
export type PersonFormOutput = ReturnType<typeof CreatePerson.parse>;

export interface PersonFormInitial {
  name: string;
  email: string | null;
  mobile: string | null;
  unitId: string | null;
  accessRole: AccessRole;
  absentUntil?: string | null;
}

export interface PersonFormProps {
  initial: PersonFormInitial;
  mode: "create" | "edit";
  units: readonly Unit[];
  /** Editing oneself: the access role cannot be changed, so nobody locks themselves out. */
  isSelf: boolean;
  cancelTo: string;
  /** The values, and when editing the absence: the moment the person is back, or null. */
  onSave: (values: PersonFormOutput, absentUntil: string | null) => Promise<void>;
}

export function PersonForm({ initial, mode, units, isSelf, cancelTo, onSave }: PersonFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial.name);
  const [email, setEmail] = useState(initial.email ?? "");
  const [mobile, setMobile] = useState(initial.mobile ?? "");
  const [unitId, setUnitId] = useState(initial.unitId ?? "");
  const [accessRole, setAccessRole] = useState<AccessRole>(initial.accessRole);
  const [password, setPassword] = useState("");
  const [absence, setAbsence] = useState(absenceDay(initial.absentUntil ?? null));

  const form = useFormSubmit({
    schema: CreatePerson,
    values: {
      name,
      email: email.trim() || null,
      mobile: normalizeMobile(mobile) || null,
      unitId: unitId || null,
      accessRole,
      password: password || undefined,
    },
    // Signing in is by e-mail address: a password without one would be unusable.
    check: (person) =>
      person.password && !person.email ? { email: t("people.emailNeededForPassword") } : undefined,
    submit: (person) => onSave(person, absenceFromDate(absence)),
    onSuccess: () => undefined,
    // The one conflict a person can cause: another person has the e-mail address.
    explain: (error, person) =>
      error.code === "conflict" && person.email ? { email: t("people.emailTaken") } : undefined,
  });
  const { errors } = form;
  const creating = mode === "create";

  return (
    <Form
      form={form}
      requiredNote
      submitLabel={t(creating ? "common.create" : "common.save")}
      pendingLabel={t(creating ? "common.creating" : "common.saving")}
      actions={
        <Link to={cancelTo} className="button button-secondary">
          {t("common.cancel")}
        </Link>
      }
    >
      <TextField
        label={t("people.name")}
        name="name"
        value={name}
        onValueChange={setName}
        error={errors.name}
        autoComplete="off"
        maxLength={limits.nameMax}
      />
      <TextField
        label={t("people.email")}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onValueChange={setEmail}
        error={errors.email}
        optional
        maxLength={limits.emailMax}
      />
      <TextField
        label={t("people.mobile")}
        hint={t("people.mobileHelp")}
        name="mobile"
        type="tel"
        inputMode="tel"
        autoComplete="off"
        value={mobile}
        onValueChange={setMobile}
        onBlur={() => setMobile(normalizeMobile(mobile))}
        error={errors.mobile}
        optional
      />
      <PersonUnitField
        units={units}
        initialUnitId={initial.unitId}
        value={unitId}
        onChange={setUnitId}
        error={errors.unitId}
      />
      <AccessRoleField
        value={accessRole}
        onChange={setAccessRole}
        disabled={isSelf}
        error={errors.accessRole}
      />
      {!creating && (
        <TextField
          label={t("readiness.absence")}
          hint={t("readiness.absenceHelp")}
          name="absentUntil"
          type="date"
          value={absence}
          onValueChange={setAbsence}
          optional
        />
      )}
      <PasswordField
        label={t("people.password")}
        hint={t(mode === "create" ? "people.passwordHelpCreate" : "people.passwordHelpEdit", {
          min: limits.passwordMin,
        })}
        name="password"
        autoComplete="new-password"
        value={password}
        onValueChange={setPassword}
        error={errors.password}
        optional
      />
    </Form>
  );
}

/** The person's unit: active units, indented by depth, and the one they are at even if inactive. */
function PersonUnitField(props: {
  units: readonly Unit[];
  initialUnitId: string | null;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { units, initialUnitId } = props;
  const unitOptions = useMemo(
    () =>
      flattenTree(buildUnitTree(units, locale)).filter(
        (node) => node.unit.active || node.unit.id === initialUnitId,
      ),
    [units, locale, initialUnitId],
  );
  return (
    <SelectField
      label={t("people.unit")}
      name="unitId"
      value={props.value}
      onValueChange={props.onChange}
      error={props.error}
      optional
    >
      <option value="">{t("people.noUnit")}</option>
      {unitOptions.map(({ unit, depth }) => (
        <option key={unit.id} value={unit.id}>
          {"\u00a0\u00a0\u00a0".repeat(depth)}
          {unit.name} ({t(`unitKind.${unit.kind}`)})
        </option>
      ))}
    </SelectField>
  );
}
