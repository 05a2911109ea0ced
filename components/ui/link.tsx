import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: next/link without prefetching. Every page here is rendered per user from
 * the database, so each prefetch is a full server render: a list of 20 drafts would render
 * the 20 draft pages (and the page again per status tab) while the user opens one of them.
 * A click still navigates in place, without reloading the page.
 */
export default function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
