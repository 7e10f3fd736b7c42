import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { CheckboxField } from "../../components/checkbox-field";
import { ErrorAlert } from "../../components/error-alert";
import { PlusIcon } from "../../components/icons";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { useLocale } from "../../i18n/use-locale";
import { ReadOnlyNote } from "../session/read-only-note";
import { useCurrentSession, useIsAdmin } from "../session/session-context";
import { UnitTree } from "./unit-tree";
import { buildUnitTree } from "./unit-tree-model";
import { unitQueries } from "./units-api";
import { useUnitActivation } from "./use-unit-activation";

export function UnitsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const canEdit = useIsAdmin();
  const [params, setParams] = useSearchParams();
  const showInactive = params.get("inactive") === "1";
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  const units = useQuery(unitQueries.all(showInactive));
  const { setActive, pending } = useUnitActivation();
  const locale = useLocale();
  const tree = useMemo(
    () => (units.data ? buildUnitTree(units.data.items, locale) : []),
    [units.data, locale],
  );

  const toggle = (id: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <PageHeader
        title={t("units.title")}
        intro={t("units.intro")}
        actions={
          canEdit && (
            <Link to="/units/new" className="button button-primary">
              <PlusIcon />
              {t("units.create")}
            </Link>
          )
        }
      />
      {!canEdit && <ReadOnlyNote />}
      <div className="toolbar">
        <CheckboxField
          label={t("units.showInactive")}
          checked={showInactive}
          onCheckedChange={(checked) =>
            setParams(checked ? { inactive: "1" } : {}, { replace: true })
          }
        />
      </div>
      {units.isError && <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
      {units.isPending && <Loading />}
      {units.data && tree.length === 0 && <p>{t("units.empty")}</p>}
      {tree.length > 0 && (
        <UnitTree
          nodes={tree}
          label={t("units.treeLabel", { organization: session.organization.name })}
          collapsed={collapsed}
          onToggle={toggle}
          canEdit={canEdit}
          pending={pending}
          onSetActive={setActive}
        />
      )}
    </>
  );
}
