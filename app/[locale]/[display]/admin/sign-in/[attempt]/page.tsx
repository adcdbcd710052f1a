import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { isUuid } from "@/lib/uuid";
import { renderSignIn } from "../render-sign-in";

type Props = PageProps<"/[locale]/[display]/admin/sign-in/[attempt]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ attempt: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminAuth" });
  return { title: t("signIn.title"), robots: { index: false, follow: false } };
}

// Where the sign-in form posts when JavaScript is off (see wishes/new/[attempt]
// for why a fresh path): the form comes back with the message and the typed
// username. Opened any other way, it is a fresh form with a new path of its own.
export default async function SignInAttemptPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  const { attempt } = await params;
  if (!isUuid(attempt)) notFound();
  await connection();
  const request = await headers();
  const isPost = (request.get("content-type") ?? "").startsWith("multipart/form-data") || request.has("next-action");
  const { next } = await searchParams;
  return renderSignIn(locale, typeof next === "string" ? next : "", isPost ? attempt : randomUUID());
}
