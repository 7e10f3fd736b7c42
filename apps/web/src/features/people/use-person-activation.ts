import { routes, type Person } from "@beredd/contracts";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useActivationToggle } from "../../lib/use-activation-toggle";
import { useRouteMutation } from "../../lib/query";
import { personReads } from "./people-api";

/** Deactivating a person also ends their sessions on the server. */
export function usePersonActivation() {
  const { t } = useTranslation();
  const { mutateAsync } = useRouteMutation(routes.people.update, { invalidates: personReads });
  const update = useCallback(
    (person: Person, active: boolean) =>
      mutateAsync({ params: { id: person.id }, body: { active } }),
    [mutateAsync],
  );
  const doneText = useCallback(
    (person: Person, active: boolean) =>
      t(active ? "people.reactivated" : "people.deactivated", { name: person.name }),
    [t],
  );
  return useActivationToggle({ update, doneText });
}
