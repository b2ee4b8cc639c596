// Writes the sample DOCX and XLSX attachments of the notices.
//
// Office Open XML files are zip archives of a few XML parts. A minimal zip
// writer using the "store" method (no compression) is enough, with CRC-32
// from node:zlib. The files open in LibreOffice and Microsoft Office.
//
// Usage (from the repository root):
//   node scripts/sample/make-office.mjs

import { crc32 } from 'node:zlib';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const contentDir = join(dirname(fileURLToPath(import.meta.url)), '../../content');

// Fixed timestamp (2026-09-15 08:00) so that every run gives identical bytes.
const DOS_TIME = (8 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2026 - 1980) << 9) | (9 << 5) | 15;

/** Zips [name, string|Buffer] entries without compression. */
export function zipStore(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed to extract
    local.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
    local.writeUInt16LE(0, 8); // method: store
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18); // compressed size
    local.writeUInt32LE(data.length, 22); // uncompressed size
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    locals.push(local, nameBuf, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory signature
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    // extra length, comment length, disk number, internal/external attributes stay 0
    central.writeUInt32LE(offset, 42); // offset of the local header
    centrals.push(central, nameBuf);

    offset += local.length + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

// ---------- DOCX ----------

/** paragraphs: [{ text, bold?, center?, size? (half-points) }] */
export function makeDocx(paragraphs) {
  const body = paragraphs
    .map(({ text, bold, center, size }) => {
      const pPr = center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '';
      const rPr = bold || size ? `<w:rPr>${bold ? '<w:b/>' : ''}${size ? `<w:sz w:val="${size}"/>` : ''}</w:rPr>` : '';
      return `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
    })
    .join('');
  return zipStore([
    [
      '[Content_Types].xml',
      XML +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ],
    ['_rels/.rels', XML + `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`],
    [
      'word/document.xml',
      XML +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        body +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>' +
        '</w:body></w:document>',
    ],
  ]);
}

// ---------- XLSX ----------

const colName = (i) => String.fromCharCode(65 + i); // enough for A–Z

/** rows: arrays of strings and numbers; the first row is the header. */
export function makeXlsx(sheetName, rows, widths = []) {
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${colName(c)}${r + 1}`;
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const cols = widths.length ? '<cols>' + widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('') + '</cols>' : '';
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return zipStore([
    [
      '[Content_Types].xml',
      XML +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ],
    ['_rels/.rels', XML + `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', XML + `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${xmlEscape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', XML + `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
    ['xl/worksheets/sheet1.xml', XML + `<worksheet xmlns="${MAIN}">${cols}<sheetData>${sheetRows}</sheetData></worksheet>`],
  ]);
}

// ---------- the sample attachments ----------

const files = [
  [
    'notices/2026/tiep-nhan-ho-so-ho-tro-nha-o-dot-2/mau-don-de-nghi-ho-tro-nha-o.docx',
    makeDocx([
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, center: true },
      { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, center: true },
      { text: '' },
      { text: 'ĐƠN ĐỀ NGHỊ HỖ TRỢ XÓA NHÀ TẠM, NHÀ DỘT NÁT', bold: true, center: true, size: 28 },
      { text: 'Kính gửi: Ủy ban nhân dân xã An Bình', center: true },
      { text: '' },
      { text: 'Họ và tên chủ hộ: ............................................................' },
      { text: 'Số định danh cá nhân: ........................................................' },
      { text: 'Nơi cư trú: thôn ............................., xã An Bình' },
      { text: 'Số nhân khẩu trong hộ: ............ Thuộc diện: hộ nghèo / hộ cận nghèo / gia đình chính sách' },
      { text: 'Hiện trạng nhà ở: ...........................................................' },
      { text: 'Đề nghị hỗ trợ: xây mới / sửa chữa (gạch bỏ nội dung không phù hợp)' },
      { text: '' },
      { text: 'Tôi cam đoan những thông tin trên là đúng sự thật và chịu trách nhiệm trước pháp luật.' },
      { text: '' },
      { text: 'An Bình, ngày ..... tháng ..... năm 20....', center: true },
      { text: 'Người làm đơn (ký, ghi rõ họ tên)', bold: true, center: true },
      { text: '' },
      { text: 'Biểu mẫu dùng cho trang thông tin mẫu; đơn vị hư cấu.', size: 18 },
    ]),
  ],
  [
    'notices/2026/cong-khai-quyet-toan-ngan-sach-xa-nam-2025/bieu-quyet-toan-ngan-sach-xa-2025.xlsx',
    makeXlsx(
      'Quyết toán 2025',
      [
        ['Biểu công khai quyết toán ngân sách xã An Bình năm 2025 (đơn vị: triệu đồng)'],
        ['STT', 'Nội dung', 'Dự toán', 'Quyết toán', 'Tỷ lệ (%)'],
        ['A', 'TỔNG THU NGÂN SÁCH XÃ', 35200, 38615, 109.7],
        ['1', 'Thu thuế, phí, lệ phí', 4850, 5372, 110.8],
        ['2', 'Thu tiền sử dụng đất (phần xã được hưởng)', 6000, 7012, 116.9],
        ['3', 'Thu bổ sung từ ngân sách cấp trên', 22900, 23104, 100.9],
        ['4', 'Thu khác', 1450, 3127, 215.7],
        ['B', 'TỔNG CHI NGÂN SÁCH XÃ', 35200, 36902, 104.8],
        ['1', 'Chi đầu tư phát triển', 9500, 10215, 107.5],
        ['2', 'Chi thường xuyên', 24900, 25934, 104.2],
        ['3', 'Dự phòng ngân sách', 800, 753, 94.1],
        ['', 'Số liệu mẫu, đơn vị hư cấu.'],
      ],
      [6, 44, 12, 12, 10],
    ),
  ],
];

for (const [path, buf] of files) {
  const out = join(contentDir, path);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, buf);
  console.log(`${path}  ${buf.length} bytes`);
}
