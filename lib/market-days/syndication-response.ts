// HTTP responses of the calendar and feed route handlers.

// Calendar apps and feed readers poll; five minutes of shared caching spares
// the server without delaying a cancellation noticeably.
const CACHE_CONTROL = "public, max-age=300";

export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // ASCII file names only (slugs), so no RFC 5987 filename* is needed.
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": CACHE_CONTROL,
    },
  });
}

export function feedResponse(body: string): Response {
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": CACHE_CONTROL },
  });
}

export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
