import type { Deps } from "../../deps.js";
import type { App } from "../../platform/http/index.js";
import { startPoller, type Poller } from "../../platform/jobs/index.js";
import type { Broadcaster } from "../../platform/realtime/index.js";
import { registerDeliveryRoutes } from "./deliveries.routes.js";
import { queueFromLog } from "./queue/queue-from-log.js";
import { ReceiptTokens } from "./receipts/receipt-token.js";
import type { OnIncidentReceipt } from "./receipts/record-receipt.js";
import { releaseDeadClaims, runDueDeliveries } from "./send/run-deliveries.js";

export interface DeliveryServices {
  /** Reads the event log into deliveries (kicked by every commit this node hears of). */
  queue: Poller;
  /** Sends what is due. */
  sender: Poller;
  stop(): Promise<void>;
}

/**
 * Outbound delivery: the devices people receive alarms on, the queue that turns the incidents'
 * events into deliveries, the sender, receipts and test alarms.
 */
export function registerDeliveries(
  app: App,
  deps: Deps,
  options: { broadcaster: Broadcaster; onIncidentReceipt: OnIncidentReceipt },
): DeliveryServices {
  const receipts = new ReceiptTokens(deps.secrets.sessionKey);
  const onError = (name: string, error: unknown) =>
    app.log.error({ err: error, job: name }, "job failed");
  let started: Promise<void> | undefined;
  const sender = startPoller(
    "deliveries.send",
    deps.config.deliveryPollMs,
    async () => {
      await (started ??= releaseDeadClaims(deps).catch((error: unknown) => {
        started = undefined;
        throw error;
      }));
      await runDueDeliveries(deps, receipts);
    },
    onError,
  );
  const queue = startPoller(
    "deliveries.queue",
    deps.config.deliveryPollMs,
    async () => {
      if ((await queueFromLog(deps)) > 0) void sender.kick();
    },
    onError,
  );
  const unsubscribe = options.broadcaster.subscribe(() => void queue.kick());
  registerDeliveryRoutes(app, deps, {
    receipts,
    onIncidentReceipt: options.onIncidentReceipt,
    wake: () => void sender.kick(),
  });
  return {
    queue,
    sender,
    stop: async () => {
      unsubscribe();
      await queue.stop();
      await sender.stop();
    },
  };
}
