// A thread's heap, kept near what it holds. Every keystroke leaves garbage
// behind (the previous text, the previous report), and V8 collects the old
// generation only once it has grown well past its size at the last full
// collection: in a worker holding a 1 MB whitepaper, 10 quick keystrokes left
// 40 MB of garbage, all of it resident memory. Here a full collection runs
// between two pieces of work once the heap has grown by GROWTH_BYTES since the
// last one: about one keystroke in ten on a 1 MB whitepaper, a few ms each,
// after the answer has been sent. The server's main thread and each analysis
// worker have one each.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const GROWTH_BYTES = 16 * 1024 * 1024;

/** Node's documented way to reach V8's collector without a command-line flag (see `v8.setFlagsFromString`). */
function collector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** Call between two pieces of work; a no-op unless the heap has grown by GROWTH_BYTES since the last collection. */
export function heapTrimmer(): () => void {
  const gc = collector();
  if (!gc) return () => {};
  let base = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size - base < GROWTH_BYTES) return;
    gc();
    base = getHeapStatistics().used_heap_size;
  };
}
