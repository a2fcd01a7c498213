// The worker thread that reads a PDF (bundled as dist/pdfWorker.js), so the
// thread that asked can stop it at the time budget: PDF.js never yields while
// it parses a page. It answers with the blocks, or with why it could not.
import { parentPort, workerData } from 'node:worker_threads';
import { extractPdf } from './readPdf';
import { ReadError } from './readError';

const { bytes, budgetMs } = workerData as { bytes: Uint8Array; budgetMs: number };

extractPdf(bytes, { budgetMs }).then(
  (blocks) => parentPort!.postMessage({ blocks }),
  (error: unknown) => {
    const reason = error instanceof ReadError ? error : new ReadError('corrupt', { format: 'PDF', detail: error instanceof Error ? error.message.slice(0, 160) : String(error) });
    parentPort!.postMessage({ error: { code: reason.code, data: reason.data } });
  },
);
