// `node scripts/eval/rebuildTexts.mjs`: on a new machine, rebuilds the external
// texts whose annotation names a GitHub source (repo, commit, path) from git
// snapshots already on disk, and keeps each one only when it matches the
// fingerprint recorded in eval/texts.json. A text joined from several files or
// taken out of a PDF is rebuilt by trying the joins and extractions the
// annotations' `assembled`/`extracted` notes describe; the fingerprint, not
// the note, decides. Texts from the search tool's pages corpus are not
// rebuilt: that tool asks that its excerpts never be copied verbatim.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedControlIds, loadAnnotations } from './annotations.mjs';
import { fingerprint, loadFingerprints } from './textFingerprints.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const USAGE = `Usage: node scripts/eval/rebuildTexts.mjs [--mirror DIR] [--corpus DIR] [--repos]

  --mirror DIR   where the snapshots are, one per repository as DIR/<owner>+<name>/repo
                 (a bare git directory or a checkout's .git; default /work/.mirror)
  --corpus DIR   the external folder to write <id>.txt into (default ../eval-corpus)
  --annotations DIR   annotations folder (default: eval/annotations)
  --texts FILE   the fingerprints file (default: eval/texts.json)
  --repos        only list the repositories the GitHub-sourced annotations need, one per line
                 (fetch them, then run again without --repos)`;

function parseArgs(argv) {
  const options = {
    mirror: '/work/.mirror',
    corpus: resolve(ROOT, '..', 'eval-corpus'),
    annotations: join(ROOT, 'eval', 'annotations'),
    texts: join(ROOT, 'eval', 'texts.json'),
    repos: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--mirror' && argv[i + 1]) options.mirror = resolve(argv[++i]);
    else if (arg === '--corpus' && argv[i + 1]) options.corpus = resolve(argv[++i]);
    else if (arg === '--annotations' && argv[i + 1]) options.annotations = resolve(argv[++i]);
    else if (arg === '--texts' && argv[i + 1]) options.texts = resolve(argv[++i]);
    else if (arg === '--repos') options.repos = true;
    else {
      process.stderr.write(`${arg === '-h' || arg === '--help' ? '' : `unknown option ${arg}\n`}${USAGE}\n`);
      process.exit(arg === '-h' || arg === '--help' ? 0 : 2);
    }
  }
  return options;
}

function gitDir(mirror, repo) {
  const base = join(mirror, repo.replace('/', '+'), 'repo');
  if (existsSync(join(base, '.git'))) return join(base, '.git');
  return existsSync(base) ? base : null;
}

function show(git, commit, path) {
  try {
    return execFileSync('git', ['--git-dir', git, 'show', `${commit}:${path}`], { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

// The joins earlier sessions used: one blank line between files, or after
// each; a file without a final newline may or may not have been given one.
function joins(parts) {
  const texts = parts.map((p) => p.toString('utf8'));
  const ended = texts.map((t) => (t.endsWith('\n') ? t : `${t}\n`));
  const out = [];
  for (const list of [texts, ended]) {
    for (const sep of ['\n', '', '\n\n']) {
      const joined = list.join(sep);
      out.push(joined, `${joined}\n`, `${joined.replace(/\n+$/, '')}\n`);
    }
  }
  return out;
}

async function pdfTexts(bytes) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => `${item.str ?? ''}${item.hasEOL ? '\n' : ''}`).join(''));
  }
  return [pages.join(''), pages.join('\n')];
}

const options = parseArgs(process.argv.slice(2));
const { annotations } = loadAnnotations(options.annotations, expectedControlIds(ROOT));
const sourced = annotations.filter((a) => a.split !== 'fixtures' && a.source?.repo && a.source?.commit && a.source?.path);
if (options.repos) {
  process.stdout.write(`${[...new Set(sourced.map((a) => a.source.repo))].sort().join('\n')}\n`);
  process.exit(0);
}
const recorded = loadFingerprints(options.texts);
mkdirSync(options.corpus, { recursive: true });
const tally = { present: 0, written: 0, noSnapshot: new Set(), differs: [] };
for (const annotation of sourced) {
  const target = join(options.corpus, `${annotation.id}.txt`);
  if (existsSync(target)) {
    tally.present += 1;
    continue;
  }
  const git = gitDir(options.mirror, annotation.source.repo);
  if (!git) {
    tally.noSnapshot.add(annotation.source.repo);
    continue;
  }
  const paths = annotation.source.path.split(' + ').map((p) => p.trim().replace(/^"|"$/g, ''));
  const commits = annotation.source.commit.split(' + ');
  const parts = paths.map((p, i) => show(git, commits[i] ?? commits[0], p));
  let candidates = [];
  if (parts.every(Boolean)) {
    candidates = /\.pdf$/i.test(paths[0]) ? await pdfTexts(parts[0]).catch(() => []) : joins(parts);
  }
  const want = recorded[annotation.id]?.sha256;
  const match = candidates.find((text) => fingerprint(text).sha256 === want);
  if (match !== undefined) {
    writeFileSync(target, match);
    tally.written += 1;
  } else tally.differs.push(annotation.id);
}
process.stdout.write(
  `${sourced.length} GitHub-sourced texts: ${tally.present} already present, ${tally.written} written, ` +
    `${tally.differs.length} not rebuilt as annotated, ${tally.noSnapshot.size} repositories without a snapshot under ${options.mirror}\n`,
);
if (tally.differs.length) process.stdout.write(`not rebuilt as annotated: ${tally.differs.join(' ')}\n`);
if (tally.noSnapshot.size) process.stdout.write(`no snapshot: ${[...tally.noSnapshot].sort().join(' ')}\n`);
