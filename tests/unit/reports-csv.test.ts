import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvRow, neutraliseFormula, parseCsv, quoteCsv } from "@/lib/reports/csv";

describe("csv cells", () => {
  it("neutralises cells that start a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(neutraliseFormula("理发 =1")).toBe("理发 =1");
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("-2")).toBe("'-2");
    // Numbers we computed are not resident text.
    expect(csvCell(-2)).toBe("-2");
  });

  it("quotes per RFC 4180", () => {
    expect(quoteCsv("a,b")).toBe('"a,b"');
    expect(quoteCsv('说"好"')).toBe('"说""好"""');
    expect(quoteCsv("line\nbreak")).toBe('"line\nbreak"');
    expect(quoteCsv("plain 中文")).toBe("plain 中文");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("\r\n")).toBe(`"'\r\n"`);
  });

  it("writes empty, numeric, boolean and date cells", () => {
    expect(csvRow([null, undefined, 3, true, new Date("2023-05-27T02:00:00Z")])).toBe(
      ",,3,true,2023-05-27T02:00:00.000Z\r\n",
    );
    expect(csvCell(Number.NaN)).toBe("");
    expect(CSV_BOM).toBe("\uFEFF");
  });

  it("round-trips any row: same cell count, text back except the neutralising quote", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { minLength: 1, maxLength: 8 }), (cells) => {
        const parsed = parseCsv(csvRow(cells));
        expect(parsed).toHaveLength(1);
        expect(parsed[0]).toEqual(cells.map(neutraliseFormula));
      }),
    );
    // Generous: a shared CI machine can be slow, and the property is what matters.
  }, 30_000);

  it("never lets a cell start with a formula character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const cell = parseCsv(csvRow([text]))[0]![0]!;
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });
});
