/**
 * What each page kept by the incremental build covers: a page whose
 * getStaticPaths() gives a `cacheKey` is copied from the last build when the
 * key and the page's code are unchanged, so its key must hold everything the
 * page shows that is not code. Each route names its key function here; an
 * entry's own fields are covered by its digest (Astro's hash of its whole
 * file, `entryKey`), and what comes from elsewhere is listed function by
 * function. tests/portal/incremental.test.ts changes each kind of input and
 * compares a rebuild with a clean build.
 */
import { bannerInBuild, bannerState } from '../model/banner.ts';
import { buildTime, getNeighbours, getPages, getRelated, type Article, type Notice } from '../model/queries.ts';
import { isCurrentNotice } from '../model/articles.ts';
import { site } from '../site.ts';
import { ARTICLE_FILES, attachmentInfo } from '../files/attachments.ts';
import { cacheKey, entryKey } from './cache-keys.ts';

let layoutKey: Promise<string> | undefined;

/**
 * The frame of every page: the whole site.yaml (names, menu, categories,
 * links), the static pages (footer, the English link, the privacy note of the
 * forms) and whether this build writes the banner, shown or hidden.
 */
export function getLayoutKey(): Promise<string> {
  layoutKey ??= getPages().then((pages) => {
    const banner = site.banner && bannerInBuild(site.banner, buildTime) ? bannerState(site.banner, buildTime) : 'none';
    return cacheKey(site, pages.map(entryKey), banner);
  });
  return layoutKey;
}

/** An article page (ArticleView): the frame, the article, its attachments' sizes, its related articles and its neighbours. */
export async function getArticleKey(article: Article): Promise<string> {
  const { previous, next } = await getNeighbours(article);
  const files = article.data.attachments.map((file) => attachmentInfo(article, file, ARTICLE_FILES).bytes);
  return cacheKey(await getLayoutKey(), entryKey(article), files, (await getRelated(article)).map(entryKey), previous && entryKey(previous), next && entryKey(next));
}

/** A notice page (NoticeView): the frame, the notice, its «expired» badge as of this build and its attachments' sizes. */
export async function getNoticeKey(notice: Notice): Promise<string> {
  return cacheKey(
    await getLayoutKey(),
    entryKey(notice),
    isCurrentNotice(notice, buildTime),
    notice.data.attachments.map((file) => attachmentInfo(notice, file).bytes),
  );
}

/** A notice in a list of notices: its file and its «expired» badge as of this build. */
export const noticeListItemKey = (notice: Notice) => [entryKey(notice), isCurrentNotice(notice, buildTime)];
