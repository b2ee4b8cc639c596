/**
 * Filtering the documents listing (Văn bản) by type, issuing body and year.
 * The same criteria drive the pages made at build time for each single
 * value (`/van-ban/loai/ke-hoach/`, which work without JavaScript) and the
 * script that filters the full listing in place with the state in the URL
 * (`/van-ban/?loai=ke-hoach&nam=2026`). No imports: it runs in the browser.
 */

/** The facets, by URL parameter (and folder of the single-value pages). */
export const DOCUMENT_FACETS = ['loai', 'co-quan', 'nam'] as const;
export type DocumentFacet = (typeof DOCUMENT_FACETS)[number];

/** What a listed document is filtered on: the slug of each facet's value. */
export type DocumentKeys = Record<DocumentFacet, string>;

/** Chosen values; a facet left out (or empty) matches everything. */
export type DocumentCriteria = Partial<Record<DocumentFacet, string>>;

export function isFacet(name: string): name is DocumentFacet {
  return (DOCUMENT_FACETS as readonly string[]).includes(name);
}

/** The criteria in URL parameters, ignoring anything else. */
export function criteriaFromParams(params: URLSearchParams): DocumentCriteria {
  const criteria: DocumentCriteria = {};
  for (const facet of DOCUMENT_FACETS) {
    const value = params.get(facet)?.trim();
    if (value) criteria[facet] = value;
  }
  return criteria;
}

/** Criteria as URL parameters, in facet order, empty ones left out. */
export function paramsFromCriteria(criteria: DocumentCriteria): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of DOCUMENT_FACETS) if (criteria[facet]) params.set(facet, criteria[facet]);
  return params;
}

export function matches(keys: DocumentKeys, criteria: DocumentCriteria): boolean {
  return DOCUMENT_FACETS.every((facet) => !criteria[facet] || keys[facet] === criteria[facet]);
}

/** The documents that meet every chosen criterion, in their order. */
export function filterDocuments<T>(items: readonly T[], keysOf: (item: T) => DocumentKeys, criteria: DocumentCriteria): T[] {
  return items.filter((item) => matches(keysOf(item), criteria));
}
