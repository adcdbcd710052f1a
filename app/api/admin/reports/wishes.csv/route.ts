// GET /api/admin/reports/wishes.csv?state=…&kind=…&category=…&marketDay=…&from=…&to=…[&personal=1][&lang=en|codes]
// The filtered wishes as CSV (UTF-8 with BOM), streamed in keyset batches, with
// Chinese column names and labels unless `lang` asks for English or codes.
// 401/403 without "report.export"; names and phones only with "report.exportPersonal"
// AND personal=1. Every export is logged (lib/reports/export-wishes.ts).
import { getActor, authErrorResponse } from "@/lib/auth/session";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/edge-marker";
import { limitBody } from "@/lib/http/read-body";
import { clientIp } from "@/lib/rate-limit/request-identity";
import { opaqueKey } from "@/lib/privacy/personal-data";
import { parseExportFilter } from "@/lib/reports/export-filter";
import { parseExportLanguage } from "@/lib/reports/export-labels";
import { startWishExport } from "@/lib/reports/export-wishes";
import { csvByteStream, exportFileName } from "@/lib/reports/csv-stream";

export async function GET(request: Request): Promise<Response> {
  const limited = await limitBody(request);
  if (!limited.ok) return limited.response;
  const params = new URL(request.url).searchParams;
  try {
    const actor = await getActor();
    const filter = parseExportFilter(params);
    const { chunks } = await startWishExport(actor, {
      filter,
      language: parseExportLanguage(params.get("lang")),
      wantsPersonal: params.get("personal") === "1",
      ipKey: opaqueKey("ip", clientIp(request.headers.get(CLIENT_ADDRESS_HEADER))),
    });
    return new Response(csvByteStream(chunks), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(filter)}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const denied = authErrorResponse(error);
    if (denied) return denied;
    return Response.json({ error: "export-failed" }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
}
