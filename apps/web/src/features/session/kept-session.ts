import { Session } from "@beredd/contracts";
import { readStored, removeStored, writeStored } from "../../lib/device-storage";

const KEY = "beredd.session";

/**
 * The last session the server confirmed, kept on the device so that the app opened with no network
 * can still raise an alarm into the outbox (it is sent, and the session checked, when the network
 * returns). Forgotten on sign-out and when the server says the session has ended.
 */
export const keepSession = (session: Session): void => writeStored(KEY, JSON.stringify(session));

export function keptSession(): Session | null {
  try {
    const parsed = Session.safeParse(JSON.parse(readStored(KEY) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // Not JSON: nothing usable was kept.
  }
}

export const forgetSession = (): void => removeStored(KEY);
