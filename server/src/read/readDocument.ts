// Any published whitepaper, by what its bytes are (magic numbers first, then
// the extension): PDF, Word (.docx), a web page, or plain text and Markdown.
// Capped in size and in time, so neither a huge nor a hostile file holds up a
// check; what cannot be read is a ReadError saying why.
import { statSync } from 'node:fs';
import { FileReadError, readRegularBytes } from '../workspace/readRegularFile';
import type { ReadDocument } from './block';
import { readDocx } from './readDocx';
import { PAGE_SOURCE_HEAD_BYTES, isPageSource } from './pageSource';
import { ReadError } from './readError';
import { readHtml } from './readHtml';
import { readPdf } from './readPdf';
import { readText } from './readText';
import { isMarkdownText } from './markdownText';

export interface ReadOptions {
  /** Files larger than this are refused before they are read. */
  readonly maxBytes?: number;
  /** Reading a PDF stops after this long. */
  readonly budgetMs?: number;
}

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** 20 s, or WP27017_READ_TIMEOUT seconds: a slow machine with long PDFs may need more. */
export const READ_BUDGET_MS = Number(process.env.WP27017_READ_TIMEOUT) > 0 ? Number(process.env.WP27017_READ_TIMEOUT) * 1000 : 20_000;

export type PublishedFormat = 'pdf' | 'docx' | 'html' | 'text' | 'markdown';

/** The published formats the readers take, by extension: what the CLI and "Check a Published Whitepaper" accept. */
export const PUBLISHED_EXTENSIONS = ['pdf', 'docx', 'html', 'htm', 'txt', 'md', 'markdown'] as const;
/** The formats only these readers open (the text importer reads .txt and .md already). */
export const BINARY_PUBLISHED = /\.(pdf|docx|html?)$/i;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

export function detectFormat(bytes: Uint8Array, name: string): PublishedFormat | { unsupported: string } {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return ext === 'docx' || ext === 'docm' || ext === 'dotx' ? 'docx' : { unsupported: ext ? `.${ext}` : 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { unsupported: `.${ext || 'doc'} (Word 97–2003)` };
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || isPageSource(new TextDecoder().decode(bytes.subarray(0, PAGE_SOURCE_HEAD_BYTES)))) return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text' || ext === '') return 'text';
  return { unsupported: `.${ext}` };
}

function decodeText(bytes: Uint8Array, format: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReadError('corrupt', { format, detail: 'not UTF-8 text' });
  }
}

export async function readDocumentBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const max = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  if (bytes.byteLength > max) throw tooLarge(bytes.byteLength, max);
  const format = detectFormat(bytes, name);
  if (typeof format === 'object') throw new ReadError('unsupported', { format: format.unsupported });
  switch (format) {
    case 'pdf':
      return readPdf(bytes, { budgetMs: options.budgetMs ?? READ_BUDGET_MS });
    case 'docx':
      return readDocx(bytes);
    case 'html':
      return readHtml(decodeText(bytes, 'HTML'));
    default: {
      const text = decodeText(bytes, 'text');
      return readText(text, format === 'text' && isMarkdownText(text) ? 'markdown' : format);
    }
  }
}

/** Reads a regular file from disk, refusing one over the cap while reading it. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const max = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  let bytes: Buffer;
  try {
    bytes = readRegularBytes(path, max);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    if (error.reason === 'too-large') throw tooLarge(statSync(path).size, max);
    throw new ReadError(error.reason, { code: error.code ?? '' });
  }
  return readDocumentBytes(bytes, path, options);
}

function tooLarge(size: number, max: number): ReadError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
  return new ReadError('too-large', { size: mb(size), limit: mb(max) });
}
