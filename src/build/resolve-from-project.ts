/**
 * Lets `astro build --outDir <folder>` (and `npm run build -- --outDir …`)
 * build into a folder whose path merely starts with the project's path, such
 * as /work/main-out beside the project /work/main.
 *
 * Astro's `getOutDirWithinCwd` (node_modules/astro/dist/core/build/common.js,
 * unchanged in astro 7.4.7) decides whether the output folder is inside the
 * project with `fileURLToPath(outDir).startsWith(process.cwd())`, without a
 * path separator. Such a folder passes, so Astro writes its prerender chunks
 * to <outDir>/.prerender/ and imports them from there, where Node finds none
 * of the project's packages: "Cannot find package '@oslojs/encoding' imported
 * from <outDir>/.prerender/chunks/server_….mjs". (A folder truly outside gets
 * Astro's fallback inside the project, <project>/.astro/, and works.)
 *
 * In exactly that case, a module resolve hook is registered: a bare specifier
 * that a module under <outDir>/.prerender/ cannot find is looked up again from
 * the project's root, as it would be from inside the project. Remove this
 * integration when Astro compares whole path segments there
 * (tests/portal/out-dir.test.ts then passes without it).
 */
import { registerHooks } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Whether Astro's prefix test takes `outDir` for a folder inside `cwd` although it is not. */
export function outDirMistakenForInside(cwd: string, outDir: string): boolean {
  return outDir.startsWith(cwd) && path.relative(cwd, outDir).startsWith('..');
}

/** A bare specifier: a package name (`@oslojs/encoding`, `astro/zod`), not a path, URL or `#import`. */
function isBare(specifier: string): boolean {
  return !/^(\.{0,2}\/|#|[a-z][a-z0-9+.-]*:)/i.test(specifier);
}

/** Resolve, again from `root`, the bare specifiers that modules under `prerender` fail to find. */
export function resolveFailuresFrom(prerender: string, root: string): void {
  const prerenderUrl = pathToFileURL(path.resolve(prerender) + path.sep).href;
  const rootUrl = pathToFileURL(path.resolve(root) + path.sep).href;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        const retry = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && isBare(specifier) && context.parentURL?.startsWith(prerenderUrl);
        if (!retry) throw error;
        return nextResolve(specifier, { ...context, parentURL: rootUrl });
      }
    },
  });
}

export function resolveFromProject(): AstroIntegration {
  return {
    name: 'portal-resolve-from-project',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const outDir = path.resolve(fileURLToPath(config.outDir));
        if (command !== 'build' || !outDirMistakenForInside(process.cwd(), outDir)) return;
        resolveFailuresFrom(path.join(outDir, '.prerender'), fileURLToPath(config.root));
        logger.info(`${outDir} is outside the project: its prerender chunks import the project's packages from ${process.cwd()}`);
      },
    },
  };
}
