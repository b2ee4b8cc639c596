/**
 * The byline legacy portals put at the end of an article, as its last short
 * paragraph: «Thu Hương, Duy Tuấn» (writers), «Trần Thị Lệ Hằng - Phòng Nội
 * vụ thị xã» (a writer and her office), «Trung tâm Văn hóa - Truyền thông»
 * or «P. Lạc Đạo» (an organisation: the source), «Tin, ảnh: Minh Khoa»,
 * «Nguồn: Báo Đồng Nguyên». People go into `author`, organisations into
 * `source`.
 */

export interface Byline {
  author?: string;
  source?: string;
}

/** Words that begin the name of a body, not of a person. */
const ORGANISATION =
  /^(phòng|trung\s+tâm|ban|văn\s+phòng|ubnd|hđnd|ủy\s+ban|uỷ\s+ban|hội|đài|báo|cổng|sở|công\s+an|đoàn|trường|bộ\s+phận|chi\s+cục|cục|tổng\s+cục|bộ|đảng\s+ủy|đảng\s+uỷ|huyện\s+ủy|thị\s+ủy|tỉnh\s+ủy|thành\s+ủy|mttq|mặt\s+trận|trạm|bệnh\s+viện|kho\s+bạc|chi\s+nhánh|ngân\s+hàng|ttxvn|thông\s+tấn|tạp\s+chí|phường|xã|thị\s+trấn|huyện|thị\s+xã|tỉnh|ban\s+biên\s+tập|bbt|[px]\.|tt\.|ub\.)(\s|$)/i;

/** Labels a byline may start with, and which field what follows goes to. */
const LABELS: [RegExp, keyof Byline][] = [
  [/^(?:tin\s*(?:,|và|&)\s*ảnh|bài\s*(?:,|và|&)\s*ảnh|tin\s+bài|bài|tin|ảnh|tác\s+giả|người\s+viết|phóng\s+viên|pv)\s*:\s*/i, 'author'],
  [/^(?:nguồn(?:\s+tin)?|theo)\s*:?\s+/i, 'source'],
];

export const isOrganisation = (name: string) => ORGANISATION.test(name.trim());

const NAME_WORD = /^(\p{Lu}[\p{L}\p{M}]*\.?|[\p{Lu}]\.|và|&)$/u;

/** Whether `text` reads as names: a few words, each capitalised (initials and «và» allowed). */
function looksLikeNames(text: string): boolean {
  const words = text.split(/[\s,;]+/).filter(Boolean);
  return words.length >= 1 && words.length <= 12 && words.every((word) => NAME_WORD.test(word));
}

function assign(text: string, field: keyof Byline): Byline {
  const value = text.replace(/[.\s]+$/, '').trim();
  if (!value) return {};
  if (field === 'source') return { source: value };
  // «Name - Office»: the person writes, the office is the source.
  const [person, ...rest] = value.split(/\s+[-–—]\s+/);
  if (rest.length && looksLikeNames(person!)) return { author: person, source: rest.join(' - ') };
  return isOrganisation(value) ? { source: value } : { author: value };
}

/**
 * The byline `paragraph` holds, or undefined when it is ordinary text:
 * at most 90 characters, not a sentence (no full stop inside it), a label
 * or names or an organisation.
 */
export function readByline(paragraph: string): Byline | undefined {
  const text = paragraph
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[(\[]|[)\]]$/g, '');
  if (!text || text.length > 90 || /\d{3,}/.test(text)) return undefined;
  for (const [label, field] of LABELS) {
    const match = label.exec(text);
    if (match) return assign(text.slice(match[0].length), field);
  }
  // A sentence, not a byline: it ends with a full stop, or has one (or a question, a colon) inside, or runs long.
  if (/[.!?]$/.test(text) && !/^[px]\.\s/i.test(text)) return undefined;
  const body = text.replace(/\.$/, '');
  if (body.split(' ').length > 10 || /\d/.test(body)) return undefined;
  if (isOrganisation(body)) return assign(body, 'source');
  if (/[.!?:;]\s/.test(body)) return undefined;
  const [person] = body.split(/\s+[-–—]\s+/);
  if (looksLikeNames(person!)) return assign(body, 'author');
  return undefined;
}
