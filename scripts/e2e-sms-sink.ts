// The SMS gateway of the end-to-end server (scripts/e2e-server.ts): a local HTTP
// server that speaks the webhook provider's protocol (README, "Messages"), so
// the product's real webhook client sends to it and the tests read what a
// resident's phone would have received. Not part of the product.
//
//   POST /sms                 a message, as SMS_PROVIDER=webhook sends it → 200
//   GET  /messages?to=<phone> the messages to that phone, oldest first (JSON)
import { createServer } from "node:http";

interface Received {
  to: string;
  text: string;
  template: string;
  id: string;
  at: string;
}

export function startSmsSink(port: number): void {
  const messages: Received[] = [];
  createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method === "POST" && url.pathname === "/sms") {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Omit<Received, "at">;
        // One message per notification id: a resend after a crash is the same message.
        if (!messages.some((m) => m.id === body.id)) messages.push({ ...body, at: new Date().toISOString() });
        response.writeHead(200).end();
      });
      return;
    }
    if (request.method === "GET" && url.pathname === "/messages") {
      const to = url.searchParams.get("to");
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(messages.filter((m) => !to || m.to === to)));
      return;
    }
    response.writeHead(404).end();
  }).listen(port, "127.0.0.1");
}
