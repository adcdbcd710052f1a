"use client";

// The error page carries its own few texts (the "error" messages of both
// languages) instead of reading them through next-intl's client provider. The
// provider, with next-intl's message formatter, would otherwise be loaded on
// every page only for this page, which is almost never shown.
import { useParams } from "next/navigation";
import { isEnglish } from "@/lib/i18n/localized";
import en from "@/lib/i18n/messages/en/error.json";
import zh from "@/lib/i18n/messages/zh-CN/error.json";
import { localePath } from "@/lib/i18n/paths";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const t = isEnglish(locale) ? en : zh;
  return (
    <section className="rounded-lg bg-white p-6" aria-labelledby="err-title">
      <h1 id="err-title" className="text-3xl font-bold">
        {t.title}
      </h1>
      <p className="mt-3">{t.body}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded bg-brand px-5 text-white">
          {t.retry}
        </button>
        {/* A whole page load: after an error, nothing of the broken page is kept. */}
        <a
          href={localePath(locale, "/")}
          className="inline-flex min-h-11 items-center rounded border-2 border-brand px-5 text-brand no-underline"
        >
          {t.back}
        </a>
      </div>
    </section>
  );
}
