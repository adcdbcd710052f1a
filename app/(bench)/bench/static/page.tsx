// The baseline of `npm run bench:public`: the barest static page Next can serve,
// prerendered at build time like the portal's public pages, with no content of
// its own. The ratio then says what the portal's pages cost on top of Next's own
// static serving. Harmless in production; the proxy leaves /bench alone.
export const metadata = { title: "ok", robots: { index: false } };

export default function BareStaticPage() {
  return (
    <main>
      <h1>ok</h1>
    </main>
  );
}
