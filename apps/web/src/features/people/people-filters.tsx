import { ReachGap } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "../../components/checkbox-field";
import { SelectField } from "../../components/select-field";
import { TextField } from "../../components/text-field";
import type { flattenTree } from "../units/unit-tree-model";

/**
 * The people list's search: free text, one unit (indented by depth), a readiness gap (for
 * administrators, who close the gaps), and inactive people.
 */
export function PeopleFilters({
  search,
  onSearch,
  unitId,
  unitOptions,
  onUnit,
  reach,
  onReach,
  includeInactive,
  onIncludeInactive,
}: {
  search: string;
  onSearch: (value: string) => void;
  unitId: string;
  unitOptions: ReturnType<typeof flattenTree>;
  onUnit: (value: string) => void;
  /** The readiness filter's value, or undefined when it is not offered. */
  reach: string | undefined;
  onReach: (value: string) => void;
  includeInactive: boolean;
  onIncludeInactive: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <search className="toolbar">
      <TextField
        label={t("people.search")}
        hint={t("people.searchHelp")}
        name="q"
        type="search"
        value={search}
        onValueChange={onSearch}
        optional
        autoComplete="off"
        enterKeyHint="search"
      />
      <SelectField
        label={t("people.unitFilter")}
        name="unit"
        value={unitId}
        onValueChange={onUnit}
        optional
      >
        <option value="">{t("people.allUnits")}</option>
        {unitOptions.map(({ unit, depth }) => (
          <option key={unit.id} value={unit.id}>
            {"\u00a0\u00a0\u00a0".repeat(depth)}
            {unit.name}
          </option>
        ))}
      </SelectField>
      {reach !== undefined && (
        <SelectField
          label={t("readiness.filter")}
          name="reach"
          value={reach}
          onValueChange={onReach}
          optional
        >
          <option value="">{t("readiness.all")}</option>
          {ReachGap.options.map((gap) => (
            <option key={gap} value={gap}>
              {t(`readiness.${gap}`)}
            </option>
          ))}
        </SelectField>
      )}
      <CheckboxField
        label={t("people.showInactive")}
        checked={includeInactive}
        onCheckedChange={onIncludeInactive}
      />
    </search>
  );
}
