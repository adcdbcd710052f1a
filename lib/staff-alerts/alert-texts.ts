// The words of staff alerts. Chinese only: the dashboard's staff read Chinese,
// and a group chat mixes everyone. No personal data and no wish text, since a
// WeCom group may hold people outside the office: the tracking code, the
// category and a link into the dashboard, where the rest is behind a sign-in.
import "server-only";
import type { StaffAlertKind, WishCategory } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import zhTrack from "@/lib/i18n/messages/zh-CN/track.json";
import { shanghaiWallClock } from "@/lib/time/shanghai";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";

export interface AlertLine {
  kind: StaffAlertKind;
  wishId: string;
  trackingCode: string;
  category: WishCategory | null;
  dueAt: Date | null;
}

const HEADINGS: Record<Exclude<StaffAlertKind, "DIGEST">, string> = {
  NEW_WISH: "新心愿",
  REPLY_DUE_SOON: "快到首次答复期限",
  REPLY_OVERDUE: "已超过首次答复期限",
  REFERRAL_DUE_SOON: "转办快到期",
  REFERRAL_OVERDUE: "转办已超期（请催办）",
  REFERRAL_RETURNED: "承办单位退单（请改派）",
  EXTENSION_REQUESTED: "承办单位申请延期（请审批）",
};

const categoryLabel = (category: WishCategory | null) =>
  (zhTrack.category as Record<string, string>)[category ?? "none"] ?? "";

function when(date: Date): string {
  const w = shanghaiWallClock(date);
  return `${w.month}月${w.day}日 ${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}`;
}

const wishAdminUrl = (wishId: string) => `${env.HUIYIN_PUBLIC_URL.replace(/\/$/, "")}/admin/wishes/${wishId}`;

/** One message for a run's alerts, grouped by kind, in the table's order. */
export function alertText(communityName: string, lines: AlertLine[]): { subject: string; text: string } {
  const parts: string[] = [];
  for (const kind of Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]) {
    const ofKind = lines.filter((l) => l.kind === kind);
    if (ofKind.length === 0) continue;
    parts.push(`${HEADINGS[kind]}（${ofKind.length}）`);
    for (const line of ofKind) {
      const due = line.dueAt ? ` 期限 ${when(line.dueAt)}` : "";
      parts.push(
        `· ${formatTrackingCode(line.trackingCode)} ${categoryLabel(line.category)}${due}\n  ${wishAdminUrl(line.wishId)}`,
      );
    }
  }
  const counts = (Object.keys(HEADINGS) as (keyof typeof HEADINGS)[])
    .map((kind) => [kind, lines.filter((l) => l.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${HEADINGS[kind]} ${n}`)
    .join("，");
  return { subject: `【${communityName}】${counts}`, text: `【${communityName}】回音提醒\n${parts.join("\n")}` };
}

export interface DigestFigures {
  newYesterday: number;
  dueToday: number;
  overdue: number;
  open: number;
}

export function digestText(
  communityName: string,
  day: string,
  figures: DigestFigures,
): { subject: string; text: string } {
  const inbox = `${env.HUIYIN_PUBLIC_URL.replace(/\/$/, "")}/admin/wishes`;
  return {
    subject: `【${communityName}】${day} 心愿日报：超期 ${figures.overdue}，今天到期 ${figures.dueToday}`,
    text: [
      `${communityName} ${day} 心愿日报`,
      `昨天新收：${figures.newYesterday}`,
      `今天到期：${figures.dueToday}`,
      `已超期：${figures.overdue}`,
      `办理中：${figures.open}`,
      "",
      `打开收件箱：${inbox}`,
      "",
      "不想再收日报：在“我的账号”里取消勾选。",
    ].join("\n"),
  };
}
