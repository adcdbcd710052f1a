import { requireStaffPage } from "@/lib/auth/session";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { attemptOf } from "@/lib/forms/attempt";
import { renderWishPage } from "../wish-page";

export { generateMetadata } from "../page";

type Props = PageProps<"/[locale]/[display]/admin/wishes/[id]/[attempt]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER, attempt: BUILD_PLACEHOLDER }];
}

// Where the wish page's forms post when JavaScript is off: the same page, with
// the form's state (its message, and what was typed after an error).
export default async function WishAttemptPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const { id, attempt } = await params;
  const actor = await requireStaffPage("wish.view");
  return renderWishPage({ locale, id, actor, attempt: await attemptOf(attempt) });
}
