/**
 * `npm run dev` serves the files published from the content folder (the
 * emblem, attachments, document files: src/pages/tep/[...file].ts) at the
 * addresses a build gives them. With `trailingSlash: 'always'`, Astro's dev
 * server only matches that route at `/tep/…/name.pdf/`; the pages ask for
 * `/tep/…/name.pdf`, and a built site answers there. The request is passed
 * on with the slash the dev server expects; builds are not concerned.
 */
import type { AstroIntegration } from 'astro';

/** `/tep/media/bieu-trung.svg` → `/tep/media/bieu-trung.svg/`; other addresses unchanged. */
export function devFileUrl(url: string): string {
  const [pathname = '', query] = url.split(/(?=\?)/);
  return /^\/tep\/.+\.[A-Za-z0-9]+$/.test(pathname) ? `${pathname}/${query ?? ''}` : url;
}

export function devFiles(): AstroIntegration {
  return {
    name: 'portal-dev-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, _res, next) => {
          if (req.url) req.url = devFileUrl(req.url);
          next();
        });
      },
    },
  };
}
