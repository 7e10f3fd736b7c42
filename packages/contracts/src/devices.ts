import { z } from "zod";
import { Id, Timestamp } from "./common.js";
import { typedText } from "./text.js";

/**
 * The devices a person receives alarms on (issue 11, Web Push; issue 10, "Min beredskap"): one
 * row per browser push subscription, registered by the app itself and kept by the server.
 */

/** Where a delivery is: handed to the channel, confirmed by the device, or given up. */
export const DeliveryState = z.enum(["queued", "sent", "delivered", "failed", "cancelled"]);
export type DeliveryState = z.infer<typeof DeliveryState>;

/** The browser's PushSubscription, as `subscription.toJSON()` gives it, and what the app knows. */
export const RegisterDevice = z.strictObject({
  /** The push service's URL; the server sends only to the push services it is configured to trust. */
  endpoint: z.url({ protocol: /^https?$/ }).max(2000),
  keys: z.strictObject({
    p256dh: z.base64url().min(80).max(100),
    auth: z.base64url().min(16).max(32),
  }),
  /** What the person will recognise it by: "iPhone · Safari", made by the app from the browser. */
  label: typedText({ max: 100 }),
  /** The app runs from the home screen (display-mode standalone): required for push on iPhone. */
  installed: z.boolean(),
});
export type RegisterDevice = z.input<typeof RegisterDevice>;

/** The last delivery to a device: what a test alarm or a real one did. */
export const DeviceDelivery = z.object({
  state: DeliveryState,
  at: Timestamp,
  error: z.string().nullable(),
});

export const Device = z.object({
  id: Id,
  label: z.string(),
  installed: z.boolean(),
  /** The push service's host (fcm.googleapis.com, web.push.apple.com, …), never the endpoint. */
  pushService: z.string(),
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  lastDelivery: DeviceDelivery.nullable(),
});
export type Device = z.infer<typeof Device>;

export const DeviceList = z.object({ items: z.array(Device) });

/** The VAPID public key (base64url, uncompressed P-256 point) the browser subscribes with. */
export const PushKey = z.object({ publicKey: z.string() });

/** A test alarm to the caller alone, one delivery per device, with what came back. */
export const TestAlarm = z.object({
  id: Id,
  createdAt: Timestamp,
  deliveries: z.array(
    z.object({
      deviceId: Id,
      label: z.string(),
      state: DeliveryState,
      sentAt: Timestamp.nullable(),
      deliveredAt: Timestamp.nullable(),
      error: z.string().nullable(),
    }),
  ),
});
export type TestAlarm = z.infer<typeof TestAlarm>;

/**
 * The service worker's receipt for a push it showed. The token came in the push's payload and
 * names the delivery, signed by the server: no session is needed (a closed app has none at hand).
 */
export const PushReceipt = z.strictObject({ token: z.string().min(1).max(512) });

/** What a push carries to the service worker (encrypted end to end, RFC 8291). */
export const PushPayload = z.object({
  kind: z.enum(["alarm", "test"]),
  /** One notification per incident: a later push for it replaces the earlier one. */
  tag: z.string(),
  title: z.string(),
  body: z.string(),
  /** Where a tap opens the app. */
  url: z.string(),
  /** For the receipt (`POST /api/v1/push/receipts`). */
  receipt: z.string(),
  incidentId: Id.nullable(),
  drill: z.boolean(),
  /** Silent scenarios: no sound and no vibration where the platform lets the app choose. */
  silent: z.boolean(),
});
export type PushPayload = z.infer<typeof PushPayload>;

/**
 * Whether a person can be reached on a device (issue 10, "Admins see each person's readiness"):
 * how many devices receive their alarms, how many run the app from the home screen (required on
 * iPhone), and the last time one of them confirmed a push (a test alarm or a real one).
 */
export const PersonReadiness = z.object({
  personId: Id,
  devices: z.number().int().min(0),
  installed: z.number().int().min(0),
  lastReceiptAt: Timestamp.nullable(),
});
export type PersonReadiness = z.infer<typeof PersonReadiness>;

/** The people of the organisation with at least one device; the others have none. */
export const ReadinessList = z.object({ items: z.array(PersonReadiness) });
