// V8's optimising compiler (TurboFan) inlines a function's callees into it by default. Here that costs more than it
// gives: the first keystrokes after an open run code the open never did (moving cached results, placing findings),
// and compiling it with its callees inlined took more CPU, on the compiler's threads, than the keystrokes themselves.
// Without inlining an open costs 5–13 % less CPU, the first twenty keystrokes a quarter less and `wp27017 check` of a
// 1 MB whitepaper 9 % less; a long run of keystrokes costs the same (docs/benchmark.md, sixth session).
import { setFlagsFromString } from 'node:v8';

/** For the whole process; called by the CLI's entry before any other thread runs (the server has it on its command line, protocol/serverNodeFlags.json). */
export function compileWithoutInlining(): void {
  setFlagsFromString('--no-turbo-inlining');
}
