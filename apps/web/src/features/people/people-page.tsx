import { limits, ReachGap } from "@beredd/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { PlusIcon } from "../../components/icons";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { useLocale } from "../../i18n/use-locale";
import { ReadOnlyNote } from "../session/read-only-note";
import { useCurrentSession, useIsAdmin } from "../session/session-context";
import { buildUnitTree, flattenTree } from "../units/unit-tree-model";
import { unitQueries } from "../units/units-api";
import { peopleQueries } from "./people-api";
import { PeopleFilters } from "./people-filters";
import { PersonCard } from "./person-card";
import "./people.css";
import { useDeviceReadiness } from "./use-device-readiness";
import { usePersonActivation } from "./use-person-activation";

const pageSize = 50;

export function PeoplePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useCurrentSession();
  const canEdit = useIsAdmin();
  const readinessOf = useDeviceReadiness(canEdit);
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const unitId = params.get("unit") ?? "";
  const includeInactive = params.get("inactive") === "1";
  const reach = ReachGap.safeParse(params.get("reach")).data;
  const [search, setSearch] = useState(q);
  const [pages, setPages] = useState(1);
  const limit = Math.min(pageSize * pages, limits.listLimitMax);

  const update = useParamsUpdate(setParams);

  // Search as the person types, but only after a pause: one request per word, not per letter.
  useEffect(() => {
    if (search.trim() === q) return;
    const timer = setTimeout(() => update({ q: search.trim() }), 300);
    return () => clearTimeout(timer);
  }, [search, q, update]);

  // The last list stays on screen while a new search loads, so it does not flash empty.
  const people = useQuery({
    ...peopleQueries.page({
      q,
      unitId: unitId || undefined,
      reach: canEdit ? reach : undefined,
      includeInactive: includeInactive ? "true" : "false",
      limit,
    }),
    placeholderData: keepPreviousData,
  });
  const loading = people.isPending || people.isPlaceholderData;
  const units = useQuery(unitQueries.all(true));
  const unitsById = useMemo(
    () => new Map((units.data?.items ?? []).map((u) => [u.id, u])),
    [units.data],
  );
  const unitOptions = useMemo(
    () => flattenTree(buildUnitTree(units.data?.items ?? [], locale)),
    [units.data, locale],
  );
  const { setActive, pending } = usePersonActivation();

  const list = people.data;
  const filtered = q !== "" || unitId !== "" || reach !== undefined;
  return (
    <>
      <PageHeader
        title={t("people.title")}
        intro={t("people.intro")}
        actions={
          canEdit && (
            <Link to="/people/new" className="button button-primary">
              <PlusIcon />
              {t("people.create")}
            </Link>
          )
        }
      />
      {!canEdit && <ReadOnlyNote />}
      <PeopleFilters
        search={search}
        onSearch={(value) => {
          setSearch(value);
          setPages(1);
        }}
        unitId={unitId}
        unitOptions={unitOptions}
        onUnit={(value) => {
          setPages(1);
          update({ unit: value });
        }}
        reach={canEdit ? (reach ?? "") : undefined}
        onReach={(value) => {
          setPages(1);
          update({ reach: value });
        }}
        includeInactive={includeInactive}
        onIncludeInactive={(checked) => {
          setPages(1);
          update({ inactive: checked ? "1" : "" });
        }}
      />
      <p className="result-count" role="status">
        {loading && list ? t("common.searching") : null}
        {!loading && list ? t("people.count", { count: list.total }) : null}
      </p>
      {people.isError && <ErrorAlert error={people.error} onRetry={() => void people.refetch()} />}
      {people.isPending && <Loading />}
      {list?.items.length === 0 && <p>{filtered ? t("people.emptySearch") : t("people.empty")}</p>}
      {list && list.items.length > 0 && (
        <ul className="person-list" aria-label={t("people.listLabel")}>
          {list.items.map((person) => (
            <PersonCard
              key={person.id}
              person={person}
              unitsById={unitsById}
              isSelf={person.id === session.personId}
              canEdit={canEdit}
              devices={readinessOf(person.id)}
              busy={pending.has(person.id)}
              onSetActive={setActive}
            />
          ))}
        </ul>
      )}
      {list && list.items.length < list.total && (
        <LoadMore
          shown={list.items.length}
          total={list.total}
          canLoadMore={limit < limits.listLimitMax}
          loading={loading}
          onMore={() => setPages((p) => p + 1)}
        />
      )}
    </>
  );
}

/** More of a long list, or a hint to narrow the search once the most a page can hold is shown. */
function LoadMore(props: {
  shown: number;
  total: number;
  canLoadMore: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p className="muted">{t("people.showing", { shown: props.shown, total: props.total })}</p>
      {props.canLoadMore ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={props.onMore}
          disabled={props.loading}
        >
          {t("common.loadMore")}
        </button>
      ) : (
        <p className="muted">{t("people.refineSearch")}</p>
      )}
    </div>
  );
}

/** Sets or clears search parameters in place (no new history entry per keystroke or filter). */
function useParamsUpdate(setParams: ReturnType<typeof useSearchParams>[1]) {
  return useCallback(
    (changes: Record<string, string>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
}
