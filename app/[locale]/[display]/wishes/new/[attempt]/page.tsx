import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WishFormPage } from "@/components/wish-form/wish-form-page";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { attemptOf } from "@/lib/forms/attempt";
import { localePath } from "@/lib/i18n/paths";
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
  const formAttempt = await attemptOf(attempt);
  return (
    <WishFormPage
      locale={locale}
      display={display}
      query={await searchParams}
      attempt={formAttempt}
      action={submitWishAction}
    />
  );
}
