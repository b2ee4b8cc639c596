/**
 * Serves Decap CMS, installed from npm, from the portal itself at /admin/:
 * its prebuilt bundle (decap-cms.js, the chunks it loads on demand and its
 * WebAssembly files) is copied into `<outDir>/admin/` after each build, and
 * served from node_modules by `astro dev`. No third-party script host is
 * involved. The page (src/pages/admin/index.astro) and the configuration
 * (src/pages/admin/config.yml.ts) are ordinary routes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folder of the decap-cms package's prebuilt files. */
export function decapDistDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

/** The files the browser may load: the entry, its numbered chunks, WebAssembly and the licence notice. */
export function decapFiles(dir = decapDistDir()): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(file))
    .sort();
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };

export function decapCms(): AstroIntegration {
  return {
    name: 'portal-decap-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const dir = decapDistDir();
        const files = new Set(decapFiles(dir));
        server.middlewares.use((req, res, next) => {
          const match = /^\/admin\/([^/?#]+)/.exec(req.url ?? '');
          if (!match || !files.has(match[1]!)) return next();
          res.setHeader('Content-Type', TYPES[path.extname(match[1]!)] ?? 'application/octet-stream');
          fs.createReadStream(path.join(dir, match[1]!)).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const source = decapDistDir();
        const target = path.join(fileURLToPath(dir), 'admin');
        fs.mkdirSync(target, { recursive: true });
        const files = decapFiles(source);
        for (const file of files) fs.copyFileSync(path.join(source, file), path.join(target, file));
        logger.info(`copied Decap CMS (${files.length} files) to /admin/`);
      },
    },
  };
}
