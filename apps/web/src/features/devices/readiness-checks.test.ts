import type { Device } from "@beredd/contracts";
import { describe, expect, it } from "vitest";
import { type BrowserState, isReady, readinessChecks } from "./readiness-checks";

const now = new Date("2026-12-04T10:42:00Z");
const android: BrowserState = {
  apple: false,
  installed: true,
  pushAvailable: true,
  permission: "granted",
  subscribed: true,
};
const device = (lastDelivery: Device["lastDelivery"]): Device => ({
  id: "01938f2e-7b1c-7000-8000-000000000001",
  label: "Android · Chrome",
  installed: true,
  pushService: "fcm.googleapis.com",
  createdAt: "2026-11-01T08:00:00Z",
  lastSeenAt: "2026-12-04T10:40:00Z",
  lastDelivery,
});
const tested = device({ state: "delivered", at: "2026-12-01T09:00:00Z", error: null });

describe("readinessChecks", () => {
  it("passes every check on an installed, allowed, known and tested phone", () => {
    const checks = readinessChecks(android, tested, now);
    expect(checks).toEqual({ install: "ok", permission: "ok", subscription: "ok", test: "ok" });
    expect(isReady(checks)).toBe(true);
  });

  it("asks an iPhone in Safari to install first: nothing else can pass before", () => {
    const iphone = { ...android, apple: true, installed: false, permission: "default" as const };
    const checks = readinessChecks({ ...iphone, subscribed: false }, null, now);
    expect(checks).toEqual({
      install: "todo",
      permission: "waiting",
      subscription: "waiting",
      test: "waiting",
    });
    expect(isReady(checks)).toBe(false);
  });

  it("recommends installing elsewhere without requiring it", () => {
    const checks = readinessChecks({ ...android, installed: false }, tested, now);
    expect(checks.install).toBe("optional");
    expect(isReady(checks)).toBe(true);
  });

  it("sends a refused permission to the settings, and waits with the rest", () => {
    const checks = readinessChecks({ ...android, permission: "denied" }, tested, now);
    expect(checks).toMatchObject({ permission: "blocked", subscription: "waiting" });
  });

  it("asks to subscribe when the server does not know this browser's subscription", () => {
    expect(readinessChecks(android, null, now).subscription).toBe("todo");
    expect(readinessChecks({ ...android, subscribed: false }, tested, now).subscription).toBe(
      "todo",
    );
  });

  it("asks for a test when none reached this device, or the last is over 90 days old", () => {
    expect(readinessChecks(android, device(null), now).test).toBe("todo");
    const failed = device({ state: "failed", at: "2026-12-04T10:00:00Z", error: "410 Gone" });
    expect(readinessChecks(android, failed, now).test).toBe("todo");
    const old = device({ state: "delivered", at: "2026-08-01T09:00:00Z", error: null });
    expect(readinessChecks(android, old, now).test).toBe("todo");
  });

  it("says plainly when the browser has no push at all", () => {
    const checks = readinessChecks(
      { ...android, pushAvailable: false, permission: "unsupported", subscribed: false },
      null,
      now,
    );
    expect(checks).toMatchObject({
      permission: "unsupported",
      subscription: "unsupported",
      test: "unsupported",
    });
  });
});
