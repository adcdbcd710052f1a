// Turns the export's text chunks into a byte stream for a Response. Pull-based:
// the next batch is read from the database only when the client has taken the
// previous one, so a slow download never piles rows up in memory.
import { shanghaiDay } from "@/lib/time/shanghai";
import { isUuid } from "@/lib/uuid";
import type { ExportFilter } from "./export-filter";

export function csvByteStream(chunks: AsyncGenerator<string, void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        // Headers are sent already: a broken stream is the only way to say "incomplete".
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/**
 * huiyin-wishes-<scope>-<day>.csv: the market day's slug or the period, then the
 * day it was exported, so files from several exports can sit side by side. ASCII
 * only (slugs and dates are), so every browser keeps the name.
 */
export function exportFileName(filter: Pick<ExportFilter, "marketDay" | "from" | "to">, now = new Date()): string {
  const scope = filter.marketDay
    ? isUuid(filter.marketDay)
      ? `market-day-${filter.marketDay.slice(0, 8)}`
      : filter.marketDay
    : filter.from || filter.to
      ? `${filter.from ?? "start"}_to_${filter.to ?? shanghaiDay(now)}`
      : "all";
  return `huiyin-wishes-${scope}-exported-${shanghaiDay(now)}.csv`;
}
