import type { IncidentSummary } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { Loading } from "../../components/loading";
import { PageHeader } from "../../components/page-header";
import { boardQueries } from "./board-api";
import { IncidentCard } from "./incident-card";
import { usePlaceName } from "./use-place-name";
import "./board.css";

/** The live list (lägesbild): every alarm and drill in progress, then those resolved but open. */
export function BoardPage() {
  const { t } = useTranslation();
  const active = useQuery(boardQueries.list("active"));
  const resolved = useQuery(boardQueries.list("resolved"));
  const failed = [active, resolved].find((q) => q.isError);
  return (
    <>
      <PageHeader title={t("board.title")} intro={t("board.intro")} />
      {failed && (
        <ErrorAlert
          error={failed.error}
          onRetry={() => [active, resolved].forEach((q) => void q.refetch())}
        />
      )}
      <section aria-labelledby="board-active" className="page-section">
        <h2 id="board-active">{t("board.active")}</h2>
        {active.isPending && <Loading />}
        {active.data?.items.length === 0 && <p className="muted">{t("board.noActive")}</p>}
        <IncidentList items={active.data?.items} label="board-active" />
      </section>
      {resolved.data && resolved.data.items.length > 0 && (
        <section aria-labelledby="board-resolved" className="page-section">
          <h2 id="board-resolved">{t("board.resolved")}</h2>
          <IncidentList items={resolved.data.items} label="board-resolved" />
        </section>
      )}
    </>
  );
}

function IncidentList({ items, label }: { items: IncidentSummary[] | undefined; label: string }) {
  const placeName = usePlaceName();
  if (!items?.length) return null;
  return (
    <ul className="board-list" aria-labelledby={label}>
      {items.map((item) => (
        <IncidentCard key={item.id} summary={item} place={placeName(item.unitId)} />
      ))}
    </ul>
  );
}
