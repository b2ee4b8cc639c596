/**
 * What HTML an article body may contain, as an allowlist over a parsed HTML
 * tree (hast). Used twice, so the rule is written once:
 *
 * - the build (src/markdown/sanitize.ts) removes everything not allowed
 *   from every rendered Markdown body: scripts, inline event handlers,
 *   `javascript:` and other unsafe URLs, styles, forms, iframes other than
 *   the allowlisted video players;
 * - `npm run check` (src/check/editorial.ts) reports the dangerous removals to
 *   the editor, with file and line, before anything is built.
 *
 * Elements not in the allowlist are either dropped with their content
 * (scripts, embeds, forms…) or unwrapped, keeping their text (`<font>`,
 * `<center>`…). Attributes not in the allowlist are dropped.
 */

/** A hast node, structurally: the fields this module reads and writes. */
export interface HastLike {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
  value?: string;
}

/** Something the policy removed, for reporting. */
export interface Removal {
  kind: 'element' | 'attribute' | 'url' | 'iframe' | 'image' | 'raw';
  /** The element it was on (lower case), e.g. `script`, `img`. */
  tag: string;
  /** The attribute (HTML spelling, e.g. `onerror`) for `attribute` and `url`. */
  attribute?: string;
  /** The offending value: a URL or an iframe address. */
  value?: string;
}

/**
 * Video players that may be embedded with `<iframe>`: https only, host and
 * path prefix. The site's Content-Security-Policy (netlify.toml, frame-src)
 * allows exactly these hosts; tests/markdown/html-policy.test.ts holds the two
 * together. Facebook's player is not among them: it loads Facebook's
 * scripts and cookies into a government page; link to the video instead.
 * Audio is published as an attachment (an MP3 beside the entry, played by
 * the browser's own player), never embedded from another site.
 */
export const VIDEO_EMBEDS: readonly { host: string; path: string }[] = [
  { host: 'www.youtube-nocookie.com', path: '/embed/' },
  { host: 'www.youtube.com', path: '/embed/' },
  { host: 'youtube.com', path: '/embed/' },
  { host: 'player.vimeo.com', path: '/video/' },
];

/** A photo file beside the Markdown, as written: not a web address, not a site path (only those go through the photo pipeline). */
export function isLocalPath(src: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/|\\|#)/i.test(src.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

/** Removed together with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'link',
  'meta',
  'base',
  'title',
  'head',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'portal',
  'dialog',
]);

/**
 * Elements `npm run check` refuses rather than leaves to the build: every
 * element the build drops with its content, so that nothing an editor wrote
 * disappears without a message (`<audio>` and `<video>` among them).
 */
export const REFUSED_ELEMENTS: ReadonlySet<string> = DROP_WITH_CONTENT;

const GLOBAL_ATTRIBUTES = new Set([
  'id',
  'title',
  'lang',
  'dir',
  'className',
  'ariaLabel',
  'ariaDescribedBy',
  'ariaHidden',
  'dataFootnoteRef',
  'dataFootnotes',
  'dataFootnoteBackref',
]);

/** Allowed elements and their own attributes (hast property names), besides the global ones. */
const ALLOWED: Record<string, readonly string[]> = {
  a: ['href', 'hrefLang'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  data: ['value'],
  dd: [],
  del: ['cite', 'dateTime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: ['cite', 'dateTime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  section: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colSpan', 'rowSpan', 'headers', 'style'],
  tfoot: [],
  th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr', 'style'],
  thead: [],
  time: ['dateTime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Attributes holding a URL: only safe schemes pass. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
/** Class names Markdown itself produces (footnotes, task lists, code languages). */
const SAFE_CLASS = /^(footnotes|sr-only|data-footnote-backref|contains-task-list|task-list-item|language-[\w+#-]+)$/;
const SAFE_ID = /^[\w-]{1,100}$/;

/** `onError` → `onerror`, `dataFootnoteRef` → `data-footnote-ref`: how an editor wrote it. */
export function htmlAttributeName(property: string): string {
  if (/^on/i.test(property)) return property.toLowerCase();
  if (property === 'className') return 'class';
  return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Is this URL safe in `href`/`src`? Relative URLs, fragments and http(s),
 * mailto and tel are; `javascript:`, `data:`, `vbscript:` and anything else
 * are not. Browsers ignore tabs, newlines and leading control characters in
 * URLs, so those are removed before the scheme is read.
 */
export function isSafeUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) return !compact.startsWith('\\') && !/^\/\\/.test(compact);
  return SAFE_SCHEMES.has(scheme[1]!.toLowerCase());
}

/** The allowlisted player for an iframe address, or undefined. YouTube is moved to its no-cookie host. */
export function allowedVideoEmbed(src: string): string | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  const match = VIDEO_EMBEDS.find((embed) => url.hostname === embed.host && url.pathname.startsWith(embed.path));
  if (!match) return undefined;
  if (url.hostname.endsWith('youtube.com')) url.hostname = 'www.youtube-nocookie.com';
  return url.href;
}

const TEXT_ALIGN = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/i;

function cleanProperties(tag: string, properties: Record<string, unknown>, removed: Removal[]): Record<string, unknown> {
  const allowed = ALLOWED[tag] ?? [];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    if (!GLOBAL_ATTRIBUTES.has(key) && !allowed.includes(key)) {
      removed.push({ kind: 'attribute', tag, attribute: htmlAttributeName(key), value: String(value) });
      continue;
    }
    if (URL_ATTRIBUTES.has(key)) {
      if (typeof value !== 'string' || !isSafeUrl(value)) {
        removed.push({ kind: 'url', tag, attribute: key, value: String(value) });
        continue;
      }
    }
    if (key === 'style') {
      if (typeof value === 'string' && TEXT_ALIGN.test(value)) out.style = value.trim();
      continue;
    }
    if (key === 'className') {
      const classes = (Array.isArray(value) ? value : String(value).split(/\s+/)).filter((c): c is string => typeof c === 'string' && SAFE_CLASS.test(c));
      if (classes.length) out.className = classes;
      continue;
    }
    if (key === 'id') {
      if (typeof value === 'string' && SAFE_ID.test(value)) out.id = value;
      continue;
    }
    out[key] = value;
  }
  return out;
}

function cleanIframe(node: HastLike, removed: Removal[]): HastLike[] {
  const props = node.properties ?? {};
  const src = typeof props.src === 'string' ? allowedVideoEmbed(props.src) : undefined;
  if (!src) {
    removed.push({ kind: 'iframe', tag: 'iframe', value: typeof props.src === 'string' ? props.src : '' });
    return [];
  }
  const properties: Record<string, unknown> = {
    src,
    title: typeof props.title === 'string' && props.title.trim() ? props.title : 'Video',
    loading: 'lazy',
    referrerPolicy: 'strict-origin-when-cross-origin',
    allow: 'encrypted-media; picture-in-picture; fullscreen',
    allowFullScreen: true,
  };
  for (const key of ['width', 'height'] as const) {
    if (typeof props[key] === 'string' || typeof props[key] === 'number') {
      if (/^\d{1,4}$/.test(String(props[key]))) properties[key] = String(props[key]);
    }
  }
  return [{ type: 'element', tagName: 'iframe', properties, children: [] }];
}

function cleanNode(node: HastLike, removed: Removal[]): HastLike[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value ?? '' }];
    case 'root':
      return [{ type: 'root', children: cleanChildren(node, removed) }];
    case 'element': {
      const tag = (node.tagName ?? '').toLowerCase();
      if (tag === 'iframe') return cleanIframe(node, removed);
      // A task-list checkbox from Markdown's `- [x]` is the one input kept, always disabled.
      if (tag === 'input' && node.properties?.type === 'checkbox' && node.properties.disabled) {
        return [{ type: 'element', tagName: 'input', properties: { type: 'checkbox', disabled: true, ...(node.properties.checked ? { checked: true } : {}) }, children: [] }];
      }
      if (DROP_WITH_CONTENT.has(tag)) {
        removed.push({ kind: 'element', tag });
        return [];
      }
      if (!(tag in ALLOWED)) {
        removed.push({ kind: 'element', tag });
        return cleanChildren(node, removed);
      }
      // Photos come only from the content folder, through the photo pipeline: an image from another site would be
      // fetched by every reader (and every feed reader, which has no Content-Security-Policy).
      if (tag === 'img' && !(typeof node.properties?.src === 'string' && isLocalPath(node.properties.src))) {
        // Its dangerous attributes are still reported (an onerror= is worth its own message).
        cleanProperties(tag, node.properties ?? {}, removed);
        removed.push({ kind: 'image', tag, value: String(node.properties?.src ?? '') });
        return [];
      }
      return [{ type: 'element', tagName: tag, properties: cleanProperties(tag, node.properties ?? {}, removed), children: cleanChildren(node, removed) }];
    }
    case 'raw':
      removed.push({ kind: 'raw', tag: '', value: node.value });
      return [];
    default:
      // comments, doctypes and anything unknown
      return [];
  }
}

function cleanChildren(node: HastLike, removed: Removal[]): HastLike[] {
  return (node.children ?? []).flatMap((child) => cleanNode(child, removed));
}

/**
 * A clean copy of `tree` (never modified) and the list of what was removed.
 * The copy holds plain objects only, whatever kind of tree was given.
 */
export function sanitizeTree<T extends HastLike>(tree: T): { tree: T; removed: Removal[] } {
  const removed: Removal[] = [];
  const [clean] = cleanNode(tree, removed);
  return { tree: (clean ?? { type: 'root', children: [] }) as T, removed };
}

/** The removals an editor must fix rather than leave to the build: scripts, handlers, unsafe URLs, foreign iframes. */
export function isDangerous(removal: Removal): boolean {
  switch (removal.kind) {
    case 'element':
      return REFUSED_ELEMENTS.has(removal.tag);
    case 'attribute':
      return (
        /^on/.test(removal.attribute ?? '') ||
        removal.attribute === 'srcdoc' ||
        removal.attribute === 'formaction' ||
        (removal.attribute === 'style' && /javascript:|expression\s*\(/i.test(removal.value ?? ''))
      );
    case 'url':
    case 'iframe':
    case 'image':
    case 'raw':
      return true;
  }
}
