// PDF.js loaded once, on first use, for text extraction in Node: the legacy
// build with its worker in this thread (no worker file to ship beside the
// bundle). Its display layer wants DOMMatrix, ImageData and Path2D at load
// time; text extraction never draws, so inert stand-ins do, and its warnings
// about the missing canvas package stay out of the user's terminal.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });

let loaded: Promise<PdfJs> | undefined;

class Inert {}

export function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) g[name] ??= Inert;
    const log = console.log;
    console.log = () => undefined;
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      g.pdfjsWorker = worker;
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      lib.GlobalWorkerOptions.workerSrc = 'inline';
      return lib;
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}
