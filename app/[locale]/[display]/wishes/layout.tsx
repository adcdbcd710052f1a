import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The wish form and the tracking page validate and answer in the browser.
export default function WishesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["wishForm", "track"]}>{children}</ClientMessages>;
}
