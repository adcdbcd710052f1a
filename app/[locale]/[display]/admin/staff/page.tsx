import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { listStaff } from "@/lib/staff/list-staff";
import { listOrganizationsForAdmin } from "@/lib/organizations/admin-queries";
import { localized } from "@/lib/i18n/localized";
import { formatShanghaiDate } from "@/lib/time/shanghai";
import { ReauthForm } from "../account/reauth-form";
import { CreateStaffForm } from "./create-staff-form";
import { StaffRowActions } from "./staff-row-actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/admin/staff">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminStaff" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

// A list of cards rather than a table: it reads the same on a phone (320 px)
// and a tablet, without horizontal scrolling.
export default async function StaffPage({ params }: PageProps<"/[locale]/[display]/admin/staff">) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("staff.manage");
  const t = await getTranslations({ locale, namespace: "adminStaff" });
  const tAuth = await getTranslations({ locale, namespace: "adminAuth" });
  const staff = await listStaff(actor);
  // A UNIT account belongs to one of the community's organisations.
  const units = (await listOrganizationsForAdmin(actor.communityId)).map((o) => ({
    value: o.id,
    label: localized(locale, o.name, o.nameEn),
  }));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-lg">{t("intro")}</p>
      </div>
      <section aria-labelledby="staff-list-heading" className="space-y-3">
        <h2 id="staff-list-heading" className="text-2xl font-bold">
          {t("listHeading")}
        </h2>
        <ul className="space-y-4">
          {staff.map((user) => (
            <li key={user.id} className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
              <h3 className="text-xl font-bold">
                {user.displayName} {user.id === actor.id ? <span className="font-normal">{t("you")}</span> : null}
              </h3>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">{t("columns.username")}</dt>
                <dd className="font-mono">{user.username}</dd>
                <dt className="font-semibold">{t("columns.role")}</dt>
                <dd>
                  {t(`roles.${user.role}`)}
                  {user.organization
                    ? ` · ${localized(locale, user.organization.name, user.organization.nameEn)}`
                    : null}
                </dd>
                <dt className="font-semibold">{t("columns.status")}</dt>
                <dd className={user.active ? "" : "font-semibold text-brand"}>
                  {t(user.active ? "status.active" : "status.inactive")}
                </dd>
                <dt className="font-semibold">{t("columns.lastSignIn")}</dt>
                <dd>
                  {user.lastSignInAt ? formatShanghaiDate(locale, user.lastSignInAt, { withTime: true }) : t("never")}
                </dd>
              </dl>
              <StaffRowActions
                userId={user.id}
                name={user.displayName}
                active={user.active}
                isSelf={user.id === actor.id}
              />
            </li>
          ))}
        </ul>
      </section>
      <ReauthForm locale={locale} mfaEnabled={actor.mfaEnabled} purpose={tAuth("reauth.adminPurpose")} />
      <CreateStaffForm units={units} />
    </div>
  );
}
