// The Atom feed builder, checked by parsing its output as XML.
import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { buildMarketDayFeed, type FeedMarketDay } from "@/lib/market-days/feed";

const BASE = {
  theme: "关爱一老一小 共建宜居家园",
  themeEn: "Care for the old and the young",
  description: "共征集微心愿和民意39条。",
  descriptionEn: "39 micro-wishes were collected.",
  place: "园岭七街小公园",
  placeEn: "Small park on Yuanling 7th Street",
  status: "PUBLISHED",
} as const;

const PAST: FeedMarketDay = {
  ...BASE,
  id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
  slug: "2023-05-27-party-member-service-market",
  title: "党员服务市集",
  titleEn: "Party-member service market",
  startsAt: new Date("2023-05-27T06:30:00Z"),
  endsAt: new Date("2023-05-27T09:30:00Z"),
  publishedAt: new Date("2023-05-20T02:00:00Z"),
  updatedAt: new Date("2023-05-28T02:00:00Z"),
};

const WINTER: FeedMarketDay = {
  ...BASE,
  id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c",
  slug: "2026-12-19-winter-service-market",
  title: "冬季市集 <b>&</b>",
  titleEn: null,
  startsAt: new Date("2026-12-19T01:30:00Z"),
  endsAt: new Date("2026-12-19T04:00:00Z"),
  publishedAt: null,
  updatedAt: new Date("2026-11-20T02:00:00Z"),
};

const OPTIONS = {
  locale: "zh-CN",
  baseUrl: "https://huiyin.example.cn",
  title: "园东社区党员服务市集公告",
  subtitle: "事事有回音，件件有着落。",
  author: "回音",
  cancelledLabel: "已取消",
};

interface AtomLink {
  "@_href": string;
  "@_rel"?: string;
}
/** An element with attributes (<title type="html">) parses as { "#text", "@_type" }. */
type AtomText = string | { "#text": string; "@_type"?: string };
interface AtomEntry {
  id: string;
  title: AtomText;
  link: AtomLink[];
  updated: string;
  published?: string;
  summary?: AtomText;
  content?: AtomText;
}

function text(node: AtomText | undefined): string | undefined {
  return typeof node === "object" ? node["#text"] : node;
}
interface AtomFeed {
  feed: { id: string; title: string; updated: string; link: AtomLink[]; author: { name: string }; entry: AtomEntry[] };
}

function parse(xml: string): AtomFeed {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" });
  return parser.parse(xml) as AtomFeed;
}

describe("buildMarketDayFeed", () => {
  it("has the feed id, title, updated time and a self link", () => {
    const { feed } = parse(buildMarketDayFeed([PAST, WINTER], OPTIONS));
    expect(feed.id).toBe("https://huiyin.example.cn/feed.xml");
    expect(feed.title).toBe(OPTIONS.title);
    // The latest change among the entries.
    expect(feed.updated).toBe("2026-11-20T02:00:00.000Z");
    expect(feed.author.name).toBe("回音");
    expect(feed.link).toContainEqual(
      expect.objectContaining({ "@_rel": "self", "@_href": "https://huiyin.example.cn/feed.xml" }),
    );
  });

  it("lists the market days newest first, each with id, title, link and updated", () => {
    const { feed } = parse(buildMarketDayFeed([PAST, WINTER], OPTIONS));
    expect(feed.entry).toHaveLength(2);
    const [winter, past] = feed.entry;
    const url = "https://huiyin.example.cn/market-days/2023-05-27-party-member-service-market";
    expect(past?.id).toBe(url);
    expect(text(past?.title)).toBe("党员服务市集");
    expect(past?.link).toEqual([{ "@_href": url }]);
    expect(past?.updated).toBe("2023-05-28T02:00:00.000Z");
    expect(past?.published).toBe("2023-05-20T02:00:00.000Z");
    expect(text(past?.content)).toContain("共征集微心愿和民意39条。");
    expect(winter?.id).toBe("https://huiyin.example.cn/market-days/2026-12-19-winter-service-market");
    // No publish date recorded: the last change stands in.
    expect(winter?.published).toBe("2026-11-20T02:00:00.000Z");
  });

  it("escapes markup in titles, which Atom marks as type=html", () => {
    const xml = buildMarketDayFeed([WINTER], OPTIONS);
    expect(text(parse(xml).feed.entry[0]?.title)).toBe("冬季市集 &lt;b&gt;&amp;&lt;/b&gt;");
    expect(xml).not.toContain("<b>");
  });

  it("uses English text and /en URLs in English, and marks cancelled days", () => {
    const { feed } = parse(
      buildMarketDayFeed([{ ...PAST, status: "CANCELLED" }], { ...OPTIONS, locale: "en", cancelledLabel: "Cancelled" }),
    );
    expect(feed.id).toBe("https://huiyin.example.cn/en/feed.xml");
    expect(text(feed.entry[0]?.title)).toBe("Cancelled: Party-member service market");
    expect(feed.entry[0]?.id).toBe("https://huiyin.example.cn/en/market-days/2023-05-27-party-member-service-market");
    expect(text(feed.entry[0]?.content)).toContain("39 micro-wishes were collected.");
  });

  it("is still a valid feed with no market days", () => {
    const { feed } = parse(buildMarketDayFeed([], OPTIONS));
    expect(feed.updated).toBe("1970-01-01T00:00:00.000Z");
    expect(feed.entry ?? []).toEqual([]);
  });
});
