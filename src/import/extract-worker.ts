/**
 * A worker thread of the import (pool.ts): extracts the pages it is sent
 * (extract.ts) and sends back what it found. Parsing and Readability take
 * most of an import's time; two workers use both cores of a small machine.
 */
import { parentPort } from 'node:worker_threads';
import { extractPage } from './extract.ts';
import type { Extraction, SourcePage } from './types.ts';

parentPort!.on('message', ({ id, page }: { id: number; page: SourcePage }) => {
  let extraction: Extraction;
  try {
    extraction = extractPage(page);
  } catch (error) {
    extraction = { kind: 'failed', why: `lỗi khi đọc trang: ${(error as Error).message}`, links: [] };
  }
  parentPort!.postMessage({ id, extraction });
});
