/**
 * The web CMS (Decap CMS at /admin/) configuration, generated at build time
 * from the content schemas (through schema-fields.ts) and the unit's
 * site.yaml, with Vietnamese labels and help from field-docs.ts. Served as
 * /admin/config.yml by src/pages/admin/config.yml.ts.
 *
 * Publishing uses Decap's editorial workflow: every new or changed entry is
 * a branch and a pull request (Bản nháp → Đang xét duyệt → Sẵn sàng), checked by
 * the pull-request workflow and previewed by Netlify, then merged. Photos and
 * files are stored beside their entry (`<year>/<slug>/index.md`).
 */
import { setting } from '../config/env.ts';
import type { SiteConfig } from '../model/schemas/index.ts';
import { contentFields, type FieldInfo } from './schema-fields.ts';
import { COLLECTION_DOCS, fieldDocOrName } from './field-docs.ts';
import { COLLECTION_DIRS } from '../config/content-folder.ts';
import { PHOTO_LIMITS, WEB_ORIGINAL } from '../model/photos.ts';

/**
 * Photos uploaded through the web editor: a file over the content check's
 * limit is refused at once (Decap's alert names the limit), and what is taken
 * in is re-encoded in the editor's browser without its metadata (no GPS
 * position), turned upright. Decap can only set an exact width, never a
 * largest one, so the pixels are kept: `npm run shrink-photos` is the way
 * for git users (docs/anh-va-thu-vien-anh.md).
 */
const PHOTO_UPLOAD = { media_library: { config: { max_file_size: PHOTO_LIMITS.maxBytes } } };
export const MEDIA_PROCESSING = { enabled: true, quality: WEB_ORIGINAL.quality, strip_metadata: true };

export interface CmsBackendOptions {
  /** GitHub repository, `owner/name`; unknown until the unit names it (site.yaml, PORTAL_CMS_REPO) or Netlify builds from it. */
  repo?: string;
  branch: string;
  /** OAuth provider for GitHub login; Decap's default is Netlify's (https://api.netlify.com). */
  baseUrl?: string;
  authEndpoint?: string;
  /** `astro dev`: let Decap talk to a local `decap-server` instead of GitHub. */
  localBackend?: boolean;
}

type DecapField = Record<string, unknown>;

/** `https://github.com/owner/name(.git)` (Netlify's REPOSITORY_URL) → `owner/name`. */
export function repoFromUrl(url: string | undefined): string | undefined {
  const match = url && /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  return match ? match[1] : undefined;
}

/**
 * Backend options from the build's environment and the unit's site.yaml (docs/publishing.md,
 * «Web editor»): the repository is PORTAL_CMS_REPO, else site.yaml's
 * `repository`, else the one Netlify builds from. There is no default: a
 * guessed repository would send editors' work elsewhere.
 */
export function backendFromEnv(env: Record<string, string | undefined>, dev = false, siteRepository?: string): CmsBackendOptions {
  return {
    repo: setting('cmsRepo', env) ?? siteRepository ?? repoFromUrl(env.REPOSITORY_URL),
    branch: setting('cmsBranch', env),
    baseUrl: setting('cmsAuthUrl', env),
    authEndpoint: setting('cmsAuthEndpoint', env),
    localBackend: dev,
  };
}

function hint(collection: string, field: FieldInfo): string {
  const doc = fieldDocOrName(collection, field.path);
  const parts = [doc.hint];
  if (field.minLength && field.maxLength) parts.push(`Từ ${field.minLength} đến ${field.maxLength} ký tự.`);
  if (field.minItems) parts.push(`Ít nhất ${field.minItems}.`);
  return parts.filter(Boolean).join(' ');
}

/**
 * One field of the CMS form. Inside an optional object (an article's cover),
 * no field is required: Decap validates an object's required fields even when
 * the object is left empty, so an article without a cover could not be saved
 * (decaporg/decap-cms#2103, #7748; the maintainers' advice is this
 * configuration). The content check still asks for the cover's alt text
 * whenever a cover is given.
 */
function decapField(collection: string, field: FieldInfo, site: SiteConfig, inOptionalObject = false): DecapField {
  const doc = fieldDocOrName(collection, field.path);
  const out: DecapField = { label: doc.label, name: field.name, required: field.required && !inOptionalObject, hint: hint(collection, field) };
  switch (field.kind) {
    case 'date':
      Object.assign(out, { widget: 'datetime', format: 'YYYY-MM-DD HH:mm', date_format: 'DD/MM/YYYY', time_format: 'HH:mm', picker_utc: false });
      if (!field.required) out.default = '';
      break;
    case 'boolean':
      Object.assign(out, { widget: 'boolean', default: field.default ?? false });
      break;
    case 'number':
      Object.assign(out, { widget: 'number', value_type: 'int' });
      break;
    case 'image':
      Object.assign(out, { widget: 'image', choose_url: false, ...PHOTO_UPLOAD });
      break;
    case 'object':
      Object.assign(out, { widget: 'object', collapsed: false, fields: field.fields!.map((f) => decapField(collection, f, site, inOptionalObject || !field.required)) });
      break;
    case 'list':
      Object.assign(out, { widget: 'list', fields: field.fields!.map((f) => decapField(collection, f, site)) });
      if (field.minItems) out.min = field.minItems;
      break;
    case 'strings':
      Object.assign(out, { widget: 'list', default: [] });
      break;
    case 'string':
      if (field.options) {
        const names = new Map(site.categories.map((c) => [c.slug, c.name]));
        Object.assign(out, { widget: 'select', options: field.options.map((value) => ({ label: names.get(value) ?? value, value })) });
      } else if (doc.widget === 'file') {
        Object.assign(out, { widget: 'file', choose_url: false });
      } else {
        out.widget = doc.widget === 'text' ? 'text' : 'string';
        if (field.minLength || field.maxLength) {
          out.pattern = [`^[\\s\\S]{${field.minLength ?? 1},${field.maxLength ?? ''}}$`, hint(collection, field)];
        }
      }
      break;
  }
  return out;
}

/** The Markdown body editor: no level-1 headings (the title is the page's only one), photos beside the entry. */
function bodyField(collection: string): DecapField {
  const doc = fieldDocOrName(collection, 'body');
  return {
    label: doc.label,
    name: 'body',
    widget: 'markdown',
    hint: doc.hint,
    modes: ['rich_text', 'raw'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: ['image'],
    ...PHOTO_UPLOAD,
  };
}

export function cmsConfig(site: SiteConfig, backend: CmsBackendOptions): Record<string, unknown> {
  const fields = contentFields(site.categories.map((c) => c.slug));
  const collections = Object.entries(fields).map(([name, list]) => {
    const doc = COLLECTION_DOCS[name] ?? { label: name, singular: name, url: '', folder: true, byYear: true };
    const folder = `content/${COLLECTION_DIRS[name as keyof typeof COLLECTION_DIRS] ?? name}`;
    const path = [doc.byYear ? '{{year}}' : '', '{{slug}}', doc.folder ? 'index' : ''].filter(Boolean).join('/');
    const hasDate = list.some((f) => f.name === 'date');
    return {
      name,
      label: doc.label,
      label_singular: doc.singular,
      folder,
      path,
      extension: 'md',
      format: 'frontmatter',
      create: true,
      slug: '{{slug}}',
      identifier_field: 'title',
      ...(doc.folder ? { media_folder: '', public_folder: '' } : {}),
      summary: hasDate ? '{{title}} — {{date | date("DD/MM/YYYY")}}' : '{{title}}',
      sortable_fields: hasDate ? ['date', 'title'] : ['title'],
      fields: [...list.map((f) => decapField(name, f, site)), bodyField(name)],
    };
  });
  return {
    locale: 'vi',
    backend: {
      name: 'github',
      ...(backend.repo ? { repo: backend.repo } : {}),
      branch: backend.branch,
      ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
      ...(backend.authEndpoint ? { auth_endpoint: backend.authEndpoint } : {}),
      squash_merges: true,
      commit_messages: {
        create: 'Thêm {{collection}} «{{slug}}»',
        update: 'Sửa {{collection}} «{{slug}}»',
        delete: 'Xóa {{collection}} «{{slug}}»',
        uploadMedia: 'Tải lên «{{path}}»',
        deleteMedia: 'Xóa tệp «{{path}}»',
        openAuthoring: '{{message}}',
      },
    },
    ...(backend.localBackend ? { local_backend: true } : {}),
    publish_mode: 'editorial_workflow',
    site_url: site.url,
    display_url: site.url,
    logo_url: `/tep/${site.emblem.replace(/^\.\//, '')}`,
    media_processing: MEDIA_PROCESSING,
    // Required by Decap; each collection keeps its photos beside the entry instead.
    media_folder: 'content/media',
    public_folder: '/tep/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}
