import { Session } from "@beredd/contracts";

const KEY = "beredd.session";

/**
 * The last session the server confirmed, kept on the device so that the app opened with no network
 * can still raise an alarm into the outbox (it is sent, and the session checked, when the network
 * returns). Forgotten on sign-out and when the server says the session has ended.
 */
export function keepSession(session: Session): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // Storage may be off (private mode): the app then needs the network to start.
  }
}

export function keptSession(): Session | null {
  try {
    const parsed = Session.safeParse(JSON.parse(localStorage.getItem(KEY) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function forgetSession(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}
