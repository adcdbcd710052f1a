// Turns the export's text chunks into a byte stream for a Response. Pull-based:
// the next batch is read from the database only when the client has taken the
// previous one, so a slow download never piles rows up in memory.
import { shanghaiDay } from "@/lib/time/shanghai";

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

export function exportFileName(now = new Date()): string {
  return `huiyin-wishes-${shanghaiDay(now)}.csv`;
}
