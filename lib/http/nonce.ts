import { headers } from "next/headers";

/** The CSP nonce the proxy made for this page request, for the few `<style>` elements the app renders itself. */
export async function cspNonce(): Promise<string | undefined> {
  return (await headers()).get("x-nonce") ?? undefined;
}
