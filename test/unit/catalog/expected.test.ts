import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedControls, expectedSeverity, lookupControl, type ServiceModel } from '../../../server/src/catalog';
import { SEVERITY_PROFILES } from '../../../server/src/catalog/profiles';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const MODELS: ServiceModel[] = ['IaaS', 'PaaS', 'SaaS'];

const EXPECTED_2013 = [
  '5.1.1', '6.1.1', '6.1.3', '7.2.2', '8.1.1', '8.2.2', '9.1.2', '9.2.1', '9.2.2', '9.2.3', '9.2.4', '9.4.1', '9.4.4',
  '10.1.1', '10.1.2', '11.2.7', '12.1.2', '12.1.3', '12.3.1', '12.4.1', '12.4.3', '12.4.4', '12.6.1', '13.1.3', '14.1.1',
  '14.2.1', '15.1.1', '15.1.2', '15.1.3', '16.1.1', '16.1.2', '16.1.7', '18.1.1', '18.1.2', '18.1.3', '18.1.5', '18.2.1',
];
const CLD = ['CLD.6.3.1', 'CLD.8.1.5', 'CLD.9.5.1', 'CLD.9.5.2', 'CLD.12.1.5', 'CLD.12.4.5', 'CLD.13.1.4'];

test('44 expected controls: the 7 CLD ones and the 37 listed 2013 ones', () => {
  const ids = expectedControls().map((c) => c.id);
  assert.equal(ids.length, 44);
  assert.deepEqual([...ids].sort(), [...EXPECTED_2013, ...CLD].sort());
});

test('expected controls follow catalog order, each CLD control after its 2013 neighbours', () => {
  const key = (id: string) => id.replace(/^CLD\./, '').split('.').map(Number);
  const ids = expectedControls().map((c) => c.id);
  for (let i = 1; i < ids.length; i++) {
    const [a, b] = [key(ids[i - 1]), key(ids[i])];
    const order = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    assert.ok(order < 0, `${ids[i - 1]} before ${ids[i]}`);
  }
});

test('each has a title, 2–4 disclosure points and keywords, in both languages', () => {
  for (const c of expectedControls()) {
    assert.deepEqual(c.title, lookupControl(c.id)!.title, c.id);
    assert.ok(c.title.en && JAPANESE.test(c.title.ja), c.id);
    for (const locale of ['en', 'ja'] as const) {
      const points = c.points[locale];
      assert.ok(points.length >= 2 && points.length <= 4, `${c.id} ${locale} has ${points.length} points`);
      for (const p of points) assert.ok(p.trim().length >= (locale === 'en' ? 20 : 6), `${c.id} ${locale} point "${p}"`);
      assert.ok(c.keywords[locale].length > 0, `${c.id} ${locale} keywords`);
      assert.equal(new Set(c.keywords[locale]).size, c.keywords[locale].length, `${c.id} ${locale} keywords unique`);
    }
    assert.equal(c.points.en.length, c.points.ja.length, `${c.id} points pair up`);
    for (const p of c.points.ja) assert.ok(JAPANESE.test(p), `${c.id} ja point "${p}"`);
    for (const p of c.points.en) assert.ok(!JAPANESE.test(p), `${c.id} en point "${p}"`);
  }
});

test('the backup control names the concrete things to disclose', () => {
  const backup = expectedControls().find((c) => c.id === '12.3.1')!;
  assert.ok(backup.keywords.ja.includes('バックアップ') && backup.keywords.ja.includes('世代'));
  assert.ok(backup.keywords.en.includes('backup') && backup.keywords.en.includes('restore'));
  assert.ok(backup.points.en.some((p) => /generations/.test(p)));
});

test('each expected control carries its 2022 counterparts', () => {
  const byId = new Map(expectedControls().map((c) => [c.id, c]));
  assert.deepEqual(byId.get('12.3.1')!.ids2022, ['8.13']);
  assert.deepEqual(byId.get('12.4.3')!.ids2022, ['8.15']);
  assert.deepEqual(byId.get('CLD.9.5.1')!.ids2022, ['CLD.9.5.1']);
});

test('every profile rates every expected control, and nothing else', () => {
  assert.deepEqual(Object.keys(SEVERITY_PROFILES).sort(), expectedControls().map((c) => c.id).sort());
  for (const { id } of expectedControls()) {
    for (const model of MODELS) assert.match(expectedSeverity(id, model), /^(error|warning|info)$/, `${id} ${model}`);
  }
});

test('profiles reflect the service model', () => {
  for (const model of MODELS) {
    assert.equal(expectedSeverity('CLD.8.1.5', model), 'error');
    assert.equal(expectedSeverity('12.3.1', model), 'error');
    assert.equal(expectedSeverity('CLD.6.3.1', model), 'error');
  }
  assert.equal(expectedSeverity('CLD.9.5.2', 'SaaS'), 'info');
  const rank = { info: 0, warning: 1, error: 2 };
  assert.ok(rank[expectedSeverity('CLD.9.5.1', 'SaaS')] < rank[expectedSeverity('CLD.9.5.1', 'IaaS')]);
  assert.equal(expectedSeverity('A.12.3.1', 'PaaS'), 'error');
  assert.throws(() => expectedSeverity('12.7.1', 'SaaS'), RangeError);
});
