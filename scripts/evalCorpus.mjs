// `npm run eval:corpus`: how well the checker reads real whitepapers, against
// the annotations in eval/annotations. For each annotated document whose text
// is on this machine it runs a built CLI (check, coverage, import as JSON) and
// prints control recognition precision/recall/F1, per prose rule TP/FP/FN,
// import artifacts, and every error, in groups: tune, heldout, heldout2,
// heldout3, fixtures. Held-out documents (any split named heldout, heldout2,
// heldout3, ...) show aggregates only unless --show-heldout-errors.
// See eval/README.md.
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expectedControlIds, isHeldOut, isSplit, loadAnnotations, locateCorpus, SPLITS_HELP, splitsOf, textPath } from './eval/annotations.mjs';
import { compareLines } from './eval/compare.mjs';
import { PROSE_RULES, scoreDocument, summarise } from './eval/score.mjs';
import { checkTexts, loadFingerprints, recordFingerprints } from './eval/textFingerprints.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: node scripts/evalCorpus.mjs [options]   (npm run eval:corpus -- [options])

  --cli PATH              the built CLI to score (default: this repository's dist/cli.js)
  --corpus DIR            folder holding the external texts as <id>.txt
                          (default: $WP27017_EVAL_CORPUS, else ../eval-corpus or ../../eval-corpus
                          beside the repository)
  --split tune|heldout|heldout2|heldout3|heldout4|heldout5|fixtures|all   which documents (default: all; any heldoutN)
  --only ID[,ID...]       only these documents
  --json                  machine-readable output
  --show-heldout-errors   list each error on held-out documents (heldout, heldout2, heldout3, heldout4, heldout5, ...) too
                          (final reports only)
  --show-lines            print the text of the line each error points at
  --compare FILE          also print before → after against a saved --json output
  --check-texts           only check the external texts against eval/texts.json (the texts that were
                          annotated): which are absent, which differ; exits 1 when any is absent or differs
  --record-texts          record the fingerprints of the external texts found (after --split/--only) in
                          eval/texts.json: only for texts just annotated, or checked line by line
  --texts FILE            the fingerprints file (default: eval/texts.json)
  --annotations DIR       annotations folder (default: eval/annotations)
  -h, --help              this text`;

function parseArgs(argv) {
  const options = { split: 'all', json: false, showHeldoutErrors: false, showLines: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === '--cli') options.cli = value();
    else if (arg === '--corpus') options.corpus = value();
    else if (arg === '--split') options.split = value();
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--annotations') options.annotations = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--show-heldout-errors') options.showHeldoutErrors = true;
    else if (arg === '--show-lines') options.showLines = true;
    else if (arg === '--compare') options.compare = value();
    else if (arg === '--check-texts') options.checkTexts = true;
    else if (arg === '--record-texts') options.recordTexts = true;
    else if (arg === '--texts') options.texts = value();
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${arg}`);
  }
  if (options.split !== 'all' && !isSplit(options.split)) fail(`--split must be ${SPLITS_HELP} or all; found "${options.split}"`);
  return options;
}

function fail(message) {
  console.error(`evalCorpus: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const CLI_OPTIONS = {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
};
const execFileAsync = promisify(execFile);

function cliFailure(cli, args, error) {
  return new Error(`${relative(process.cwd(), cli)} ${args.join(' ')} exited ${error.code}: ${String(error.stderr).trim().split('\n')[0]}`);
}

async function runCli(cli, args) {
  try {
    return (await execFileAsync(process.execPath, [cli, ...args], CLI_OPTIONS)).stdout;
  } catch (error) {
    // Exit code 1 means findings: that is the output we came for.
    if (error.code === 1) return error.stdout;
    throw cliFailure(cli, args, error);
  }
}

/** Runs `fn` on every item, `limit` at a time, keeping the order of the results. */
async function pooled(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// A CLI started once per document and command spent most of a run starting
// Node and loading the bundle: `check` and `coverage` read many files in one
// run, so documents go in batches, and only a batch the CLI fails on is read
// again file by file (one unreadable document must not hide the others).
const BATCH = 40;

async function batchedReports(cli, command, paths, limit) {
  const byPath = new Map();
  const batches = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const read = async (batch) => {
    const report = JSON.parse(await runCli(cli, [command, ...batch, '--format', 'json', '--lang', 'en']));
    for (const file of report.files ?? []) byPath.set(resolve(file.path), file);
  };
  await pooled(batches, limit, async (batch) => {
    try {
      await read(batch);
    } catch {
      for (const path of batch) {
        try {
          await read([path]);
        } catch (error) {
          byPath.set(resolve(path), { error });
        }
      }
    }
  });
  return byPath;
}

async function evaluateDocument(cli, annotation, path, reports) {
  const text = readFileSync(path, 'utf8');
  const checked = reports.check.get(resolve(path));
  const covered = reports.coverage.get(resolve(path));
  for (const report of [checked, covered]) if (!report || report.error) throw report?.error ?? new Error(`the CLI reported nothing on ${path}`);
  let importedSections = [];
  try {
    importedSections = parse(await runCli(cli, ['import', path]))?.sections ?? [];
  } catch {
    // An import that is not YAML shows up as schema findings in `check`.
  }
  const textLines = text.split(/\r?\n/);
  const result = scoreDocument(annotation, { findings: checked.findings ?? [], coverage: covered.controls ?? [], importedSections, textLines });
  return { ...result, textLines };
}

const fmt = (x) => (x === null || x === undefined ? '  -  ' : x.toFixed(2).padStart(5));

function printGroup(name, summary, documents, { showErrors, showLines }) {
  const cut = documents.filter((d) => d.cut).length;
  console.log(`\n=== ${name}: ${documents.length} document${documents.length === 1 ? '' : 's'}${cut ? ` (${cut} cut: false positives only)` : ''}`);
  if (documents.length === 0) return;
  if (showErrors) {
    console.log('\nper document                     controls  P     R     F1   | prose TP FP FN | artifacts');
    for (const doc of documents) {
      const c = doc.controls;
      const p = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
      const r = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
      const f = p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
      const prose = Object.values(doc.rules).reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
      console.log(`  ${(doc.id + (doc.cut ? ' (cut)' : '')).padEnd(36)} ${fmt(p)} ${fmt(r)} ${fmt(f)} | ${String(prose.tp).padStart(8)} ${String(prose.fp).padStart(2)} ${String(prose.fn).padStart(2)} | ${doc.artifacts.length}`);
    }
    console.log('\nerrors (document:line rule kind: detail)');
    for (const doc of documents) {
      const errors = [...doc.controls.errors, ...Object.values(doc.rules).flatMap((r) => r.errors), ...doc.artifacts, ...doc.completeWarnings];
      for (const e of errors.sort((a, b) => a.line - b.line)) {
        const kind = e.kind === 'artifact' ? 'ARTIFACT' : e.kind;
        console.log(`  ${doc.id}:${e.line} ${e.rule === 'control' ? `control ${e.control}` : e.rule} ${kind}: ${String(e.message).replace(/\s+/g, ' ').slice(0, 140)}`);
        if (showLines && e.line > 0) console.log(`      | ${(doc.textLines[e.line - 1] ?? '').trim().slice(0, 100)}`);
      }
    }
  }
  const c = summary.controls;
  console.log(`\ncontrol recognition (micro): P ${fmt(c.precision)}  R ${fmt(c.recall)}  F1 ${fmt(c.f1)}   (TP ${c.tp}, FP ${c.fp}, FN ${c.fn})`);
  console.log('\nrule                          docs   TP   FP   FN     P     R');
  for (const rule of PROSE_RULES) {
    const r = summary.rules[rule];
    console.log(`  ${rule.padEnd(28)} ${String(r.documents).padStart(4)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)} ${fmt(r.precision)} ${fmt(r.recall)}`);
  }
  const p = summary.prose;
  console.log(`  ${'all prose rules'.padEnd(28)} ${''.padStart(4)} ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)} ${fmt(p.precision)} ${fmt(p.recall)}`);
  console.log(`\nimport artifacts: ${summary.artifacts.schemaFindings} schema findings, ${summary.artifacts.listItemSections} list items read as sections`);
  if (summary.complete.documents > 0) console.log(`warnings on complete whitepapers: ${summary.complete.warnings} on ${summary.complete.documents} (target 0)`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const cli = resolve(options.cli ?? join(ROOT, 'dist', 'cli.js'));
  const annotationsDir = resolve(options.annotations ?? join(ROOT, 'eval', 'annotations'));
  const { annotations, problems } = loadAnnotations(annotationsDir, expectedControlIds(ROOT));
  const corpus = locateCorpus(ROOT, options.corpus);
  const log = options.json ? (...a) => console.error(...a) : (...a) => console.log(...a);

  for (const problem of problems) console.error(`annotation skipped: ${problem}`);
  log(`CLI scored: ${cli}`);
  if (corpus.dir) log(`external corpus: ${corpus.dir} (from ${corpus.how})`);
  else
    log(
      `external corpus: not found; looked in ${corpus.searched.join(' and ')}.\n` +
        `  Put the texts there as <id>.txt (each annotation's "source" says where its text came from),\n` +
        `  or point at them with --corpus DIR or WP27017_EVAL_CORPUS=DIR. Scoring only the in-repo fixtures\n` +
        `  (and the three reference whitepapers when ../shared/corpus or WP27017_SHARED_CORPUS has them).`,
    );

  const selected = annotations.filter(
    (a) => (options.split === 'all' || a.split === options.split) && (!options.only || options.only.includes(a.id)),
  );
  const fingerprints = resolve(options.texts ?? join(ROOT, 'eval', 'texts.json'));
  const external = new Map(selected.filter((a) => a.split !== 'fixtures').map((a) => [a.id, a]));
  const readText = (id) => {
    const path = textPath(external.get(id), { root: ROOT, annotationsDir, corpusDir: corpus.dir });
    return path ? readFileSync(path, 'utf8') : null;
  };
  if (options.recordTexts) {
    const texts = Object.fromEntries([...external.keys()].map((id) => [id, readText(id)]).filter(([, text]) => text !== null));
    console.log(`recorded the fingerprints of ${recordFingerprints(fingerprints, texts)} texts in ${relative(process.cwd(), fingerprints)}`);
    return;
  }
  const texts = checkTexts(
    [...external.keys()],
    readText,
    loadFingerprints(fingerprints),
  );
  if (options.checkTexts) {
    console.log(`external texts: ${texts.same.length} as annotated, ${texts.differs.length} differ, ${texts.unrecorded.length} unrecorded, ${texts.absent.length} absent`);
    for (const { id, lines, recorded } of texts.differs) console.log(`  differs: ${id} (${lines} lines; the annotated text had ${recorded})`);
    for (const id of texts.unrecorded) console.log(`  unrecorded: ${id}`);
    for (const id of texts.absent) console.log(`  absent: ${id}`);
    process.exitCode = texts.differs.length > 0 || texts.absent.length > 0 ? 1 : 0;
    return;
  }
  if (texts.differs.length > 0)
    console.error(
      `warning: ${texts.differs.length} external text(s) differ from the annotated ones (${relative(process.cwd(), fingerprints)}); their line numbers may not match: ${texts.differs.map((d) => d.id).join(', ')}`,
    );
  // Without a build every document fails with the JSON parser's words; say what is missing instead.
  if (!existsSync(cli)) {
    console.error(`evalCorpus: no CLI at ${cli}: run \`npm run build\` first, or pass --cli PATH`);
    process.exit(2);
  }
  const absent = [];
  const failed = [];
  const toScore = [];
  for (const annotation of selected) {
    const path = textPath(annotation, { root: ROOT, annotationsDir, corpusDir: corpus.dir });
    if (path) toScore.push({ annotation, path });
    else absent.push(annotation.id);
  }
  const limit = availableParallelism();
  const paths = toScore.map((d) => d.path);
  const reports = { check: await batchedReports(cli, 'check', paths, limit), coverage: await batchedReports(cli, 'coverage', paths, limit) };
  const results = await pooled(toScore, limit, async ({ annotation, path }) => {
    try {
      return { document: await evaluateDocument(cli, annotation, path, reports) };
    } catch (error) {
      return { failure: { id: annotation.id, split: annotation.split, error: error.message } };
    }
  });
  const scored = results.filter((r) => r.document).map((r) => r.document);
  failed.push(...results.filter((r) => r.failure).map((r) => r.failure));
  if (absent.length > 0 && corpus.dir) log(`absent from the corpus folder (${absent.length}): ${absent.join(', ')}`);
  if (failed.length > 0) process.exitCode = 1;
  for (const { id, split, error } of failed) console.error(`NOT SCORED ${isHeldOut(split) ? `(a ${split} document)` : id}: ${isHeldOut(split) ? 'the CLI failed' : error}`);

  const groups = {};
  for (const split of splitsOf([...annotations, { split: options.split }])) {
    if (options.split !== 'all' && options.split !== split) continue;
    const documents = scored.filter((d) => d.split === split);
    groups[split] = { summary: summarise(documents), documents };
  }

  if (options.json) {
    const out = { cli, corpus: corpus.dir, corpusSearched: corpus.searched, absent, failed: failed.map((f) => (isHeldOut(f.split) ? { split: f.split } : f)), groups: {} };
    for (const [split, { summary, documents }] of Object.entries(groups)) {
      const hide = isHeldOut(split) && !options.showHeldoutErrors;
      out.groups[split] = { summary, documents: hide ? documents.map((d) => ({ id: d.id, cut: d.cut })) : documents.map(({ textLines, ...d }) => d) };
    }
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  for (const [split, { summary, documents }] of Object.entries(groups)) {
    const hide = isHeldOut(split) && !options.showHeldoutErrors;
    printGroup(hide ? `${split} (aggregate only; not for tuning)` : split, summary, documents, { showErrors: !hide, showLines: options.showLines });
  }
  if (failed.length > 0) console.log(`\n${failed.length} document(s) NOT SCORED because the CLI failed on them: the figures above leave them out.`);
  if (options.compare) {
    let before;
    try {
      before = JSON.parse(readFileSync(options.compare, 'utf8')).groups;
    } catch (error) {
      fail(`--compare ${options.compare}: not a saved --json output (${error.message})`);
    }
    console.log(`\n=== compared with ${options.compare}`);
    for (const line of compareLines(before, groups)) console.log(line);
  }
}

await main();
