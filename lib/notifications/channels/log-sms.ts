// SMS_PROVIDER=log, the default: nothing leaves the machine. One line per message
// goes to the server log, and the message to the in-memory outbox
// (log-outbox.ts) for the dashboard. The log line has the masked phone, the
// template and the length, not the text or params: the text holds a tracking
// code or a signed link to the reply, and server logs are kept and shipped
// around longer than anyone reads them.

import { recipientProblem } from "./check-recipient";
import { rememberSms } from "./log-outbox";
import { maskMobile } from "@/lib/phone";
import { delivered } from "./send-result";
import type { SmsChannel, SmsMessage } from "./types";

export function logSms(write: (line: string) => void = (line) => console.log(line)): SmsChannel {
  return {
    provider: "log",
    send(message: SmsMessage) {
      const problem = recipientProblem(message);
      if (problem) return Promise.resolve(problem);
      const to = maskMobile(message.to);
      write(`[sms:log] ${to} template=${message.template} id=${message.id} chars=${[...message.text].length}`);
      rememberSms({ id: message.id, to, template: message.template, text: message.text, at: new Date() });
      return Promise.resolve(delivered(`log-${message.id}`));
    },
  };
}
