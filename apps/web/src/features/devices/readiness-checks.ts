import type { Device } from "@beredd/contracts";

/** What this browser can tell about itself, read at the page (see use-this-browser.ts). */
export interface BrowserState {
  /** iPhone and iPad push only from the home screen, and show no buttons. */
  apple: boolean;
  /** Runs from the home screen (display-mode standalone, or Safari's navigator.standalone). */
  installed: boolean;
  /** The browser has a push manager and a service worker. */
  pushAvailable: boolean;
  permission: NotificationPermission | "unsupported";
  /** This browser holds a push subscription. */
  subscribed: boolean;
}

/**
 * ok: done. todo: the person can do it now. blocked: only the phone's settings can change it.
 * waiting: an earlier check must pass first. optional: recommended, not required here.
 * unsupported: this browser cannot receive push at all.
 */
export type CheckStatus = "ok" | "todo" | "blocked" | "waiting" | "optional" | "unsupported";

export interface ReadinessChecks {
  install: CheckStatus;
  permission: CheckStatus;
  subscription: CheckStatus;
  test: CheckStatus;
}

/** A test older than this is due again (a peer asks for a self-test every three months). */
export const TEST_VALID_DAYS = 90;

/**
 * The four checks of "Min beredskap", in order: each passes only on what the browser and the
 * server say, and a later one waits while an earlier one it needs has not passed.
 */
export function readinessChecks(
  browser: BrowserState,
  thisDevice: Device | null,
  now: Date,
): ReadinessChecks {
  const install = browser.installed ? "ok" : browser.apple ? "todo" : "optional";
  const canAsk = browser.pushAvailable && browser.permission !== "unsupported";
  const permission: CheckStatus =
    browser.apple && !browser.installed
      ? "waiting"
      : !canAsk
        ? "unsupported"
        : browser.permission === "granted"
          ? "ok"
          : browser.permission === "denied"
            ? "blocked"
            : "todo";
  const subscription: CheckStatus =
    permission !== "ok"
      ? permission === "unsupported"
        ? "unsupported"
        : "waiting"
      : browser.subscribed && thisDevice
        ? "ok"
        : "todo";
  return { install, permission, subscription, test: testStatus(subscription, thisDevice, now) };
}

function testStatus(subscription: CheckStatus, device: Device | null, now: Date): CheckStatus {
  if (subscription !== "ok") return subscription === "unsupported" ? "unsupported" : "waiting";
  const last = device?.lastDelivery;
  if (last?.state !== "delivered") return "todo";
  const ageDays = (now.getTime() - Date.parse(last.at)) / 86_400_000;
  return ageDays <= TEST_VALID_DAYS ? "ok" : "todo";
}

/** Every check that must pass has: this device can receive an alarm. */
export function isReady(checks: ReadinessChecks): boolean {
  return Object.values(checks).every((status) => status === "ok" || status === "optional");
}
