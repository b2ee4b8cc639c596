// The sample documents' files (Văn bản): one-page PDFs written with make-pdf.mjs.
// Standard PDF fonts cover Latin-1 only, so the text is Vietnamese without diacritics.
//
// Usage (from the repository root):
//   node scripts/sample/make-document-pdfs.mjs

import { writePdfs } from './make-pdf.mjs';

const national = ['CONG HOA XA HOI CHU NGHIA VIET NAM', 'Doc lap - Tu do - Hanh phuc'];
const ubnd = 'UY BAN NHAN DAN XA AN BINH';
const footer = ['', 'Tai lieu mau, don vi hu cau.'];

const documents = [
  {
    path: 'documents/2026/ke-hoach-phong-chong-thien-tai-nam-2026/ke-hoach-06-kh-ubnd.pdf',
    title: 'UBND xa An Binh - Ke hoach so 06/KH-UBND',
    header: [ubnd, ...national, 'KE HOACH so 06/KH-UBND'],
    lines: [
      'Thuc hien cong tac phong, chong thien tai va tim kiem cuu nan nam 2026',
      '',
      '1. Ra soat 12 thon, lap danh sach ho o vung trung thap ven song Cai.',
      '2. Kien toan Ban Chi huy phong, chong thien tai xa truoc ngay 15/3/2026.',
      '3. Du tru vat tu: 2.000 bao cat, 150 ao phao, 4 xuong may.',
      '4. Dien tap ung pho lu tai thon Ben Da trong quy III nam 2026.',
      '5. Kinh phi: 180 trieu dong tu ngan sach xa.',
      '',
      'Noi nhan: Cac thon; Luu VT.                     TM. UY BAN NHAN DAN',
      '                                                   KT. CHU TICH',
      '                                                   PHO CHU TICH (da ky)',
      ...footer,
    ],
  },
  {
    path: 'documents/2026/ke-hoach-cai-cach-hanh-chinh-nam-2026/ke-hoach-12-kh-ubnd.pdf',
    title: 'UBND xa An Binh - Ke hoach so 12/KH-UBND',
    header: [ubnd, ...national, 'KE HOACH so 12/KH-UBND'],
    lines: [
      'Cai cach hanh chinh nam 2026',
      '',
      'Muc tieu: 100% ho so giai quyet dung han; tren 75% ho so nop truc tuyen.',
      'Sau nhom nhiem vu: the che; thu tuc hanh chinh; to chuc bo may;',
      'cong vu; tai chinh cong; chinh quyen so.',
      '',
      'Noi nhan: Nhu tren; Luu VT.                     TM. UY BAN NHAN DAN',
      '                                                   KT. CHU TICH',
      '                                                   PHO CHU TICH (da ky)',
      ...footer,
    ],
  },
  {
    path: 'documents/2026/cong-khai-quyet-toan-ngan-sach-xa-nam-2025/quyet-dinh-212-qd-ubnd.pdf',
    title: 'UBND xa An Binh - Quyet dinh so 212/QD-UBND',
    header: [ubnd, ...national, 'QUYET DINH so 212/QD-UBND'],
    lines: [
      'Ve viec cong bo cong khai quyet toan ngan sach xa nam 2025',
      '',
      'Dieu 1. Cong bo so lieu quyet toan ngan sach xa nam 2025 (bieu kem theo).',
      'Dieu 2. Niem yet tai tru so UBND xa trong 90 ngay.',
      'Dieu 3. Quyet dinh co hieu luc ke tu ngay ky.',
      ...footer,
    ],
  },
  {
    path: 'documents/2025/du-toan-ngan-sach-xa-nam-2026/nghi-quyet-15-nq-hdnd.pdf',
    title: 'HDND xa An Binh - Nghi quyet so 15/NQ-HDND',
    header: ['HOI DONG NHAN DAN XA AN BINH', ...national, 'NGHI QUYET so 15/NQ-HDND'],
    lines: [
      'Ve du toan thu, chi ngan sach xa nam 2026',
      '',
      'Dieu 1. Tong thu ngan sach xa nam 2026: 41.200 trieu dong.',
      'Dieu 2. Tong chi ngan sach xa nam 2026: 41.200 trieu dong.',
      'Dieu 3. Giao UBND xa to chuc thuc hien.',
      '',
      'Nghi quyet duoc HDND xa khoa I, ky hop thu 3 thong qua ngay 19/12/2025.',
      ...footer,
    ],
  },
  {
    path: 'documents/2025/quy-che-lam-viec-ubnd-xa-2025/quyet-dinh-03-qd-ubnd.pdf',
    title: 'UBND xa An Binh - Quyet dinh so 03/QD-UBND',
    header: [ubnd, ...national, 'QUYET DINH so 03/QD-UBND'],
    lines: ['Ban hanh Quy che lam viec cua UBND xa An Binh', '', 'Quyet dinh nay da duoc thay the boi Quyet dinh so 158/QD-UBND.', ...footer],
  },
  {
    path: 'documents/2026/quy-che-lam-viec-ubnd-xa-sua-doi/quyet-dinh-158-qd-ubnd.pdf',
    title: 'UBND xa An Binh - Quyet dinh so 158/QD-UBND',
    header: [ubnd, ...national, 'QUYET DINH so 158/QD-UBND'],
    lines: [
      'Ban hanh Quy che lam viec cua UBND xa An Binh (sua doi)',
      '',
      'Dieu 1. Ban hanh kem theo Quyet dinh nay Quy che lam viec.',
      'Dieu 2. Quyet dinh co hieu luc tu ngay 01/7/2026, thay the',
      '        Quyet dinh so 03/QD-UBND ngay 02/7/2025.',
      ...footer,
    ],
  },
  {
    path: 'documents/2026/phong-chong-sot-xuat-huyet/cong-van-320-ubnd-vp.pdf',
    title: 'UBND xa An Binh - Cong van so 320/UBND-VP',
    header: [ubnd, ...national, 'So 320/UBND-VP'],
    lines: [
      'V/v tang cuong phong, chong dich sot xuat huyet',
      '',
      'De nghi cac thon to chuc ve sinh moi truong, diet lang quang',
      'vao sang thu Bay hang tuan tu ngay 12/9/2026 den het thang 11/2026.',
      ...footer,
    ],
  },
  {
    path: 'documents/2026/bao-cao-thu-tuc-hanh-chinh-9-thang-2026/bao-cao-21-bc-ubnd.pdf',
    title: 'UBND xa An Binh - Bao cao so 21/BC-UBND',
    header: [ubnd, ...national, 'BAO CAO so 21/BC-UBND'],
    lines: [
      'Ket qua giai quyet thu tuc hanh chinh 9 thang nam 2026',
      '',
      'Ho so tiep nhan: 6.418; da giai quyet: 6.301;',
      'dung va truoc han: 6.296 (99,9%); tre han: 5; dang giai quyet: 117.',
      ...footer,
    ],
  },
  {
    path: 'documents/2026/chuyen-doi-so-tinh-dong-nguyen-2026/ke-hoach-1250-kh-ubnd.pdf',
    title: 'UBND tinh Dong Nguyen (mau) - Ke hoach so 1250/KH-UBND',
    header: ['UY BAN NHAN DAN TINH DONG NGUYEN (MAU)', ...national, 'KE HOACH so 1250/KH-UBND'],
    lines: [
      'Chuyen doi so tinh Dong Nguyen nam 2026',
      '',
      'Giao UBND cac xa, phuong dua 100% thu tuc du dieu kien len',
      'dich vu cong truc tuyen toan trinh truoc ngay 30/6/2026.',
      ...footer,
    ],
  },
];

await writePdfs(documents);
