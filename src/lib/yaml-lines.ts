/**
 * Where a field is written in a front-matter block, for messages that name
 * the line: `entries[2].time` → the line of `time:` inside the third item of
 * `entries`. Reads the block-style YAML editors write (keys, `- ` list items,
 * indentation); flow style (`[a, b]`, `{ a: 1 }`) is found at its key.
 */

interface Line {
  /** Indentation of the key on the line (after a leading `- `, if any). */
  keyIndent: number;
  /** Indentation of the `- ` that opens a list item, or -1. */
  dashIndent: number;
  key?: string;
}

function readLine(text: string): Line | undefined {
  if (!text.trim() || text.trim().startsWith('#')) return undefined;
  const indent = text.length - text.trimStart().length;
  const dash = /^(\s*)-(\s+|$)/.exec(text);
  const rest = dash ? text.slice(dash[0].length) : text.trimStart();
  const keyIndent = dash ? dash[0].length : indent;
  const key = /^([A-Za-z_][\w-]*)\s*:(\s|$)/.exec(rest)?.[1];
  return { keyIndent, dashIndent: dash ? indent : -1, key };
}

/**
 * The 1-based line, counted in the file (the front matter starting on its
 * line 2), of the deepest part of `path` found; undefined when not even the
 * first key is found.
 */
export function lineOfPath(yaml: string, path: readonly PropertyKey[]): number | undefined {
  const lines = yaml.split('\n').map(readLine);
  let start = 0;
  let end = lines.length;
  let found: number | undefined;
  for (const part of path) {
    const inside = lines.slice(start, end).map((line, i) => ({ line, i: i + start })).filter((l): l is { line: Line; i: number } => !!l.line);
    if (!inside.length) break;
    if (typeof part === 'number') {
      const dash = Math.min(...inside.filter((l) => l.line.dashIndent >= 0).map((l) => l.line.dashIndent));
      const items = inside.filter((l) => l.line.dashIndent === dash);
      const item = items[part];
      if (!item) break;
      found = item.i;
      start = item.i;
      end = items[part + 1]?.i ?? end;
    } else if (typeof part === 'string') {
      const indent = Math.min(...inside.map((l) => l.line.keyIndent));
      const hit = inside.find((l) => l.line.keyIndent === indent && l.line.key === part);
      if (!hit) break;
      found = hit.i;
      start = hit.i + 1;
      end = inside.find((l) => l.i > hit.i && (l.line.keyIndent <= indent || (l.line.dashIndent >= 0 && l.line.dashIndent < indent)))?.i ?? end;
    } else break;
  }
  return found === undefined ? undefined : found + 2;
}
