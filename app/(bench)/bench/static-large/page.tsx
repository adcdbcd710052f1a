// A reference row of `npm run bench:public`: the bare static page of
// /bench/static, padded to the weight of the market-day page (about 105 KB of
// HTML and inline RSC payload: markup with some 3,000 Chinese characters, in
// about the proportions of the real page). It is prerendered and served exactly
// like the baseline, with no rewrite and no route parameter, so its ratio shows
// what page weight alone costs per request.
// Harmless in production; the proxy leaves /bench alone.
export const metadata = { title: "ok", robots: { index: false } };

const SECTIONS = 15;
const ITEMS = 24;
const LINE = "现场办理";

export default function LargeStaticPage() {
  return (
    <main>
      <h1>ok</h1>
      {Array.from({ length: SECTIONS }, (_, s) => (
        <section key={s} className="h-full rounded-lg border border-neutral-300 bg-white p-4">
          <h2 className="text-xl font-bold">第 {s + 1} 节</h2>
          <ul className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
            {Array.from({ length: ITEMS }, (_, i) => (
              <li key={i} className="inline-flex min-h-11 items-center text-brand underline">
                {i + 1}. {LINE}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
