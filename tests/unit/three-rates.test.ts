import { describe, expect, it } from "vitest";
import { formatRate, rateParts, ratio, threeRates } from "@/lib/reports/three-rates";

const counts = { collected: 40, repliedOnTime: 30, settled: 20, settledOnTime: 15, rated: 8, satisfied: 6 };

describe("the three rates", () => {
  it("divide each count by its own whole", () => {
    expect(threeRates(counts)).toEqual({ response: 0.75, settlement: 0.5, satisfaction: 0.75, onTimeSettlement: 0.75 });
    expect(rateParts(counts).onTimeSettlement).toEqual([15, 20]);
  });

  it("are null, shown as —, with nothing to divide by", () => {
    const none = threeRates({ collected: 0, repliedOnTime: 0, settled: 0, settledOnTime: 0, rated: 0, satisfied: 0 });
    expect(Object.values(none)).toEqual([null, null, null, null]);
    expect(ratio(0, 0)).toBeNull();
    expect(formatRate(null, "zh-CN")).toBe("—");
    expect(formatRate(null, "en")).toBe("—");
  });

  it("format as percentages with at most one decimal", () => {
    expect(formatRate(2 / 3, "en")).toBe("66.7%");
    expect(formatRate(1, "zh-CN")).toBe("100%");
    expect(formatRate(0, "en")).toBe("0%");
  });
});
