/**
 * The folder rules of src/ (docs/architecture.md), read from the imports
 * themselves, so that a change that crosses them fails here:
 *
 * - code shipped to browsers (client/, and the scripts of components) never
 *   reaches Node or Astro's server modules, however indirectly;
 * - the content model (model/) imports nothing but config/ and itself, and no
 *   Node module: it is plain logic, usable anywhere;
 * - the Markdown pipeline, the check, the editor tooling and the outputs never
 *   import pages, components or layouts, and nothing but the build machinery,
 *   scripts and pages depends on build/ beyond the few named here;
 * - the folders do not import each other in a circle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/portal.ts';

const SRC = path.join(ROOT, 'src');
const IMPORT = /(?:^|[^\w.])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module of src/, with the modules and packages it imports (type-only imports included: they name a dependency too). */
function readGraph() {
  const files = (fs.readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(ts|astro)$/.test(f)).map((f) => path.join(SRC, f));
  const graph = new Map<string, { local: string[]; external: string[] }>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const local: string[] = [];
    const external: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) local.push(path.resolve(path.dirname(file), spec));
      else external.push(spec);
    }
    graph.set(file, { local, external });
  }
  return graph;
}

const graph = readGraph();
const folderOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;
const shown = (file: string) => path.relative(ROOT, file);

/** Every module `file` reaches through its imports, itself included. */
function reach(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !graph.has(file)) return seen;
  seen.add(file);
  for (const next of graph.get(file)!.local) reach(next, seen);
  return seen;
}

/** The relative imports written in the <script> blocks of a component (the code Astro bundles for browsers). */
function scriptImports(component: string): string[] {
  const text = fs.readFileSync(component, 'utf8');
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .flatMap((m) => [...m[1]!.matchAll(IMPORT)].map((i) => i[1] ?? i[2]!))
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.resolve(path.dirname(component), spec));
}

const SERVER_ONLY = /^(node:|astro:content|astro\/|astro$|sharp|satori|satteri|@astrojs\/|file-type|iconv-lite|js-yaml|gray-matter|pagefind$)/;

describe('folder rules of src/', () => {
  it('reads a graph of every module', () => {
    expect(graph.size).toBeGreaterThan(100);
    for (const folder of ['config', 'model', 'files', 'markdown', 'check', 'editor', 'outputs', 'search', 'client', 'build', 'i18n']) {
      expect(
        [...graph.keys()].some((file) => folderOf(file) === folder),
        folder,
      ).toBe(true);
    }
  });

  it('ships nothing of Node or of Astro’s server to browsers (client/ and components’ scripts, however indirectly)', () => {
    const entries = [...[...graph.keys()].filter((file) => folderOf(file) === 'client'), ...[...graph.keys()].filter((file) => file.endsWith('.astro')).flatMap(scriptImports)];
    expect(entries.length).toBeGreaterThan(5);
    const offending = entries.flatMap((entry) =>
      [...reach(entry)].flatMap((file) =>
        graph
          .get(file)!
          .external.filter((spec) => SERVER_ONLY.test(spec))
          .map((spec) => `${shown(entry)} → ${shown(file)} imports ${spec}`),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the content model plain: model/ imports only config/ and itself, and no Node module', () => {
    const offending = [...graph.entries()]
      .filter(([file]) => folderOf(file) === 'model')
      .flatMap(([file, { local, external }]) => [
        ...local.filter((dep) => !['model', 'config'].includes(folderOf(dep))).map((dep) => `${shown(file)} imports ${shown(dep)}`),
        ...external.filter((spec) => spec.startsWith('node:')).map((spec) => `${shown(file)} imports ${spec}`),
      ]);
    expect(offending).toEqual([]);
  });

  it('keeps pages, components and layouts out of the engine’s modules', () => {
    const templates = new Set(['pages', 'components', 'layouts']);
    const offending = [...graph.entries()]
      .filter(([file]) => !templates.has(folderOf(file)) && file !== path.join(SRC, 'content.config.ts'))
      .flatMap(([file, { local }]) => local.filter((dep) => templates.has(folderOf(dep))).map((dep) => `${shown(file)} imports ${shown(dep)}`));
    expect(offending).toEqual([]);
  });

  it('lets only the build machinery’s users depend on build/: the check (its cache), pages and the feeds (keys, bodies), the search index (links)', () => {
    const allowed = new Set(['build', 'check', 'pages', 'components', 'outputs', 'search']);
    const offending = [...graph.entries()]
      .filter(([file]) => !allowed.has(folderOf(file)) && file !== path.join(SRC, 'content.config.ts'))
      .flatMap(([file, { local }]) => local.filter((dep) => folderOf(dep) === 'build').map((dep) => `${shown(file)} imports ${shown(dep)}`));
    expect(offending).toEqual([]);
  });

  it('has no circle between folders (templates aside: Astro components and layouts use each other)', () => {
    const templates = new Set(['pages', 'components', 'layouts']);
    const edges = new Map<string, Set<string>>();
    for (const [file, { local }] of graph) {
      if (templates.has(folderOf(file))) continue;
      for (const dep of local) {
        if (folderOf(dep) !== folderOf(file) && graph.has(dep)) (edges.get(folderOf(file)) ?? edges.set(folderOf(file), new Set()).get(folderOf(file))!).add(folderOf(dep));
      }
    }
    const circles: string[] = [];
    const walk = (folder: string, trail: string[]) => {
      for (const next of edges.get(folder) ?? []) {
        if (next === trail[0]) circles.push([...trail, next].join(' → '));
        else if (!trail.includes(next) && next > trail[0]!) walk(next, [...trail, next]);
      }
    };
    for (const folder of edges.keys()) walk(folder, [folder]);
    expect(circles).toEqual([]);
  });
});

describe('the npm commands', () => {
  it('never load vitest, however indirectly: scripts/ runs outside it (a test helper that needs vitest is not for scripts)', () => {
    const scripts = (fs.readdirSync(path.join(ROOT, 'scripts'), { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(ROOT, 'scripts', f));
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (seen.has(file) || !fs.existsSync(file)) return;
      seen.add(file);
      for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const spec = m[1] ?? m[2]!;
        if (spec === 'vitest' || spec.startsWith('vitest/')) offenders.push([...trail, path.relative(ROOT, file)].join(' → '));
        else if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec), [...trail, path.relative(ROOT, file)]);
      }
    };
    for (const file of scripts) visit(file, []);
    expect(seen.size).toBeGreaterThan(scripts.length);
    expect(offenders).toEqual([]);
  });
});
