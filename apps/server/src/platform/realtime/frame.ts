import type { Socket } from "node:net";
import type { WebSocket } from "ws";

/**
 * One unmasked, final text frame (RFC 6455 §5.2) holding `text`: a message going to 10,000
 * sockets is framed once and the same bytes are written to each, instead of `ws` framing it
 * (two writes under cork) per socket — the bulk of the cost of a fan-out.
 */
export function textFrame(text: string): Buffer {
  const n = Buffer.byteLength(text);
  const header = n < 126 ? 2 : n < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + n);
  frame[0] = 0x81; // FIN + text
  if (n < 126) frame[1] = n;
  else if (n < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(n), 2);
  }
  frame.write(text, header);
  return frame;
}

/**
 * Writes a prepared frame to a socket. Only for sockets without extensions (no permessage-deflate:
 * the server never negotiates it), where `ws` writes every message straight to the TCP socket
 * too, so frames written here and messages sent through `ws` keep their order.
 */
export function writeFrame(socket: WebSocket, frame: Buffer): void {
  if (socket.readyState !== socket.OPEN) return;
  const raw = (socket as unknown as { _socket?: Socket })._socket;
  if (socket.extensions === "" && raw) raw.write(frame);
  else
    socket.send(frame.subarray(frame[1] === 126 ? 4 : frame[1] === 127 ? 10 : 2), {
      binary: false,
    });
}
