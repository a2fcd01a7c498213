// control-missing is data-driven (44 controls), so it is tested on whole
// findings lists rather than with caret annotations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { expectedControls } from '../../../server/src/catalog';
import { computeCoverage } from '../../../server/src/coverage/coverage';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../../../server/src/config/config';
import { findingMessage } from '../../../server/src/core/messages';
import { VALID } from '../../fixtures/minimal';

function missing(text: string, config: WorkspaceConfig = DEFAULT_CONFIG) {
  return createAnalyzer(WHITEPAPER)
    .analyze(text, config)
    .findings.filter((f) => f.ruleId === 'control-missing');
}

const idOf = (f: { data: Record<string, unknown> }) => String(f.data.id).split(' ')[0];

test('every expected control that no section answers is reported once, weighted by the SaaS profile', () => {
  const findings = missing(VALID);
  assert.equal(findings.length, 43);
  assert.ok(!findings.some((f) => idOf(f) === '12.3.1'));
  const byId = new Map(findings.map((f) => [idOf(f), f]));
  assert.equal(byId.get('CLD.8.1.5')!.severity, 'error');
  assert.equal(byId.get('CLD.9.5.2')!.severity, 'info', 'no virtual machines in a SaaS');
  const message = findingMessage(byId.get('12.4.4')!, 'control-missing', 'en');
  assert.equal(message, '12.4.4 (2022: 8.17) Clock synchronisation is not answered: no section lists it and it is not in not_applicable.');
  assert.match(findingMessage(byId.get('12.4.4')!, 'control-missing', 'ja'), /^12\.4\.4 \(2022: 8\.17\)「クロックの同期」への記載がありません/);
});

test('a gap sits on the sections key, never on a section that is right as it is', () => {
  const findings = missing(VALID);
  assert.ok(findings.length > 1);
  for (const finding of findings) assert.equal(VALID.slice(finding.start, finding.end), 'sections', idOf(finding));
});

test('coverage points to where the section would be written, as an empty span', () => {
  const rows = computeCoverage(createAnalyzer(WHITEPAPER).analyze(VALID).model, DEFAULT_CONFIG).rows;
  const gap = (id: string) => rows.find((r) => r.id === id)!.gapAt!;
  const clock = gap('12.4.4');
  const backupEnd = VALID.indexOf('7 generations.') + '7 generations.'.length;
  assert.deepEqual(clock, { start: backupEnd, end: backupEnd }, 'after the Backup section, the nearest lower control of clause 12');
});

test('the profile follows service.model, and .wp27017.yaml can override it', () => {
  const iaas = VALID.replace('model: SaaS', 'model: IaaS');
  const tenantSeparation = (findings: ReturnType<typeof missing>) => findings.find((f) => idOf(f) === 'CLD.9.5.1')!.severity;
  assert.equal(tenantSeparation(missing(VALID)), 'warning');
  assert.equal(tenantSeparation(missing(iaas)), 'error');
  assert.equal(tenantSeparation(missing(iaas, { ...DEFAULT_CONFIG, profile: 'SaaS' })), 'warning');
});

test('not applicable and dropped controls are not gaps; added controls are', () => {
  const text = `${VALID}not_applicable:\n  CLD.9.5.2: No virtual machines are offered to customers.\n`;
  const config: WorkspaceConfig = { ...DEFAULT_CONFIG, controls: { add: ['18.1.4'], drop: { '7.2.2': 'covered by the group policy' } } };
  const ids = missing(text, config).map(idOf);
  assert.ok(!ids.includes('CLD.9.5.2'));
  assert.ok(!ids.includes('7.2.2'));
  assert.ok(ids.includes('18.1.4'));
  assert.equal(ids.length, 43 - 2 + 1);
});

test('in 2022 numbering a section answers the 2013 controls it replaces', () => {
  const text = VALID.replace('whitepaper: 1\n', 'whitepaper: 1\nnumbering: "2022"\n').replace('[12.3.1]', '["8.15"]');
  const ids = missing(text).map(idOf);
  assert.ok(ids.includes('8.13'), 'backup is now missing, named by its 2022 id');
  assert.ok(!ids.includes('8.15'), '8.15 answers both 12.4.1 and 12.4.3');
  assert.equal(ids.length, 44 - 2);
});

test('all 44 controls are answered in the complete examples', () => {
  assert.equal(expectedControls().length, 44);
});

test('a file with no sections gets no coverage noise', () => {
  assert.deepEqual(missing('whitepaper: 1\nlang: en\n'), []);
});

test('the fixes are worked out when first read, for the text as analysed, and the same on every reading', () => {
  const [finding] = missing(VALID);
  const descriptor = Object.getOwnPropertyDescriptor(finding, 'fixes')!;
  assert.ok(descriptor.get, 'not made on every analysis');
  const fixes = finding.fixes!;
  assert.deepEqual(fixes.map((f) => f.messageId), ['addSection', 'declareNotApplicable']);
  assert.equal(finding.fixes, fixes);
  const [edit] = fixes[0].edits;
  const fixed = VALID.slice(0, edit.start) + edit.text + VALID.slice(edit.end);
  assert.ok(!missing(fixed).some((f) => idOf(f) === idOf(finding)), `${idOf(finding)} is answered once its section is added`);
});
