import { Navigate } from "react-router";
import { OverviewPage } from "../overview/overview-page";
import { useCurrentSession } from "../session/session-context";

/**
 * The start screen: a member's phone opens on raising an alarm, the one thing they come for;
 * staff keep the overview, with "Larma" in the menu.
 */
export function StartPage() {
  return useCurrentSession().accessRole === "member" ? (
    <Navigate to="/raise" replace />
  ) : (
    <OverviewPage />
  );
}
