// The CSV export's words: column names and the labels of kind, category, channel
// and state, in the language of the export. Chinese is the default, since the
// subdistrict reads the file; English for English-speaking staff; "codes" keeps
// the column keys and enum names, for a script that reads the file.
import "server-only";
import { loadMessages } from "@/lib/i18n/messages";

export type ExportLanguage = "zh-CN" | "en" | "codes";

/** zh (or nothing) → Chinese, en → English, codes → machine-readable. */
export function parseExportLanguage(raw: string | null | undefined): ExportLanguage {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "en") return "en";
  if (value === "codes") return "codes";
  return "zh-CN";
}

export const BASE_COLUMNS = [
  "tracking_code",
  "created_at",
  "kind",
  "category",
  "channel",
  "status",
  "market_day",
  "stall_number",
  "content",
  "public_reply",
  "referral_organization",
  "referral_department",
  "referral_due_at",
  "first_reply_at",
  "settled_at",
  "reply_due_at",
  "satisfaction",
  // The three rates per wish (./three-rates.ts): summing these columns gives the
  // report's figures, and the rating's source tells follow-up calls apart.
  "rating_source",
  "replied_on_time",
  "settled_on_time",
] as const;
export const PERSONAL_COLUMNS = ["name", "phone"] as const;
type Column = (typeof BASE_COLUMNS)[number] | (typeof PERSONAL_COLUMNS)[number];

export interface ExportLabels {
  language: ExportLanguage;
  columns: Record<Column, string>;
  /** enum name → label, per enum; null: the enum names as they are. */
  values: {
    kind: Record<string, string>;
    category: Record<string, string>;
    channel: Record<string, string>;
    status: Record<string, string>;
    ratingSource: Record<string, string>;
    /** "yes" / "no" of the on-time columns. */
    onTime: Record<string, string>;
  } | null;
}

export const CODE_COLUMNS: Record<Column, string> = Object.fromEntries(
  [...BASE_COLUMNS, ...PERSONAL_COLUMNS].map((c) => [c, c]),
) as Record<Column, string>;

function strings(tree: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries((tree ?? {}) as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === "string",
    ),
  );
}

export async function exportLabels(language: ExportLanguage): Promise<ExportLabels> {
  if (language === "codes") return { language, columns: CODE_COLUMNS, values: null };
  const messages = await loadMessages(language);
  const reports = messages.adminReports as {
    csvColumns: Record<Column, string>;
    csvValues: { ratingSource: Record<string, string>; onTime: Record<string, string> };
  };
  const track = messages.track!;
  return {
    language,
    columns: reports.csvColumns,
    values: {
      kind: strings(track.kind),
      category: strings(track.category),
      channel: strings(messages.adminWishes!.channel),
      status: strings(track.status),
      ratingSource: strings(reports.csvValues.ratingSource),
      onTime: strings(reports.csvValues.onTime),
    },
  };
}
