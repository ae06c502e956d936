/**
 * resvg on a thread of its own: drawing a chart's PNG and encoding it (about 40 ms each, two per chart,
 * a hundred charts and more) would otherwise hold up the build's main thread, which meanwhile renders
 * pages. One worker, started on the first PNG and let go (unref) whenever it has nothing to do, so a
 * build or `astro dev` exits as before.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/** The worker's code: renders each SVG it is sent and sends back the PNG's bytes (transferred). */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
  try {
    const png = new Uint8Array(new Resvg(svg, options).render().asPng());
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});`;

/** The worker's answer to one request. */
interface Answer {
  id: number;
  png?: Uint8Array<ArrayBuffer>;
  error?: string;
}

/**
 * Requests sent to the worker at once. resvg's memory of a render is given back only once the worker's
 * thread is between messages: a hundred charts' images posted together held about 2 GB until the last
 * was drawn (a few hundred MB one after the other), so the rest wait here as text.
 */
const IN_FLIGHT = 1;

let worker: Worker | undefined;
let next = 0;
let posted = 0;
const queued: { id: number; svg: string; options: ResvgRenderOptions }[] = [];
const waiting = new Map<
  number,
  { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }
>();

/** The worker, started on first use. */
function started(): Worker {
  if (worker) return worker;
  const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
  const created = new Worker(SOURCE, { eval: true, workerData: { resvg } });
  created.on('message', ({ id, png, error }: Answer) => {
    const request = waiting.get(id);
    waiting.delete(id);
    posted--;
    postQueued(created);
    if (waiting.size === 0) created.unref();
    if (png) request?.resolve(png);
    else request?.reject(new Error(`resvg: ${error ?? 'no image'}`));
  });
  // A worker that fails or stops fails what it was drawing (never a build waiting for ever); the next
  // PNG starts a new one.
  const stop = (error: Error) => {
    for (const request of waiting.values()) request.reject(error);
    waiting.clear();
    queued.length = 0;
    posted = 0;
    if (worker === created) worker = undefined;
  };
  created.on('error', stop);
  created.on('exit', (code) => stop(new Error(`resvg: the PNG worker stopped (exit ${code})`)));
  worker = created;
  return created;
}

/** Sends the worker the next queued requests while fewer than IN_FLIGHT are being drawn. */
function postQueued(thread: Worker): void {
  while (posted < IN_FLIGHT) {
    const request = queued.shift();
    if (!request) return;
    posted++;
    thread.postMessage(request);
  }
}

/** The PNG of `svg` rendered with `options`, drawn on the worker's thread in the order asked. */
export function renderPng(svg: string, options: ResvgRenderOptions): Promise<Uint8Array<ArrayBuffer>> {
  const thread = started();
  const id = next++;
  thread.ref();
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    queued.push({ id, svg, options });
    postQueued(thread);
  });
}
