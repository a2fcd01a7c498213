// Hover on a phrase of the prose says what the checker read from it, in the
// author's words: topic, log kind, bound, range and unit as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument, type Node } from 'yaml';
import { provideFactHover } from '../../../server/src/features/factHover';
import { buildSection } from '../../../server/src/model/buildModel';
import type { WhitepaperModel } from '../../../server/src/model/whitepaper';

function hoverOn(body: string, phrase: string, locale: 'en' | 'ja', controls = '[12.4.1]'): string | undefined {
  const text = `controls: ${controls}\nbody: "${body}"\n`;
  const section = buildSection(parseDocument(text).contents as Node, text);
  const model = { sections: [section] } as unknown as WhitepaperModel;
  return provideFactHover(model, text.indexOf(phrase) + 1, locale)?.markdown;
}

test('a log period names the log kind and keeps the bound the author wrote', () => {
  assert.equal(hoverOn('監査ログは最低2年間保存します。', '最低2年間', 'ja'), '**ログの保存期間 (監査ログ)**: 最低2年');
  assert.equal(hoverOn('Audit logs are kept for at least 2 years.', 'at least 2 years', 'en'), '**log retention (audit log)**: at least 2 years');
  assert.equal(hoverOn('System logs are kept for one year.', 'one year', 'en'), '**log retention (system log)**: 1 year');
});

test('notification deadlines keep within and business days', () => {
  assert.equal(hoverOn('インシデントは5営業日以内に通知します。', '5営業日以内', 'ja', '[16.1.2]'), '**インシデントの通知**: 5営業日以内');
  assert.equal(hoverOn('Changes are announced at least 30 days in advance.', '30 days', 'en', '[12.1.2]'), '**notice of changes**: at least 30 days before');
});

test('a range shows both bounds in the unit written', () => {
  assert.match(hoverOn('データは解約後30〜60日で削除します。', '30〜60日', 'ja', '[CLD.8.1.5]') ?? '', /30–60日/);
});

test('a cadence reads as a frequency, with its time of day', () => {
  assert.equal(hoverOn('バックアップは毎日午前3時に取得します。', '毎日午前3時', 'ja', '[12.3.1]'), '**バックアップの取得頻度**: 毎日 03:00');
  assert.equal(hoverOn('Backups are taken every day.', 'every day', 'en', '[12.3.1]'), '**backup frequency**: every day');
});

test('vague wording says what it leaves open', () => {
  assert.equal(hoverOn('障害時は速やかに通知します。', '速やかに', 'ja', '[16.1.2]'), '**インシデントの通知**: あいまいな期限(数値なし)');
});
