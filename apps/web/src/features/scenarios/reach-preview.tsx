import type { IncidentPreview } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { Loading } from "../../components/loading";
import { SelectField } from "../../components/select-field";
import { useLocale } from "../../i18n/use-locale";
import { buildUnitTree, flattenTree } from "../units/unit-tree-model";
import { unitQueries } from "../units/units-api";
import { EditorSection } from "./editor-section";
import { scenarioQueries } from "./scenarios-api";

export interface ReachPreviewProps {
  scenarioId: string;
  /** The form holds changes not saved yet: the preview is of the saved template. */
  unsaved: boolean;
}

/** Who a raise of the saved template at a chosen place would reach; nothing is raised. */
export function ReachPreview({ scenarioId, unsaved }: ReachPreviewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const units = useQuery(unitQueries.all(false));
  const [unitId, setUnitId] = useState("");
  const places = useMemo(
    () => flattenTree(buildUnitTree(units.data?.items ?? [], locale)),
    [units.data, locale],
  );
  const preview = useQuery({ ...scenarioQueries.preview(scenarioId, unitId), enabled: !!unitId });
  return (
    <EditorSection
      id="preview"
      title={t("scenarios.sections.preview")}
      intro={t("scenarios.previewIntro")}
    >
      {unsaved && <p className="alert alert-info">{t("scenarios.previewUnsaved")}</p>}
      {units.isError && <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
      <SelectField
        label={t("scenarios.previewPlace")}
        name="previewUnitId"
        value={unitId}
        onValueChange={setUnitId}
        disabled={!units.data}
      >
        <option value="">{t("scenarios.choosePlace")}</option>
        {places.map(({ unit, depth }) => (
          <option key={unit.id} value={unit.id}>
            {"\u00a0\u00a0\u00a0".repeat(depth)}
            {unit.name} ({t(`unitKind.${unit.kind}`)})
          </option>
        ))}
      </SelectField>
      <div aria-live="polite" className="scenario-preview-result">
        {unitId && preview.isPending && <Loading />}
        {preview.isError && (
          <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
        )}
        {unitId && preview.data && <PreviewResult preview={preview.data} />}
      </div>
    </EditorSection>
  );
}

function PreviewResult({ preview }: { preview: IncidentPreview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { everyone } = preview;
  return (
    <div className="card stack">
      <p className="scenario-preview-total">
        {t("scenarios.previewTotal", { count: preview.people })}
      </p>
      <p>
        {everyone
          ? t("scenarios.previewEveryone", {
              count: everyone.people,
              place: everyone.unitName,
              reach: t(`scenarios.reachShort.${everyone.reach}`),
            })
          : t("scenarios.previewRolesOnly")}
      </p>
      <ul className="scenario-preview-roles">
        {preview.roles.map((role) => (
          <li key={role.roleKey}>
            <span className="catalogue-name">{role.roleName?.[locale] ?? role.roleKey}: </span>
            {role.people.length === 0
              ? t("scenarios.previewNobody")
              : role.people.map((p) => p.name).join(", ")}
            {role.absent.length > 0 && (
              <span className="muted">
                {" "}
                {t("scenarios.previewAbsent", { names: role.absent.map((p) => p.name).join(", ") })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
