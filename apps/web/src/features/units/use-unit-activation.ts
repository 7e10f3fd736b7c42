import { routes, type Unit } from "@beredd/contracts";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../lib/api-error";
import { useActivationToggle } from "../../lib/use-activation-toggle";
import { useRouteMutation } from "../../lib/query";
import { unitReads } from "./units-api";

export function useUnitActivation() {
  const { t } = useTranslation();
  const { mutateAsync } = useRouteMutation(routes.units.update, { invalidates: unitReads });
  const update = useCallback(
    (unit: Unit, active: boolean) => mutateAsync({ params: { id: unit.id }, body: { active } }),
    [mutateAsync],
  );
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
  return useActivationToggle({ update, doneText, failureText });
}
