import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/sign-in-form";
import { publicPage } from "@/lib/display/page-guard";
import { SignInForm } from "./sign-in-form";

type Props = PageProps<"/[locale]/[display]/admin/sign-in">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminAuth" });
  return { title: t("signIn.title"), robots: { index: false, follow: false } };
}

// Dynamic (it reads the session cookie): someone already signed in goes on to
// the dashboard; everyone else gets the form.
export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  await connection();
  const { next } = await searchParams;
  const nextPath = typeof next === "string" ? next : "";
  if (await getActor()) redirect(safeNextPath(nextPath, locale));
  const t = await getTranslations({ locale, namespace: "adminAuth" });
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <h1 className="text-3xl font-bold">{t("signIn.title")}</h1>
      <p className="text-lg">{t("signIn.intro")}</p>
      <SignInForm locale={locale} next={nextPath} />
    </div>
  );
}
