import { type AccessRole, CreatePerson, type Unit, limits } from "@beredd/contracts";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { PasswordField } from "../../components/password-field";
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
import { normalizeMobile } from "../../lib/phone";
import { buildUnitTree, flattenTree } from "../units/unit-tree-model";
import { AccessRoleField } from "./access-role-field";

/** What the form hands over: parsed by the contract, so the server gets what it accepts. */
export type PersonFormOutput = ReturnType<typeof CreatePerson.parse>;

export interface PersonFormInitial {
  name: string;
  email: string | null;
  mobile: string | null;
  unitId: string | null;
  accessRole: AccessRole;
}

export interface PersonFormProps {
  initial: PersonFormInitial;
  mode: "create" | "edit";
  units: readonly Unit[];
  /** Editing oneself: the access role cannot be changed, so nobody locks themselves out. */
  isSelf: boolean;
  cancelTo: string;
  onSave: (values: PersonFormOutput) => Promise<void>;
}

export function PersonForm({ initial, mode, units, isSelf, cancelTo, onSave }: PersonFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(initial.name);
  const [email, setEmail] = useState(initial.email ?? "");
  const [mobile, setMobile] = useState(initial.mobile ?? "");
  const [unitId, setUnitId] = useState(initial.unitId ?? "");
  const [accessRole, setAccessRole] = useState<AccessRole>(initial.accessRole);
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const unitOptions = useMemo(
    () =>
      flattenTree(buildUnitTree(units, locale)).filter(
        (node) => node.unit.active || node.unit.id === initial.unitId,
      ),
    [units, locale, initial.unitId],
  );

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    focusFirstError(formRef.current, next);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const parsed = CreatePerson.safeParse({
      name,
      email: email.trim() || null,
      mobile: normalizeMobile(mobile) || null,
      unitId: unitId || null,
      accessRole,
      password: password || undefined,
    });
    if (!parsed.success) return showErrors(zodFieldErrors(t, parsed.error, { name }));
    // Signing in is by e-mail address: a password without one would be unusable.
    if (parsed.data.password && !parsed.data.email) {
      return showErrors({ email: t("people.emailNeededForPassword") });
    }
    setErrors({});
    setSubmitting(true);
    onSave(parsed.data).catch((error: unknown) => {
      setSubmitting(false);
      if (isApiError(error) && error.code === "conflict" && parsed.data.email) {
        return showErrors({ email: t("people.emailTaken") });
      }
      setFailure(error);
      showErrors(isApiError(error) ? apiFieldErrors(t, error) : {});
    });
  };

  return (
    <form ref={formRef} className="form form-card" noValidate onSubmit={onSubmit}>
      {failure !== null && <ErrorAlert error={failure} />}
      <p className="form-note">{t("common.requiredNote")}</p>
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
      <SelectField
        label={t("people.unit")}
        name="unitId"
        value={unitId}
        onValueChange={setUnitId}
        error={errors.unitId}
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
      <AccessRoleField
        value={accessRole}
        onChange={setAccessRole}
        disabled={isSelf}
        error={errors.accessRole}
      />
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
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {mode === "create"
            ? t(submitting ? "common.creating" : "common.create")
            : t(submitting ? "common.saving" : "common.save")}
        </button>
        <Link to={cancelTo} className="button button-secondary">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
