import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { PlusIcon } from "../../components/icons";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { useLocale } from "../../i18n/use-locale";
import { ReadOnlyNote } from "../session/read-only-note";
import { useIsAdmin } from "../session/session-context";
import { roleQueries } from "./roles-api";

/** The organisation's incident roles (funktioner); each leads to who holds it at every unit. */
export function RolesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canEdit = useIsAdmin();
  const roles = useQuery(roleQueries.all());
  return (
    <>
      <PageHeader
        title={t("roles.title")}
        intro={t("roles.intro")}
        actions={
          canEdit && (
            <Link to="/roles/new" className="button button-primary">
              <PlusIcon />
              {t("roles.create")}
            </Link>
          )
        }
      />
      {!canEdit && <ReadOnlyNote />}
      {roles.isError && <ErrorAlert error={roles.error} onRetry={() => void roles.refetch()} />}
      {roles.isPending && <Loading />}
      {roles.data?.items.length === 0 && <p>{t("roles.empty")}</p>}
      {roles.data && roles.data.items.length > 0 && (
        <ul className="role-cards" aria-label={t("roles.listLabel")}>
          {roles.data.items.map((role) => (
            <li key={role.id} className="card role-card">
              <h2 className="role-card-name">
                <Link to={`/roles/${role.id}`}>{role.name[locale]}</Link>
              </h2>
              <p className={role.description[locale] ? undefined : "muted"}>
                {role.description[locale] || t("roles.noDescription")}
              </p>
              {canEdit && (
                <div className="card-actions">
                  <Link
                    to={`/roles/${role.id}/edit`}
                    className="button button-secondary"
                    aria-label={t("roles.editLabel", { name: role.name[locale] })}
                  >
                    {t("common.edit")}
                  </Link>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
