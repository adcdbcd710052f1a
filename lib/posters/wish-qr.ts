// The QR code on a printed stall poster. It must hold an ABSOLUTE address (a
// phone camera has no page to resolve a relative one against) that opens the
// wish form at this stall: the short /q/<stall code> (lib/market-days/stall-code.ts),
// which redirects to the form. Short, so the code has few modules and prints large.
import QRCode from "qrcode";
import { localePath } from "@/lib/i18n/paths";

/** `${publicUrl}[/en]/q/<code>`: the wish form for one stall, by its stall code. */
export function shortWishUrl(publicUrl: string, locale: string, stallCode: string): string {
  const base = publicUrl.replace(/\/+$/, "");
  return `${base}${localePath(locale, `/q/${encodeURIComponent(stallCode)}`)}`;
}

/**
 * The address as the poster prints it for typing: without "https://", which a
 * browser adds by itself and which is eight more characters to copy by hand.
 */
export function printedAddress(url: string): string {
  return url.replace(/^https?:\/\//, "");
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The QR code as inline SVG, rendered on the server (no JavaScript, sharp at any
 * print size). Error correction M survives a creased or smudged printout. The
 * SVG is an image with an accessible name, since a screen reader cannot read it.
 */
export async function wishQrSvg(url: string, accessibleName: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  const name = escapeXml(accessibleName);
  return svg.replace(
    /^<svg([^>]*)>/,
    `<svg$1 role="img" aria-label="${name}" width="100%" height="100%" focusable="false"><title>${name}</title>`,
  );
}
