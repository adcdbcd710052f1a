// Root layout of the benchmarks' baseline pages only: no fonts, no header, no
// messages, so that they measure what Next itself costs per request.
export default function BenchLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
