/**
 * The server sends only to push services it trusts (config `BEREDD_PUSH_HOSTS`): a device's
 * endpoint is a URL a browser gave us, and without this check anyone signed in could make the
 * server POST to any address (SSRF). An entry is a host name, `*.` and a domain for any host
 * under it, or an http:// origin (a local push service in tests); everything else is https only.
 * Returns the endpoint's host when it is trusted, else null.
 */
export function trustedPushHost(hosts: readonly string[], endpoint: string): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase();
  for (const entry of hosts) {
    if (entry.startsWith("http://")) {
      if (url.protocol === "http:" && url.origin === new URL(entry).origin) return url.host;
      continue;
    }
    if (url.protocol !== "https:" || (url.port && url.port !== "443")) continue;
    if (entry.startsWith("*.") ? host.endsWith(entry.slice(1)) : host === entry) return host;
  }
  return null;
}
