import { Navigate, NavigationType, useNavigationType } from "react-router";
import { OverviewPage } from "../overview/overview-page";
import { useCurrentSession } from "../session/session-context";

/**
 * The start screen: a member's phone opens on raising an alarm, the one thing they come for;
 * staff keep the overview, with "Larma" in the menu. A member who picks "Översikt" in the menu
 * (a link followed, not an arrival or a sign-in) gets the overview.
 */
export function StartPage() {
  const member = useCurrentSession().accessRole === "member";
  const chosen = useNavigationType() === NavigationType.Push;
  return member && !chosen ? <Navigate to="/raise" replace /> : <OverviewPage />;
}
