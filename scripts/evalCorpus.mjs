// Runs the checker over the reference corpus of published whitepapers
// (../shared/corpus/*.txt, read at run time, never copied) and prints, per
// document, the sections and controls the importer recognised and every
// finding. The output is for a person to judge against the documents.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'corpus'));
const CLI = join(ROOT, 'dist', 'cli.js');
const lang = process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : 'ja';

if (!existsSync(CORPUS)) {
  console.log(`No corpus at ${CORPUS}: nothing to evaluate. It looks for published whitepapers (*.txt) in ../shared/corpus beside this repository; name another folder with: npm run eval:corpus -- <folder>`);
  process.exit(0);
}

const run = (args) => {
  try {
    return execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // Exit code 1 means findings, which is what we are here to read.
    if (error.status === 1) return error.stdout;
    throw error;
  }
};

function printSections(sections, depth = 0) {
  for (const section of sections ?? []) {
    const controls = section.controls?.length ? `  [${section.controls.join(', ')}]` : '';
    console.log(`${'  '.repeat(depth + 1)}${section.title}${controls}`);
    printSections(section.sections, depth + 1);
  }
}

const files = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort();
const totals = new Map();
for (const file of files) {
  const path = join(CORPUS, file);
  console.log(`\n=== ${file}`);
  const imported = parse(run(['import', path]));
  console.log(`title: ${imported.title}   lang: ${imported.lang}   provider (guessed): ${imported.service?.provider}`);
  console.log('sections and controls recognised:');
  printSections(imported.sections);
  const report = JSON.parse(run(['check', path, '--format', 'json', '--lang', lang]));
  const findings = report.files[0]?.findings ?? [];
  console.log(`findings (${findings.length}):`);
  for (const f of findings) {
    console.log(`  ${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
    totals.set(f.ruleId, (totals.get(f.ruleId) ?? 0) + 1);
  }
}
console.log(`\n=== per rule, over ${files.length} documents`);
for (const [rule, count] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`  ${rule}: ${count}`);
