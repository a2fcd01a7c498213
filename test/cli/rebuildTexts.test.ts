// `npm run eval:rebuild-texts` on a new machine: texts taken from public
// repositories come back from their git snapshots only when they are the
// text that was annotated; the rest are named, never written.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'eval', 'rebuildTexts.mjs');

// As eval/texts.json records a text.
const fingerprint = (text: string) => ({ sha256: createHash('sha256').update(text, 'utf8').digest('hex'), lines: text.split(/\r?\n/).length });

const annotation = (id: string, source: object) => ({
  id,
  provider: 'Example',
  lang: 'en',
  split: 'heldout',
  source: { corpus: 'github', ...source },
  controls: ['12.3.1'],
  gaps: {},
});

test('rebuilds joined files that match their fingerprint and names the ones that do not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-rebuild-'));
  const work = join(dir, 'checkout');
  mkdirSync(work);
  const git = (...args: string[]) => execFileSync('git', ['-C', work, ...args], { encoding: 'utf8' }).trim();
  git('init', '-q');
  writeFileSync(join(work, 'security.md'), '# Security\n\nBackups run daily.\n');
  writeFileSync(join(work, 'retention.md'), '# Retention\n\nLogs are kept one year.');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'docs');
  const commit = git('rev-parse', 'HEAD');
  const mirror = join(dir, 'mirror');
  mkdirSync(join(mirror, 'example+docs'), { recursive: true });
  execFileSync('git', ['clone', '-q', '--bare', work, join(mirror, 'example+docs', 'repo')]);

  const annotations = join(dir, 'annotations');
  mkdirSync(annotations);
  const joined = '# Security\n\nBackups run daily.\n\n# Retention\n\nLogs are kept one year.\n';
  const docs = {
    'en-example-joined': annotation('en-example-joined', { repo: 'example/docs', commit, path: 'security.md + retention.md' }),
    'en-example-edited': annotation('en-example-edited', { repo: 'example/docs', commit, path: 'security.md' }),
    'en-other-absent': annotation('en-other-absent', { repo: 'other/site', commit, path: 'a.md' }),
  };
  for (const [id, a] of Object.entries(docs)) writeFileSync(join(annotations, `${id}.json`), JSON.stringify(a));
  const texts = join(dir, 'texts.json');
  writeFileSync(texts, JSON.stringify({ 'en-example-joined': fingerprint(joined), 'en-example-edited': fingerprint('# Security\n\nBackups run hourly.\n') }));

  const corpus = join(dir, 'corpus');
  const run = spawnSync(process.execPath, [SCRIPT, '--mirror', mirror, '--corpus', corpus, '--annotations', annotations, '--texts', texts], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(readFileSync(join(corpus, 'en-example-joined.txt'), 'utf8'), joined);
  assert.equal(existsSync(join(corpus, 'en-example-edited.txt')), false);
  assert.match(run.stdout, /3 GitHub-sourced texts: 0 already present, 1 written, 1 not rebuilt as annotated, 1 repositories without a snapshot/);
  assert.match(run.stdout, /not rebuilt as annotated: en-example-edited/);
  assert.match(run.stdout, /no snapshot: other\/site/);

  const repos = spawnSync(process.execPath, [SCRIPT, '--repos', '--annotations', annotations], { encoding: 'utf8' });
  assert.equal(repos.stdout, 'example/docs\nother/site\n');
});
