// The inputs only the format readers open (PDF, Word, web pages), read before
// the analysis: reading them is asynchronous (PDF.js, mammoth) and capped in
// size and time. Each is its document, or the reason it could not be read.
import { sectionize, type ImportResult } from '../import/sectionize';
import type { ReadDocument } from '../read/block';
import { BINARY_PUBLISHED, readDocument } from '../read/readDocument';
import { ReadError } from '../read/readError';
import { expandInputs } from './expandInputs';
import { basename } from 'node:path';

export type PublishedDocuments = ReadonlyMap<string, ReadDocument | ReadError>;

export async function readPublishedInputs(inputs: readonly string[]): Promise<PublishedDocuments> {
  const read = new Map<string, ReadDocument | ReadError>();
  for (const path of expandInputs(inputs).files.filter((f) => BINARY_PUBLISHED.test(f))) read.set(path, await readOrReason(path));
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
