import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The receipt a push carries: it names the delivery and when it stops being valid, signed with a
 * key derived from the server's session secret (HMAC-SHA256), so the service worker can confirm
 * a push with no session and no one can confirm a delivery they were not sent.
 * Form: `<delivery id>.<expiry, unix seconds>.<signature, base64url>`.
 */
export class ReceiptTokens {
  readonly #key: Buffer;
  constructor(sessionKey: string) {
    this.#key = createHmac("sha256", sessionKey).update("beredd push receipt v1").digest();
  }

  sign(deliveryId: string, expiresAt: Date): string {
    const body = `${deliveryId}.${Math.floor(expiresAt.getTime() / 1000)}`;
    return `${body}.${this.#mac(body).toString("base64url")}`;
  }

  /** The delivery a token names, "expired", or "invalid" (malformed or not ours). */
  verify(token: string, now: Date): { deliveryId: string } | "expired" | "invalid" {
    const [id, expiry, signature, ...rest] = token.split(".");
    if (!id || !expiry || !signature || rest.length > 0 || !/^\d{1,12}$/.test(expiry))
      return "invalid";
    const expected = this.#mac(`${id}.${expiry}`);
    const given = Buffer.from(signature, "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
    if (Number(expiry) * 1000 < now.getTime()) return "expired";
    return { deliveryId: id };
  }

  #mac(body: string): Buffer {
    return createHmac("sha256", this.#key).update(body).digest();
  }
}
