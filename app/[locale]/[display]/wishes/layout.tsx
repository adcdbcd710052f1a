import { ClientMessages } from "@/components/client-messages";

// The wish form and the tracking page validate and answer in the browser.
export default async function WishesLayout({ children, params }: LayoutProps<"/[locale]/[display]/wishes">) {
  const { locale } = await params;
  return (
    <ClientMessages locale={locale} namespaces={["forms", "wishForm", "track"]}>
      {children}
    </ClientMessages>
  );
}
