import { isIP } from "node:net";

/**
 * The address a request came from, read from X-Forwarded-For.
 *
 * `next start` puts the connection's address into X-Forwarded-For when a request arrives
 * without one. Behind a reverse proxy (nginx `proxy_set_header X-Forwarded-For
 * $proxy_add_x_forwarded_for`) every proxy appends the address it saw, so the entries on the
 * right were written by our own proxies and those on the left by whoever sent the request.
 * TRUST_PROXY=N (N proxies in front, normally 1) takes the N-th entry from the right: the
 * address the outermost proxy saw. Without TRUST_PROXY the last entry is taken: the
 * connection's address, unless a client reaching the app directly sent its own header, which
 * nothing can tell apart — so a deployment reachable by untrusted clients runs behind a proxy.
 * X-Real-IP is not read: a proxy passes it through from the client unless configured to set it.
 */
export function clientAddress(headers: Pick<Headers, "get">, trustedProxies = proxyCount()): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const entry = entries[Math.max(0, entries.length - Math.max(1, trustedProxies))];
  return normalize(entry);
}

function proxyCount(): number {
  const n = Number(process.env.TRUST_PROXY);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Only real addresses are kept; "::ffff:10.0.0.5" (IPv4 over an IPv6 socket) reads as 10.0.0.5. */
function normalize(entry: string): string | null {
  const bare = entry.replace(/^\[(.*)\](:\d+)?$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  const address = mapped ? mapped[1] : bare;
  return isIP(address) ? address : null;
}
