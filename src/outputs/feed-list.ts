/**
 * Every feed the portal publishes, for the page that explains subscribing
 * (src/pages/theo-doi.astro): the news of the whole site, the notices, one
 * per category (src/pages/chuyen-muc/[category]/rss.xml.ts), and the work
 * schedule's calendar. A feed route added without a line here is caught by
 * tests/portal/sample-site.test.ts, which compares this list with dist/.
 */
import { categories, paths, site } from '../site.ts';
import { t } from '../i18n/ui.ts';

export interface PublishedFeed {
  title: string;
  /** Path on the site: `/rss.xml`. */
  href: string;
  /** A news reader's RSS, or a calendar's iCalendar. */
  kind: 'rss' | 'calendar';
}

export function publishedFeeds(): PublishedFeed[] {
  return [
    { title: t.feedAllNews(site.name), href: paths.feed, kind: 'rss' },
    { title: t.notices, href: paths.noticesFeed, kind: 'rss' },
    ...categories.map((category) => ({ title: category.name, href: paths.categoryFeed(category.slug), kind: 'rss' as const })),
    { title: t.scheduleCalendarName(site.name), href: paths.scheduleFeed, kind: 'calendar' },
  ];
}
