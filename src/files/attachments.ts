/**
 * Files attached to articles, notices and documents (PDF, office files,
 * MP3), kept beside their Markdown and published under
 * `/tep/<section>/<entry>/<file>` with their type and size. The path is
 * resolved by content-files.ts: only a file of the content folder is ever
 * published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatFileSize } from '../model/format.ts';
import type { Attachment } from '../model/schemas/index.ts';
import { paths } from '../config/routes.ts';
import { contentFile } from './content-files.ts';
import { contentDir } from '../config/content-folder.ts';
import { AUDIO_EXTENSIONS } from '../model/attachment-types.ts';

export interface AttachmentInfo {
  title: string;
  url: string;
  /** Upper-case extension shown to readers: PDF, DOCX… */
  type: string;
  size: string;
  bytes: number;
  sourcePath: string;
  /** An MP3, shown with the browser's own player. */
  audio: boolean;
}

interface EntryWithFile {
  id: string;
  filePath?: string;
}

/** Where a kind of entry publishes its files. */
export interface FileKind {
  urlOf: (entryId: string, file: string) => string;
}

export const NOTICE_FILES: FileKind = { urlOf: paths.attachment };
export const DOCUMENT_FILES: FileKind = { urlOf: paths.documentFile };
export const ARTICLE_FILES: FileKind = { urlOf: paths.articleFile };

export function attachmentInfo(entry: EntryWithFile, attachment: Attachment, kind: FileKind = NOTICE_FILES): AttachmentInfo {
  if (!entry.filePath) throw new Error(`Entry ${entry.id} has no file path`);
  const root = contentDir();
  const sourcePath = contentFile(root, path.resolve(entry.filePath), attachment.file);
  const bytes = fs.statSync(sourcePath).size;
  const name = path.basename(sourcePath);
  return {
    title: attachment.title ?? name,
    url: kind.urlOf(entry.id, name),
    type: path.extname(name).slice(1).toUpperCase(),
    size: formatFileSize(bytes),
    bytes,
    sourcePath,
    audio: AUDIO_EXTENSIONS.test(name),
  };
}
