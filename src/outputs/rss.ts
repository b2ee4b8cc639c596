/** The portal's RSS feeds, built with @astrojs/rss from the published content. */
import rss from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { buildTime, getArticles, getNotices, type Article, type Notice } from '../model/queries.ts';
import { renderEntry } from '../build/render-entry.ts';
import { channelData, FEED_NAMESPACES, feedItem } from './rss-items.ts';
import { absoluteUrl, categoryBySlug, paths, site } from '../site.ts';
import { t } from '../i18n/ui.ts';
import { feedBody } from '../markdown/body-html.ts';

/** How many entries a feed carries. */
export const FEED_SIZE = 30;

let container: Promise<AstroContainer> | undefined;

/** The entry's body as HTML, rendered the way its page renders it, each photo as its JPEG (body-html.ts). */
async function bodyHtml(entry: Article | Notice): Promise<string> {
  container ??= AstroContainer.create();
  const { Content } = await renderEntry(entry);
  return feedBody(await (await container).renderToString(Content));
}

async function articleItems(articles: Article[]) {
  return Promise.all(
    articles.slice(0, FEED_SIZE).map(async (article) =>
      feedItem({
        title: article.data.title,
        url: absoluteUrl(paths.article(article.id)),
        date: article.data.date,
        summary: article.data.summary,
        html: await bodyHtml(article),
        category: categoryBySlug(article.data.category).name,
        author: article.data.author,
      }),
    ),
  );
}

function feed(title: string, description: string, feedPath: string, items: Awaited<ReturnType<typeof articleItems>>) {
  return rss({
    title,
    description,
    site: site.url,
    items,
    xmlns: FEED_NAMESPACES,
    customData: channelData(absoluteUrl(feedPath), buildTime),
  });
}

export async function siteFeed() {
  return feed(site.fullName, site.description, paths.feed, await articleItems(await getArticles()));
}

export async function categoryFeed(slug: string) {
  const category = categoryBySlug(slug);
  const articles = (await getArticles()).filter((article) => article.data.category === slug);
  return feed(`${category.name} — ${site.name}`, category.description, paths.categoryFeed(slug), await articleItems(articles));
}

export async function noticesFeed() {
  const notices = (await getNotices()).slice(0, FEED_SIZE);
  const items = await Promise.all(
    notices.map(async (notice) =>
      feedItem({
        title: notice.data.title,
        url: absoluteUrl(paths.notice(notice.id)),
        date: notice.data.date,
        summary: notice.data.summary,
        html: await bodyHtml(notice),
        category: t.notices,
      }),
    ),
  );
  return feed(`${t.notices} — ${site.name}`, `${t.notices} của ${site.fullName}`, paths.noticesFeed, items);
}
