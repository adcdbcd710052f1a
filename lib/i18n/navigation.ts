import { createElement, type ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);

/**
 * next-intl's Link, without prefetching unless a caller asks for it. By default
 * Next prefetches every link that scrolls into view: on a market-day page that
 * was 47 requests (80 KB) from one phone scrolling down, for pages a resident
 * mostly never opens, and as many extra requests for the server. Cached pages
 * load fast enough on a click.
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch: false, ...props });
}
