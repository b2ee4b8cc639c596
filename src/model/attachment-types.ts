/**
 * The kinds of file an entry may attach (notices, articles, documents), by
 * extension: what the schemas accept, what file-signature.ts expects inside,
 * and how readers and the CMS call them. Pure, for the schemas.
 */
/**
 * Extensions accepted for files attached to entries: what file-type calls
 * their content, how readers call them, the media type they are served with,
 * and whether they are downloaded rather than opened (office files; PDFs open
 * in the browser's viewer, MP3s in its player).
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, { detected: readonly string[]; label: string; mime: string; download: boolean }>> = {
  pdf: { detected: ['pdf'], label: 'PDF', mime: 'application/pdf', download: false },
  // Word 97–2003 and Excel 97–2003 files are OLE compound files: file-type names them `cfb`.
  doc: { detected: ['cfb'], label: 'Word (DOC)', mime: 'application/msword', download: true },
  xls: { detected: ['cfb'], label: 'Excel (XLS)', mime: 'application/vnd.ms-excel', download: true },
  docx: { detected: ['docx'], label: 'Word (DOCX)', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', download: true },
  xlsx: { detected: ['xlsx'], label: 'Excel (XLSX)', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', download: true },
  odt: { detected: ['odt'], label: 'OpenDocument (ODT)', mime: 'application/vnd.oasis.opendocument.text', download: true },
  ods: { detected: ['ods'], label: 'OpenDocument (ODS)', mime: 'application/vnd.oasis.opendocument.spreadsheet', download: true },
  mp3: { detected: ['mp3'], label: 'âm thanh MP3', mime: 'audio/mpeg', download: false },
};

/** The attachment extensions, as a pattern for the schemas. */
export const ATTACHMENT_EXTENSIONS = new RegExp(`\\.(${Object.keys(ATTACHMENT_TYPES).join('|')})$`, 'i');

/** Attachments the page plays with the browser's own player. */
export const AUDIO_EXTENSIONS = /\.mp3$/i;
