import type { UpdatePerson } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { Loading } from "../../components/loading";
import { useNotice } from "../../components/notice-context";
import { PageHeader } from "../../components/page-header";
import { useApiQuery } from "../../lib/use-api-query";
import { AdminOnly } from "../session/admin-only";
import { useCurrentSession } from "../session/session-context";
import { unitsApi } from "../units/units-api";
import { peopleApi } from "./people-api";
import { PersonForm, type PersonFormOutput } from "./person-form";

export function PersonCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { show } = useNotice();
  const units = useApiQuery("units:all", (signal) => unitsApi.listAll(true, signal));

  const onSave = async (values: PersonFormOutput) => {
    const created = await peopleApi.create(values);
    show({ text: t("people.created", { name: created.name }), path: "/people" });
    await navigate("/people");
  };

  return (
    <>
      <PageHeader title={t("people.createTitle")} />
      <AdminOnly>
        {units.error !== undefined && <ErrorAlert error={units.error} onRetry={units.reload} />}
        {units.loading && <Loading />}
        {units.data && (
          <PersonForm
            mode="create"
            initial={{ name: "", email: null, mobile: null, unitId: null, accessRole: "member" }}
            units={units.data.items}
            isSelf={false}
            cancelTo="/people"
            onSave={onSave}
          />
        )}
      </AdminOnly>
    </>
  );
}

export function PersonEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { show } = useNotice();
  const session = useCurrentSession();
  const id = useParams().id ?? "";
  const person = useApiQuery(`person:${id}`, (signal) => peopleApi.get(id, signal));
  const units = useApiQuery("units:all", (signal) => unitsApi.listAll(true, signal));
  const current = person.data;
  const error = person.error ?? units.error;

  const onSave = async (values: PersonFormOutput) => {
    if (!current) return;
    const changes: UpdatePerson = {};
    if (values.name !== current.name) changes.name = values.name;
    if (values.email !== current.email) changes.email = values.email;
    if (values.mobile !== current.mobile) changes.mobile = values.mobile;
    if (values.unitId !== current.unitId) changes.unitId = values.unitId;
    if (values.accessRole !== current.accessRole) changes.accessRole = values.accessRole;
    if (values.password) changes.password = values.password;
    if (Object.keys(changes).length === 0) {
      show({ text: t("common.noChanges"), path: "/people" });
    } else {
      const saved = await peopleApi.update(current.id, changes);
      show({ text: t("people.saved", { name: saved.name }), path: "/people" });
    }
    await navigate("/people");
  };

  const title = current ? t("people.editTitle", { name: current.name }) : t("common.edit");
  return (
    <>
      <PageHeader title={title} />
      <AdminOnly>
        {error !== undefined && (
          <ErrorAlert
            error={error}
            onRetry={() => {
              person.reload();
              units.reload();
            }}
          />
        )}
        {(person.loading || units.loading) && <Loading />}
        {current && units.data && (
          <PersonForm
            key={current.id}
            mode="edit"
            initial={current}
            units={units.data.items}
            isSelf={current.id === session.personId}
            cancelTo="/people"
            onSave={onSave}
          />
        )}
      </AdminOnly>
    </>
  );
}
