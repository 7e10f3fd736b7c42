import type { Incident } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { useCurrentSession, useIsStaff } from "../session/session-context";
import { ScenarioForm, SeverityForm } from "./change-forms";
import { EscalateForm } from "./escalate-form";
import { LifecycleActions } from "./lifecycle-actions";

/**
 * Who steers an incident, as the server decides it (incidents.policy.ts `canSteer`): the staff,
 * and the incident lead of this incident. Everyone else follows without the controls.
 */
function useCanSteer(incident: Incident): boolean {
  const session = useCurrentSession();
  const isStaff = useIsStaff();
  if (isStaff) return true;
  return incident.participants.some(
    (p) => p.personId === session.personId && p.roles.some((r) => r.roleKey === "incident_lead"),
  );
}

export function SteerPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const canSteer = useCanSteer(incident);
  return (
    <section className="card board-steer" aria-labelledby="board-steer">
      <h2 id="board-steer">{t("board.steer.title")}</h2>
      {!canSteer && <p className="muted">{t("board.steer.readOnly")}</p>}
      {canSteer && incident.status === "active" && (
        <>
          <EscalateForm incidentId={incident.id} />
          <SeverityForm incident={incident} />
          <ScenarioForm incident={incident} />
        </>
      )}
      {canSteer && <LifecycleActions incident={incident} />}
    </section>
  );
}
