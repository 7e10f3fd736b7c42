import type { PushPayload } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { randomToken } from "../../../platform/auth/index.js";
import { parseJson } from "../../../platform/db/index.js";
import { cancelQueued } from "../deliveries.repo.js";
import { findDevice, removeDevice } from "../devices/devices.repo.js";
import { trustedPushHost } from "../devices/push-hosts.js";
import type { ReceiptTokens } from "../receipts/receipt-token.js";
import { sendWebPush, type PushAnswer } from "./web-push.js";

const TIMEOUT_MS = 10_000;
// Pushes in flight at once per node, and claimed at once: two rounds of them.
const PARALLEL = 16;
const BATCH = 2 * PARALLEL;
// A claim outlasts its batch's slowest sends; a node that dies holding one loses it then.
const CLAIM_MS = 3 * TIMEOUT_MS;
const MAX_ATTEMPTS = 8;
// A receipt may come late: a phone offline for a while shows the push when it comes back.
const RECEIPT_VALID_MS = 24 * 3_600_000;

/** Seconds before the next attempt: 1, 2, 4, … doubling, at most 5 minutes. */
export const backoffSeconds = (attempts: number) => Math.min(2 ** (attempts - 1), 300);

type Claimed = Awaited<ReturnType<typeof claim>>[number];

/**
 * Sends the deliveries that are due. Each is claimed with a fresh token (FOR UPDATE SKIP LOCKED
 * on PostgreSQL, so nodes never take the same row) and its attempt counted before anything is
 * sent; the outcome is written only by the holder of the claim, and only while the delivery is
 * still queued (an answer may have cancelled it meanwhile). A node that dies mid-send leaves a
 * claim that expires (at once on the next start with SQLite, which has one node): the push is
 * sent once more, marked `interrupted`, with the same Topic and tag, so the push service and the
 * phone replace the first copy if it got through rather than show two. Returns how many were sent.
 */
export async function runDueDeliveries(deps: Deps, receipts: ReceiptTokens): Promise<number> {
  let sent = 0;
  for (let round = 0; round < 100; round += 1) {
    const token = randomToken(12);
    const claimed = await claim(deps, token);
    if (claimed.length === 0) break;
    const queue = [...claimed];
    await Promise.all(
      Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
        for (let d = queue.shift(); d; d = queue.shift())
          if (await send(deps, receipts, d, token)) sent += 1;
      }),
    );
  }
  return sent;
}

async function claim(deps: Deps, token: string) {
  const now = deps.clock.now();
  const ts = now.toISOString();
  const due = deps.db
    .selectFrom("deliveries")
    .select("id")
    .where("state", "=", "queued")
    .where("next_attempt_at", "<=", ts)
    .where((eb) => eb.or([eb("claim_token", "is", null), eb("claimed_until", "<", ts)]))
    .orderBy("next_attempt_at")
    .limit(BATCH);
  return deps.db
    .updateTable("deliveries")
    .set((eb) => ({
      claim_token: token,
      claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString(),
      attempts: eb("attempts", "+", 1),
      // A claim still on the row is one whose holder died before it wrote the outcome.
      interrupted: eb
        .case()
        .when("claim_token", "is not", null)
        .then(1)
        .else(eb.ref("interrupted"))
        .end(),
    }))
    .where("id", "in", deps.dialect === "postgres" ? due.forUpdate().skipLocked() : due)
    .returning(["id", "target", "subject_id", "payload", "attempts"])
    .execute();
}

async function send(
  deps: Deps,
  receipts: ReceiptTokens,
  d: Claimed,
  token: string,
): Promise<boolean> {
  const device = await findDevice(deps.db, d.target);
  if (!device || !trustedPushHost(deps.config.push.hosts, device.endpoint)) {
    await finish(deps, d, token, {
      state: "failed",
      error: device ? "the device's push service is no longer trusted" : "the device was removed",
    });
    return false;
  }
  const now = deps.clock.now();
  const payload: PushPayload = {
    ...parseJson<Omit<PushPayload, "receipt">>(d.payload),
    receipt: receipts.sign(d.id, new Date(now.getTime() + RECEIPT_VALID_MS)),
  };
  deps.failpoint("push-before-send");
  const answer = await sendWebPush(device, JSON.stringify(payload), {
    vapid: { subject: deps.config.push.subject, ...deps.secrets.vapid },
    ttl: payload.kind === "alarm" ? 900 : 300,
    // Topic: at most 32 characters of the base64url alphabet; an id without its dashes fits.
    topic: d.subject_id.replaceAll("-", ""),
    timeoutMs: TIMEOUT_MS,
  });
  deps.failpoint("push-after-send");
  const at = deps.clock.now().toISOString();
  if (answer.status !== null && answer.status >= 200 && answer.status < 300) {
    await finish(deps, d, token, { state: "sent", sent_at: at, ...provider(answer), error: null });
    return true;
  }
  if (answer.status === 404 || answer.status === 410) {
    // The subscription is gone (unsubscribed, expired): sending to it again is pointless.
    await finish(deps, d, token, { state: "failed", ...provider(answer) });
    await removeDevice(deps.db, device.id, "expired", at);
    await cancelQueued(deps.db, { deviceId: device.id }, at);
    return false;
  }
  const transient = answer.status === null || answer.status === 429 || answer.status >= 500;
  if (transient && d.attempts < MAX_ATTEMPTS) {
    const wait = Math.max(answer.retryAfterSeconds ?? 0, backoffSeconds(d.attempts));
    await finish(deps, d, token, {
      state: "queued",
      next_attempt_at: new Date(now.getTime() + wait * 1000).toISOString(),
      ...provider(answer),
    });
    return false;
  }
  await finish(deps, d, token, { state: "failed", ...provider(answer) });
  return false;
}

const provider = (answer: PushAnswer) => ({
  provider_status: answer.status,
  provider_id: answer.location,
  error: answer.error,
});

/** Writes an attempt's outcome, if the claim is still this one's and the delivery still queued. */
async function finish(
  deps: Deps,
  d: Claimed,
  token: string,
  change: {
    state: "queued" | "sent" | "failed";
    error: string | null;
    sent_at?: string;
    next_attempt_at?: string;
    provider_status?: number | null;
    provider_id?: string | null;
  },
): Promise<void> {
  await deps.db
    .updateTable("deliveries")
    .set({
      ...change,
      claim_token: null,
      claimed_until: null,
      updated_at: deps.clock.now().toISOString(),
    })
    .where("id", "=", d.id)
    .where("claim_token", "=", token)
    .where("state", "=", "queued")
    .execute();
}

/**
 * With SQLite there is one node: a claim found at start belongs to the process that ran before,
 * which died holding it. It expires now rather than in CLAIM_MS, so the alarm goes out at once.
 */
export async function releaseDeadClaims(deps: Deps): Promise<void> {
  if (deps.dialect !== "sqlite") return;
  await deps.db
    .updateTable("deliveries")
    .set({ claimed_until: new Date(0).toISOString() })
    .where("state", "=", "queued")
    .where("claim_token", "is not", null)
    .execute();
}
