import { DISPLAY_COOKIE, parseDisplayCookie, toggleMode } from "@/lib/display/display-mode";
import { readLimitedForm } from "@/lib/http/read-body";
import { safeReturnPath } from "@/lib/http/safe-return-path";

// POST from the large-text / high-contrast buttons (plain forms, no JavaScript).
// Not personal data and not a privileged action: anyone may set their own display.
export async function POST(request: Request): Promise<Response> {
  const read = await readLimitedForm(request);
  if (!read.ok) return read.response ?? new Response("Bad request", { status: 400 });
  const form = read.form;
  const which = form.get("toggle");
  const back = safeReturnPath(form.get("back"));
  const current = parseDisplayCookie(readCookie(request.headers.get("cookie"), DISPLAY_COOKIE));
  const next = which === "large" || which === "contrast" ? toggleMode(current, which) : current;
  const headers = new Headers({ Location: back, "Cache-Control": "no-store" });
  headers.append(
    "Set-Cookie",
    `${DISPLAY_COOKIE}=${next}; Path=/; Max-Age=31536000; SameSite=Lax${request.url.startsWith("https:") ? "; Secure" : ""}`,
  );
  // 303: the browser follows with a GET to the page it came from.
  return new Response(null, { status: 303, headers });
}

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}
