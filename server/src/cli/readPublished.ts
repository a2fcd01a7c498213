// The inputs only the format readers open (PDF, Word, web pages, and a page's
// source saved as .txt), read before the analysis: reading them is
// asynchronous (PDF.js, mammoth, parse5) and capped in size and time. Each is
// its document, or the reason it could not be read.
import { sectionize, type ImportResult } from '../import/sectionize';
import type { ReadDocument } from '../read/block';
import { BINARY_PUBLISHED, readDocument } from '../read/readDocument';
import { ReadError } from '../read/readError';
import { expandInputs } from './expandInputs';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { PAGE_SOURCE_HEAD_BYTES, isPageSource } from '../read/pageSource';

export type PublishedDocuments = ReadonlyMap<string, ReadDocument | ReadError>;

export async function readPublishedInputs(inputs: readonly string[]): Promise<PublishedDocuments> {
  const read = new Map<string, ReadDocument | ReadError>();
  for (const path of expandInputs(inputs).files.filter(readByFormat)) read.set(path, await readOrReason(path));
  return read;
}

async function readOrReason(path: string): Promise<ReadDocument | ReadError> {
  try {
    return await readDocument(path);
  } catch (error) {
    if (error instanceof ReadError) return error;
    const code = (error as NodeJS.ErrnoException).code;
    return new ReadError('corrupt', { format: path.replace(/^.*\./, '.'), detail: code ?? (error as Error).message });
  }
}

/** `wp27017 import` of a PDF, Word file or web page. */
export async function importPublished(path: string): Promise<ImportResult | ReadError> {
  const document = await readOrReason(path);
  return document instanceof ReadError ? document : sectionize(document, basename(path));
}

/** Whether a file goes to the format readers: a PDF, Word file or web page by its name, or a .txt that is a page's source. */
export function readByFormat(path: string): boolean {
  return BINARY_PUBLISHED.test(path) || (/\.(txt|text)$/i.test(path) && isPageSource(headOf(path)));
}

/** The start of a file, enough to tell what it is; nothing where it cannot be read (the reading proper says why). */
function headOf(path: string): string {
  let fd: number | undefined;
  try {
    // A FIFO or a device would block the open or never end.
    if (!statSync(path).isFile()) return '';
    fd = openSync(path, 'r');
    const bytes = Buffer.alloc(PAGE_SOURCE_HEAD_BYTES);
    return new TextDecoder().decode(bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
