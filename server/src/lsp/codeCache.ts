// V8's code cache for a bundle a thread loads at every start. Compiling the analysis worker's bundle (0.9 MB) and
// then each function it calls the first time took 130–700 ms of a worker that the editor's first document was
// waiting for; from the cache V8 takes the bytecode as it was after a warm-up. Node 20 has no
// `module.enableCompileCache`, so the bundle is compiled here with `vm.Script` and its `cachedData`.
// The cache is an optimisation only: a missing, stale, corrupt or unwritable one costs a normal compile, never an error.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/** The server's argument naming the folder of its code cache (`--code-cache=<folder>`); without it, no cache. */
const ARGUMENT = '--code-cache=';

export function codeCacheFolder(argv: readonly string[] = process.argv): string | undefined {
  const given = argv.find((argument) => argument.startsWith(ARGUMENT))?.slice(ARGUMENT.length);
  return given ? given : undefined;
}

export interface LoadedBundle {
  readonly exports: unknown;
  /** True when V8 took the bundle's code from the cache. */
  readonly fromCache: boolean;
  /** Writes the code compiled so far to the cache, unless it came from there; once. */
  save(): void;
}

/**
 * V8 checks a cache against its own version and flags, and against the source's length only: the file's name carries
 * a hash of the source, so a rebuilt bundle of the same length never takes an old cache.
 */
function cacheFile(folder: string, file: string, source: string): string {
  const hash = createHash('sha256').update(source).update(process.version).digest('hex').slice(0, 20);
  return join(folder, `${basename(file, '.js')}-${hash}.cache`);
}

function readCache(path: string | undefined): Buffer | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (another server may read it meanwhile); caches of other builds of the bundle go. */
function writeCache(path: string, data: Buffer): void {
  try {
    const folder = dirname(path);
    mkdirSync(folder, { recursive: true });
    const temporary = `${path}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, path);
    const prefix = `${basename(path).replace(/-[0-9a-f]+\.cache$/, '')}-`;
    for (const name of readdirSync(folder)) {
      if (name.startsWith(prefix) && name.endsWith('.cache') && join(folder, name) !== path) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // A read-only or full disk: the next start compiles the bundle again, as without a cache.
  }
}

/** Runs the CommonJS bundle `file` in this thread, as `require` would, its code from the cache in `folder` if any. */
export function loadBundle(file: string, folder: string | undefined): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  const path = folder ? cacheFile(folder, file, source) : undefined;
  const cachedData = readCache(path);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: { exports: unknown }, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  let saved = fromCache;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (saved || !path) return;
      saved = true;
      let data: Buffer;
      try {
        data = script.createCachedData();
      } catch {
        return;
      }
      writeCache(path, data);
    },
  };
}
