import { IdParams } from "../common.js";
import {
  Device,
  DeviceList,
  PushKey,
  PushReceipt,
  ReadinessList,
  RegisterDevice,
  TestAlarm,
} from "../devices.js";
import { authProblems, defineRoute, NoContent } from "../route.js";

const tags = ["Devices"];

export const devices = {
  pushKey: defineRoute({
    method: "GET",
    path: "/api/v1/push/key",
    summary: "The server's VAPID public key, to subscribe a browser to push with",
    tags,
    responses: { 200: PushKey },
    problems: [401],
  }),
  list: defineRoute({
    method: "GET",
    path: "/api/v1/me/devices",
    summary: "The devices you receive alarms on",
    tags,
    responses: { 200: DeviceList },
    problems: [401],
  }),
  register: defineRoute({
    method: "POST",
    path: "/api/v1/me/devices",
    summary:
      "Register this browser's push subscription, or refresh it (same endpoint, same device)",
    tags,
    body: RegisterDevice,
    responses: { 200: Device },
    problems: [...authProblems],
  }),
  remove: defineRoute({
    method: "DELETE",
    path: "/api/v1/me/devices/:id",
    summary: "Stop sending alarms to a device",
    tags,
    params: IdParams,
    responses: { 204: NoContent },
    problems: [...authProblems, 404],
  }),
  sendTest: defineRoute({
    method: "POST",
    path: "/api/v1/me/test-alarms",
    summary: "Send a test alarm to every device of yours, and no one else",
    tags,
    responses: { 201: TestAlarm },
    problems: [...authProblems, 409, 429],
  }),
  getTest: defineRoute({
    method: "GET",
    path: "/api/v1/me/test-alarms/:id",
    summary: "A test alarm of yours, with what each device answered",
    tags,
    params: IdParams,
    responses: { 200: TestAlarm },
    problems: [...authProblems, 404],
  }),
  readiness: defineRoute({
    method: "GET",
    path: "/api/v1/readiness",
    summary:
      "Each person's readiness to receive an alarm: devices, home screen, last receipt (staff)",
    tags,
    responses: { 200: ReadinessList },
    problems: [401, 403],
  }),
  receipt: defineRoute({
    method: "POST",
    path: "/api/v1/push/receipts",
    summary: "The service worker confirms it showed a push (signed token, no session)",
    tags,
    security: [],
    body: PushReceipt,
    responses: { 204: NoContent },
    problems: [400, 404],
  }),
};
