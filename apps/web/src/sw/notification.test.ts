import type { PushPayload } from "@beredd/contracts";
import { describe, expect, it } from "vitest";
import { notificationFor } from "./notification";

const alarm: PushPayload = {
  kind: "alarm",
  tag: "incident-0193",
  title: "Gå till skyddat rum – Inrymning",
  body: "Exempelskolan, hus A",
  url: "/incidents/0193",
  receipt: "signed",
  incidentId: "01938f2e-7b1c-7000-8000-000000000001",
  drill: false,
  silent: false,
};
const words = { acknowledge: "Kvittera", open: "Öppna" };

describe("notificationFor", () => {
  it("shows an alarm until acted on, one per incident, alerting again when replaced", () => {
    const { title, options } = notificationFor(alarm, { maxActions: 2, words });
    expect(title).toBe("Gå till skyddat rum – Inrymning");
    expect(options).toMatchObject({
      body: "Exempelskolan, hus A",
      tag: "incident-0193",
      renotify: true,
      requireInteraction: true,
      silent: false,
      data: alarm,
      actions: [
        { action: "acknowledge", title: "Kvittera" },
        { action: "open", title: "Öppna" },
      ],
    });
  });

  it("offers no buttons where the platform shows none (iPhone): a tap opens the alarm", () => {
    expect(notificationFor(alarm, { maxActions: 0, words }).options.actions).toBeUndefined();
  });

  it("asks for silence for a silent scenario", () => {
    const { options } = notificationFor({ ...alarm, silent: true }, { maxActions: 2, words });
    expect(options.silent).toBe(true);
  });

  it("lets a test alarm go by itself, with nothing to acknowledge", () => {
    const test = { ...alarm, kind: "test" as const, incidentId: null, tag: "test-1" };
    const { options } = notificationFor(test, { maxActions: 2, words });
    expect(options.requireInteraction).toBe(false);
    expect(options.actions).toBeUndefined();
    expect(options.tag).toBe("test-1");
  });
});
