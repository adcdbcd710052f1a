// The links of the server-rendered reading pages: next/link, with the address in
// the page's language worked out on the server (lib/i18n/paths.ts). next-intl's
// <Link> works the prefix out in the browser, so it brought next-intl's client
// runtime into every reading page (with the error page's provider, about 17 KB
// gzip and its start-up work on a resident's phone), and each link was a bulkier
// entry in the page's payload. Client components keep using lib/i18n/navigation.
import NextLink from "next/link";
import type { ComponentProps } from "react";
import { localePath } from "@/lib/i18n/paths";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & {
  /** The language of the page the link opens: usually the current page's. */
  locale: string;
  /** The address without the language prefix, e.g. "/stalls/…". */
  href: string;
};

/** No prefetching unless asked for, as with lib/i18n/navigation's Link (see there why). */
export function LocaleLink({ locale, href, prefetch = false, ...props }: Props) {
  return <NextLink href={localePath(locale, href)} prefetch={prefetch} {...props} />;
}
