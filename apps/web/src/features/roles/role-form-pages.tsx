import { type LocalizedText, routes, type UpdateIncidentRole } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { FormPage } from "../../components/form-page";
import { useNotice } from "../../components/notice-context";
import { useLocale } from "../../i18n/use-locale";
import { useRouteMutation } from "../../lib/query";
import { AdminOnly } from "../session/admin-only";
import { RoleForm, type RoleFormOutput } from "./role-form";
import { roleQueries, roleReads } from "./roles-api";

const empty: LocalizedText = { sv: "", en: "" };
const same = (a: LocalizedText, b: LocalizedText) => a.sv === b.sv && a.en === b.en;

export function RoleCreatePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { show } = useNotice();
  const create = useRouteMutation(routes.incidentRoles.create, { invalidates: roleReads });

  const onSave = async (values: RoleFormOutput) => {
    const created = await create.mutateAsync({ body: values });
    show({
      text: t("roles.created", { name: created.name[locale] }),
      path: `/roles/${created.id}`,
    });
    await navigate(`/roles/${created.id}`);
  };

  return (
    <FormPage title={t("roles.createTitle")} queries={[]} access={AdminOnly}>
      {() => (
        <RoleForm
          mode="create"
          initial={{ name: empty, description: empty }}
          cancelTo="/roles"
          onSave={onSave}
        />
      )}
    </FormPage>
  );
}

export function RoleEditPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { show } = useNotice();
  const id = useParams().id ?? "";
  const roles = useQuery(roleQueries.all());
  const update = useRouteMutation(routes.incidentRoles.update, { invalidates: roleReads });
  const current = roles.data?.items.find((r) => r.id === id);

  const onSave = async (values: RoleFormOutput) => {
    if (!current) return;
    const changes: UpdateIncidentRole = {};
    if (!same(values.name, current.name)) changes.name = values.name;
    if (!same(values.description, current.description)) changes.description = values.description;
    if (Object.keys(changes).length === 0) {
      show({ text: t("common.noChanges"), path: "/roles" });
    } else {
      const saved = await update.mutateAsync({ params: { id: current.id }, body: changes });
      show({ text: t("roles.saved", { name: saved.name[locale] }), path: "/roles" });
    }
    await navigate("/roles");
  };

  const title = current ? t("roles.editTitle", { name: current.name[locale] }) : t("common.edit");
  return (
    <FormPage title={title} queries={[roles]} access={AdminOnly}>
      {() =>
        current ? (
          <RoleForm
            key={current.id}
            mode="edit"
            initial={current}
            cancelTo="/roles"
            onSave={onSave}
          />
        ) : (
          <p className="alert alert-error" role="alert">
            {t("errors.problem.not_found")}
          </p>
        )
      }
    </FormPage>
  );
}
