// A section that still holds only its prompt answers nothing: `wp27017 coverage`
// counts it as "to write", not as answered (the New Whitepaper skeleton reads 0/44, not 44/44).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { HEADER_EN } from '../fixtures/minimal';
import { wp27017 } from '../helpers/cli';

const PAPER = `${HEADER_EN}sections:
  - title: Information backup
    controls: [12.3.1]
    body: |
      [TODO] Disclose:
      - How often backups run
      - How long they are kept
  - title: Event logging
    controls: [12.4.1]
    body: |
      [TODO] Disclose: which events are logged
      Logs are kept for 1 year.
  - title: Removal of customer data
    controls: [CLD.8.1.5]
    body: ［要記入］ 記載すべき事項: 削除の時期
`;

describe('coverage of a draft', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp27017-towrite-'));
  writeFileSync(join(dir, 'draft.wp.yaml'), PAPER);

  test('a prompt-only section is "to write" and not counted as answered; one real line is enough to count', () => {
    const { code, stdout } = wp27017(['coverage', 'draft.wp.yaml'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /^draft\.wp\.yaml: 1\/44 answered, 2 to write \(SaaS profile, 2013 numbering\)$/m);
    assert.match(stdout, /^  12\.3\.1 +8\.13 +Information backup +to write \(error\) +Information backup \(line 7\)$/m);
    assert.match(stdout, /^  12\.4\.1 +8\.15 +Event logging +covered +Event logging \(line 13\)$/m);
    assert.match(stdout, /^  CLD\.8\.1\.5 +Removal of cloud service customer assets +to write \(error\) +Removal of customer data \(line 18\)$/m);
  });

  test('in Japanese and in JSON', () => {
    assert.match(wp27017(['coverage', 'draft.wp.yaml', '--lang', 'ja'], dir).stdout, /^draft\.wp\.yaml: 44件中1件に回答、2件が未記入/m);
    const json = JSON.parse(wp27017(['coverage', 'draft.wp.yaml', '--format', 'json'], dir).stdout);
    const status = Object.fromEntries(json.files[0].controls.map((c: { id: string; status: string }) => [c.id, c.status]));
    assert.deepEqual([status['12.3.1'], status['12.4.1'], status['CLD.8.1.5']], ['to-write', 'covered', 'to-write']);
    assert.equal(json.files[0].answered, 1);
  });

  test('check does not report a drafted control as missing: its prompt is reported where it is', () => {
    const { stdout } = wp27017(['check', 'draft.wp.yaml', '--format', 'json'], dir);
    const findings = JSON.parse(stdout).files[0].findings as { ruleId: string; message: string }[];
    assert.ok(!findings.some((f) => f.ruleId === 'control-missing' && /CLD\.8\.1\.5|12\.3\.1/.test(f.message)), JSON.stringify(findings.map((f) => f.message)));
    assert.ok(findings.some((f) => f.ruleId === 'placeholder'));
  });
});
