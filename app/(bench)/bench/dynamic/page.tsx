import { Suspense } from "react";
import { connection } from "next/server";

// The baseline of `npm run bench:wishes`: the barest dynamic page (rendered on
// every request, no cache, no database), so the benchmark's ratio says what
// receiving a wish costs compared with rendering any dynamic page. Harmless in
// production; the proxy leaves /bench alone.
async function RenderedAt() {
  await connection();
  return <p>{new Date().toISOString()}</p>;
}

export const metadata = { title: "ok", robots: { index: false } };

export default function BareDynamicPage() {
  return (
    <main>
      <h1>ok</h1>
      <Suspense fallback={null}>
        <RenderedAt />
      </Suspense>
    </main>
  );
}
