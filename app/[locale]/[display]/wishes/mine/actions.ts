"use server";
// "This is not my phone": clears the device's remembered codes, then shows the
// page again (a 303 without JavaScript, a refresh with it).
import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { localePath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { forgetRecentWishes } from "@/lib/wishes/recent-wishes";

export async function forgetRecentWishesAction(formData: FormData): Promise<void> {
  await forgetRecentWishes();
  const posted = formData.get("locale");
  const locale = typeof posted === "string" && hasLocale(routing.locales, posted) ? posted : routing.defaultLocale;
  redirect(localePath(locale, "/wishes/mine"));
}
