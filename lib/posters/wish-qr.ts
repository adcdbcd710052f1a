// The QR code on a printed stall poster. It must hold an ABSOLUTE address (a
// phone camera has no page to resolve a relative one against) that opens the
// wish form already set to this market day and stall.
import QRCode from "qrcode";
import { localePath } from "@/lib/i18n/paths";

/** `${publicUrl}[/en]/wishes/new?marketDay=<slug>&stall=<id>`: the wish form for one stall. */
export function wishFormUrl(publicUrl: string, locale: string, marketDaySlug: string, stallId: string): string {
  const base = publicUrl.replace(/\/+$/, "");
  const query = new URLSearchParams({ marketDay: marketDaySlug, stall: stallId });
  return `${base}${localePath(locale, "/wishes/new")}?${query.toString()}`;
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
