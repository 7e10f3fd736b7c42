import { type IncidentRole, type Person, routes, SetStaffing, type Unit } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "../../components/form";
import { useNotice } from "../../components/notice-context";
import { useLocale } from "../../i18n/use-locale";
import { useRouteMutation } from "../../lib/query";
import { useFormSubmit } from "../../lib/use-form-submit";
import { AddPerson } from "./add-person";
import { OrderedPeople } from "./ordered-people";
import { staffingReads } from "./roles-api";

export interface StaffingEditorProps {
  role: IncidentRole;
  unit: Unit;
  initial: { people: readonly string[]; deputies: readonly string[] };
  people: readonly Person[];
  peopleById: ReadonlyMap<string, Person>;
}

/** Sets who holds the role at the unit: main holders, then deputies, each in order. */
export function StaffingEditor({ role, unit, initial, people, peopleById }: StaffingEditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { show } = useNotice();
  const [holders, setHolders] = useState([...initial.people]);
  const [deputies, setDeputies] = useState([...initial.deputies]);
  const [said, setSaid] = useState("");
  const save = useRouteMutation(routes.incidentRoles.setStaffing, { invalidates: staffingReads });
  const labels = { role: role.name[locale], unit: unit.name };
  const form = useFormSubmit({
    schema: SetStaffing,
    values: { people: holders, deputies },
    submit: (body) => save.mutateAsync({ params: { id: role.id, unitId: unit.id }, body }),
    onSuccess: () => {
      setSaid("");
      show({ text: t("roles.staffingSaved", labels) });
    },
  });
  const taken = new Set([...holders, ...deputies]);
  const candidates = people.filter((p) => p.active && !taken.has(p.id));
  const changed =
    holders.join() !== initial.people.join() || deputies.join() !== initial.deputies.join();
  const change = (set: (ids: string[]) => void) => (ids: string[], message: string) => {
    set(ids);
    setSaid(message);
  };
  return (
    <Form form={form} submitLabel={t("roles.save")} pendingLabel={t("common.saving")}>
      <OrderedPeople
        name="people"
        title={t("roles.people")}
        help={t("roles.peopleHelp")}
        empty={t("roles.noPeople")}
        ids={holders}
        peopleById={peopleById}
        error={form.errors.people}
        onChange={change(setHolders)}
      />
      <OrderedPeople
        name="deputies"
        title={t("roles.deputies")}
        help={t("roles.deputiesHelp")}
        empty={t("roles.noDeputies")}
        ids={deputies}
        peopleById={peopleById}
        error={form.errors.deputies}
        onChange={change(setDeputies)}
      />
      <AddPerson
        candidates={candidates}
        onAdd={(person, as) => {
          const kind = t(as === "people" ? "roles.asPeople" : "roles.asDeputies");
          change(as === "people" ? setHolders : setDeputies)(
            [...(as === "people" ? holders : deputies), person.id],
            t("roles.added", { name: person.name, as: kind }),
          );
        }}
      />
      {holders.length + deputies.length === 0 &&
        initial.people.length + initial.deputies.length > 0 && (
          <p className="field-hint">{t("roles.clearNote", { unit: unit.name })}</p>
        )}
      <p role="status" className="staffing-said">
        {said}
        {said && changed ? ` ${t("roles.unsaved")}` : ""}
      </p>
    </Form>
  );
}
