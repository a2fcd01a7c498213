// `wp27017 import` and `check` on published texts laid out as real ones are:
// contents blocks (leaders and page numbers, none, two columns), tables flattened
// by PDF and HTML extraction, kana lists, Markdown under a "#" title. What the
// user sees: one section per heading of the text, nested as the text nests them,
// and no finding on a line that is no heading.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { wp27017 } from '../helpers/cli';

const FIXTURES = join(__dirname, '..', '..', 'eval', 'fixtures');

interface Section {
  title: string;
  sections?: Section[];
}
const outline = (sections: Section[] = [], depth = 0): string[] => sections.flatMap((s) => [`${'  '.repeat(depth)}${s.title}`, ...outline(s.sections, depth + 1)]);
const imported = (name: string) => {
  const { code, stdout, stderr } = wp27017(['import', name], FIXTURES);
  assert.equal(code, 0, stderr);
  return outline(parse(stdout).sections);
};

test('import: a contents block with leaders makes no section, and an opening "はじめに" is imported once; a kana list stays in its section', () => {
  assert.deepEqual(imported('fx-ja-contents-leaders.txt'), ['はじめに', '1. サービスの概要', '2. 責任の分担', '3. データの保管場所', '4. バックアップ', '5. ログの取得と保管', '6. 契約終了時のデータの扱い', '7. 障害・インシデントへの対応']);
  assert.deepEqual(imported('fx-ja-contents-nopages.txt'), ['1. はじめに', '2. 管理体制', '3. 保管場所', '4. 削除', '5. 通知']);
  assert.deepEqual(imported('fx-en-contents-twocol.txt'), ['1 Introduction', '2 Responsibilities', '3 Data location', '4 Backup', '5 Logging', '6 Data deletion', '7 Incident response', '8 Governing law']);
});

test('import: Markdown sections nest under the "#" title as the text nests them; a table flattened one cell a line opens no section', () => {
  assert.deepEqual(imported('fx-en-html-table.md'), ['About this document', 'Shared responsibility', '  Access for our staff', 'Where your data lives', 'Retention', 'Leaving Meadow', 'Security incidents']);
});

test('check: a table flattened by a PDF (its header row, its rows) is body text, with no finding of its own', () => {
  assert.deepEqual(imported('fx-en-pdf-table.txt'), ['Introduction', 'Our responsibilities and yours', 'Backups', 'Logs', 'Closing an account', 'Incidents']);
  const { stdout } = wp27017(['check', 'fx-en-pdf-table.txt', '--format', 'json', '--lang', 'en'], FIXTURES);
  const findings: { ruleId: string; line: number }[] = JSON.parse(stdout).files[0].findings;
  assert.deepEqual(findings.filter((f) => [10, 11, 12, 15, 16, 17].includes(f.line) || /key|schema|yaml|empty/.test(f.ruleId)), []);
});

test('import: a web page saved with two blank lines between every block keeps its headings; its contents, definitions, ● measures, steps and questions open no section', () => {
  const sectionsOf = ['Shared responsibilities', 'Where your data is stored', 'Backups', 'Logs', 'Incident notice', 'Changes to the service', 'Deleting your data', 'Governing law', 'Questions you may have'];
  assert.deepEqual(imported('fx-en-html-spaced.txt'), ['Introduction', 'Definitions', ...sectionsOf]);
  assert.deepEqual(imported('fx-ja-html-spaced.txt'), ['はじめに', '用語の定義', '責任の分担', 'データの保管場所', 'バックアップ', 'ログの取得', '障害・事故の通知', 'サービスの変更', '契約終了時のデータ', '準拠法', 'よくある質問']);
});

test('check: a title set straight under the last line of the paragraph before it is still a section, and its controls are answered', () => {
  assert.deepEqual(imported('fx-en-mixed-lines.txt'), ['Introduction', 'Terms we use', 'Who does what', 'Where form data lives', 'Backups', 'Logs and clocks', 'Security incidents', 'Changes to the service', 'Leaving Quillstone Forms', 'Governing law', 'Questions to ask us']);
  const { stdout } = wp27017(['coverage', 'fx-en-mixed-lines.txt', '--format', 'json'], FIXTURES);
  const controls: { id: string; status: string }[] = JSON.parse(stdout).files[0].controls;
  for (const id of ['6.1.3', '12.3.1', '12.1.2', '18.1.1']) assert.equal(controls.find((c) => c.id === id)?.status, 'covered', `${id} is answered`);
});

const covered = (name: string, cwd = FIXTURES) => {
  const { code, stdout, stderr } = wp27017(['coverage', name, '--format', 'json'], cwd);
  assert.equal(code, 0, stderr);
  const controls: { id: string; status: string }[] = JSON.parse(stdout).files[0].controls;
  return controls.filter((c) => c.status === 'covered').map((c) => c.id);
};

test('coverage: a list of the provider\'s measures answers a control per item; the same list given to the customer answers nothing', () => {
  const annex = covered('fx-en-toms-annex-bullets.txt');
  for (const id of ['12.3.1', '12.6.1', '12.4.1', '9.2.3', '7.2.2']) assert.ok(annex.includes(id), `${id} is answered by its bullet`);
  const ichiran = covered('fx-ja-taisaku-ichiran.txt');
  for (const id of ['12.3.1', '12.6.1', '12.4.1', '7.2.2']) assert.ok(ichiran.includes(id), `${id} は箇条の項目で答えられている`);
  const statement = covered('fx-en-short-statement-bullets.txt');
  for (const id of ['12.3.1', '12.6.1']) assert.ok(statement.includes(id), `${id} is answered in a heading-less statement's bullets`);
  const dir = mkdtempSync(join(tmpdir(), 'wp-measures-'));
  const page = (heading: string) => `Oakridge Notes: how notebooks are kept\n\nOakridge Notes is a shared notebook service for small teams.\n\n${heading}\n- Production passwords of our engineers are issued by our identity team and reset every 90 days.\n- New releases are shipped twice a week.\n\nContact\nWrite to help@oakridge.example.\n`;
  writeFileSync(join(dir, 'ours.txt'), page('Our security measures'));
  writeFileSync(join(dir, 'yours.txt'), page('Your own security measures'));
  assert.deepEqual([covered('ours.txt', dir), covered('yours.txt', dir)], [['9.2.4'], []]);
});

test('coverage: terms read by the rulings: registration with removal, passwords issued and reset, a copyright complaints desk, a suspension article; the article changing the terms says why nothing', () => {
  for (const name of ['fx-ja-terms-ruled-articles.txt', 'fx-en-terms-ruled-articles.txt']) assert.deepEqual(covered(name).sort(), ['12.1.2', '18.1.2', '9.2.1', '9.2.4'], name);
  const { stdout } = wp27017(['import', 'fx-ja-terms-ruled-articles.txt'], FIXTURES);
  assert.match(stdout, /# 9\.2\.1 body words: 申請, 承認, 抹消/);
  assert.match(stdout, /# 12\.1\.2 heading words: サービスの提供の停止/);
  const terms = (parse(stdout).sections as { title: string; controls?: string[] }[]).find((s) => s.title.includes('規約の変更'));
  assert.equal(terms?.controls, undefined, 'the terms changed touch 12.1.2 only in passing');
});

test('import: a help centre\'s furniture after its article (feedback buttons, related links, comment count) opens no section', () => {
  assert.deepEqual(imported('fx-en-help-furniture-links.txt'), ['Introduction', 'Getting an old version back']);
  assert.deepEqual(imported('fx-ja-help-furniture-links.txt'), ['はじめに', '過去の状態に戻したいとき']);
});

test('coverage: a flat list that mixes duties answers only the provider\'s items; the stages of an incident report answer incident handling; a records heading answers logging', () => {
  assert.deepEqual(covered('fx-en-measures-mixed-duties.txt').sort(), ['12.3.1', '12.6.1']);
  assert.deepEqual(covered('fx-ja-measures-mixed-duties.txt').sort(), ['12.3.1', '12.6.1']);
  assert.deepEqual(covered('fx-en-incident-report-stages.txt').sort(), ['16.1.1', '16.1.2']);
  assert.deepEqual(covered('fx-ja-incident-report-stages.txt').sort(), ['16.1.1', '16.1.2']);
  assert.ok(covered('fx-ja-log-access-recorded.txt').includes('12.4.1'), '操作の記録 は記録の取得に答える');
});

test('coverage: a log page\'s event categories name what is logged, not access control; role-based access in a DPA\'s annex restricts access, it provisions none', () => {
  assert.deepEqual(covered('fx-en-audit-log-coverage.txt'), ['12.4.1']);
  assert.deepEqual(covered('fx-en-activity-events-table.txt'), ['12.4.1']);
  assert.deepEqual(covered('fx-ja-login-history-help.txt'), ['12.4.1']);
  const annex = covered('fx-en-dpa-annex-bullets.txt');
  assert.ok(annex.includes('9.4.1') && annex.includes('12.4.1'), 'least privilege restricts access; access that is logged is a log');
  assert.ok(!annex.includes('9.2.2') && !annex.includes('9.2.1'), 'no item registers, grants or removes access');
});

test("import: a revision notice's list of changed articles makes no sections; a card page's count lines head nothing and a firewall card answers network security", () => {
  assert.deepEqual(imported('fx-ja-terms-revision-notice.txt'), ['はじめに']);
  assert.ok(!imported('fx-en-trust-control-cards.txt').some((title) => /Controls$/.test(title)));
  const cards = covered('fx-en-trust-control-cards.txt');
  assert.ok(cards.includes('13.1.3') && !cards.includes('9.1.2'), 'firewall rules and open ports are network security');
});

test("coverage: a narrow page's title, its summary line and a party's defined name answer nothing; an account that lapses or a plan that shrinks answers what becomes of the data", () => {
  for (const name of ['fx-en-summary-title-cut.txt', 'fx-ja-summary-title-cut.txt']) assert.ok(!covered(name).some((id) => id.startsWith('16.1.')), `${name}: the summary announces incidents, no section answers them`);
  for (const name of ['fx-en-dpa-party-names.txt', 'fx-ja-dpa-party-names.txt']) assert.ok(!covered(name).includes('15.1.1'), `${name}: the provider is a party named so, not a supplier topic`);
  assert.ok(!covered('fx-ja-notice-expired-data.txt').includes('CLD.8.1.5'), 'records past their retention period are a schedule');
  for (const name of ['fx-en-faq-lapsed-account.txt', 'fx-ja-faq-lapsed-account.txt', 'fx-en-help-downgrade-slugs.txt', 'fx-ja-help-downgrade-slugs.txt']) assert.ok(covered(name).includes('CLD.8.1.5'), name);
  assert.ok(!covered('fx-ja-help-downgrade-slugs.txt').includes('12.1.3'), "a plan's storage quota is no capacity management");
  assert.deepEqual(imported('fx-ja-help-downgrade-slugs.txt'), ['はじめに', '保存容量の上限', 'ご利用機能の制限'], 'image slugs head nothing');
});

test("import: a numbered term or step whose text hangs under it, and Markdown's steps all numbered \"1.\", open no section; hashes glued to a heading's words head one", () => {
  assert.deepEqual(imported('fx-ja-terms-hanging-definitions.txt'), ['はじめに', '第1条(用語)', '第2条(契約終了後の帳簿データ)']);
  assert.deepEqual(imported('fx-en-help-steps-all-ones.txt'), ['Introduction']);
  assert.deepEqual(imported('fx-en-glued-hash-headings.txt'), ['Introduction', 'Encryption', 'Staff training', 'Audit trail', 'Backups']);
});
