/**
 * The search page's behaviour: Pagefind queried as the reader types, the
 * state (query, filters, sort) kept in the URL, results and counts rendered
 * into the page's existing HTML. Loaded only by /tim-kiem/.
 *
 * The index comes in parts of whole years, and a part `recent` of the pages
 * changed since their parts were made (src/search/pagefind.ts): the newest
 * is loaded and the others merged into it, so one script and one WebAssembly
 * module serve them all, each part's pages given a `part` filter. The older
 * copies of changed pages, listed in `parts.json`, are left out of every
 * result and count (src/search/stale-copies.ts). Results are kept to the
 * parts a single index would answer from (`find`), and "newest first" is
 * read a year at a time (`newestFirst`).
 */
import { bestParts, boostedScore, matchQuality, mergeByScore, mergeSorted, queryVariants, take } from '../search/query.ts';
import { pageUrl } from '../search/index-parts.ts';
import { subtractCopies, withoutStale, type StaleCopy } from '../search/stale-copies.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  raw_content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  /** Pagefind frees a result's data once the result object is collected: copies keep the original alive. */
  source?: PagefindResult;
  data: () => Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type Filters = Record<string, string>;
type Query = Record<string, string | { any: string[] }>;
type Counts = Record<string, Record<string, number>>;
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Query; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string) => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
}

const FILTER_KEYS = ['type', 'category', 'unit', 'year'] as const;
const PAGE = 10;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
const text = JSON.parse(root.dataset.text ?? '{}') as Record<string, string>;

let pagefind: Pagefind | undefined;
let totals: Counts = {};
/** The parts of the index, and the older copies of changed pages they hold, by id. */
let partNames: string[] = [];
let stale = new Map<string, StaleCopy>();
let run = 0;
let shown = 0;
/** The current query's results: those listed so far, those still to come (newest first, read as needed), and how many in all. */
let current: { items: PagefindResult[]; rest: AsyncIterator<PagefindResult> | null; total: number } = { items: [], rest: null, total: 0 };
/** The values of a filter (years, parts) a search found something in, from its counts. */
const valuesFound = (counts: Counts | undefined, key: string) => Object.keys(counts?.[key] ?? {}).filter((value) => counts![key]![value]! > 0);
const yearsFound = (counts: Counts | undefined) => valuesFound(counts, 'year');
const dataCache = new Map<string, Promise<PagefindData>>();
const dataOf = (result: PagefindResult) => {
  if (!dataCache.has(result.id)) dataCache.set(result.id, result.data());
  return dataCache.get(result.id)!;
};

/** An index with nothing in it, for a portal that has not published anything yet. */
const EMPTY: Pagefind = {
  options: async () => {},
  init: async () => {},
  search: async () => ({ results: [], filters: {} }),
  filters: async () => ({}),
  preload: async () => {},
  mergeIndex: async () => {},
};

async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const { parts, stale: copies = [] } = (await (await fetch('/pagefind/parts.json')).json()) as { parts: string[]; stale?: StaleCopy[] };
  const [newest, ...older] = parts;
  const options = (part: string) => ({ excerptLength: 24, mergeFilter: { part } });
  let module = EMPTY;
  if (newest) {
    const url = `/pagefind/${newest}/pagefind.js`;
    module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options(options(newest));
    await module.init();
    await Promise.all(older.map((part) => module.mergeIndex(`/pagefind/${part}/`, options(part))));
  }
  partNames = parts;
  stale = new Map(copies.map((copy) => [copy.id, copy]));
  totals = subtractCopies(await module.filters(), copies);
  buildFilters(new URLSearchParams(location.search));
  pagefind = module;
  return module;
}

/** The state of the form, as URL parameters. */
function readForm(): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value !== '') params.set(key, value);
  if (params.get('sort') === 'relevance') params.delete('sort');
  return params;
}

function writeForm(params: URLSearchParams) {
  input.value = params.get('q') ?? '';
  for (const field of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    field.checked = (params.get(field.name) ?? '') === field.value || (field.name === 'sort' && !params.get('sort') && field.value === 'relevance');
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One radio group per filter, built once from the index's totals; counts are updated in place. */
function buildFilters(params: URLSearchParams) {
  const groups = FILTER_KEYS.filter((key) => Object.keys(totals[key] ?? {}).length > 0).map((key) => {
    const values = Object.keys(totals[key] ?? {}).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi')));
    const selected = params.get(key) ?? '';
    const option = (value: string, label: string) => {
      const id = `f-${key}-${value || 'all'}`.replace(/[^a-zA-Z0-9_-]/g, '_');
      const count = value ? ` <span class="count" data-count="${escapeHtml(key)}" data-value="${escapeHtml(value)}"></span>` : '';
      return `<li><input type="radio" id="${escapeHtml(id)}" name="${key}" value="${escapeHtml(value)}"${selected === value ? ' checked' : ''}>
        <label for="${escapeHtml(id)}">${escapeHtml(label)}${count}</label></li>`;
    };
    return `<fieldset><legend>${escapeHtml(text[`filter_${key}`] ?? key)}</legend><ul>
      ${option('', text.all ?? '')}
      ${values.map((value) => option(value, value)).join('')}
    </ul></fieldset>`;
  });
  filterBox.innerHTML = groups.join('');
}

function updateCounts(counts: Counts) {
  for (const span of filterBox.querySelectorAll<HTMLElement>('[data-count]')) {
    span.textContent = `(${counts[span.dataset.count!]?.[span.dataset.value!] ?? 0})`;
  }
}

async function showMore(token: number) {
  const listing = current;
  if (listing.rest) listing.items.push(...(await take(listing.rest, shown + PAGE - listing.items.length)));
  const items = listing.items.slice(shown, shown + PAGE);
  const data = await Promise.all(items.map(dataOf));
  if (token !== run) return;
  const html = data.map((d) => {
    // Pagefind gives the address of the copy it read (src/search/pagefind.ts).
    const url = pageUrl(d.url);
    const image = d.meta.image ? `<img src="${escapeHtml(d.meta.image)}" alt="" width="120" height="75" loading="lazy">` : '';
    return `<li class="search-result"><article>
      ${image}
      <div><h2><a href="${escapeHtml(url)}">${escapeHtml(d.meta.title ?? url)}</a></h2>
      <p class="meta">${escapeHtml(d.meta.date ?? '')} · ${escapeHtml(d.meta.kind ?? '')}</p>
      <p class="excerpt">${d.excerpt}</p></div>
    </article></li>`;
  });
  list.insertAdjacentHTML('beforeend', html.join(''));
  shown += items.length;
  more.hidden = shown >= listing.total;
}

async function search(params: URLSearchParams) {
  const token = ++run;
  const query = params.get('q')?.trim() ?? '';
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const newest = params.get('sort') === 'newest';
  const engine = await load();
  if (token !== run) return;
  list.replaceChildren();
  shown = 0;
  if (!query) {
    updateCounts(totals);
    status.textContent = text.prompt ?? '';
    more.hidden = true;
    return;
  }
  const variants = queryVariants(query);
  const searches = await Promise.all(variants.map((v) => find(engine, v, filters)));
  if (token !== run) return;
  const wordCount = query.split(/\s+/).length;
  const merged = mergeByScore(searches.map((s) => s.results.map((r) => ({ ...r, score: boostedScore(r.score, r.words, wordCount), source: r }))));
  const counts = await countFilters(engine, variants, filters, searches);
  if (token !== run) return;
  updateCounts(counts);
  const years = filters.year ? [filters.year] : yearsFound(counts);
  current = { items: newest ? [] : merged, rest: newest ? newestFirst(engine, variants, filters, years) : null, total: merged.length };
  await showMore(token);
  if (token !== run) return;
  // Announced last, once the results are in the page.
  status.textContent = merged.length ? (text.found ?? '').replace('{n}', merged.length.toLocaleString('vi-VN')).replace('{q}', query) : (text.none ?? '').replace('{q}', query);
}

/** Pagefind's search without the older copies of changed pages. */
async function searchLive(engine: Pagefind, term: string, options?: { filters?: Query; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch> {
  const found = await engine.search(term, options);
  if (!found) return { results: [], filters: {} };
  const { results, counts } = withoutStale(found.results, found.filters, stale);
  return { results, filters: counts };
}

/** For each query word, the parts of the index that answer it as a single index of the whole site would (src/search/query.ts). */
const wordParts = new Map<string, Promise<string[]>>();
function partsFor(engine: Pagefind, word: string): Promise<string[]> {
  if (!wordParts.has(word)) wordParts.set(word, rateParts(engine, word));
  return wordParts.get(word)!;
}

async function rateParts(engine: Pagefind, word: string): Promise<string[]> {
  // A part that has the word itself answers as well as any; only the others are looked at closer.
  const [exact, loose] = await Promise.all([searchLive(engine, `"${word}"`), searchLive(engine, word)]);
  const whole = new Set(valuesFound(exact.filters, 'part'));
  const quality = new Map<string, number>();
  await Promise.all(
    valuesFound(loose.filters, 'part').map(async (part) => {
      if (whole.has(part)) return quality.set(part, Infinity);
      const top = (await searchLive(engine, word, { filters: { part } })).results[0];
      if (!top) return;
      const { raw_content, locations } = await dataOf(top);
      quality.set(part, matchQuality(raw_content, locations, word));
    }),
  );
  return bestParts(quality);
}

/**
 * Pagefind's search, kept to the parts of the index that answer every word of `variant` as one
 * index would (and to `filters.part`, when given).
 */
async function find(engine: Pagefind, variant: string, { part, ...filters }: Filters, sort?: Record<string, 'asc' | 'desc'>): Promise<PagefindSearch> {
  // Quotes (Pagefind's exact phrase) are not part of a word.
  const words = variant.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  const answering = (await Promise.all(words.map((word) => partsFor(engine, word)))).reduce((a, b) => a.filter((name) => b.includes(name)), partNames);
  const parts = part ? answering.filter((name) => name === part) : answering;
  if (parts.length === 0) return { results: [], filters: {} };
  return searchLive(engine, variant, { filters: { ...filters, part: { any: parts } }, ...(sort ? { sort } : {}) });
}

/**
 * The results newest first. Pagefind sorts each part's results by date but
 * orders those of several parts by score, so a year's results are asked of
 * each part that holds some (its own part, and `recent`), each in that
 * part's date order, and merged; the years are taken newest first, each only
 * when the reader gets to it. The unsorted search that finds the parts holding
 * a year is the cheaper way: asking every part sorted loads each part's sort
 * data (1.6 to 4 times as long at 20,000 articles, docs/search.md).
 */
async function* newestFirst(engine: Pagefind, variants: string[], filters: Filters, years: string[]): AsyncGenerator<PagefindResult> {
  for (const year of [...years].sort().reverse()) {
    const found = await Promise.all(variants.map((v) => find(engine, v, { ...filters, year })));
    const parts = [...new Set(found.flatMap((search) => valuesFound(search.filters, 'part')))];
    const searches = await Promise.all(parts.flatMap((part) => variants.map((v) => find(engine, v, { ...filters, year, part }, { date: 'desc' }))));
    yield* mergeSorted(
      searches.map((s) => s.results),
      async (r) => (await dataOf(r)).meta.sortdate ?? '',
    );
  }
}

/**
 * Counts per filter value for the current query. With one spelling these
 * come from Pagefind directly; with several, each value's pages are the
 * union over the spellings, counted by id.
 */
async function countFilters(engine: Pagefind, variants: string[], filters: Filters, searches: PagefindSearch[]) {
  if (searches.length === 1) return searches[0]!.filters;
  const counts: Counts = {};
  for (const key of FILTER_KEYS) {
    counts[key] = {};
    for (const value of Object.keys(totals[key] ?? {})) {
      const ids = new Set<string>();
      for (const variant of variants) {
        const result = await find(engine, variant, { ...filters, [key]: value });
        for (const r of result?.results ?? []) ids.add(r.id);
      }
      counts[key]![value] = ids.size;
    }
  }
  return counts;
}

let typing: ReturnType<typeof setTimeout> | undefined;
function update(push = false) {
  const params = readForm();
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  void search(params);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  update(true);
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update(), 250);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type="radio"]')) update();
});
more.addEventListener('click', () => void showMore(run));
window.addEventListener('popstate', () => {
  const params = new URLSearchParams(location.search);
  writeForm(params);
  void search(params);
});

root.classList.add('enhanced');
const initial = new URLSearchParams(location.search);
writeForm(initial);
void search(initial);
