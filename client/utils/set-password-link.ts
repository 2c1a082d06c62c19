/**
 * The link an admin hands over. The token goes in the fragment, which browsers never send to a
 * server, so it stays out of access logs and proxies.
 */
export function setPasswordLink(origin: string, token: string): string {
  return `${origin}/set-password#${encodeURIComponent(token)}`;
}

/** The token of a set-password link's fragment ("#abc…"), or "" when there is none. */
export function tokenFromFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, "")).trim();
  } catch {
    return "";
  }
}
