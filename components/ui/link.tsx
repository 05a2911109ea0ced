import type { AnchorHTMLAttributes } from "react";

/**
 * The app's link to one of its pages: a plain <a> that components/layout/soft-navigation.tsx
 * opens in place (the page's server components are fetched; the frame, the menu and what the
 * browser holds stay), with a bar at the top while the page comes. Nothing is prefetched:
 * every page here is rendered per user from the database, so each prefetch would be a full
 * server render (a list of 20 drafts would render the 20 draft pages while the user opens one).
 * It is not next/link: measured under load, next/link's client component (rendered on the
 * server for every link, and sent as a reference in the page's RSC data) cost about a tenth
 * of the server's time on a list page.
 * A plain <a> without this marker (a Word, PDF or sheet download, an attachment) is left to
 * the browser.
 */
export default function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} data-nav="" />;
}
