import type { Deps } from "../../../deps.js";
import { AppError, invalidField, notFound } from "../../../platform/errors.js";
import { findDelivery, markDelivered } from "../deliveries.repo.js";
import type { ReceiptTokens } from "./receipt-token.js";

/** What a device's receipt for an incident's push means to the incident: the person has it. */
export type OnIncidentReceipt = (r: {
  organizationId: string;
  personId: string;
  incidentId: string;
}) => Promise<unknown>;

/**
 * The service worker showed a push: its delivery is delivered (a second receipt changes
 * nothing), and for an alarm the person's participation is "received", as the app's own receipt.
 */
export async function recordReceipt(
  deps: Deps,
  tokens: ReceiptTokens,
  onIncident: OnIncidentReceipt,
  token: string,
): Promise<void> {
  const verified = tokens.verify(token, deps.clock.now());
  if (verified === "invalid") throw invalidField("body/token", "The receipt is not valid");
  if (verified === "expired")
    throw invalidField("body/token", "The receipt has expired", "expired");
  const delivery = await findDelivery(deps.db, verified.deliveryId);
  if (!delivery) throw notFound("Delivery");
  await markDelivered(deps.db, delivery.id, deps.clock.now().toISOString());
  if (delivery.subject_type !== "incident") return;
  try {
    await onIncident({
      organizationId: delivery.organization_id,
      personId: delivery.person_id,
      incidentId: delivery.subject_id,
    });
  } catch (error) {
    // The incident may have ended or the person left it: the device still has the push.
    if (!(error instanceof AppError)) throw error;
  }
}
