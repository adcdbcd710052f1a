"use client";
import { useSyncExternalStore } from "react";

// Nothing changes after hydration, so there is nothing to subscribe to or undo.
function unsubscribe(): void {
  // no subscription was made
}
const noSubscription = () => unsubscribe;

/**
 * False in the server's HTML and while hydrating, true once JavaScript runs.
 * What only works with JavaScript (live counts, the copy button, hiding the
 * assistance fields until they apply) appears then; without it, the page
 * stays complete.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
