/**
 * The baseline: a bare `ws` server that does nothing but hold sockets and, when told, send one
 * message to every one of them with a plain loop. What the product costs is measured against it.
 * Answers its clients send are recorded the plainest way (baseline-answers.ts) in `<database>`.
 *
 *   node --import tsx bench/baseline-server.ts <host> <port> <database>
 *
 * GET /readyz answers 200; POST /broadcast sends the request body, as text, to every socket and
 * answers with how many and how long the loop took.
 */
import { createServer, type IncomingMessage } from "node:http";
import { WebSocketServer } from "ws";
import { BaselineAnswers } from "./baseline-answers.js";

const [host = "127.0.0.2", port = "0", database = ":memory:"] = process.argv.slice(2);
const answers = new BaselineAnswers(database);

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

const server = createServer((request, response) => {
  if (request.method === "GET" && request.url === "/readyz") {
    response.end("ok");
    return;
  }
  if (request.method === "POST" && request.url === "/broadcast") {
    void readBody(request).then((payload) => {
      const started = performance.now();
      for (const client of wss.clients) client.send(payload);
      const ms = performance.now() - started;
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ clients: wss.clients.size, ms }));
    });
    return;
  }
  response.statusCode = 404;
  response.end();
});

// The same options the product gives ws: no compression, 64 KiB messages.
const wss = new WebSocketServer({ server, path: "/stream", maxPayload: 64 * 1024 });
let sockets = 0;
wss.on("connection", (socket) => {
  const socketNo = sockets++;
  socket.on("error", () => undefined);
  // Text frames, unfragmented, arrive as one Buffer.
  socket.on("message", (data) => {
    if (Buffer.isBuffer(data)) answers.receive(socket, socketNo, data.toString("utf8"));
  });
});

server.listen(Number(port), host, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : Number(port);
  process.stdout.write(`listening ${host}:${actual}\n`);
});

const stop = () => {
  for (const client of wss.clients) client.terminate();
  server.close(() => {
    answers.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
