// The QR code on a stall poster must open the wish form for exactly that market
// day and stall, on the public address (a phone has no page to resolve a relative
// URL against). Decoded here with a real QR reader rather than trusted.
import jsQR from "jsqr";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { wishFormUrl, wishQrSvg } from "@/lib/posters/wish-qr";

const PUBLIC_URL = "https://huiyin.example.org";
const SLUG = "2023-05-27-party-member-service-market";
const STALL = "0196f2a0-1234-7abc-8def-0123456789ab";

/** The same encoding the poster's SVG uses, as a PNG, read back by jsQR. */
async function decode(url: string): Promise<string | null> {
  const buffer = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 6 });
  const png = PNG.sync.read(buffer);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

describe("wishFormUrl", () => {
  it("is the absolute wish-form address with the market day and the stall", () => {
    expect(wishFormUrl(PUBLIC_URL, "zh-CN", SLUG, STALL)).toBe(
      `${PUBLIC_URL}/wishes/new?marketDay=${SLUG}&stall=${STALL}`,
    );
    expect(wishFormUrl(PUBLIC_URL, "en", SLUG, STALL)).toBe(
      `${PUBLIC_URL}/en/wishes/new?marketDay=${SLUG}&stall=${STALL}`,
    );
  });

  it("does not double a trailing slash of the public URL", () => {
    expect(wishFormUrl(`${PUBLIC_URL}/`, "zh-CN", SLUG, STALL)).toBe(
      `${PUBLIC_URL}/wishes/new?marketDay=${SLUG}&stall=${STALL}`,
    );
  });
});

describe("the poster's QR code", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    it(`decodes to the wish form of this stall (${locale})`, async () => {
      const url = wishFormUrl(PUBLIC_URL, locale, SLUG, STALL);
      const decoded = await decode(url);
      expect(decoded).toBe(url);
      const parsed = new URL(decoded ?? "");
      expect(parsed.origin).toBe(PUBLIC_URL);
      expect(parsed.pathname).toBe(locale === "en" ? "/en/wishes/new" : "/wishes/new");
      expect(Object.fromEntries(parsed.searchParams)).toEqual({ marketDay: SLUG, stall: STALL });
    });
  }

  it("is an SVG image with an accessible name, encoding the same data as the PNG", async () => {
    const url = wishFormUrl(PUBLIC_URL, "zh-CN", SLUG, STALL);
    const svg = await wishQrSvg(url, "扫码提交心愿");
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="扫码提交心愿"/);
    expect(svg).toContain("<title>扫码提交心愿</title>");
    // Same modules as a plain rendering of the same URL: only the attributes differ.
    const plain = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    const modules = (s: string) => s.match(/ d="[^"]+"/g);
    expect(modules(svg)).toEqual(modules(plain));
  });

  it("escapes the accessible name", async () => {
    const svg = await wishQrSvg("https://example.org/", `Scan "here" & <now>`);
    expect(svg).toContain('aria-label="Scan &#34;here&#34; &#38; &#60;now&#62;"');
    expect(svg).not.toContain("<now>");
  });
});
