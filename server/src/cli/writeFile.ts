// How the CLI writes a file (a report, an HTML page, a PDF, a fixed
// whitepaper): never over one of the command's inputs, never into a file a
// symlink points at, and atomically (a temporary file in the same folder,
// then a rename), so an interrupted run leaves the old file whole.
import { accessSync, constants, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Locale, MessageData } from '../core/locale';
import { cliLine, cliText, type CliMessageId } from './cliMessages';

/** Why a write failed, as a message of cliMessages with its data. */
export class WriteError extends Error {
  constructor(
    readonly why: CliMessageId,
    readonly data: MessageData = {},
  ) {
    super(why);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

function writeErrorOf(error: unknown, folder: string): WriteError {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new WriteError('noFolder', { folder });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new WriteError('denied');
  if (code === 'EISDIR') return new WriteError('isFolder');
  return new WriteError('cannotWrite', { why: code ?? (error as Error).message });
}

/**
 * Checks that `target` may be written (not an input, not a folder, not read-only, in a folder that exists) and
 * gives a temporary path beside it; `commit` moves the temporary file into place, `abort` removes it.
 */
export function prepareWrite(target: string, inputs: readonly string[]): { temp: string; commit(): void; abort(): void } {
  const folder = dirname(resolve(target));
  const existing = statOrUndefined(target);
  if (existing) {
    if (existing.isDirectory()) throw new WriteError('isFolder');
    if (inputs.some((input) => { const stat = statOrUndefined(input); return stat !== undefined && sameFile(stat, existing); })) throw new WriteError('isInput');
    // The mode bits too: root may write anything, but a file marked read-only was marked so on purpose.
    if (existing.isFile() && ((existing.mode & 0o222) === 0 || !writable(target))) throw new WriteError('readOnly');
  }
  const folderStat = statOrUndefined(folder);
  if (!folderStat?.isDirectory()) throw new WriteError('noFolder', { folder: dirname(target) });
  const temp = join(folder, `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  const abort = () => {
    try {
      unlinkSync(temp);
    } catch {
      // Never written, or already gone.
    }
  };
  return {
    temp,
    abort,
    commit() {
      try {
        renameSync(temp, target);
      } catch (error) {
        abort();
        throw writeErrorOf(error, dirname(target));
      }
    },
  };
}

/** Writes `content` to `target` as prepareWrite allows; throws a WriteError. */
export function writeFileSafely(target: string, content: string | Uint8Array, inputs: readonly string[]): void {
  const write = prepareWrite(target, inputs);
  const mode = statOrUndefined(target)?.mode;
  try {
    writeFileSync(write.temp, content, { flag: 'wx', mode: mode === undefined ? 0o666 : mode & 0o777 });
  } catch (error) {
    write.abort();
    throw writeErrorOf(error, dirname(target));
  }
  write.commit();
}

/** The one line that says `target` was not written, and why. */
export function writeFailure(target: string, error: unknown, locale: Locale): string {
  const failure = writeErrorOf(error, dirname(target));
  const why = failure.why === 'cannotWrite' ? String(failure.data.why) : cliText(locale, failure.why, failure.data);
  return cliLine(locale, 'cannotWrite', { path: target, why });
}
