/**
 * The furniture legacy portals wrap around an article, which is not part of
 * it: menus, «Các tin khác» lists, visitor counters («Thống kê truy cập»,
 * «Đang online», «Lượt xem: 506»), rating widgets («Đánh giá»), «In trang |
 * Quay lại | Lên trên», footers («Thiết kế bởi …»), share buttons. Removed
 * twice: by element (before Mozilla's Readability looks for the article) and
 * by text (what Readability keeps inside the article's own container).
 */

/** Elements that are never the article: forms, scripts, navigation, and the portals' usual widget classes. */
export const NOISE_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'nav',
  'header',
  'footer',
  'aside',
  'iframe',
  'object',
  'embed',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[class*="menu" i]',
  '[id*="menu" i]',
  '[class*="breadcrumb" i]',
  '[class*="footer" i]',
  '[id*="footer" i]',
  '[class*="sidebar" i]',
  '[id*="sidebar" i]',
  '[class*="counter" i]',
  '[id*="counter" i]',
  '[class*="thongke" i]',
  '[class*="thong-ke" i]',
  '[class*="rating" i]',
  '[id*="rating" i]',
  '[class*="danhgia" i]',
  '[class*="danh-gia" i]',
  '[class*="share" i]',
  '[class*="social" i]',
  '[class*="print" i]',
  '[class*="tools" i]',
  '[class*="related" i]',
  '[class*="other" i]',
  '[class*="tinkhac" i]',
  '[class*="tin-khac" i]',
  '[class*="comment" i]',
  '[id*="comment" i]',
  '[class*="banner" i]',
  '[class*="advert" i]',
  '[class*="quang-cao" i]',
].join(',');

/** A block whose whole text is furniture (compared after spaces are collapsed). */
const NOISE_TEXT = [
  /^(số\s+)?lượt\s+(xem|đọc|truy\s+cập)\s*:?\s*[\d.,]*$/i,
  /^(đã\s+xem|xem)\s*:?\s*[\d.,]+(\s*lần)?$/i,
  /^((in\s+(trang|bài)|bản\s+in|quay\s+lại|trở\s+về|lên\s+(trên|đầu\s+trang)|về\s+đầu\s+trang|gửi\s+(email|bài)|chia\s+sẻ|lưu\s+bài|đóng\s+cửa\s+sổ|print|back|top)\s*[|·•\-/]?\s*)+$/i,
  /^đánh\s+giá\b.{0,60}$/i,
  /^(lượt\s+đánh\s+giá|trung\s+bình|bình\s+chọn)\s*:.{0,40}$/i,
  /^(thống\s+kê(\s+truy\s+cập)?|đang\s+(online|truy\s+cập)|online|hôm\s+nay|hôm\s+qua|tuần\s+này|tháng\s+này|tất\s+cả|tổng\s+(số\s+)?(lượt\s+)?truy\s+cập|lượt\s+truy\s+cập)\s*:?\s*[\d.,]*$/i,
  /^(thiết\s+kế|phát\s+triển|xây\s+dựng)\s+bởi\b/i,
  /^(bản\s+quyền|copyright|©)/i,
  /^(anh\s+tin\s+bai|ảnh\s+tin\s+bài|image\s+banner|banner)$/i,
  /^(tin\s+mới(\s+nhất)?|tin\s+cùng\s+chuyên\s+mục|tags?|từ\s+khóa)\s*:?$/i,
  /^(font\s*size|cỡ\s+chữ)\s*:?.{0,20}$/i,
];

/** Headings over the lists of other articles that legacy portals put after the article. */
export const OTHER_NEWS =
  /^(các\s+tin\s+(khác|đã\s+đưa|liên\s+quan|cùng\s+chuyên\s+mục)|tin\s+(khác|liên\s+quan|cùng\s+chuyên\s+mục|đã\s+đưa)|bài\s+viết\s+(liên\s+quan|khác)|xem\s+thêm|đọc\s+thêm|tin\s+bài\s+khác)\s*:?$/i;

export function isNoiseText(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 120 && NOISE_TEXT.some((pattern) => pattern.test(line));
}

/** An image's alt text that says nothing: the placeholder «anh tin bai», a file name, a camera's numbering. */
export function isPlaceholderAlt(alt: string | null | undefined, title?: string): boolean {
  const text = (alt ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < 4) return true;
  if (/^(anh|ảnh|hinh|hình|hình\s+ảnh|hinh\s+anh|image|img|photo|picture|untitled|no\s+title|anh\s+tin\s+bai|ảnh\s+tin\s+bài|anh\s+minh\s+hoa|ảnh\s+minh\s+họa)\s*\d*$/i.test(text))
    return true;
  if (/\.(jpe?g|png|gif|webp|bmp|tiff?)$/i.test(text) || /^(img|dsc|dscn|dji|p|pic|photo|anh)[_-]?\d+/i.test(text)) return true;
  return title !== undefined && text.toLowerCase() === title.toLowerCase();
}
