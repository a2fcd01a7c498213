// Bundles the extension client, the language server and the CLI into dist/.
// `--watch` rebuilds on change; `--production` minifies (what the .vsix ships).
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Prints errors as file:line:col so the editor's problem matcher links them. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/**
 * esbuild escapes non-ASCII characters in strings but not in regular expressions (nor in String.raw templates, which
 * hold regular expressions here); one such character makes V8 hold the whole bundle's source as two bytes per
 * character, for as long as the process runs: 9 MB instead of 4.4 for the server's main thread. `\uXXXX` means the
 * same character in a pattern, with or without the u flag; an escaped one (`\・`) loses its backslash first.
 */
function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, character) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      const file = build.initialOptions.outfile;
      if (result.errors.length > 0 || !file) return;
      const code = readFileSync(file, 'utf8');
      if (/[^\x00-\x7f]/.test(code)) writeFileSync(file, asciiOnly(code));
    });
  },
};

/**
 * The server's one-off commands (import, published files, Word, the gap report) are a bundle of their own, loaded by
 * the server when one is first asked for: PDF.js, exceljs, docx, mammoth and parse5 are three quarters of the server's
 * code, and an editor that only checks whitepapers never parses them.
 */
const serverOnDemand = {
  name: 'server-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\/publishedRequests\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/**
 * yaml's composer and parser ask the environment for their debug switches (LOG_STREAM, LOG_TOKENS) once per token: each
 * ask is a call into Node's environment (a copy of the name, getenv's scan of every variable), 10 % of an open's
 * parse of a 1 MB whitepaper (docs/benchmark.md, thirtieth session). In the bundles each switch is read once, when
 * yaml's module loads; a yaml that no longer reads them fails the build rather than paying again unnoticed.
 */
const yamlSwitchesOnce = {
  name: 'yaml-switches-once',
  setup(build) {
    build.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/](compose[\\/]composer|parse[\\/]parser)\.js$/ }, (args) => {
      const names = new Set();
      const source = readFileSync(args.path, 'utf8').replace(/\bnode_process\.env\.(LOG_[A-Z]+)\b/g, (_, name) => {
        names.add(name);
        return `yamlSwitch_${name}`;
      });
      if (names.size === 0) throw new Error(`${args.path}: no node_process.env.LOG_* read (esbuild.mjs yamlSwitchesOnce)`);
      // var: hoisted, so the appended line may sit after the functions that read it; it runs as the module loads.
      const once = [...names].map((name) => `var yamlSwitch_${name} = node_process.env.${name};`).join('\n');
      return { contents: `${source}\n${once}\n`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  // ESM dependencies (fdir, via tinyglobby) read import.meta.url, which a CJS bundle lacks.
  define: { 'process.env.WP27017_VERSION': JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  plugins: [problemMatcher, asciiOutput, yamlSwitchesOnce],
};

/** Every module of server/src that builds a pattern through wordGaps. */
function wordGapModules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return wordGapModules(path);
    return path.endsWith('.ts') && !path.endsWith('/core/wordGaps.ts') && readFileSync(path, 'utf8').includes('wordGaps(') ? [path] : [];
  });
}

/**
 * The word gaps' loops found once here, not in every thread at start (server/src/core/wordGapsBuilt.ts): a bundle of
 * every module that builds a pattern through wordGaps, built as the real ones are and made ASCII as they are (so each
 * pattern's source is the one a bundle reads), is run with a table that notes every source asked for; then each such
 * source and where its gaps may be loops go in the real bundles' table.
 */
async function gapsAtBuild() {
  const GAP = String.raw`\s{1,3}`;
  const recorder = {
    name: 'word-gaps-recorder',
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]wordGapsBuilt\.ts$/ }, () => ({
        contents: 'export const seen = new Set(); export const GAPS_AT_BUILD = { get(source) { seen.add(source); return undefined; } };',
        loader: 'js',
      }));
    },
  };
  const contents = [
    "export { loopableGaps } from './server/src/core/wordGaps';",
    "export { seen } from './server/src/core/wordGapsBuilt';",
    ...wordGapModules('server/src').map((path) => `import './${path}';`),
  ].join('\n');
  const { outputFiles } = await esbuild.build({ ...common, sourcemap: false, plugins: [recorder], stdin: { contents, resolveDir: '.', loader: 'ts' }, write: false });
  const folder = mkdtempSync(join(tmpdir(), 'wp27017-word-gaps-'));
  try {
    const file = join(folder, 'probe.cjs');
    writeFileSync(file, asciiOnly(outputFiles[0].text));
    const { seen, loopableGaps } = createRequire(import.meta.url)(file);
    return [...seen].filter((source) => source.includes(GAP)).map((source) => [source, loopableGaps(source)]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Puts the gaps found at build in the bundles; a watched build leaves the table empty, so a changed pattern is never stale. */
function wordGapLoops(table) {
  return {
    name: 'word-gap-loops',
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]wordGapsBuilt\.ts$/ }, () => ({ contents: `export const GAPS_AT_BUILD = new Map(${JSON.stringify(table)});`, loader: 'js' }));
    },
  };
}
if (!watch) common.plugins.push(wordGapLoops(await gapsAtBuild()));

/**
 * The whitepaper schema's validators compiled here, as ajv's standalone code (server/src/schema/standaloneValidators.ts),
 * and put in the bundles (server/src/schema/validatorsBuilt.ts), so no worker compiles them before its first check.
 * Generated by every build from schemas/ (never written to the tree); a watched build compiles them at run time, so a
 * changed schema is never stale.
 */
async function validatorsAtBuild() {
  const contents = [
    "export { standaloneValidators, SCHEMA_NAME } from './server/src/schema/standaloneValidators';",
    "export { WHITEPAPER } from './server/src/analyze/documentKind';",
  ].join('\n');
  const { outputFiles } = await esbuild.build({ ...common, sourcemap: false, plugins: [], stdin: { contents, resolveDir: '.', loader: 'ts' }, write: false });
  const folder = mkdtempSync(join(tmpdir(), 'wp27017-validators-'));
  try {
    const file = join(folder, 'probe.cjs');
    writeFileSync(file, outputFiles[0].text);
    const { standaloneValidators, SCHEMA_NAME, WHITEPAPER } = createRequire(import.meta.url)(file);
    const body = standaloneValidators(WHITEPAPER.schema, WHITEPAPER.splitKey);
    return [
      `const ${SCHEMA_NAME} = require('../../../schemas/whitepaper.schema.json');`,
      `const built = (() => { const exports = {};\n${body}\nreturn exports; })();`,
      `exports.VALIDATORS_AT_BUILD = { ${JSON.stringify(WHITEPAPER.schema.$id)}: built };`,
    ].join('\n');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function builtValidators(contents) {
  return {
    name: 'built-validators',
    setup(build) {
      build.onLoad({ filter: /[\\/]schema[\\/]validatorsBuilt\.ts$/ }, (args) => ({ contents, loader: 'js', resolveDir: dirname(args.path) }));
    },
  };
}
if (!watch) common.plugins.push(builtValidators(await validatorsAtBuild()));

const contexts = await Promise.all([
  esbuild.context({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.context({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [...common.plugins, serverOnDemand] }),
  esbuild.context({ ...common, entryPoints: ['server/src/lsp/publishedRequests.ts'], outfile: 'dist/publishedRequests.js' }),
  // The server's analysis workers (worker_threads) start with the loader, which runs the worker's bundle from V8's code cache.
  esbuild.context({ ...common, entryPoints: ['server/src/lsp/workerLoader.ts'], outfile: 'dist/workerLoader.js' }),
  esbuild.context({ ...common, entryPoints: ['server/src/lsp/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' }),
  esbuild.context({ ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } }),
  // Reads a PDF in a worker thread, which the CLI and the server stop at the time budget.
  esbuild.context({ ...common, entryPoints: ['server/src/read/pdfWorker.ts'], outfile: 'dist/pdfWorker.js' }),
  // The preview's webview script runs in the browser: none of the Node banner and defines above.
  esbuild.context({ ...common, platform: 'browser', format: 'iife', target: 'es2022', banner: {}, define: {}, entryPoints: ['client/webview/preview.ts'], outfile: 'dist/preview.js' }),
]);

if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  const results = await Promise.allSettled(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
}
