/**
 * A test file's chromium: a folder served on loopback and a browser, started
 * before its tests and closed after them. Apart from browser.ts, which
 * scripts (the benches) import outside vitest.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

/** A folder served on loopback and a chromium, for the tests of the enclosing file or `describe`. */
export interface Chromium {
  readonly browser: Browser;
  /** The server's origin, `http://127.0.0.1:<port>`. */
  readonly url: string;
}

/**
 * Serves `root` and launches chromium before the tests of the enclosing file or `describe`; closes both after them.
 * `root` may be a function, for a folder that a `beforeAll` makes.
 */
export function servedInChromium(root: string | (() => string)): Chromium {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(typeof root === 'function' ? root() : root);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('chromium is not started: use servedInChromium() at the top of a file or describe');
    return value;
  };
  return {
    get browser() {
      return ready(browser);
    },
    get url() {
      return ready(server).url;
    },
  };
}
