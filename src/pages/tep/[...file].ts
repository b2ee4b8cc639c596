/** Publishes files kept in content/: attachments of articles and notices, document files and the emblem. */
import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getDocuments, getNotices } from '../../model/queries.ts';
import { ARTICLE_FILES, attachmentInfo, DOCUMENT_FILES } from '../../files/attachments.ts';
import { contentDir } from '../../config/content-folder.ts';
import { contentFile } from '../../files/content-files.ts';
import { emblemUrl, site } from '../../site.ts';

export const getStaticPaths = (async () => {
  const files = [{ url: emblemUrl, sourcePath: contentFile(contentDir(), null, site.emblem) }];
  for (const article of await getArticles()) {
    for (const attachment of article.data.attachments) files.push(attachmentInfo(article, attachment, ARTICLE_FILES));
  }
  for (const notice of await getNotices()) {
    for (const attachment of notice.data.attachments) files.push(attachmentInfo(notice, attachment));
  }
  for (const document of await getDocuments()) {
    for (const file of document.data.files) files.push(attachmentInfo(document, file, DOCUMENT_FILES));
  }
  return files.map(({ url, sourcePath }) => ({ params: { file: url.replace(/^\/tep\//, '') }, props: { sourcePath } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(fs.readFileSync(props.sourcePath as string));
