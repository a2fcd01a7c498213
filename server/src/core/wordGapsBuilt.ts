// The word gaps' loops as the build found them: esbuild.mjs loads every module that builds a pattern through wordGaps,
// reads each pattern's source once, and puts where its gaps may be loops here in the bundles. Reading a thousand gaps in
// code not yet compiled cost every thread 201 M instructions at start (docs/benchmark.md, nineteenth session); a bundle
// now looks its patterns up. Empty where the sources run as they are (tests, scripts): wordGaps then reads them at load,
// and a pattern the build did not see is read so in a bundle too.
export const GAPS_AT_BUILD: ReadonlyMap<string, readonly number[]> = new Map();
