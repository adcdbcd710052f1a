// The HTTP answers of /q/<stall code> (app/[locale]/[display]/q/[code]/route.ts).
//
// Why a route handler and not a page calling redirect(): Next 16.4 sends a
// page's redirect with its Location header twice when it renders the page for
// the cache (vercel/next.js#82117). Chromium lets that pass, but Safari may
// refuse the redirect and proxies join the two into "/a, /a": an iPhone in
// WeChat would land nowhere. A route handler's Response has exactly one.
//
// An unknown code then cannot use the portal's not-found page, so it gets this
// small page of its own: status 404, in the resident's language and display
// mode, readable without JavaScript (the portal's not-found page needs it, see
// README "Known limits"), with the way on to the wish form.
import type { DisplayFlags } from "@/lib/display/display-mode";
import { localePath } from "@/lib/i18n/paths";

/** To the wish form. Shared caches may keep it briefly: a park full of phones scans one poster. */
export function stallCodeRedirect(location: string): Response {
  return new Response(null, { status: 307, headers: { Location: location, "Cache-Control": "public, max-age=300" } });
}

export interface StallCodeNotFoundTexts {
  title: string;
  body: string;
  toForm: string;
  toMarketDays: string;
  home: string;
  siteName: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The portal's colours (app/globals.css) and its two display modes, inline: the
// page has no stylesheet of its own to load.
function css({ large, contrast }: DisplayFlags): string {
  const [paper, ink, brand] = contrast ? ["#ffffff", "#000000", "#7a0000"] : ["#fffaf5", "#1a1a1a", "#a8231c"];
  return [
    `body{margin:0;background:${paper};color:${ink};font:${large ? 24 : 18}px/1.6 system-ui,sans-serif}`,
    `main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}`,
    `h1{font-size:1.75em;line-height:1.3;margin:0 0 .75rem}`,
    `a{color:${brand};font-weight:bold}`,
    `.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1.25rem 0}`,
    `.actions a{display:inline-flex;align-items:center;min-height:44px;padding:0 1.25rem;border:2px solid ${brand};border-radius:.5rem;text-decoration:none}`,
    `.actions a:first-child{background:${brand};color:#fff}`,
  ].join("");
}

export function stallCodeNotFound(locale: string, flags: DisplayFlags, t: StallCodeNotFoundTexts): Response {
  const link = (path: string, text: string) =>
    `<a href="${escapeHtml(localePath(locale, path))}">${escapeHtml(text)}</a>`;
  const html = [
    `<!DOCTYPE html><html lang="${escapeHtml(locale)}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">`,
    `<title>${escapeHtml(`${t.title} · ${t.siteName}`)}</title><style>${css(flags)}</style></head>`,
    `<body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>`,
    `<p class="actions">${link("/wishes/new", t.toForm)}${link("/market-days", t.toMarketDays)}</p>`,
    `<p>${link("/", t.home)}</p></main></body></html>`,
  ].join("");
  // Not cached: staff may be adding the very stall this code is for.
  return new Response(html, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
