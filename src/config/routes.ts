/**
 * The addresses of the site's pages, one function per kind of page. Pure (no
 * site settings read), so that the content check's route table
 * (route-table.ts) and the templates share them.
 */
export const paths = {
  home: '/',
  news: '/tin-tuc/',
  search: '/tim-kiem/',
  article: (id: string) => `/tin-tuc/${id}/`,
  category: (slug: string) => `/chuyen-muc/${slug}/`,
  categoryFeed: (slug: string) => `/chuyen-muc/${slug}/rss.xml`,
  tag: (slug: string) => `/the/${slug}/`,
  notices: '/thong-bao/',
  notice: (id: string) => `/thong-bao/${id}/`,
  noticesFeed: '/thong-bao/rss.xml',
  articleFile: (articleId: string, file: string) => `/tep/tin-tuc/${articleId}/${file.replace(/^\.\//, '').split('/').pop()}`,
  attachment: (noticeId: string, file: string) => `/tep/thong-bao/${noticeId}/${file.replace(/^\.\//, '').split('/').pop()}`,
  archive: '/luu-tru/',
  archiveYear: (year: number) => `/luu-tru/${year}/`,
  /** The articles imported from one unit's former portal (site.yaml `units`): `/luu-tru/don-vi/xa-binh-phu/`. */
  unitArchive: (slug: string) => `/luu-tru/don-vi/${slug}/`,
  page: (id: string) => `/${id}/`,
  sitemap: '/so-do-trang/',
  feed: '/rss.xml',
  /** What a feed is, how to subscribe, and every feed of the portal (src/pages/theo-doi.astro). */
  feeds: '/theo-doi/',
  photoLibrary: '/thu-vien-anh/',
  album: (id: string) => `/thu-vien-anh/${id}/`,
  schedule: '/lich-lam-viec/',
  scheduleWeek: (id: string) => `/lich-lam-viec/${id}/`,
  /** The iCalendar feed of the work schedule (src/pages/lich-lam-viec/lich.ics.ts). */
  scheduleFeed: '/lich-lam-viec/lich.ics',
  documents: '/van-ban/',
  document: (id: string) => `/van-ban/${id}/`,
  /** A listing of the documents with one value of a facet: `/van-ban/loai/ke-hoach/`. */
  documentFacet: (facet: string, value: string) => `/van-ban/${facet}/${value}/`,
  documentFile: (documentId: string, file: string) => `/tep/van-ban/${documentId}/${file.replace(/^\.\//, '').split('/').pop()}`,
  /** The reader feedback form (Hỏi đáp, góp ý) and the page every form returns to. */
  feedback: '/hoi-dap-gop-y/',
  formSent: '/gui-thanh-cong/',
  /** The emblem, published from the content folder (site.yaml's `emblem`). */
  emblem: (written: string) => `/tep/${written.replace(/^\.\//, '')}`,
  /** The share image of an article without a cover: its category's card (src/pages/og/[category].png.ts). */
  shareCard: (category: string) => `/og/${category}.png`,
} as const;

export const PAGE_SIZE = 10;
/**
 * The latest news (/tin-tuc/) shows this many pages, newest first, then sends readers to the archive
 * by year: every page of it changes when an article is published (src/model/pagination.ts).
 */
export const NEWS_PAGES = 5;
