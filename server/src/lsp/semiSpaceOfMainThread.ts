// The server's `--max-semi-space-size=2` (protocol/serverNodeFlags.json) caps its main thread's young generation; V8
// reads it once, when that thread's heap is made. Any V8 flag that differs from its default also makes Node refuse the
// code cache it ships for its own modules (V8 checks a cache against its flags), so a thread compiles every Node module
// it loads from source: a worker thread's start cost 280 M instructions instead of 130 M (docs/benchmark.md,
// thirty-second session). Once the main thread's heap is made the flag has done its work there: set back to its
// default, the worker threads started after it take Node's cache; their young generation is capped by their own
// `resourceLimits` (workerPool.ts), as the flag capped it before.
import { setFlagsFromString } from 'node:v8';

/** Called first thing, before any worker thread starts. */
export function semiSpaceOfMainThreadOnly(): void {
  setFlagsFromString('--max-semi-space-size=0');
}
