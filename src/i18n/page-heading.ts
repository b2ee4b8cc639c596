import type { Page } from '../model/pagination.ts';
import { formatDate } from '../model/dates.ts';
import { t } from './ui.ts';

/**
 * The heading of a page of a list: the list's name on its own address; on a later page of the latest
 * news its position («Trang 2/5»); on a page of a stable list its items' dates, which never change.
 */
export function pageHeading(title: string, page: Page<unknown>): string {
  if (page.position) return page.position.number > 1 ? `${title} — ${t.pageOf(page.position.number, page.position.last)}` : title;
  if (page.number === 0 || !page.dates) return title;
  return `${title} — ${t.pageDates(formatDate(page.dates.oldest), formatDate(page.dates.newest))}`;
}

/** Whether a page is its list's own address (the first a reader sees). */
export const isListHome = (page: Page<unknown>) => (page.position ? page.position.number === 1 : page.number === 0);
