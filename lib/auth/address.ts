type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address as this server saw it: the rightmost X-Forwarded-For entry, which
 * `next start` fills with the socket's address and a reverse proxy (deploy/nginx.conf) sets
 * to the address it saw. Without a proxy in front, a client can send its own header, so
 * deployments put nginx in front (README 正式部署).
 */
export function clientAddress(headers: HeaderBag): string | null {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  const address = last ?? header(headers, "x-real-ip")?.trim();
  if (!address) return null;
  // IPv4-mapped IPv6 (::ffff:10.0.0.5) reads as the IPv4 address officers know.
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1").slice(0, 100);
}
