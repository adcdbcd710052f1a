// schema.org JSON-LD, Shanghai ISO times, map links and public URLs of market days.
import { describe, expect, it } from "vitest";
import { marketDayEventJsonLd, serializeJsonLd } from "@/lib/market-days/structured-data";
import { toShanghaiIso } from "@/lib/time/shanghai";
import { mapLinks } from "@/lib/market-days/map-links";
import { localePath } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/market-days/public-url";

const DAY = {
  slug: "2023-05-27-party-member-service-market",
  title: "党员服务市集",
  titleEn: "Party-member service market",
  theme: "关爱一老一小",
  themeEn: "Care for the old and the young",
  description: "描述</script><script>alert(1)</script>",
  descriptionEn: null,
  startsAt: new Date("2023-05-27T06:30:00Z"),
  endsAt: new Date("2023-05-27T09:30:00Z"),
  place: "园岭七街小公园",
  placeEn: "Small park on Yuanling 7th Street",
  address: "深圳市福田区园岭街道园岭七街",
  addressEn: null,
  status: "PUBLISHED" as const,
  organizations: [
    {
      id: "o1",
      name: "园东社区党委",
      nameEn: "Yuandong Community Party Committee",
      type: "PARTY_BRANCH" as const,
      role: "ORGANIZER" as const,
    },
    { id: "o2", name: "某公司", nameEn: null, type: "COMPANY" as const, role: "PARTNER" as const },
  ],
};

describe("market-day JSON-LD", () => {
  it("describes an offline Event with +08:00 times, a Place with a PostalAddress and the organiser", () => {
    const data = marketDayEventJsonLd(DAY, "zh-CN", "https://huiyin.example.cn");
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "党员服务市集",
      startDate: "2023-05-27T14:30:00+08:00",
      endDate: "2023-05-27T17:30:00+08:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: {
        "@type": "Place",
        name: "园岭七街小公园",
        address: {
          "@type": "PostalAddress",
          streetAddress: "深圳市福田区园岭街道园岭七街",
          addressLocality: "深圳市",
          addressRegion: "广东省",
          addressCountry: "CN",
        },
      },
      organizer: { "@type": "Organization", name: "园东社区党委", url: "https://huiyin.example.cn/organizations/o1" },
      url: "https://huiyin.example.cn/market-days/2023-05-27-party-member-service-market",
    });
  });

  it("says EventCancelled for a cancelled day and uses English where written", () => {
    const data = marketDayEventJsonLd({ ...DAY, status: "CANCELLED" }, "en", "https://huiyin.example.cn");
    expect(data.eventStatus).toBe("https://schema.org/EventCancelled");
    expect(data.name).toBe("Party-member service market");
    expect(data.url).toBe("https://huiyin.example.cn/en/market-days/2023-05-27-party-member-service-market");
  });

  it("serialises without a '<' so content cannot close the script element", () => {
    const json = serializeJsonLd(marketDayEventJsonLd(DAY, "zh-CN", "https://huiyin.example.cn"));
    expect(json).not.toContain("<");
    expect(json).toContain("\\u003c/script>");
    expect((JSON.parse(json) as { description: string }).description).toBe(DAY.description);
  });
});

describe("helpers", () => {
  it("formats Shanghai time with its offset, across midnight too", () => {
    expect(toShanghaiIso(new Date("2026-12-19T01:30:00Z"))).toBe("2026-12-19T09:30:00+08:00");
    expect(toShanghaiIso(new Date("2026-12-31T20:00:00Z"))).toBe("2027-01-01T04:00:00+08:00");
  });

  it("builds Amap and Baidu search links from the address", () => {
    const links = mapLinks("园岭七街小公园", "深圳市福田区园岭街道园岭七街");
    const amap = new URL(links.amap);
    expect(amap.origin + amap.pathname).toBe("https://uri.amap.com/search");
    expect(amap.searchParams.get("keyword")).toBe("深圳市福田区园岭街道园岭七街");
    expect(links.baidu.startsWith("https://map.baidu.com/search/")).toBe(true);
    expect(decodeURIComponent(links.baidu)).toContain("深圳市福田区园岭街道园岭七街");
    expect(new URL(mapLinks("园岭七街小公园", null).amap).searchParams.get("keyword")).toBe("园岭七街小公园");
  });

  it("prefixes English paths and keeps a base path", () => {
    expect(localePath("zh-CN", "/feed.xml")).toBe("/feed.xml");
    expect(localePath("en", "/")).toBe("/en");
    expect(absoluteUrl("https://example.gov.cn/huiyin/", "en", "/market-days/x")).toBe(
      "https://example.gov.cn/huiyin/en/market-days/x",
    );
  });
});
