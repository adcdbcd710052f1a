// The words of the reminder messages, with their provider templates (see
// lib/notifications/messages/compose-message.ts for why texts live in code).
import "server-only";
import { env } from "@/lib/env";
import { localePath } from "@/lib/i18n/paths";
import { messageLinkUrl, signMessageLink } from "@/lib/notifications/messages/message-link";
import { excerpt } from "@/lib/notifications/messages/sms-length";
import { shanghaiTime, shanghaiWallClock } from "@/lib/time/shanghai";

type Locale = "zh" | "en";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const sign = () => `【${env.SMS_SIGN_NAME}】`;

export function codeSms(code: string, locale: Locale) {
  return {
    text:
      locale === "en"
        ? `${sign()}Your code for market-day reminders is ${code}, valid for 10 minutes. Not you? Ignore this.`
        : `${sign()}市集提醒订阅验证码 ${code}，10 分钟内有效。不是您本人操作请忽略。`,
    template: locale === "en" ? "reminder-code-en" : "reminder-code",
    params: { code },
  };
}

export function confirmEmail(subscriptionId: string, locale: Locale, now: Date) {
  const link = messageLinkUrl("reminder-confirm", signMessageLink("reminder-confirm", subscriptionId, now), locale);
  return locale === "en"
    ? {
        subject: "Confirm your market-day reminders",
        text: `Press the button behind this link to get a reminder the day before each market day:\n\n${link}\n\nDid not ask for it? Ignore this email and nothing will be sent.`,
      }
    : {
        subject: "请确认订阅党员服务市集提醒",
        text: `点开下面的链接，按“确认订阅”，每次市集的前一天会给您发提醒：\n\n${link}\n\n不是您本人申请的，请忽略这封邮件，我们不会再发。`,
      };
}

export interface ReminderDay {
  slug: string;
  theme: string;
  themeEn: string | null;
  place: string;
  placeEn: string | null;
  startsAt: Date;
}

function dayText(startsAt: Date, locale: Locale): string {
  const { month, day } = shanghaiWallClock(startsAt);
  return locale === "en" ? `${day} ${MONTHS[month - 1]}` : `${month}月${day}日`;
}

export function reminderMessage(day: ReminderDay, subscriptionId: string, locale: Locale, now: Date) {
  const base = env.HUIYIN_PUBLIC_URL.replace(/\/$/, "");
  const link = `${base}${localePath(locale, `/market-days/${day.slug}`)}`;
  const stop = messageLinkUrl("reminder-stop", signMessageLink("reminder-stop", subscriptionId, now), locale);
  const theme = locale === "en" ? (day.themeEn ?? day.theme) : day.theme;
  const place = locale === "en" ? (day.placeEn ?? day.place) : day.place;
  const when = `${dayText(day.startsAt, locale)} ${shanghaiTime(day.startsAt)}`;
  const params = { theme: excerpt(theme, 20), place: excerpt(place, 16), time: when, link };
  if (locale === "en") {
    return {
      sms: {
        text: `${sign()}Tomorrow, ${when}: ${params.theme} at ${params.place}. ${link} Reply T to stop`,
        template: "market-day-reminder-en",
        params,
      },
      email: {
        subject: `Tomorrow: ${theme}`,
        text: `The party members' service market day is tomorrow, ${when}, at ${place}.\n\n${theme}\n\nStalls and details: ${link}\n\nStop these reminders: ${stop}`,
      },
    };
  }
  return {
    sms: {
      text: `${sign()}明天${when}，${params.theme}在${params.place}举行，欢迎来逛：${link} 回T退订`,
      template: "market-day-reminder",
      params,
    },
    email: {
      subject: `明天：${theme}`,
      text: `党员服务市集明天（${when}）在${place}举行。\n\n${theme}\n\n摊位和详情：${link}\n\n不想再收到提醒：${stop}`,
    },
  };
}
