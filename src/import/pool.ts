/**
 * Pages extracted in worker threads (extract-worker.ts), `size` at a time;
 * with a size of 0, in this thread (small runs and tests, where starting
 * workers costs more than it saves).
 */
import { Worker } from 'node:worker_threads';
import { extractPage } from './extract.ts';
import type { Extraction, SourcePage } from './types.ts';

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<number, (extraction: Extraction) => void>();
  private next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./extract-worker.ts', import.meta.url));
      worker.on('message', ({ id, extraction }: { id: number; extraction: Extraction }) => {
        this.pending.get(id)?.(extraction);
        this.pending.delete(id);
        this.release(worker);
      });
      worker.on('error', (error) => {
        for (const [id, resolve] of this.pending) {
          resolve({ kind: 'failed', why: `lỗi luồng xử lý: ${error.message}`, links: [] });
          this.pending.delete(id);
        }
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  private release(worker: Worker) {
    this.idle.push(worker);
    this.waiting.shift()?.();
  }

  /** The extraction of `page`. Its bytes are handed to the worker, not copied. */
  async extract(page: SourcePage): Promise<Extraction> {
    if (this.workers.length === 0) return extractPage(page);
    while (this.idle.length === 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const worker = this.idle.pop()!;
    const id = this.next++;
    const bytes = page.bytes.byteOffset === 0 && page.bytes.buffer.byteLength === page.bytes.byteLength ? page.bytes : new Uint8Array(page.bytes);
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, page: { ...page, bytes } }, [bytes.buffer as ArrayBuffer]);
    });
  }

  async close() {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
