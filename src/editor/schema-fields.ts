/**
 * Reads the content schemas (src/model/schemas/index.ts) as a plain list of fields,
 * so that the web CMS configuration, the editor guide's field tables and
 * `npm run new` are all derived from the schemas themselves and cannot drift
 * from what `npm run check` and the build accept.
 *
 * It understands what the schemas are made of: text, dates (a union of a
 * YAML date and a string, transformed), booleans, numbers, photos (the
 * `image()` field, given here as a stand-in marked `widget: image`), lists,
 * objects, defaults and optional fields, length limits, and `options` given
 * in a field's metadata.
 */
import { z } from 'astro/zod';
import { collectionSchemas } from '../model/schemas/index.ts';
import { PATH_META, URL_META, type AddressKinds } from '../model/schemas/rules.ts';

export type FieldKind = 'string' | 'date' | 'boolean' | 'number' | 'image' | 'list' | 'object' | 'strings';

export interface FieldInfo {
  /** Key in front matter: `title`, `alt`. */
  name: string;
  /** Dotted path from the entry: `cover.alt`, `attachments.file` (list items have no index). */
  path: string;
  kind: FieldKind;
  required: boolean;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  /** Lists: the least number of items. */
  minItems?: number;
  /** Allowed values, from the field's metadata (`.meta({ options })`). */
  options?: readonly string[];
  /** Regular expression the value must match, as written in the schema. */
  pattern?: string;
  /** Fields of an object, or of each item of a list of objects. */
  fields?: FieldInfo[];
  /** A URL field (schema-rules.ts `webAddress`): the kinds of address it takes. */
  url?: AddressKinds;
  /** A field naming a file of the content folder (resolved by content-files.ts): what kind of file. */
  contentPath?: string;
  /** Objects (and lists of objects): unknown keys are errors (schema-rules.ts `strictObject`). */
  strict?: boolean;
}

/** The photo field as the walker sees it: Astro's `image()` stand-in. */
export const imageMarker = () => z.string().meta({ widget: 'image' });

// zod 4 exposes a schema's definition under `_zod.def`; only the parts read here are typed.
interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  checks?: { _zod: { def: { check: string; minimum?: number; pattern?: RegExp } } }[];
}
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const meta = (schema: z.ZodType) => (z.globalRegistry.get(schema) ?? {}) as Record<string, unknown>;

function describe(name: string, path: string, schema: z.ZodType): FieldInfo {
  let required = true;
  let defaultValue: unknown;
  let current = schema;
  let options: readonly string[] | undefined;
  let widget: unknown;
  let url: AddressKinds | undefined;
  let contentPath: string | undefined;
  // Peel optional/default wrappers, collecting metadata found on any layer.
  for (;;) {
    const m = meta(current);
    options ??= m.options as readonly string[] | undefined;
    widget ??= m.widget;
    url ??= m[URL_META] as AddressKinds | undefined;
    contentPath ??= m[PATH_META] as string | undefined;
    const d = def(current);
    if (d.type === 'optional' || d.type === 'nullable') {
      required = false;
      current = d.innerType!;
    } else if (d.type === 'default' || d.type === 'prefault') {
      required = false;
      defaultValue = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      current = d.innerType!;
    } else break;
  }
  const d = def(current);
  const info: FieldInfo = { name, path, kind: 'string', required };
  if (defaultValue !== undefined) info.default = defaultValue;
  if (options) info.options = options;
  if (url) info.url = url;
  if (contentPath) info.contentPath = contentPath;

  if (widget === 'image') {
    info.kind = 'image';
  } else if (d.type === 'pipe' && d.in && def(d.in).type === 'union' && def(d.in).options?.some((o) => def(o).type === 'date')) {
    info.kind = 'date';
  } else if (d.type === 'boolean') {
    info.kind = 'boolean';
  } else if (d.type === 'number') {
    info.kind = 'number';
  } else if (d.type === 'object') {
    info.kind = 'object';
    if (isStrictObject(current)) info.strict = true;
    info.fields = fieldsOf(current as z.ZodObject, path);
  } else if (d.type === 'array') {
    const item = describe(name, path, d.element!);
    info.kind = item.kind === 'object' ? 'list' : 'strings';
    if (item.kind === 'object') {
      info.fields = item.fields;
      if (item.strict) info.strict = true;
    }
    const min = d.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
    if (min !== undefined) info.minItems = min;
  } else if (d.type === 'string') {
    const s = current as z.ZodString;
    if (s.minLength !== null && s.minLength > 1) info.minLength = s.minLength;
    if (s.maxLength !== null) info.maxLength = s.maxLength;
    const pattern = d.checks?.find((c) => c._zod.def.check === 'string_format' && c._zod.def.pattern)?._zod.def.pattern;
    if (pattern) info.pattern = pattern.source;
  }
  return info;
}

/** Whether an object schema refuses keys it does not declare (zod's `strictObject`: a catch-all of `never`). */
export function isStrictObject(schema: z.ZodType): boolean {
  const d = def(schema);
  return d.type === 'object' && d.catchall !== undefined && def(d.catchall).type === 'never';
}

/** The fields of an object schema, in the order they are declared. */
export function fieldsOf(schema: z.ZodObject, prefix = ''): FieldInfo[] {
  return Object.entries(schema.shape).map(([name, field]) => describe(name, prefix ? `${prefix}.${name}` : name, field as z.ZodType));
}

/** Every content collection and its fields, straight from the schemas. */
export function contentFields(categorySlugs: readonly string[]): Record<string, FieldInfo[]> {
  const schemas = collectionSchemas(imageMarker, categorySlugs) as Record<string, z.ZodObject>;
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, fieldsOf(schema)]));
}

/** Every field path of a list of fields, depth first: `cover`, `cover.src`, `cover.alt`… */
export function fieldPaths(fields: readonly FieldInfo[]): string[] {
  return fields.flatMap((field) => [field.path, ...fieldPaths(field.fields ?? [])]);
}
