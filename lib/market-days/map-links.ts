// Links that open a market day's place in a map app. Residents use Amap (高德)
// and Baidu Maps; on a phone both URLs hand over to the installed app, elsewhere
// they open the web map. Searching by the Chinese address works in either app
// whatever the page's language; the stored coordinates are left unused because
// their datum (WGS-84 vs the GCJ-02 these apps expect) is not recorded.

export interface MapLinks {
  amap: string;
  baidu: string;
}

export function mapLinks(place: string, address: string | null): MapLinks {
  const keyword = address ?? place;
  const amap = new URL("https://uri.amap.com/search");
  amap.searchParams.set("keyword", keyword);
  amap.searchParams.set("city", "深圳");
  amap.searchParams.set("src", "huiyin");
  amap.searchParams.set("callnative", "1");
  return {
    amap: amap.toString(),
    baidu: `https://map.baidu.com/search/${encodeURIComponent(keyword)}?querytype=s&wd=${encodeURIComponent(keyword)}`,
  };
}
