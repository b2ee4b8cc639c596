// A tiny PDF writer for the sample notices' attachments.
//
// It writes a valid one-page PDF 1.4 (A4) using the standard Helvetica fonts,
// so no font has to be embedded. Standard fonts only cover Latin-1, so the
// text inside these sample PDFs is plain ASCII Vietnamese without diacritics.
//
// Usage (from the repository root):
//   node scripts/sample/make-pdf.mjs

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const contentDir = join(dirname(fileURLToPath(import.meta.url)), '../../content');

// Escape the characters that are special inside a PDF literal string.
const pdfString = (s) => '(' + s.replace(/[\\()]/g, (c) => '\\' + c) + ')';

/**
 * Builds a one-page PDF.
 * @param {object} doc
 * @param {string} doc.title    document title (Info dictionary and first line)
 * @param {string[]} doc.header lines printed centred and bold at the top
 * @param {string[]} doc.lines  body lines; an empty string leaves a blank line
 * @returns {Buffer}
 */
export function makePdf({ title, header, lines }) {
  // Page content: centred bold header, then the body in 11 pt Helvetica.
  const ops = [];
  let y = 790;
  for (const h of header) {
    const width = h.length * 6.4; // rough width of Helvetica-Bold 12 pt
    ops.push(`BT /F2 12 Tf ${Math.max(56, (595 - width) / 2).toFixed(1)} ${y} Td ${pdfString(h)} Tj ET`);
    y -= 18;
  }
  y -= 14;
  for (const line of lines) {
    if (line) ops.push(`BT /F1 11 Tf 56 ${y} Td ${pdfString(line)} Tj ET`);
    y -= 16;
  }
  const stream = ops.join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' + '/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    `<< /Title ${pdfString(title)} /Author (UBND xa An Binh) /Producer (make-pdf.mjs) ` + `/CreationDate (D:20260101000000+07'00') >>`,
  ];

  // Serialise, remembering each object's byte offset for the xref table.
  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// ---------- the sample attachments ----------

const national = ['CONG HOA XA HOI CHU NGHIA VIET NAM', 'Doc lap - Tu do - Hanh phuc'];

const pdfs = [
  {
    path: 'notices/2025/tam-dung-tiep-nhan-ho-so-truc-tiep/thong-bao-tam-dung-tiep-nhan-ho-so.pdf',
    title: 'UBND xa An Thanh - Thong bao so 45/TB-UBND',
    header: ['UY BAN NHAN DAN XA AN THANH (cu)', ...national, 'THONG BAO so 45/TB-UBND'],
    lines: [
      'Ve viec tam dung tiep nhan ho so truc tiep tu ngay 26/6/2025 den het ngay 30/6/2025',
      '',
      '1. Bo phan Tiep nhan va Tra ket qua xa tam dung tiep nhan ho so giay',
      '   (tru ho so khai sinh, khai tu) de ban giao du lieu cho xa An Binh.',
      '2. Nguoi dan van nop ho so truc tuyen tren Cong Dich vu cong quoc gia.',
      '3. Ho so da tiep nhan truoc ngay 26/6/2025 van duoc giai quyet dung han.',
      '4. Tu ngay 01/7/2025, ho so duoc tiep nhan tai Trung tam Phuc vu',
      '   hanh chinh cong xa An Binh, so 1 duong Trung tam, thon Binh Minh.',
      '',
      'Dien thoai ho tro: 0200 3812 345',
      '',
      'Noi nhan: Nhu tren; Luu VT.                     TM. UY BAN NHAN DAN',
      '                                                   CHU TICH (da ky)',
      '',
      'Tai lieu mau, don vi hu cau.',
    ],
  },
  {
    path: 'notices/2026/lich-tiep-cong-dan-thang-12-nam-2026/thong-bao-lich-tiep-cong-dan-thang-12.pdf',
    title: 'UBND xa An Binh - Thong bao so 125/TB-UBND',
    header: ['UY BAN NHAN DAN XA AN BINH', ...national, 'THONG BAO so 125/TB-UBND'],
    lines: [
      'Lich tiep cong dan dinh ky cua Chu tich UBND xa thang 12 nam 2026',
      '',
      '- Thu Tu, 02/12/2026: Chu tich UBND xa Pham Quoc Khanh tiep cong dan.',
      '- Thu Tu, 16/12/2026: Pho Chu tich UBND xa Le Duc Toan tiep cong dan.',
      '- Thu Tu, 23/12/2026: Chu tich UBND xa Pham Quoc Khanh tiep cong dan.',
      '',
      'Thoi gian: buoi sang tu 7 gio 30 den 11 gio 00.',
      'Dia diem: Phong tiep cong dan, tru so UBND xa An Binh.',
      'Cong dan mang theo can cuoc va giay to lien quan den noi dung trinh bay.',
      '',
      'Noi nhan: Nhu tren; Luu VT.                     TM. UY BAN NHAN DAN',
      '                                                   CHU TICH (da ky)',
      '',
      'Tai lieu mau, don vi hu cau.',
    ],
  },
  {
    path: 'notices/2026/tiep-nhan-ho-so-ho-tro-nha-o-dot-2/thong-bao-tiep-nhan-ho-so-ho-tro-nha-o.pdf',
    title: 'UBND xa An Binh - Thong bao so 98/TB-UBND',
    header: ['UY BAN NHAN DAN XA AN BINH', ...national, 'THONG BAO so 98/TB-UBND'],
    lines: [
      'Ve viec tiep nhan ho so de nghi ho tro xoa nha tam, nha dot nat (dot 2 nam 2026)',
      '',
      '1. Doi tuong: ho ngheo, ho can ngheo, gia dinh chinh sach co nha tam.',
      '2. Ho so: don de nghi theo mau kem theo; ban sao giay to ve dat (neu co).',
      '3. Thoi gian nhan ho so: tu 15/9/2026 den 31/3/2027, trong gio hanh chinh.',
      '4. Noi nhan: Truong thon hoac Trung tam Phuc vu hanh chinh cong xa.',
      '5. Muc ho tro: 60 trieu dong/nha xay moi; 30 trieu dong/nha sua chua.',
      '',
      'Noi nhan: Cac thon; Luu VT.                     TM. UY BAN NHAN DAN',
      '                                                   KT. CHU TICH',
      '                                                   PHO CHU TICH (da ky)',
      '',
      'Tai lieu mau, don vi hu cau.',
    ],
  },
  {
    path: 'notices/2026/cong-khai-quyet-toan-ngan-sach-xa-nam-2025/quyet-dinh-cong-khai-quyet-toan-ngan-sach-2025.pdf',
    title: 'UBND xa An Binh - Quyet dinh so 212/QD-UBND',
    header: ['UY BAN NHAN DAN XA AN BINH', ...national, 'QUYET DINH so 212/QD-UBND'],
    lines: [
      'Ve viec cong bo cong khai quyet toan ngan sach xa nam 2025',
      '',
      'Dieu 1. Cong bo cong khai so lieu quyet toan ngan sach xa nam 2025:',
      '   - Tong thu ngan sach xa: 38.615 trieu dong.',
      '   - Tong chi ngan sach xa: 36.902 trieu dong.',
      '   (Chi tiet theo bieu kem theo.)',
      'Dieu 2. Van phong HDND va UBND xa niem yet tai tru so trong 90 ngay',
      '   va dang tai tren Cong thong tin dien tu cua xa.',
      'Dieu 3. Quyet dinh co hieu luc ke tu ngay ky.',
      '',
      'Noi nhan: Nhu Dieu 2; Luu VT.                   TM. UY BAN NHAN DAN',
      '                                                   CHU TICH (da ky)',
      '',
      'Tai lieu mau, don vi hu cau.',
    ],
  },
];

/** Write each PDF of `list` under content/ (also used by make-document-pdfs.mjs). */
export async function writePdfs(list) {
  for (const { path, ...doc } of list) {
    const out = join(contentDir, path);
    await mkdir(dirname(out), { recursive: true });
    const buf = makePdf(doc);
    await writeFile(out, buf);
    console.log(`${path}  ${buf.length} bytes`);
  }
}

// Run directly (not imported): write the notices' attachments.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await writePdfs(pdfs);
