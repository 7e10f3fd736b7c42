import type { Incident } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { useFormatTime } from "../../lib/use-format-date";
import { helpRequests } from "./board-model";

/**
 * The problems, on top: who asked for help (red, and said in words), who cannot come and how
 * many have not answered. A coordinator with twenty things at once reads this first.
 */
export function NeedHelpPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const requests = helpRequests(incident);
  const cannot = incident.participants.filter((p) => p.status === "cannot");
  const unanswered = incident.participants.filter((p) => p.answeredAt === null).length;
  return (
    <section
      className="card board-problems"
      aria-labelledby="board-problems"
      data-alert={requests.length > 0}
    >
      <h2 id="board-problems">
        {requests.length > 0
          ? t("board.needHelp", { count: requests.length })
          : t("board.problems")}
      </h2>
      {requests.length === 0 && <p className="muted">{t("board.nobodyNeedsHelp")}</p>}
      {requests.length > 0 && (
        <ul className="board-help-list">
          {requests.map((request) => (
            <li key={request.personId}>
              <strong>
                {request.name}: {t("incident.rollCall.need_help")}
              </strong>
              {request.note && <span> – {request.note}</span>}
              <span className="muted"> {formatTime(request.at)}</span>
            </li>
          ))}
        </ul>
      )}
      {cannot.length > 0 && (
        <p className="board-cannot">
          <strong>{t("board.cannot", { count: cannot.length })}:</strong>{" "}
          {cannot.map((p) => p.name).join(", ")}
        </p>
      )}
      {unanswered > 0 && <p>{t("board.unanswered", { count: unanswered })}</p>}
    </section>
  );
}
