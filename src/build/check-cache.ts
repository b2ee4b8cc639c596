/**
 * What the content check found in each Markdown file, kept between builds so
 * that a rebuild re-checks only the files that changed.
 *
 * A file's result is reused when all of these still hold:
 * - its text is the same: the file is not read again when its size, times
 *   and inode are those of the last run; otherwise its text is read and
 *   compared by hash (a git clone gives every file new times, so on Netlify
 *   each build reads every file once, and re-checks only the changed ones);
 * - the files it names (photos, attachments) still exist or still do not,
 *   and the album folders it lists hold the same names (a `Probe` records
 *   every such look while the file is checked);
 * - the check itself is the same: the `key` covers the site settings, the
 *   folders, and the code of src/lib and the installed packages.
 * Checks across files (two files at one URL, overlapping weeks, links to
 * other entries) are made again on every run, from the kept results.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileStamp } from '../files/file-stamp.ts';
import { contentFileKind, type ContentFileKind } from '../files/content-files.ts';

/** Looks at other files on behalf of one file's check, and remembers what it saw. */
export class Probe {
  readonly seen: Looks = { exists: {}, lists: {}, files: {} };

  exists(file: string): boolean {
    return (this.seen.exists[file] = fs.existsSync(file));
  }

  /** What a path named by content leads to (content-files.ts): a file inside the content folder, or why not. */
  readonly fileKind = (root: string, file: string): ContentFileKind => {
    const kind = contentFileKind(root, file);
    this.seen.files[file] = [root, kind];
    return kind;
  };

  /** The names in a folder, sorted. */
  list(dir: string): string[] {
    const names = fs.readdirSync(dir).sort();
    this.seen.lists[dir] = names.join('\n');
    return names;
  }
}

/** What a check looked at besides its own file: whether files exist, and folders' names. */
export interface Looks {
  exists: Record<string, boolean>;
  lists: Record<string, string>;
  /** Paths resolved for the file, with the content folder and what they led to (a link swapped in for a file changes it). */
  files: Record<string, [root: string, kind: ContentFileKind]>;
}

function stillHolds(looks: Looks): boolean {
  for (const [file, existed] of Object.entries(looks.exists)) if (fs.existsSync(file) !== existed) return false;
  for (const [file, [root, kind]] of Object.entries(looks.files)) if (contentFileKind(root, file) !== kind) return false;
  for (const [dir, names] of Object.entries(looks.lists)) {
    if (!fs.existsSync(dir) || fs.readdirSync(dir).sort().join('\n') !== names) return false;
  }
  return true;
}

const hash = (text: string | Buffer) => crypto.createHash('sha1').update(text).digest('base64url');

/** The folders of src/ whose code the check runs (besides the installed packages, package-lock.json). */
const CHECK_CODE = ['check', 'config', 'files', 'markdown', 'model', 'build'];

/** The code the check runs: its modules under src/ and the installed packages. */
function codeVersion(): string {
  const src = path.resolve(import.meta.dirname, '..');
  const files = CHECK_CODE.flatMap((folder) =>
    (fs.readdirSync(path.join(src, folder), { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.ts')).map((name) => path.join(src, folder, name)),
  ).sort();
  const lock = path.resolve(src, '../package-lock.json');
  const digest = crypto.createHash('sha1');
  for (const file of [...files, lock]) if (fs.existsSync(file)) digest.update(file).update(fs.readFileSync(file));
  return digest.digest('base64url');
}

interface Kept<T> {
  stamp: string;
  text: string;
  looks: Looks;
  result: T;
}

interface CacheFile<T> {
  key: string;
  files: Record<string, Kept<T>>;
}

/**
 * One run's view of the kept results: `check` returns the kept result of a
 * file when it still holds, else runs `run` and keeps what it returns;
 * `save` writes the results of this run's files (and only those).
 * `cacheFile` false keeps nothing.
 */
export class CheckCache<T> {
  private readonly cacheFile: string | false;
  private readonly key: string;
  private kept: Record<string, Kept<T>> = {};
  private readonly now: Record<string, Kept<T>> = {};
  /** How many files this run checked, and how many of those it took from the cache. */
  readonly counts = { files: 0, reused: 0 };
  private changed = false;

  constructor(cacheFile: string | false, settings: unknown) {
    this.cacheFile = cacheFile;
    this.key = hash(JSON.stringify([settings, cacheFile && codeVersion()]));
    if (!cacheFile || !fs.existsSync(cacheFile)) return;
    try {
      const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as CacheFile<T>;
      if (saved.key === this.key) this.kept = saved.files;
    } catch {
      // A damaged cache file is ignored and rewritten.
    }
  }

  /** The result for `file`: kept when it still holds, else `run` on its text (read by `read`). */
  check(file: string, read: () => string, run: (source: string, probe: Probe) => T): T {
    this.counts.files++;
    const stamp = fileStamp(file);
    const kept = this.kept[file];
    if (kept && kept.stamp === stamp && stillHolds(kept.looks)) return this.reuse(file, kept);
    const source = read();
    const text = hash(source);
    this.changed = true;
    if (kept && kept.text === text && stillHolds(kept.looks)) return this.reuse(file, { ...kept, stamp });
    const probe = new Probe();
    const result = run(source, probe);
    this.now[file] = { stamp, text, looks: probe.seen, result };
    return result;
  }

  private reuse(file: string, kept: Kept<T>): T {
    this.counts.reused++;
    this.now[file] = kept;
    return kept.result;
  }

  /** Write this run's results, when anything changed since they were read. */
  save(): void {
    if (!this.cacheFile || (!this.changed && Object.keys(this.now).length === Object.keys(this.kept).length)) return;
    fs.mkdirSync(path.dirname(this.cacheFile), { recursive: true });
    // Written aside, then renamed: two checks at once never leave a half-written file.
    const temporary = `${this.cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ key: this.key, files: this.now } satisfies CacheFile<T>));
    fs.renameSync(temporary, this.cacheFile);
  }
}
