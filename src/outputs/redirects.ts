/**
 * Addresses the portal no longer serves that must keep answering: the old
 * addresses of imported articles (and of former units' domains), list pages
 * that stopped existing. Written as Netlify's `_redirects` file, one rule per
 * line (`from to status`), each a permanent redirect (301) unless stated.
 * `src/pages/redirects.txt.ts` gathers the rules of every source; the build
 * then moves that file to `dist/_redirects` (redirects-file.ts).
 */

export interface Redirect {
  /** A site path (`/portal/Pages/2023-01-04/hop.aspx`) or, for a former unit's domain, a full address. */
  from: string;
  /** The page that answers now: a site path or a full address. */
  to: string;
  status?: 301 | 302;
  /**
   * Query parameters the address must carry to match, in Netlify's form
   * (`/tin-tuc.aspx id=15 /tin-tuc/hop/ 301`): legacy platforms often name
   * the article by a parameter of one shared script.
   */
  query?: readonly (readonly [string, string])[];
}

/** The route that writes the rules during the build, moved to `_redirects` at its end. */
export const REDIRECTS_ROUTE = 'redirects.txt';
export const REDIRECTS_FILE = '_redirects';

/** Characters that would end a rule or split its fields: a `from` or `to` holding them is refused, not written. */
const UNSAFE = /[\s\x00-\x1f\x7f]/;

/** The `_redirects` file for `rules`: one line each; two rules for one address stop the build, naming both targets. */
export function redirectsFile(rules: readonly Redirect[]): string {
  const seen = new Map<string, string>();
  const lines: string[] = [];
  for (const { from, to, status = 301, query = [] } of rules) {
    const params = query.map(([key, value]) => `${key}=${value}`);
    for (const value of [from, to, ...query.flat()]) {
      if (!value || UNSAFE.test(value)) throw new Error(`chuyển hướng «${from}» → «${to}»: địa chỉ rỗng hoặc có dấu cách, ký tự điều khiển`);
    }
    const source = [from, ...params].join(' ');
    const shown = params.length ? `${from}?${params.join('&')}` : from;
    const earlier = seen.get(source);
    if (earlier !== undefined) {
      if (earlier === to) continue;
      throw new Error(`địa chỉ cũ ${shown} được chuyển tới hai nơi: ${earlier} và ${to}`);
    }
    seen.set(source, to);
    lines.push(`${source} ${to} ${status}`);
  }
  return `# Written by the build (src/outputs/redirects.ts): do not edit.\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}
