/**
 * The old addresses of imported articles (`aliases`): a path of this site's
 * own domain (the unit's former portal, replaced by this one) or a full
 * address on a former unit's domain, possibly with a query (`?id=15`, which
 * many legacy platforms put the article's number in). Both the content check
 * (two articles may not claim one address) and the redirect rules read them
 * through here, so they agree on when two spellings are one address.
 */

export interface OldAddress {
  /** The former domain, lower case; undefined for an address of this site's own domain. */
  host?: string;
  /** The path, percent-encoded as a server receives it: `/portal/Pages/2023-01-04/hop.aspx`. */
  path: string;
  /** The query's parameters, in their written order (empty when none). */
  query: [string, string][];
}

const BASE = 'https://old-address.invalid';

/** `address` (as the schema accepted it) split into host, path and query; `siteUrl` tells this site's own host. */
export function parseOldAddress(address: string, siteUrl: string): OldAddress {
  const url = new URL(address, BASE);
  const own = new URL(siteUrl).hostname.toLowerCase();
  const host = url.origin === BASE || url.hostname.toLowerCase() === own ? undefined : url.hostname.toLowerCase();
  return { host, path: url.pathname, query: [...url.searchParams.entries()] };
}

/** One key for every spelling of one address (host case, percent-encoding, parameter order). */
export function oldAddressKey(address: string, siteUrl: string): string {
  const { host, path, query } = parseOldAddress(address, siteUrl);
  const params = query
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('&');
  return `${host ?? ''}${path}${params ? `?${params}` : ''}`;
}
