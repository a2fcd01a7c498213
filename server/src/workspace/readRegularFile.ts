// Reads a file the user or the workspace names, for the CLI and the server:
// only a regular file (a symlink to /dev/zero or a FIFO would be read without
// end, or block), and never more than the cap: the count is kept while
// reading, since a file's size can grow between a stat and the read.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_DOCUMENT_CHARS } from '../analyze/analyzer';

/** A UTF-8 file of this many bytes holds at most this many characters: what the analyzer accepts. */
export const MAX_FILE_BYTES = MAX_DOCUMENT_CHARS;
const CHUNK = 1024 * 1024;

export type FileReadReason = 'missing' | 'not-a-file' | 'too-large' | 'unreadable';

export class FileReadError extends Error {
  constructor(
    readonly reason: FileReadReason,
    /** The system's error code (EACCES, EISDIR…) when there is one. */
    readonly code?: string,
  ) {
    super(code ? `${reason} (${code})` : reason);
  }
}

export function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES): string {
  return readRegularBytes(path, maxBytes).toString('utf8');
}

/** The bytes of a regular file, for readers of binary formats (PDF, Word). */
export function readRegularBytes(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once instead of waiting for one.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileReadError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', code);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileReadError('not-a-file', 'EISDIR');
    if (!stat.isFile()) throw new FileReadError('not-a-file');
    if (stat.size > maxBytes) throw new FileReadError('too-large');
    const chunks: Buffer[] = [];
    let total = 0;
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, CHUNK, null);
      } catch (error) {
        throw new FileReadError('unreadable', (error as NodeJS.ErrnoException).code);
      }
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw new FileReadError('too-large');
      chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
