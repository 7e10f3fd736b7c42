import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  hkdfSync,
  randomBytes,
  verify,
  type ECDH,
} from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One push as the push service received it: its headers, VAPID claims and decrypted payload. */
export interface ReceivedPush {
  device: string;
  ttl: string | undefined;
  urgency: string | undefined;
  topic: string | undefined;
  claims: { aud: string; exp: number; sub: string };
  payload: Record<string, unknown>;
}

interface Device {
  ecdh: ECDH;
  auth: Buffer;
}

/**
 * A local push service speaking the real protocol (RFC 8030): it takes the server's POST,
 * checks the VAPID Authorization (RFC 8292: an ES256 JWT for this origin, signed with the key
 * the server serves) and decrypts the aes128gcm payload (RFC 8291) with the subscription's
 * private key, as a browser would. Each device answers 201 unless told otherwise.
 */
export class PushPeer {
  readonly received: ReceivedPush[] = [];
  /** What went wrong with a push the peer could not accept: a test fails on any. */
  readonly faults: string[] = [];
  vapidKey = "";
  readonly #devices = new Map<string, Device>();
  readonly #answers = new Map<string, number[]>();
  #server: Server | undefined;
  origin = "";

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      void this.#take(req).then(
        (status) => {
          res.writeHead(
            status,
            status === 201
              ? { location: `${this.origin}/m/${randomBytes(6).toString("hex")}` }
              : {},
          );
          res.end();
        },
        (error: unknown) => {
          this.faults.push(String(error));
          res.writeHead(400);
          res.end();
        },
      );
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    this.origin = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.#server?.close(resolve));
  }

  /** A new browser subscription at this push service: what `subscription.toJSON()` gives. */
  subscribe(device: string) {
    const ecdh = createECDH("prime256v1");
    ecdh.generateKeys();
    const auth = randomBytes(16);
    this.#devices.set(device, { ecdh, auth });
    return {
      endpoint: `${this.origin}/push/${device}`,
      keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") },
    };
  }

  /** The statuses the device's next pushes are answered with, in order (then 201). */
  answer(device: string, ...statuses: number[]): void {
    this.#answers.set(device, statuses);
  }

  pushesTo(device: string): ReceivedPush[] {
    return this.received.filter((p) => p.device === device);
  }

  async #take(req: IncomingMessage): Promise<number> {
    const device = /^\/push\/([\w-]+)$/.exec(req.url ?? "")?.[1] ?? "";
    const keys = this.#devices.get(device);
    if (req.method !== "POST" || !keys) return 404;
    const body = Buffer.concat(await req.toArray().then((chunks) => chunks as Buffer[]));
    const status = this.#answers.get(device)?.shift() ?? 201;
    if (status !== 201) return status;
    if (req.headers["content-encoding"] !== "aes128gcm") throw new Error("not aes128gcm");
    this.received.push({
      device,
      ttl: req.headers.ttl as string | undefined,
      urgency: req.headers.urgency as string | undefined,
      topic: req.headers.topic as string | undefined,
      claims: this.#checkVapid(req.headers.authorization ?? ""),
      payload: JSON.parse(decrypt(body, keys).toString("utf8")) as Record<string, unknown>,
    });
    return 201;
  }

  /** `vapid t=<JWT>, k=<public key>`: the key must be the server's, the JWT signed with it. */
  #checkVapid(header: string): ReceivedPush["claims"] {
    const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header);
    if (!match) throw new Error(`no VAPID authorization: ${header}`);
    const [, jwt = "", k = ""] = match;
    if (k !== this.vapidKey) throw new Error("VAPID key is not the one the server serves");
    const [head = "", claims = "", signature = ""] = jwt.split(".");
    const point = Buffer.from(k, "base64url");
    const key = createPublicKey({
      key: {
        kty: "EC",
        crv: "P-256",
        x: point.subarray(1, 33).toString("base64url"),
        y: point.subarray(33, 65).toString("base64url"),
      },
      format: "jwk",
    });
    const signed = verify(
      "sha256",
      Buffer.from(`${head}.${claims}`),
      { key, dsaEncoding: "ieee-p1363" },
      Buffer.from(signature, "base64url"),
    );
    if (!signed) throw new Error("VAPID signature does not verify");
    if ((JSON.parse(Buffer.from(head, "base64url").toString()) as { alg: string }).alg !== "ES256")
      throw new Error("VAPID JWT is not ES256");
    const parsed = JSON.parse(
      Buffer.from(claims, "base64url").toString(),
    ) as ReceivedPush["claims"];
    if (parsed.aud !== this.origin) throw new Error(`VAPID audience ${parsed.aud}`);
    if (parsed.exp * 1000 < Date.now()) throw new Error("VAPID JWT expired");
    return parsed;
  }
}

/**
 * RFC 8291 + RFC 8188 (aes128gcm), as the browser decrypts: the header carries the salt, the
 * record size and the sender's one-time public key; the keys come from ECDH with the
 * subscription's private key and its auth secret through HKDF.
 */
function decrypt(body: Buffer, device: Device): Buffer {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const senderKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const secret = device.ecdh.computeSecret(senderKey);
  const info = Buffer.concat([
    Buffer.from("WebPush: info\0"),
    device.ecdh.getPublicKey(),
    senderKey,
  ]);
  const ikm = Buffer.from(hkdfSync("sha256", secret, device.auth, info, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, "Content-Encoding: aes128gcm\0", 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, "Content-Encoding: nonce\0", 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const plain = Buffer.concat([
    decipher.update(record.subarray(0, record.length - 16)),
    decipher.final(),
  ]);
  // The last record ends with the delimiter 2, then any padding of zeros.
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end -= 1;
  if (plain[end] !== 2) throw new Error("no last-record delimiter");
  return plain.subarray(0, end);
}
