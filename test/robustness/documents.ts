// Documents the robustness tests share: long lines and long bodies in both
// languages, written for these tests.
import { HEADER_EN } from '../fixtures/minimal';

const EN_WORDS = ['Backups', 'are', 'kept', 'for', '30', 'days', 'and', 'logs', 'for', 'a', 'certain', 'period;', 'data', 'is', 'deleted', 'promptly', 'after', 'termination,', 'within', '90', 'days.', 'Notice', 'of', 'changes', 'is', 'given', '14', 'days', 'ahead.'];
const JA_WORDS = ['バックアップは', '毎日', '取得し、', '７世代', '保管します。', 'ログは', '一定期間', '保存し、', '契約終了後', '３０日以内に', 'データを', '削除します。', '障害は', '速やかに', '通知します。', '１年間', '保持します。'];

/** Prose of about `length` characters on one line. */
export function longLine(length: number, lang: 'en' | 'ja' = 'en'): string {
  const words = lang === 'ja' ? JA_WORDS : EN_WORDS;
  let line = '';
  for (let i = 0; line.length < length; i++) line += words[i % words.length] + (lang === 'ja' ? '' : ' ');
  return line.slice(0, length).trimEnd();
}

/** A whitepaper with one section whose body is a line of `length` characters, then many short lines. */
export function longLineWhitepaper(length: number, lang: 'en' | 'ja' = 'en'): string {
  const header = lang === 'ja' ? HEADER_EN.replace('lang: en', 'lang: ja') : HEADER_EN;
  const lines = Array.from({ length: 200 }, (_, i) => `      ${longLine(60 + (i % 40), lang)}`).join('\n');
  return `${header}sections:\n  - title: Backup and logging\n    controls: [12.3.1, 12.4.1, CLD.8.1.5]\n    body: |\n      ${longLine(length, lang)}\n${lines}\n  - title: ${longLine(length, lang).replace(/[:#]/g, '')}\n    controls: [16.1.2]\n    body: ${longLine(length, lang).replace(/[:#]/g, '')}\n`;
}

/** A published text (plain or Markdown) with headings and a very long paragraph. */
export function longPublishedText(length: number, lang: 'en' | 'ja'): string {
  const heading = lang === 'ja' ? ['1. バックアップ', '2. ログの管理', '第3章 データの削除'] : ['# Backup', '## 12.4.1 Logging', '3. Deletion of data'];
  return heading.map((h) => `${h}\n\n${longLine(length, lang)}\n${longLine(80, lang)}\n`).join('\n');
}

/** The probe's 4.7 MB file: a backup section of 130,000 lines that each state the same retention. */
export function bigBackupWhitepaper(lines = 130_000): string {
  return `${HEADER_EN}sections:\n  - title: Backup\n    controls: [12.3.1]\n    body: |\n${'      Backups are kept for 30 days.\n'.repeat(lines)}`;
}
