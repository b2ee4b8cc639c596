/**
 * Documents (Văn bản): their order, their filter keys and the facets of the
 * listing (each type, issuing body and year, with its count). Pure, over a
 * minimal entry shape.
 */
import { DOCUMENT_TYPES, IN_FORCE } from './schemas/index.ts';
import { vietnamYear } from './dates.ts';
import { slugify } from './slugify.ts';
import type { DocumentFacet, DocumentKeys } from './document-filter.ts';

export interface DocumentLike {
  id: string;
  data: { number: string; type: string; title: string; issuer: string; issued: Date; status: string; replacedBy?: string; draft?: boolean };
}

/** Newest issued first; ties by number, so the order is stable between builds. */
export function byIssued<T extends DocumentLike>(a: T, b: T): number {
  return b.data.issued.getTime() - a.data.issued.getTime() || a.data.number.localeCompare(b.data.number, 'vi');
}

/** Whether a document still applies (its badge, and schema.org's legal force). */
export function isInForce(doc: DocumentLike): boolean {
  return doc.data.status === IN_FORCE;
}

/** The slug of each facet's value for a document: `{ loai: 'ke-hoach', 'co-quan': 'ubnd-xa-tan-lap', nam: '2026' }`. */
export function documentKeys(doc: DocumentLike): DocumentKeys {
  return { loai: slugify(doc.data.type), 'co-quan': slugify(doc.data.issuer), nam: String(vietnamYear(doc.data.issued)) };
}

export interface FacetValue {
  /** In URLs and data attributes. */
  value: string;
  /** Shown to readers. */
  label: string;
  count: number;
}

export type Facets = Record<DocumentFacet, FacetValue[]>;

/**
 * Every value of each facet among `docs`, with its count: types in the
 * order of the schema's list, issuing bodies by count then name, years newest first.
 */
export function documentFacets(docs: readonly DocumentLike[]): Facets {
  const tally = (facet: DocumentFacet, label: (doc: DocumentLike) => string) => {
    const values = new Map<string, FacetValue>();
    for (const doc of docs) {
      const value = documentKeys(doc)[facet];
      const entry = values.get(value) ?? { value, label: label(doc), count: 0 };
      entry.count++;
      values.set(value, entry);
    }
    return [...values.values()];
  };
  const typeOrder = (label: string) => {
    const i = (DOCUMENT_TYPES as readonly string[]).indexOf(label);
    return i < 0 ? DOCUMENT_TYPES.length : i;
  };
  return {
    loai: tally('loai', (d) => d.data.type).sort((a, b) => typeOrder(a.label) - typeOrder(b.label) || a.label.localeCompare(b.label, 'vi')),
    'co-quan': tally('co-quan', (d) => d.data.issuer).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi')),
    nam: tally('nam', (d) => String(vietnamYear(d.data.issued))).sort((a, b) => Number(b.value) - Number(a.value)),
  };
}

/** The document that `doc` was replaced by, when it is on the portal (matched by number). */
export function replacement<T extends DocumentLike>(doc: T, all: readonly T[]): T | undefined {
  const number = doc.data.replacedBy?.trim().toUpperCase();
  return number ? all.find((other) => other.data.number.toUpperCase() === number) : undefined;
}
