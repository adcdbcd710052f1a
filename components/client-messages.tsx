// Hands client components the messages of the namespaces they use, and no more.
// Without a `messages` prop next-intl serialises every namespace into every page's
// RSC payload: the whole dashboard's texts rode along with each public page and
// made up about half of its weight.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Namespace } from "@/lib/i18n/namespaces";

interface Props {
  locale: string;
  namespaces: readonly Namespace[];
  children: ReactNode;
}

export async function ClientMessages({ locale, namespaces, children }: Props) {
  // The locale is passed, not read from the request: reading it would make every
  // page under this layout dynamic, and a dynamic shell loses a no-JavaScript
  // form post's answer (the tracking page's, for one).
  const all = await getMessages({ locale });
  const picked = Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
