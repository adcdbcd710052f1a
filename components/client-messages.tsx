// Hands client components the messages of the namespaces they use, and no more.
// Without a `messages` prop next-intl serialises every namespace into every page's
// RSC payload: the whole dashboard's texts rode along with each public page and
// made up about half of its weight.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Namespace } from "@/lib/i18n/namespaces";

export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const all = await getMessages();
  const picked = Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
