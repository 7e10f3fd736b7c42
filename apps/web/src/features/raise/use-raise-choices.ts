import { routes, type Scenario, type Unit } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useLocale } from "../../i18n/use-locale";
import { readStored, writeStored } from "../../lib/device-storage";
import { routeQuery } from "../../lib/query";
import { peopleQueries } from "../people/people-api";
import { useCurrentSession } from "../session/session-context";
import { buildUnitTree, flattenTree, type UnitNode } from "../units/unit-tree-model";
import { unitQueries } from "../units/units-api";
import { mayRaise, rankScenarios } from "./scenario-ranking";

const lastPlaceKey = (personId: string) => `beredd.raise.lastPlace.${personId}`;

const readLastPlace = (personId: string) => readStored(lastPlaceKey(personId));

/**
 * Remembers the place of this raise on the device: the next alarm starts there (without storage,
 * the person's own unit stays the preset).
 */
export const rememberPlace = (personId: string, unitId: string): void =>
  writeStored(lastPlaceKey(personId), unitId);

export interface RaiseChoices {
  /** The scenarios this person may raise, likeliest at their place first. */
  ranked: Scenario[];
  places: UnitNode[];
  unitsById: Map<string, Unit>;
  placeId: string;
  setPlaceId: (id: string) => void;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * What the raise screen offers: the scenarios, ranked for the place, and the place preset to the
 * last one used on this device, else the person's own unit.
 */
export function useRaiseChoices(): RaiseChoices {
  const session = useCurrentSession();
  const locale = useLocale();
  const scenarios = useQuery(routeQuery(routes.scenarios.list));
  const units = useQuery(unitQueries.all(false));
  const me = useQuery(peopleQueries.one(session.personId));
  const recent = useQuery(routeQuery(routes.incidents.list, { query: { limit: 200 } }));
  const [chosen, setPlaceId] = useState<string | null>(() => readLastPlace(session.personId));

  const unitList = useMemo(() => units.data?.items ?? [], [units.data]);
  const unitsById = useMemo(() => new Map(unitList.map((u) => [u.id, u])), [unitList]);
  const places = useMemo(() => flattenTree(buildUnitTree(unitList, locale)), [unitList, locale]);
  const known = (id: string | null | undefined) => (id && unitsById.has(id) ? id : null);
  const placeId = known(chosen) ?? known(me.data?.unitId) ?? "";

  const ranked = useMemo(() => {
    const allowed = (scenarios.data?.items ?? []).filter((s) => mayRaise(session.accessRole, s));
    return rankScenarios({
      scenarios: allowed,
      incidents: recent.data?.items ?? [],
      units: unitList,
      unitId: placeId || null,
      // Counted from when the list was read, so the order is the same on every render.
      now: recent.dataUpdatedAt,
    });
  }, [scenarios.data, recent.data, recent.dataUpdatedAt, unitList, placeId, session.accessRole]);

  const required = [scenarios, units];
  return {
    ranked,
    places,
    unitsById,
    placeId,
    setPlaceId,
    // Tiles wait for the ranking, so they never jump under a finger; a failed read only loses
    // the order (or the preset).
    loading: [...required, recent].some((q) => q.isPending) || (me.isPending && !chosen),
    error: required.find((q) => q.isError)?.error,
    retry: () => required.forEach((q) => void q.refetch()),
  };
}
