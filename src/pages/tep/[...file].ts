/** Publishes files kept in content/: notice attachments, document files and the emblem. */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments, getNotices } from '../../lib/content.ts';
import { attachmentInfo, DOCUMENT_FILES } from '../../lib/attachments.ts';
import { contentDir } from '../../lib/content-paths.ts';
import { emblemUrl, site } from '../../lib/site.ts';

export const getStaticPaths = (async () => {
  const files = [{ url: emblemUrl, sourcePath: path.resolve(contentDir(), site.emblem) }];
  for (const notice of await getNotices()) {
    for (const attachment of notice.data.attachments) files.push(attachmentInfo(notice, attachment));
  }
  for (const document of await getDocuments()) {
    for (const file of document.data.files) files.push(attachmentInfo(document, file, DOCUMENT_FILES));
  }
  return files.map(({ url, sourcePath }) => ({ params: { file: url.replace(/^\/tep\//, '') }, props: { sourcePath } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(fs.readFileSync(props.sourcePath as string));
