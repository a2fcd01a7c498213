// The service name read from a published text that has no `service.name`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { serviceNameFromText, serviceNameFromTitle } from '../../../server/src/facts/serviceName';
import { editDistance } from '../../../server/src/core/nearest';
import { nearMisses } from '../../../server/src/rules/service-name-spelling';

test('a definition names the service, quoted or not, in both languages', () => {
  assert.equal(serviceNameFromText('当社が提供する「サンプル会計クラウド」(以下「本サービス」という。)について説明します。'), 'サンプル会計クラウド');
  assert.equal(serviceNameFromText('当社はサンプルドライブ（以下、「本サービス」といいます）を提供します。'), 'サンプルドライブ');
  assert.equal(serviceNameFromText('This paper describes Example Forms (the "Service") and how it protects data.'), 'Example Forms');
  assert.equal(serviceNameFromText('We operate "Northwind Desk" (hereinafter referred to as "the Service").'), 'Northwind Desk');
});

test('else the title without its whitepaper words', () => {
  assert.equal(serviceNameFromTitle('サンプルクラウド セキュリティホワイトペーパー'), 'サンプルクラウド');
  assert.equal(serviceNameFromTitle('サンプルクラウドにおけるクラウドセキュリティについて'), 'サンプルクラウド');
  assert.equal(serviceNameFromTitle('「ミライ勤怠」 ISO/IEC 27017 対応状況'), 'ミライ勤怠');
  assert.equal(serviceNameFromTitle('Example Forms Security Whitepaper'), 'Example Forms');
  assert.equal(serviceNameFromTitle('Example Forms — Cloud Security White Paper'), 'Example Forms');
  assert.equal(serviceNameFromTitle('ISO/IEC 27017 Whitepaper'), undefined);
  assert.equal(serviceNameFromTitle('クラウドサービス セキュリティホワイトペーパー'), undefined);
  assert.equal(serviceNameFromText('本文', 'Example Forms Security Whitepaper'), 'Example Forms');
});

test('else a quoted name the text repeats; a generic word is never a name', () => {
  assert.equal(serviceNameFromText('「ミライ勤怠」は勤怠を扱います。「ミライ勤怠」の管理画面。「ミライ勤怠」では…'), undefined, 'kanji: not a name by frequency alone');
  assert.equal(serviceNameFromText('「ミライタイム」は勤怠を扱います。「ミライタイム」の管理画面。「ミライタイム」では…'), 'ミライタイム');
  assert.equal(serviceNameFromText('「本サービス」(以下「本サービス」)'), undefined);
  assert.equal(serviceNameFromText('契約の終了後、データを削除します。'), undefined);
});

test('a huge or hostile text is read without error', () => {
  const text = '「'.repeat(100_000) + 'ア'.repeat(100_000) + '(以下'.repeat(10_000);
  assert.equal(serviceNameFromText(text, 'x'.repeat(100_000)), undefined);
});

/** The definition of a near-miss, by brute force: every window, its edit distance. */
function reference(text: string, name: string) {
  const n = name.length;
  const allowed = n >= 8 ? 2 : 1;
  const hits: { start: number; end: number; text: string }[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== name[0] && text[i] !== name[1]) {
      i++;
      continue;
    }
    if (text.startsWith(name, i)) {
      i += n;
      continue;
    }
    let best: { start: number; end: number; text: string } | undefined;
    let bestDistance = allowed + 1;
    let bestGap = Infinity;
    for (let length = Math.max(1, n - allowed); length <= Math.min(n + allowed, text.length - i); length++) {
      const d = editDistance(text.slice(i, i + length), name);
      const gap = Math.abs(length - n);
      if (d > 0 && d <= allowed && (d < bestDistance || (d === bestDistance && gap < bestGap))) {
        best = { start: i, end: i + length, text: text.slice(i, i + length) };
        bestDistance = d;
        bestGap = gap;
      }
    }
    if (best && !text.slice(best.start, best.end + allowed).includes(name)) {
      hits.push(best);
      i = best.end;
    } else i++;
  }
  return hits;
}

test('near-misses: the banded scan finds exactly what comparing every window finds', () => {
  const word = fc.string({ unit: fc.constantFrom('ア', 'イ', 'ウ', 'エ', 'オ'), minLength: 4, maxLength: 10 });
  fc.assert(
    fc.property(word, fc.string({ unit: fc.constantFrom('ア', 'イ', 'ウ', 'エ', 'オ', 'の'), maxLength: 40 }), (name, text) => {
      assert.deepEqual(nearMisses(text, name), reference(text, name));
    }),
    { numRuns: 3000 },
  );
});

test('near-misses: a name of 200 characters is a phrase, not compared', () => {
  assert.deepEqual(nearMisses('a'.repeat(30_000), 'a'.repeat(199) + 'b'), []);
});

test('only a service alias defines the name; a company, a document or a page title is no service name', () => {
  assert.equal(serviceNameFromText('クラウド型請求ソフト「サンプル請求」(以下「当社」)の説明です。'), undefined, 'an alias for the company');
  assert.equal(serviceNameFromText('「サンプルサービス利用規約」(以下「本規約」)を定めます。'), undefined, 'an alias for a document');
  assert.equal(serviceNameFromText('This Service Level Agreement (the "Agreement") applies.'), undefined);
  assert.equal(serviceNameFromTitle('ひなたストレージ サービス仕様書(セキュリティ編)'), 'ひなたストレージ');
  for (const title of ['Privacy & Security', 'Hosting & Data Protection Overview', 'How do you handle a breach?', 'Cloud Security', 'ネットワークにおけるセキュリティ対策', '---']) {
    assert.equal(serviceNameFromText('Data is kept safe. Security matters. Data Security Data Security', title), undefined, title);
  }
});

test('a title that is a name by itself counts when the text repeats it', () => {
  const text = 'Larkspur Forms\nSecurity Whitepaper\nLarkspur Forms keeps data in the EU. Larkspur Forms runs on two sites.';
  assert.equal(serviceNameFromText(text, 'Larkspur Forms'), 'Larkspur Forms');
  assert.equal(serviceNameFromText('Larkspur Forms keeps data in the EU.', 'Larkspur Forms'), undefined, 'named once is not repeated');
});
