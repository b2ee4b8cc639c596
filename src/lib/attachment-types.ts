/**
 * The kinds of file an entry may attach (notices, articles, documents), by
 * extension: what the schemas accept, what file-signature.ts expects inside,
 * and how readers and the CMS call them. Pure, for the schemas.
 */
/** Extensions accepted for files attached to entries, and what file-type calls their content. */
export const ATTACHMENT_TYPES: Record<string, { detected: readonly string[]; label: string }> = {
  pdf: { detected: ['pdf'], label: 'PDF' },
  // Word 97–2003 and Excel 97–2003 files are OLE compound files: file-type names them `cfb`.
  doc: { detected: ['cfb'], label: 'Word (DOC)' },
  xls: { detected: ['cfb'], label: 'Excel (XLS)' },
  docx: { detected: ['docx'], label: 'Word (DOCX)' },
  xlsx: { detected: ['xlsx'], label: 'Excel (XLSX)' },
  odt: { detected: ['odt'], label: 'OpenDocument (ODT)' },
  ods: { detected: ['ods'], label: 'OpenDocument (ODS)' },
  mp3: { detected: ['mp3'], label: 'âm thanh MP3' },
};

/** The attachment extensions, as a pattern for the schemas. */
export const ATTACHMENT_EXTENSIONS = new RegExp(`\\.(${Object.keys(ATTACHMENT_TYPES).join('|')})$`, 'i');

/** Attachments the page plays with the browser's own player. */
export const AUDIO_EXTENSIONS = /\.mp3$/i;
