/**
 * How editors call each content field, and the one-line help shown next to
 * it in the web CMS and in the editor guide's tables. Which fields exist,
 * which are required, their types, limits and defaults come from the schemas
 * (src/model/schemas/index.ts, read by schema-fields.ts); this registry only adds
 * the Vietnamese words. A field added to a schema needs its entry here
 * (tests/editor/cms-config.test.ts fails until it has one).
 *
 * Keys are `collection.path` (`articles.cover.alt`) or `*.path` for a field
 * that means the same in every collection (`*.title`).
 */
export interface FieldDoc {
  label: string;
  hint: string;
  /** How the CMS shows a text field: one line (default), several lines, or a file picker. */
  widget?: 'text' | 'file';
  /** Placeholder written by `npm run new` when the editor gives no value. */
  placeholder?: string;
}

export interface CollectionDoc {
  /** Plural, for menus: Tin tức. */
  label: string;
  /** Singular, for buttons: bài viết. */
  singular: string;
  /** Where the public page is, for the guide. */
  url: string;
  /** Entries are kept as a folder with their photos/files (`<year>/<slug>/index.md`), not a lone file. */
  folder: boolean;
  /** Entries are grouped in a folder per year. */
  byYear: boolean;
}

export const COLLECTION_DOCS: Record<string, CollectionDoc> = {
  articles: { label: 'Tin tức', singular: 'bài viết', url: '/tin-tuc/<tên-tệp>/', folder: true, byYear: true },
  notices: { label: 'Thông báo', singular: 'thông báo', url: '/thong-bao/<tên-tệp>/', folder: true, byYear: true },
  albums: { label: 'Thư viện ảnh', singular: 'album ảnh', url: '/thu-vien-anh/<tên-thư-mục>/', folder: true, byYear: true },
  pages: { label: 'Trang thông tin', singular: 'trang', url: '/<tên-tệp>/', folder: false, byYear: false },
  documents: { label: 'Văn bản', singular: 'văn bản', url: '/van-ban/<tên-thư-mục>/', folder: true, byYear: true },
  schedules: { label: 'Lịch làm việc', singular: 'lịch tuần', url: '/lich-lam-viec/<tên-tệp>/', folder: false, byYear: true },
};

export const FIELD_DOCS: Record<string, FieldDoc> = {
  '*.title': { label: 'Tiêu đề', hint: 'Ngắn gọn, đủ ý, viết hoa chữ đầu câu; không ghi ngày tháng nếu không cần.' },
  '*.date': { label: 'Ngày đăng', hint: 'Giờ Việt Nam, dạng 2025-12-18 hoặc 2025-12-18 08:30. Ngày trong tương lai: bài tự lên trang vào ngày đó (hẹn giờ đăng).' },
  '*.draft': { label: 'Bản nháp', hint: 'Chọn (true) để giữ bài lại, không đăng; bỏ chọn (false) để đăng. Cũng dùng để gỡ bài đã đăng.' },
  '*.body': { label: 'Nội dung', hint: 'Các mục bắt đầu bằng tiêu đề cấp 2 (##); ảnh trong bài cần mô tả; chỉ nhúng video YouTube hoặc Vimeo.' },
  '*.summary': {
    label: 'Tóm tắt',
    hint: 'Một hoặc hai câu nêu ý chính, hiện trong danh sách tin, RSS và kết quả tìm kiếm.',
    widget: 'text',
    placeholder: 'Tóm tắt nội dung chính trong một hoặc hai câu (thay câu này trước khi đăng).',
  },
  'articles.updated': { label: 'Ngày cập nhật', hint: 'Chỉ ghi khi sửa nội dung bài đã đăng; dạng 2025-12-20.' },
  'articles.category': { label: 'Chuyên mục', hint: 'Nhóm tin của bài; bài hiện trong trang và RSS của chuyên mục đó.' },
  'articles.cover': { label: 'Ảnh bìa', hint: 'Ảnh đại diện hiện đầu bài và trong danh sách tin (không bắt buộc).' },
  'articles.cover.src': { label: 'Tệp ảnh bìa', hint: 'Ảnh .jpg, .png hoặc .webp đặt cạnh tệp index.md của bài, ví dụ ./anh-bia.jpg.' },
  'articles.cover.alt': { label: 'Mô tả ảnh bìa', hint: 'Ảnh cho thấy gì, cho người khiếm thị (bắt buộc khi có ảnh bìa).' },
  'articles.cover.caption': { label: 'Chú thích ảnh bìa', hint: 'Dòng chữ hiện dưới ảnh, ví dụ "Ảnh: Văn phòng UBND xã" (không bắt buộc).' },
  'articles.gallery': { label: 'Bộ ảnh', hint: 'Các ảnh của sự kiện, hiện thành bộ ảnh cuối bài; mỗi ảnh có chú thích.' },
  '*.src': { label: 'Tệp ảnh', hint: 'Ảnh .jpg, .png hoặc .webp đặt cạnh tệp index.md, ví dụ ./anh-1.jpg.' },
  '*.caption': { label: 'Chú thích', hint: 'Dòng chữ hiện dưới ảnh.' },
  '*.alt': { label: 'Mô tả ảnh', hint: 'Ảnh cho thấy gì, cho người khiếm thị; bỏ trống thì dùng chú thích.' },
  'articles.author': { label: 'Tác giả', hint: 'Họ tên người viết hoặc tên bộ phận, ví dụ "Lê Văn Bình".', placeholder: 'Ban biên tập' },
  'articles.source': { label: 'Nguồn', hint: 'Nơi cung cấp tin, nếu khác tác giả (không bắt buộc).' },
  'articles.tags': { label: 'Từ khóa', hint: 'Vài từ khóa, cách nhau bằng dấu phẩy, ví dụ: chuyển đổi số, dịch vụ công.' },
  'articles.unit': {
    label: 'Đơn vị (bài lưu trữ)',
    hint: 'Chỉ có ở bài đưa về từ cổng thông tin cũ (npm run import): slug của đơn vị trong units của site.yaml; trang bài ghi «Bài viết từ Cổng thông tin điện tử … (cũ)».',
  },
  'articles.aliases': {
    label: 'Địa chỉ cũ',
    hint: 'Địa chỉ của bài trên cổng thông tin cũ, ví dụ /portal/Pages/2023-01-04/hop-giao-ban.aspx hoặc https://xa-cu.gov.vn/tin-tuc/hop-123.html; người mở địa chỉ cũ được chuyển tới bài này.',
  },
  'articles.featured': { label: 'Tin nổi bật', hint: 'Chọn để bài được ưu tiên làm tin nổi bật ở trang chủ.' },
  'notices.validUntil': { label: 'Hiệu lực đến ngày', hint: 'Sau ngày này thông báo rời trang chủ nhưng vẫn nằm trong danh sách thông báo.' },
  '*.attachments': { label: 'Tệp đính kèm', hint: 'Văn bản PDF, Word, Excel, hoặc bản tin âm thanh MP3 (trang có trình phát), đặt cạnh tệp index.md (không bắt buộc).' },
  '*.attachments.file': {
    label: 'Tệp',
    hint: 'Tệp .pdf, .doc, .docx, .xls, .xlsx, .odt, .ods hoặc .mp3, ví dụ ./thong-bao-so-12.pdf; nội dung tệp phải đúng loại theo đuôi tệp.',
    widget: 'file',
  },
  '*.attachments.title': { label: 'Tên hiển thị', hint: 'Ví dụ "Thông báo số 12/TB-UBND" (không bắt buộc).' },
  'albums.description': {
    label: 'Mô tả album',
    hint: 'Một hai câu về sự kiện: ở đâu, khi nào, ai tham dự.',
    widget: 'text',
    placeholder: 'Mô tả ngắn về sự kiện của album ảnh (thay câu này trước khi đăng).',
  },
  'albums.photos': { label: 'Ảnh', hint: 'Ít nhất một ảnh; ảnh đầu tiên là ảnh đại diện của album.' },
  'pages.description': { label: 'Mô tả trang', hint: 'Một câu giới thiệu trang, dùng cho công cụ tìm kiếm.', widget: 'text' },
  'pages.menuOrder': { label: 'Thứ tự', hint: 'Số nhỏ đứng trước trong danh sách trang (không bắt buộc).' },
  'pages.lang': { label: 'Ngôn ngữ', hint: 'vi (tiếng Việt, mặc định) hoặc en cho trang tiếng Anh; đầu mọi trang có liên kết "English" tới trang en.' },
  // Documents (Văn bản): content/documents/<năm>/<tên-thư-mục>/index.md, the files beside it.
  'documents.number': {
    label: 'Số ký hiệu',
    hint: 'Như in trên văn bản, không kèm chữ «Số», ví dụ 06/KH-UBND hoặc 15/2025/NQ-HĐND; người đọc tìm được văn bản theo số này.',
    placeholder: '01/KH-UBND',
  },
  'documents.type': { label: 'Loại văn bản', hint: 'Chọn một loại trong danh sách, viết đúng chữ có dấu, ví dụ Kế hoạch, Quyết định, Công văn.' },
  'documents.title': { label: 'Trích yếu', hint: 'Nội dung tóm tắt in dưới số ký hiệu, ví dụ "Kế hoạch cải cách hành chính năm 2026"; là tiêu đề của trang văn bản.' },
  'documents.issuer': {
    label: 'Cơ quan ban hành',
    hint: 'Tên cơ quan như in trên văn bản, viết thống nhất giữa các văn bản (ví dụ "UBND xã" hoặc "HĐND xã" kèm tên xã); danh sách văn bản lọc theo trường này.',
    placeholder: 'UBND xã',
  },
  'documents.signer': { label: 'Người ký', hint: 'Họ tên và chức vụ người ký, ví dụ "Nguyễn Văn Hùng, Chủ tịch UBND xã".' },
  'documents.issued': { label: 'Ngày ban hành', hint: 'Ngày ký ban hành, dạng 2026-01-08; văn bản mới nhất đứng đầu danh sách, lọc theo năm của ngày này.' },
  'documents.effective': { label: 'Ngày có hiệu lực', hint: 'Ghi khi khác ngày ban hành hoặc cần nêu rõ, dạng 2026-01-01 (không bắt buộc).' },
  'documents.status': { label: 'Tình trạng', hint: 'Còn hiệu lực (mặc định), Hết hiệu lực, hoặc Bị thay thế (khi đó ghi thêm văn bản thay thế).' },
  'documents.replacedBy': { label: 'Văn bản thay thế', hint: 'Số ký hiệu văn bản thay thế, ví dụ 158/QĐ-UBND; nếu văn bản đó cũng đăng trên cổng, trang sẽ có liên kết tới nó.' },
  'documents.files': { label: 'Tệp văn bản', hint: 'Ít nhất một tệp (PDF, Word, Excel) đặt cạnh tệp index.md của văn bản; người đọc thấy loại tệp và dung lượng.' },
  'documents.files.file': {
    label: 'Tệp',
    hint: 'Tệp .pdf, .doc, .docx, .xls, .xlsx, .odt hoặc .ods, ví dụ ./ke-hoach-06-kh-ubnd.pdf; nội dung tệp phải đúng loại theo đuôi tệp.',
    widget: 'file',
  },
  'documents.files.title': { label: 'Tên hiển thị', hint: 'Ví dụ "Kế hoạch số 06/KH-UBND (bản ký số)"; bỏ trống thì dùng tên tệp.' },
  // Work schedule (Lịch làm việc): content/schedules/<năm>/<tên-tệp>.md, one file per week.
  'schedules.title': { label: 'Tiêu đề tuần', hint: 'Ví dụ "Lịch làm việc tuần 47 năm 2026".' },
  'schedules.from': { label: 'Ngày đầu tuần', hint: 'Ngày đầu tiên của lịch, thường là thứ Hai, dạng 2026-11-16; hai tệp lịch không được trùng ngày.' },
  'schedules.to': { label: 'Ngày cuối tuần', hint: 'Ngày cuối của lịch, ví dụ thứ Sáu 2026-11-20; bỏ trống thì lịch gồm 7 ngày kể từ ngày đầu tuần.' },
  'schedules.entries': { label: 'Các mục lịch', hint: 'Mỗi cuộc họp, buổi làm việc một mục: ngày, giờ, nội dung, chủ trì, thành phần, địa điểm.' },
  'schedules.entries.date': { label: 'Ngày', hint: 'Ngày diễn ra, trong tuần của tệp, dạng 2026-11-16 (chỉ cần ngày, giờ ghi ở ô Giờ bắt đầu).' },
  'schedules.entries.time': { label: 'Giờ bắt đầu', hint: 'Giờ:phút trong ngoặc kép, ví dụ "07:30", "14:00" hoặc "7h30".', placeholder: '07:30' },
  'schedules.entries.until': { label: 'Giờ kết thúc', hint: 'Nếu biết, ví dụ "11:00" (không bắt buộc); phải sau giờ bắt đầu.' },
  'schedules.entries.title': { label: 'Nội dung công việc', hint: 'Việc gì, ví dụ "Giao ban lãnh đạo UBND xã đầu tuần".' },
  'schedules.entries.chair': { label: 'Chủ trì', hint: 'Chức vụ và họ tên người chủ trì, ví dụ "Chủ tịch UBND xã Nguyễn Văn Hùng" (không bắt buộc).' },
  'schedules.entries.attendees': { label: 'Thành phần', hint: 'Những người, đơn vị tham dự (không bắt buộc).' },
  'schedules.entries.location': { label: 'Địa điểm', hint: 'Nơi diễn ra, ví dụ "Phòng họp số 1, trụ sở UBND xã".', placeholder: 'Trụ sở UBND xã' },
  'schedules.entries.note': { label: 'Ghi chú', hint: 'Điều người tham dự cần biết, ví dụ tài liệu cần chuẩn bị (không bắt buộc).' },
};

/** The entry for `path` in `collection`, or undefined when none is written. */
export function fieldDoc(collection: string, path: string): FieldDoc | undefined {
  return FIELD_DOCS[`${collection}.${path}`] ?? FIELD_DOCS[`*.${path}`] ?? FIELD_DOCS[`*.${path.split('.').pop()}`];
}

/** The entry for `path`, or a stand-in naming the field so nothing breaks while its words are missing. */
export function fieldDocOrName(collection: string, path: string): FieldDoc {
  return fieldDoc(collection, path) ?? { label: path.split('.').pop()!, hint: '' };
}
