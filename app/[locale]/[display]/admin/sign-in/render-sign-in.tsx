// The sign-in page's body, shared by sign-in/page.tsx and sign-in/[attempt].
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor, getPendingSignIn } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/sign-in-form";
import { localePath } from "@/lib/i18n/paths";
import { SecondFactorForm } from "./second-factor-form";
import { SignInForm } from "./sign-in-form";

/**
 * Someone already signed in goes on; a sign-in waiting for its second-factor
 * code gets the code form; everyone else gets the password form. Both post to
 * sign-in/<attempt>.
 */
export async function renderSignIn(locale: string, nextPath: string, attempt: string) {
  if (await getActor()) redirect(safeNextPath(nextPath, locale));
  const t = await getTranslations({ locale, namespace: "adminAuth" });
  const query = nextPath ? `?${new URLSearchParams({ next: nextPath })}` : "";
  const permalink = localePath(locale, `/admin/sign-in/${attempt}${query}`);
  if (await getPendingSignIn()) {
    return (
      <div className="mx-auto max-w-xl space-y-5">
        <h1 className="text-3xl font-bold">{t("secondFactor.title")}</h1>
        <p className="text-lg">{t("secondFactor.intro")}</p>
        <SecondFactorForm locale={locale} next={nextPath} permalink={permalink} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <h1 className="text-3xl font-bold">{t("signIn.title")}</h1>
      <p className="text-lg">{t("signIn.intro")}</p>
      <SignInForm locale={locale} next={nextPath} permalink={permalink} />
    </div>
  );
}
