import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { WishFormPage } from "@/components/wish-form/wish-form-page";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { localePath } from "@/lib/i18n/paths";
import { isUuid } from "@/lib/uuid";
import { submitWishAction } from "../../actions";

type Props = PageProps<"/[locale]/[display]/wishes/new/[attempt]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "wishForm" });
  return {
    title: t("title"),
    robots: { index: false, follow: false },
    alternates: { canonical: localePath(locale, "/wishes/new") },
  };
}

// Where the wish form posts when JavaScript is off: the same form, rendered
// with the Server Action's state (values and messages, or the confirmation).
// Opened any other way (the back button, a bookmark) it is a fresh form that
// posts to a new path of its own: this one may now have a cached shell, which
// would lose the state of the next post. (A redirect cannot help here: with
// Cache Components the response has already started streaming, and the
// client-side redirect it falls back to needs JavaScript.)
export default async function WishAttemptPage({ params, searchParams }: Props) {
  const { locale, display } = await publicPage(params);
  const { attempt } = await params;
  if (!isUuid(attempt)) notFound();
  await connection();
  const request = await headers();
  // The post itself (multipart), or a later Server Action call from this page
  // once JavaScript has loaded (a form sent before hydration lands here too).
  const isPost = (request.get("content-type") ?? "").startsWith("multipart/form-data") || request.has("next-action");
  return (
    <WishFormPage
      locale={locale}
      display={display}
      query={await searchParams}
      attempt={isPost ? attempt : randomUUID()}
      action={submitWishAction}
    />
  );
}
