import type { PushPayload } from "@beredd/contracts";

/** What `showNotification` takes; the DOM library's type lacks the fields phones differ on. */
export interface AlarmNotificationOptions extends NotificationOptions {
  renotify?: boolean;
  actions?: { action: NotificationAction; title: string }[];
}

export type NotificationAction = "acknowledge" | "open";

export interface NotificationWords {
  acknowledge: string;
  open: string;
}

/**
 * How a push is shown. One tag per incident, so a later push for it replaces the earlier one,
 * and `renotify` makes the replacement alert again. An alarm stays until the person acts on it.
 * A silent scenario asks for no sound; the platform decides whether it listens (Android's
 * notification channels may not, iPhone does not: research/ux.md). Buttons only where the
 * platform shows them (not on iPhone): there a tap on the notification opens the alarm.
 */
export function notificationFor(
  payload: PushPayload,
  platform: { maxActions: number; words: NotificationWords },
): { title: string; options: AlarmNotificationOptions } {
  const alarm = payload.kind === "alarm";
  return {
    title: payload.title,
    options: {
      body: payload.body,
      tag: payload.tag,
      renotify: true,
      requireInteraction: alarm,
      silent: payload.silent,
      icon: "/icon-192.png",
      badge: "/icon-192.png",
      data: payload,
      ...(alarm && payload.incidentId !== null && platform.maxActions >= 2
        ? {
            actions: [
              { action: "acknowledge", title: platform.words.acknowledge },
              { action: "open", title: platform.words.open },
            ],
          }
        : {}),
    },
  };
}
