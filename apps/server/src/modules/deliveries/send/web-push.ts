import webpush from "web-push";

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushOptions {
  vapid: { subject: string; publicKey: string; privateKey: string };
  /** Seconds the push service keeps it for a device that is offline. */
  ttl: number;
  /** One per incident: a later push with the same topic replaces one still waiting (RFC 8030). */
  topic: string;
  timeoutMs: number;
}

/** What the push service answered, or the network's error (status null). */
export interface PushAnswer {
  status: number | null;
  /** The message's URL at the push service (its Location), when it took it. */
  location: string | null;
  retryAfterSeconds: number | null;
  error: string | null;
}

/**
 * Sends one Web Push message: encrypted for the subscription (RFC 8291, aes128gcm) and signed
 * with the server's VAPID key (RFC 8292) by the `web-push` package, with high urgency, then
 * POSTed here (the package's own sender speaks https only and follows no timeout we can bound).
 * Redirects are not followed: the endpoint was checked, a redirect target was not.
 */
export async function sendWebPush(
  target: PushTarget,
  payload: string,
  options: PushOptions,
): Promise<PushAnswer> {
  const request = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    payload,
    {
      vapidDetails: options.vapid,
      TTL: options.ttl,
      urgency: "high",
      topic: options.topic,
      contentEncoding: "aes128gcm",
    },
  );
  try {
    const response = await fetch(request.endpoint, {
      method: "POST",
      headers: request.headers as Record<string, string>,
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = (await response.text()).slice(0, 300);
    const retryAfter = Number(response.headers.get("retry-after"));
    return {
      status: response.status,
      location: response.headers.get("location"),
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      error: response.ok ? null : `${response.status} ${text}`.trim(),
    };
  } catch (error) {
    return {
      status: null,
      location: null,
      retryAfterSeconds: null,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
