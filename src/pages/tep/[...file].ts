/** Publishes files kept in content/: attachments of articles and notices, document files and the emblem. */
import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getDocuments, getNotices } from '../../model/queries.ts';
import { ARTICLE_FILES, attachmentInfo, DOCUMENT_FILES } from '../../files/attachments.ts';
import { contentDir } from '../../config/content-folder.ts';
import { contentFile } from '../../files/content-files.ts';
import { emblemUrl, site } from '../../site.ts';
import { ATTACHMENT_TYPES } from '../../model/attachment-types.ts';

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

/** Media types by extension: what `npm run dev` sends (builds write files; dist/_headers gives theirs). */
const TYPES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ATTACHMENT_TYPES).map(([ext, type]) => [ext, type.mime])),
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

export const GET: APIRoute = ({ props }) => {
  const file = props.sourcePath as string;
  return new Response(fs.readFileSync(file), { headers: { 'Content-Type': TYPES[file.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream' } });
};
