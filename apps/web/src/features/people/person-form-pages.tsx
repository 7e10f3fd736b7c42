import { routes, type UpdatePerson } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { FormPage } from "../../components/form-page";
import { useNotice } from "../../components/notice-context";
import { useRouteMutation } from "../../lib/query";
import { AdminOnly } from "../session/admin-only";
import { useCurrentSession } from "../session/session-context";
import { unitQueries } from "../units/units-api";
import { absenceDay } from "./absence";
import { peopleQueries, personReads } from "./people-api";
import { PersonForm, type PersonFormOutput } from "./person-form";

export function PersonCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { show } = useNotice();
  const units = useQuery(unitQueries.all(true));
  const create = useRouteMutation(routes.people.create, { invalidates: personReads });

  const onSave = async (values: PersonFormOutput) => {
    const created = await create.mutateAsync({ body: values });
    show({ text: t("people.created", { name: created.name }), path: "/people" });
    await navigate("/people");
  };

  return (
    <FormPage title={t("people.createTitle")} queries={[units]} access={AdminOnly}>
      {() => (
        <PersonForm
          mode="create"
          initial={{ name: "", email: null, mobile: null, unitId: null, accessRole: "member" }}
          units={units.data?.items ?? []}
          isSelf={false}
          cancelTo="/people"
          onSave={onSave}
        />
      )}
    </FormPage>
  );
}

export function PersonEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { show } = useNotice();
  const session = useCurrentSession();
  const id = useParams().id ?? "";
  const person = useQuery(peopleQueries.one(id));
  const units = useQuery(unitQueries.all(true));
  const update = useRouteMutation(routes.people.update, { invalidates: personReads });
  const current = person.data;

  const onSave = async (values: PersonFormOutput, absentUntil: string | null) => {
    if (!current) return;
    const changes: UpdatePerson = {};
    if (values.name !== current.name) changes.name = values.name;
    if (values.email !== current.email) changes.email = values.email;
    if (values.mobile !== current.mobile) changes.mobile = values.mobile;
    if (values.unitId !== current.unitId) changes.unitId = values.unitId;
    if (values.accessRole !== current.accessRole) changes.accessRole = values.accessRole;
    if (values.password) changes.password = values.password;
    if (absenceDay(absentUntil) !== absenceDay(current.absentUntil))
      changes.absentUntil = absentUntil;
    if (Object.keys(changes).length === 0) {
      show({ text: t("common.noChanges"), path: "/people" });
    } else {
      const saved = await update.mutateAsync({ params: { id: current.id }, body: changes });
      show({ text: t("people.saved", { name: saved.name }), path: "/people" });
    }
    await navigate("/people");
  };

  const title = current ? t("people.editTitle", { name: current.name }) : t("common.edit");
  return (
    <FormPage title={title} queries={[person, units]} access={AdminOnly}>
      {() =>
        current && (
          <PersonForm
            key={current.id}
            mode="edit"
            initial={current}
            units={units.data?.items ?? []}
            isSelf={current.id === session.personId}
            cancelTo="/people"
            onSave={onSave}
          />
        )
      }
    </FormPage>
  );
}
