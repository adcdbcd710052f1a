// The SMS gateway and mail relay of the end-to-end server (scripts/e2e-server.ts):
// a local HTTP server that speaks the webhook provider's protocol (README,
// "Messages"), and a local SMTP server (smtp-server), so the product's real
// webhook and SMTP clients send to them and the tests read what a resident's
// phone or a unit's mailbox would have received. Not part of the product.
//
//   POST /sms                 a message, as SMS_PROVIDER=webhook sends it → 200
//   GET  /messages?to=<phone> the messages to that phone, oldest first (JSON)
//   GET  /mail?to=<address>   the raw emails to that address, oldest first (JSON)
import { createServer } from "node:http";
import { SMTPServer } from "smtp-server";

interface Received {
  to: string;
  text: string;
  template: string;
  id: string;
  at: string;
}

interface Mail {
  to: string[];
  raw: string;
}

/** SMTP on `smtpPort`; what arrives is read back through the HTTP sink's /mail. */
function startMailSink(smtpPort: number, mails: Mail[]): void {
  new SMTPServer({
    // An intranet relay: no TLS, no login.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  }).listen(smtpPort, "127.0.0.1");
}

export function startSmsSink(port: number, smtpPort?: number): void {
  const messages: Received[] = [];
  const mails: Mail[] = [];
  if (smtpPort) startMailSink(smtpPort, mails);
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
    if (request.method === "GET" && url.pathname === "/mail") {
      const to = url.searchParams.get("to");
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(mails.filter((m) => !to || m.to.includes(to))));
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
