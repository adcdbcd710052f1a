import { connection } from "next/server";
import { AdminHeader } from "@/components/admin/admin-header";
import { ClientMessages } from "@/components/client-messages";
import { getActor } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { signOutAction } from "./sign-in/actions";

// The dashboard shell. Every page under /admin is per person and never cached:
// the layout reads the session, so the whole subtree renders per request. The
// header appears only when someone is signed in, so the sign-in page has none.
export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/[display]/admin">) {
  // First, as in every page: the build's placeholder params get a 404 before
  // anything dynamic, so `next build` prerenders nothing here and needs no database.
  const { locale } = await publicPage(params);
  await connection();
  const actor = await getActor();
  return (
    <ClientMessages
      locale={locale}
      namespaces={["forms", "adminAuth", "adminStaff", "adminWishes", "adminCouncil", "adminContent", "marketDays"]}
    >
      <div className="space-y-6">
        {actor ? <AdminHeader actor={actor} locale={locale} signOutAction={signOutAction} /> : null}
        {children}
      </div>
    </ClientMessages>
  );
}
