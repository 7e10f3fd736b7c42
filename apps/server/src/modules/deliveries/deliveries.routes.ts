import { routes } from "@beredd/contracts";
import type { FastifyRequest } from "fastify";
import type { Deps } from "../../deps.js";
import { hasRole } from "../../platform/auth/index.js";
import { forbidden, notFound } from "../../platform/errors.js";
import { fromTable, type App } from "../../platform/http/index.js";
import { requireActor } from "../identity/index.js";
import { cancelQueued } from "./deliveries.repo.js";
import { presentDevice } from "./devices/device.presenter.js";
import { readinessOf } from "./devices/readiness.js";
import { devicesOf, removeDevice } from "./devices/devices.repo.js";
import { registerDevice } from "./devices/register-device.js";
import type { ReceiptTokens } from "./receipts/receipt-token.js";
import { recordReceipt, type OnIncidentReceipt } from "./receipts/record-receipt.js";
import { getTestAlarm, sendTestAlarm } from "./test-alarms/test-alarms.js";

/** Devices and test alarms are a person's own: an integration has none. */
function me(request: FastifyRequest) {
  const actor = requireActor(request);
  if (actor.type !== "person") throw forbidden("Only a person has devices");
  return { organizationId: actor.organizationId, personId: actor.id };
}

export function registerDeliveryRoutes(
  app: App,
  deps: Deps,
  services: { receipts: ReceiptTokens; onIncidentReceipt: OnIncidentReceipt; wake(): void },
): void {
  app.route({
    ...fromTable(routes.devices.pushKey),
    handler: (request) => {
      requireActor(request);
      return Promise.resolve({ publicKey: deps.secrets.vapid.publicKey });
    },
  });

  app.route({
    ...fromTable(routes.devices.list),
    handler: async (request) => {
      const caller = me(request);
      const rows = await devicesOf(deps.db, caller.organizationId, caller.personId);
      return { items: await Promise.all(rows.map((r) => presentDevice(deps.db, r))) };
    },
  });

  app.route({
    ...fromTable(routes.devices.register),
    handler: async (request) =>
      presentDevice(deps.db, await registerDevice(deps, me(request), request.body)),
  });

  app.route({
    ...fromTable(routes.devices.remove),
    handler: async (request, reply) => {
      const caller = me(request);
      const at = deps.clock.now().toISOString();
      const removed = await removeDevice(
        deps.db,
        request.params.id,
        "removed",
        at,
        caller.personId,
      );
      if (Number(removed.numUpdatedRows) !== 1) throw notFound("The device");
      await cancelQueued(deps.db, { deviceId: request.params.id }, at);
      return reply.status(204).send(null);
    },
  });

  app.route({
    ...fromTable(routes.devices.readiness),
    handler: async (request) => {
      const actor = requireActor(request);
      // The staff see who can be reached; a member sees their own devices only.
      if (!hasRole(actor, "coordinator"))
        throw forbidden("Only the staff see everyone's readiness");
      return { items: await readinessOf(deps.db, actor.organizationId) };
    },
  });

  app.route({
    ...fromTable(routes.devices.sendTest),
    handler: async (request, reply) => {
      const caller = me(request);
      const id = await sendTestAlarm(deps, caller);
      services.wake();
      return reply.status(201).send(await getTestAlarm(deps, caller, id));
    },
  });

  app.route({
    ...fromTable(routes.devices.getTest),
    handler: async (request) => getTestAlarm(deps, me(request), request.params.id),
  });

  app.route({
    ...fromTable(routes.devices.receipt),
    handler: async (request, reply) => {
      await recordReceipt(deps, services.receipts, services.onIncidentReceipt, request.body.token);
      return reply.status(204).send(null);
    },
  });
}
