import type { Unit } from "@beredd/contracts";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../lib/api-error";
import { useActivationToggle } from "../../lib/use-activation-toggle";
import { unitsApi } from "./units-api";

const update = (unit: Unit, active: boolean) => unitsApi.update(unit.id, { active });

export function useUnitActivation(onChanged: () => void) {
  const { t } = useTranslation();
  const doneText = useCallback(
    (unit: Unit, active: boolean) =>
      t(active ? "units.reactivated" : "units.deactivated", { name: unit.name }),
    [t],
  );
  // The server refuses to deactivate a unit that still has active sub-units (409 conflict).
  const failureText = useCallback(
    (unit: Unit, active: boolean, error: unknown) =>
      !active && isApiError(error) && error.code === "conflict"
        ? t("units.hasActiveChildren", { name: unit.name })
        : undefined,
    [t],
  );
  return useActivationToggle({ update, doneText, failureText, onChanged });
}
