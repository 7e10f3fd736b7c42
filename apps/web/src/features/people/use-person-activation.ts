import type { Person } from "@beredd/contracts";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useActivationToggle } from "../../lib/use-activation-toggle";
import { peopleApi } from "./people-api";

const update = (person: Person, active: boolean) => peopleApi.update(person.id, { active });

/** Deactivating a person also ends their sessions on the server. */
export function usePersonActivation(onChanged: () => void) {
  const { t } = useTranslation();
  const doneText = useCallback(
    (person: Person, active: boolean) =>
      t(active ? "people.reactivated" : "people.deactivated", { name: person.name }),
    [t],
  );
  return useActivationToggle({ update, doneText, onChanged });
}
