import type { Person } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../components/select-field";

export type HolderKind = "people" | "deputies";

/** Picks an active person not yet in the staffing, to add as a main holder or a deputy. */
export function AddPerson({
  candidates,
  onAdd,
}: {
  candidates: readonly Person[];
  onAdd: (person: Person, as: HolderKind) => void;
}) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState("");
  const [as, setAs] = useState<HolderKind>("people");
  const [missing, setMissing] = useState(false);
  const add = () => {
    const person = candidates.find((p) => p.id === personId);
    setMissing(!person);
    if (!person) return;
    onAdd(person, as);
    setPersonId("");
  };
  return (
    <fieldset className="staffing-fieldset add-person">
      <legend className="staffing-legend">{t("roles.addTitle")}</legend>
      <SelectField
        label={t("roles.person")}
        name="person"
        value={personId}
        onValueChange={(value) => {
          setPersonId(value);
          setMissing(false);
        }}
        error={missing ? t("errors.field.choose") : undefined}
      >
        <option value="">{t("roles.choosePerson")}</option>
        {candidates.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("roles.addAs")}
        name="as"
        value={as}
        onValueChange={(value) => setAs(value === "deputies" ? "deputies" : "people")}
      >
        <option value="people">{t("roles.people")}</option>
        <option value="deputies">{t("roles.deputies")}</option>
      </SelectField>
      <button type="button" className="button button-secondary" onClick={add}>
        {t("roles.add")}
      </button>
    </fieldset>
  );
}
