import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { publicPage } from "@/lib/display/page-guard";
import { renderSignIn } from "./render-sign-in";

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
  return renderSignIn(locale, typeof next === "string" ? next : "", randomUUID());
}
