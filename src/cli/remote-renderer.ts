import type { MessagePort } from 'node:worker_threads';
import type { Figure, FigureRenderer, RenderedImage, RenderOptions } from '../charts';

/**
 * Worker threads share the main thread's one browser: a worker's chart export sends each figure
 * over a `MessagePort` and the main thread renders it (`serveRenderer`) and answers with the
 * images. Messages: `{ id, open: true }` → `{ id, available }`; `{ id, figure, opts }` →
 * `{ id, images }` or `{ id, error }`.
 */
type Request =
  | { readonly id: number; readonly open: true }
  | { readonly id: number; readonly figure: Figure; readonly opts: RenderOptions };
type Reply = {
  readonly id: number;
  readonly available?: boolean;
  readonly images?: Partial<RenderedImage>;
  readonly error?: string;
};

/** Answer a worker's requests on `port` with the renderer `get` opens (lazily, once per run). */
export function serveRenderer(port: MessagePort, get: () => Promise<FigureRenderer | null>): void {
  port.on('message', (request: Request) => {
    void (async () => {
      let reply: Reply;
      try {
        const renderer = await get();
        if ('open' in request) reply = { id: request.id, available: renderer !== null };
        else if (renderer === null) reply = { id: request.id, error: 'no chart renderer' };
        else reply = { id: request.id, images: await renderer.render(request.figure, request.opts) };
      } catch (err) {
        reply = { id: request.id, error: (err as Error).message.split('\n')[0]! };
      }
      port.postMessage(reply);
    })();
  });
}

/** The worker's side: a renderer getter (as `writeDocument` takes it) that asks the main thread. */
export function remoteRenderer(port: MessagePort): () => Promise<FigureRenderer | null> {
  let next = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  port.on('message', (reply: Reply) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const ask = (request: Omit<Request, 'id'>): Promise<Reply> =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      port.postMessage({ ...request, id });
    });
  const proxy: FigureRenderer = {
    async render(figure, opts = {}) {
      const reply = await ask({ figure, opts });
      if (reply.error !== undefined) throw new Error(reply.error);
      const images = reply.images ?? {};
      // a Buffer arrives as a plain Uint8Array
      return {
        ...(images.png ? { png: Buffer.from(images.png.buffer, images.png.byteOffset, images.png.byteLength) } : {}),
        ...(images.svg !== undefined ? { svg: images.svg } : {}),
      };
    },
  };
  let opened: Promise<FigureRenderer | null> | null = null;
  return () => (opened ??= ask({ open: true }).then((reply) => (reply.available ? proxy : null)));
}
