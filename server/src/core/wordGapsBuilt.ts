// The word gaps' loops as the build made them: esbuild.mjs loads every module that builds a pattern through wordGaps,
// rewrites each pattern's source once, and puts the pairs here in the bundles. Reading a thousand gaps in code not yet
// compiled cost every thread 121 M instructions at start (docs/benchmark.md, eighteenth session); a bundle now looks
// its patterns up. Empty where the sources run as they are (tests, scripts): wordGaps then rewrites at load, and a
// pattern the build did not see is rewritten so in a bundle too.
export const LOOPED_AT_BUILD: ReadonlyMap<string, string> = new Map();
