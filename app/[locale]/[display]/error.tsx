"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <section className="rounded-lg bg-white p-6" aria-labelledby="err-title">
      <h1 id="err-title" className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-3">{t("body")}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded bg-brand px-5 text-white">
          {t("retry")}
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded border-2 border-brand px-5 text-brand no-underline"
        >
          {t("back")}
        </Link>
      </div>
    </section>
  );
}
