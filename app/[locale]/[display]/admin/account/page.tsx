import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { readTotpEnrolment } from "@/lib/auth/totp-enrolment";
import { publicPage } from "@/lib/display/page-guard";
import { wishQrSvg } from "@/lib/posters/wish-qr";
import { readAlertSettings } from "@/lib/staff/alert-settings";
import { AlertSettingsForm } from "./alert-settings-form";
import { PasswordForm } from "./password-form";
import { ConfirmEnrolmentForm, DisableMfaForm, SignOutOthersForm, StartEnrolmentForm } from "./second-factor-forms";

type Props = PageProps<"/[locale]/[display]/admin/account">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminAuth" });
  return { title: t("account.title"), robots: { index: false, follow: false } };
}

// Every signed-in person's own account: their password and second factor. An
// admin who must enrol a second factor (HUIYIN_REQUIRE_MFA=1) is sent here and
// can use nothing else until they have.
export default async function AccountPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("account.manage");
  const t = await getTranslations({ locale, namespace: "adminAuth.account" });
  const [mfa, alerts] = await Promise.all([readTotpEnrolment(actor), readAlertSettings(actor)]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-lg">{t("intro", { username: actor.username })}</p>
      </div>
      {actor.mfaEnrolmentRequired ? (
        <p role="alert" className="rounded border-2 border-brand-dark bg-white px-4 py-3 text-lg font-semibold">
          {t("mfaRequired")}
        </p>
      ) : null}
      <section aria-labelledby="password-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
        <h2 id="password-heading" className="text-2xl font-bold">
          {t("passwordHeading")}
        </h2>
        <p className="text-lg">{t("passwordIntro")}</p>
        <PasswordForm locale={locale} mfaEnabled={actor.mfaEnabled} />
      </section>
      <section aria-labelledby="alerts-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
        <h2 id="alerts-heading" className="text-2xl font-bold">
          {t("alerts.heading")}
        </h2>
        <p className="text-lg">{t("alerts.intro")}</p>
        <AlertSettingsForm locale={locale} current={alerts} />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
        <h2 id="sessions-heading" className="text-2xl font-bold">
          {t("sessionsHeading")}
        </h2>
        <p className="text-lg">{t("sessionsIntro")}</p>
        <SignOutOthersForm locale={locale} />
      </section>
      <section aria-labelledby="mfa-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
        <h2 id="mfa-heading" className="text-2xl font-bold">
          {t("mfaHeading")}
        </h2>
        {mfa.status === "on" ? (
          <>
            <p className="text-lg">{t("mfaOn", { left: mfa.recoveryCodesLeft })}</p>
            <h3 className="text-xl font-bold">{t("disableHeading")}</h3>
            <DisableMfaForm locale={locale} />
          </>
        ) : mfa.status === "pending" ? (
          <>
            <p className="text-lg">{t("scanIntro")}</p>
            <div
              className="size-56 border-2 border-ink bg-white p-1"
              // The SVG is made on the server from the otpauth:// URI by the
              // qrcode package; it holds no markup of anyone's input.
              dangerouslySetInnerHTML={{ __html: await wishQrSvg(mfa.uri, t("qrLabel")) }}
            />
            <p className="text-lg">{t("manualEntry")}</p>
            <p className="font-mono text-xl break-all">{mfa.secret.replace(/(.{4})/g, "$1 ").trim()}</p>
            <ConfirmEnrolmentForm locale={locale} />
          </>
        ) : (
          <>
            <p className="text-lg">{t("mfaOff")}</p>
            <StartEnrolmentForm locale={locale} />
          </>
        )}
      </section>
    </div>
  );
}
