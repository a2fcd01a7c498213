// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to machine code only when it
// is used again (regexp tier-up). The prose reader's patterns are long alternations matched case-insensitively,
// several hundred characters each: interpreted, their first matches over a short Japanese whitepaper took most of a
// cold worker's first analysis (the warm-up's first step: 730–770 ms of CPU, 240–260 ms compiled at once), and an
// open that comes during that step waits for it. Compiled at once, each pattern costs its compilation once and never
// runs interpreted (docs/benchmark.md, thirteenth session).
import { setFlagsFromString } from 'node:v8';

/** For the whole process; called by the CLI's entry before any other thread runs and before the analysis's patterns are made (the server has it on its command line, protocol/serverNodeFlags.json). */
export function compileRegExpsAtOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
