// Email over SMTP against a real SMTP server on a local port (smtp-server, the
// server half of nodemailer's project): the message as received, its Message-ID
// derived from the notification, and which server answers are retried or final.
import { SMTPServer } from "smtp-server";
import { createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { emailChannelFromEnv } from "@/lib/notifications/channels/from-env";
import { messageIdFor, smtpEmail } from "@/lib/notifications/channels/smtp-email";
import type { EmailChannel, EmailMessage } from "@/lib/notifications/channels/types";
import { closedPort } from "../helpers/local-http-server";
import { parseMail } from "../helpers/parse-mail";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const FROM = "园东社区 <noreply@huiyin.example.org>";
const message: EmailMessage = {
  to: "resident@example.org",
  subject: "您的心愿有了回复",
  text: "您好：\n\n您在园东社区提交的心愿已有回复，请打开链接查看：https://huiyin.example.org/t/abc\n",
  id: "ntf-0001",
};

const received: Received[] = [];
let port = 0;
const server = new SMTPServer({
  // An intranet relay: no TLS, no login (nodemailer would otherwise upgrade to
  // STARTTLS against the server's self-signed certificate).
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onRcptTo(address, _session, callback) {
    // SMTP's own verdicts: 451 is "try again later", 550 "no such mailbox".
    if (address.address.startsWith("busy@")) {
      callback(Object.assign(new Error("4.3.2 Mailbox busy, try again later"), { responseCode: 451 }));
    } else if (address.address.startsWith("nobody@")) {
      callback(Object.assign(new Error("5.1.1 No such user here"), { responseCode: 550 }));
    } else {
      callback();
    }
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const envelope = session.envelope;
      received.push({
        from: envelope.mailFrom ? envelope.mailFrom.address : "",
        to: envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
});

const channels: EmailChannel[] = [];
afterAll(() => channels.forEach((c) => c.close()));
function channel(url = `smtp://127.0.0.1:${port}`, timeoutMs?: number): EmailChannel {
  const created = smtpEmail({ url, from: FROM, timeoutMs });
  channels.push(created);
  return created;
}

describe("email over SMTP", () => {
  it("delivers the message with From, To, Subject, body and a Message-ID from the notification id", async () => {
    const result = await channel().send(message);
    expect(result).toEqual({ ok: true, providerId: "<notification-ntf-0001@huiyin.example.org>" });
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.from).toBe("noreply@huiyin.example.org");
    expect(mail?.to).toEqual(["resident@example.org"]);
    const { headers, body } = parseMail(mail?.raw ?? "");
    expect(headers.get("from")).toBe("园东社区 <noreply@huiyin.example.org>");
    expect(headers.get("to")).toBe("resident@example.org");
    expect(headers.get("subject")).toBe("您的心愿有了回复");
    expect(headers.get("message-id")).toBe("<notification-ntf-0001@huiyin.example.org>");
    expect(headers.get("content-type")).toMatch(/^text\/plain; charset=utf-8/i);
    expect(body).toBe(message.text);
  });

  it("gives a resend of the same notification the same Message-ID, and another notification another", async () => {
    await channel().send(message);
    await channel().send(message);
    await channel().send({ ...message, id: "ntf-0002" });
    const ids = received.map((mail) => parseMail(mail.raw).headers.get("message-id"));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe("<notification-ntf-0002@huiyin.example.org>");
    expect(messageIdFor("ntf-0001", "noreply@huiyin.example.org")).toBe(ids[0]);
  });

  it("retries when the server says 451 (try later) and gives up when it says 550 (no such mailbox)", async () => {
    expect(await channel().send({ ...message, to: "busy@example.org" })).toEqual({
      ok: false,
      retry: true,
      code: "smtp-451",
    });
    expect(await channel().send({ ...message, to: "nobody@example.org" })).toEqual({
      ok: false,
      retry: false,
      code: "smtp-550",
    });
    expect(received).toHaveLength(0);
  });

  it("retries when no server listens", async () => {
    const result = await channel(`smtp://127.0.0.1:${await closedPort()}`).send(message);
    expect(result).toEqual({ ok: false, retry: true, code: "smtp-esocket" });
  });

  it("retries when the server accepts the connection but never greets", async () => {
    const silent = createServer(() => {
      // Holds the socket open and says nothing.
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port: silentPort } = silent.address() as AddressInfo;
      const started = Date.now();
      const result = await channel(`smtp://127.0.0.1:${silentPort}`, 300).send(message);
      expect(result).toEqual({ ok: false, retry: true, code: "smtp-etimedout" });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it("is what SMTP_URL and MAIL_FROM build, and nothing without SMTP_URL", async () => {
    expect(emailChannelFromEnv(readEnv({ NODE_ENV: "test" }))).toBeNull();
    const email = emailChannelFromEnv(
      readEnv({ NODE_ENV: "test", SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "noreply@huiyin.example.org" }),
    );
    expect(email).not.toBeNull();
    try {
      expect(await email?.send(message)).toMatchObject({ ok: true });
      expect(parseMail(received[0]?.raw ?? "").headers.get("from")).toBe("noreply@huiyin.example.org");
    } finally {
      email?.close();
    }
  });
});
