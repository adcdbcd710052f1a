// The QR code on a stall poster must open the wish form for exactly that market
// day and stall, on the public address (a phone has no page to resolve a relative
// URL against): the short /q/<stall code>. Decoded here with a real QR reader
// rather than trusted.
import jsQR from "jsqr";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { printedAddress, shortWishUrl, wishQrSvg } from "@/lib/posters/wish-qr";

const PUBLIC_URL = "https://huiyin.example.org";
const CODE = "261219-7";
// What the poster encoded before stall codes, for comparison.
const LONG_URL = `${PUBLIC_URL}/wishes/new?marketDay=2026-12-19-winter-service-market&stall=0196f2a0-1234-7abc-8def-0123456789ab`;

/** The same encoding the poster's SVG uses, as a PNG, read back by jsQR. */
async function decode(url: string): Promise<string | null> {
  const buffer = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 6 });
  const png = PNG.sync.read(buffer);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

describe("shortWishUrl", () => {
  it("is the absolute short address of the stall code, in the poster's language", () => {
    expect(shortWishUrl(PUBLIC_URL, "zh-CN", CODE)).toBe(`${PUBLIC_URL}/q/${CODE}`);
    expect(shortWishUrl(PUBLIC_URL, "en", CODE)).toBe(`${PUBLIC_URL}/en/q/${CODE}`);
  });

  it("does not double a trailing slash of the public URL", () => {
    expect(shortWishUrl(`${PUBLIC_URL}/`, "zh-CN", CODE)).toBe(`${PUBLIC_URL}/q/${CODE}`);
  });

  it("is printed without the scheme, which a browser adds by itself", () => {
    expect(printedAddress(`${PUBLIC_URL}/q/${CODE}`)).toBe(`huiyin.example.org/q/${CODE}`);
    expect(printedAddress(`http://127.0.0.1:3400/en/q/${CODE}`)).toBe(`127.0.0.1:3400/en/q/${CODE}`);
  });
});

describe("the poster's QR code", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    it(`decodes to the short address of this stall (${locale})`, async () => {
      const url = shortWishUrl(PUBLIC_URL, locale, CODE);
      const decoded = await decode(url);
      expect(decoded).toBe(url);
      const parsed = new URL(decoded ?? "");
      expect(parsed.origin).toBe(PUBLIC_URL);
      expect(parsed.pathname).toBe(locale === "en" ? `/en/q/${CODE}` : `/q/${CODE}`);
    });
  }

  it("has far fewer modules than the long form address did, so each prints larger", () => {
    const side = (url: string) => QRCode.create(url, { errorCorrectionLevel: "M" }).modules.size;
    expect(side(shortWishUrl(PUBLIC_URL, "en", CODE))).toBe(29);
    expect(side(LONG_URL)).toBe(45);
  });

  it("is an SVG image with an accessible name, encoding the same data as the PNG", async () => {
    const url = shortWishUrl(PUBLIC_URL, "zh-CN", CODE);
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
