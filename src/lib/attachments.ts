/**
 * Files attached to notices and documents (PDF, DOCX, XLSX…), kept beside
 * their Markdown and published under `/tep/thong-bao/<notice>/<file>` or
 * `/tep/van-ban/<document>/<file>` with their type and size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatFileSize } from './format.ts';
import type { Attachment } from './schemas.ts';
import { paths } from './site.ts';

export interface AttachmentInfo {
  title: string;
  url: string;
  /** Upper-case extension shown to readers: PDF, DOCX… */
  type: string;
  size: string;
  bytes: number;
  sourcePath: string;
}

interface EntryWithFile {
  id: string;
  filePath?: string;
}

/** Where a kind of entry publishes its files, and the field that lists them: notices by default, documents with `DOCUMENT_FILES`. */
export interface FileKind {
  urlOf: (entryId: string, file: string) => string;
  field: string;
}

export const NOTICE_FILES: FileKind = { urlOf: paths.attachment, field: 'attachments' };
export const DOCUMENT_FILES: FileKind = { urlOf: paths.documentFile, field: 'files' };

export function attachmentInfo(entry: EntryWithFile, attachment: Attachment, kind: FileKind = NOTICE_FILES): AttachmentInfo {
  if (!entry.filePath) throw new Error(`Entry ${entry.id} has no file path`);
  const sourcePath = path.resolve(path.dirname(entry.filePath), attachment.file);
  let bytes: number;
  try {
    bytes = fs.statSync(sourcePath).size;
  } catch {
    throw new Error(`${entry.filePath}: trường "${kind.field}": không tìm thấy tệp ${attachment.file}; hãy đặt tệp cạnh tệp .md và ghi đúng tên`);
  }
  const name = path.basename(sourcePath);
  return {
    title: attachment.title ?? name,
    url: kind.urlOf(entry.id, name),
    type: path.extname(name).slice(1).toUpperCase(),
    size: formatFileSize(bytes),
    bytes,
    sourcePath,
  };
}
