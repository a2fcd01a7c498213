// The text reader decides structure per document: which lines are headings
// (and how deep), list items, table rows, and which belong to no block at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../../server/src/read/readText';

/** Each heading as "level title", each other block as "[kind] first words". */
function outline(text: string, format: 'text' | 'markdown' = 'text'): string[] {
  const doc = readText(text, format);
  return doc.blocks.map((b) => (b.kind === 'heading' ? `${b.level} ${b.title}` : `[${b.kind}] ${doc.text.slice(b.start, b.end).split('\n')[0].trim()}`));
}
const headings = (text: string, format: 'text' | 'markdown' = 'text') => outline(text, format).filter((l) => !l.startsWith('['));

test('numbered headings nest by their depth, whatever their digits', () => {
  const text = ['題名', '', '１．概要', '本書の説明です。', '', '2.運用', '', '2.1 体制', '体制の説明です。', '', '2.1.1 窓口', '窓口の説明です。', ''].join('\n');
  assert.deepEqual(headings(text), ['1 題名', '1 １．概要', '1 2.運用', '2 2.1 体制', '3 2.1.1 窓口']);
});

test('chapters, hyphenated numbers and counts without levels nest under one another', () => {
  const text = ['題名', '', '第1章 総則', '総則の説明です。', '', '1-1 目的', '目的の説明です。', '', '(1) 範囲', '範囲の説明です。', '', '① 対象', '対象の説明です。', '', '(2) 用語', '用語の説明です。', '', '第2章 運用', '運用の説明です。', '', '(1) 体制', '体制の説明です。'].join('\n');
  assert.deepEqual(headings(text), ['1 題名', '1 第1章 総則', '2 1-1 目的', '3 (1) 範囲', '4 ① 対象', '3 (2) 用語', '1 第2章 運用', '2 (1) 体制']);
});

test('a numbered run announced by a sentence, or indented under the prose, is a list', () => {
  const announced = ['題名', '', '1. 削除', '当社は次のとおり削除します。', '1. 本番データ', '2. バックアップ', '削除の後は復元できません。'].join('\n');
  assert.deepEqual(outline(announced), ['1 題名', '1 1. 削除', '[paragraph] 当社は次のとおり削除します。', '[list-item] 1. 本番データ', '[list-item] 2. バックアップ', '[paragraph] 削除の後は復元できません。']);
  const indented = ['Title', '', 'Backup', 'We keep backups in two ways.', '  1. Snapshots', '  2. Copies', '', 'Backups are tested monthly.'].join('\n');
  assert.deepEqual(headings(indented), ['1 Title', '1 Backup']);
});

test('a contents block, running headers and page numbers make no block', () => {
  const text = ['Example Overview', '', 'Contents', '1. Scope ........ 2', '2. Backup ....... 3', '', 'Example Overview', '1. Scope', 'This paper covers the service.', '- 2 -', 'Example Overview', '2. Backup', 'Backups run daily.', '- 3 -', 'Example Overview'].join('\n');
  assert.deepEqual(outline(text), ['1 Example Overview', '1 1. Scope', '[paragraph] This paper covers the service.', '1 2. Backup', '[paragraph] Backups run daily.']);
});

test('a table extracted one cell per line keeps every cell: periods of one shape a few lines apart are no page counter', () => {
  const text = ['■ ログの保存期間', 'ログ種別', 'ホット', 'コールド', 'Webサーバのログ', '30日', '1年', 'データベースのログ', '14日', '2年', 'ネットワーク機器のログ', '7日', '180日'].join('\n');
  const doc = readText(text);
  for (const cell of ['30日', '14日', '7日', '180日']) assert.ok(doc.blocks.some((b) => doc.text.slice(b.start, b.end).split('\n').includes(cell)), `${cell} was dropped`);
});

test('a Markdown heading mark beside a lone number is no page counter, and the text reads', () => {
  const doc = readText(['# ', '\t3', '# '].join('\n'));
  assert.ok(doc.text.includes('3'));
});

test('table rows, brackets, marks and setext underlines', () => {
  const text = ['Title', '=====', '', 'Data', '----', '', 'Where it lives.', '', '| Kind | Period |', '|------|--------|', '| Logs | 1 year |'].join('\n');
  assert.deepEqual(outline(text, 'markdown'), ['1 Title', '2 Data', '[paragraph] Where it lives.', '[table-row] | Kind | Period |', '[table-row] |------|--------|', '[table-row] | Logs | 1 year |']);
  assert.deepEqual(headings(['題名', '', '【1】方針', '方針の説明です。', '', '■ 体制', '体制の説明です。', '', '<連絡先>', '窓口の説明です。'].join('\n')), ['1 題名', '1 【1】方針', '1 体制', '1 連絡先'], 'styles that never recur are peers');
});

test('short lines standing alone above prose are headings; labels and values are not', () => {
  const text = ['Title', '', 'Where data is stored', 'All data stays in Frankfurt, in two data centres.', '', 'Applicable product:', 'All', 'Applicable release:', 'All'].join('\n');
  assert.deepEqual(headings(text), ['1 Title', '1 Where data is stored']);
});

test('a page set all in bullets numbers its headings after the bullet ("- 1. Title", "・1. 見出し")', () => {
  const text = ['保管方針', '- 1. 集める情報', '- 当社は目的に必要な情報だけを集めます。', '- 2. 保管の期間', '- 契約の間は保管し、終了の後に消去します。', '- 3. 消去', '- 消去は復元できない方法で行います。'].join('\n');
  assert.deepEqual(headings(text), ['1 保管方針', '1 1. 集める情報', '1 2. 保管の期間', '1 3. 消去']);
  assert.deepEqual(headings(['Policy', '', '・1. Scope', '・This policy covers the service.', '・2. Backups', '・Backups run nightly.'].join('\n')), ['1 Policy', '1 1. Scope', '1 2. Backups']);
  assert.deepEqual(headings(['Title', '', '1. Backup', 'We keep two kinds:', '- 1. snapshots', '- 2. copies', '', '2. Logs', 'Kept a year.'].join('\n')), ['1 Title', '1 1. Backup', '1 2. Logs'], 'a bulleted count in a row stays a list');
});

test('a FAQ: each question is a heading over its answer, "Q1."/"Q." marked or standing alone with "?"; "A." is prose', () => {
  const marked = ['よくある質問', '', 'Q1. データはどこに保管されますか？', 'A1. 国内の二か所のデータセンターに保管します。', '', 'Q2. 解約後のデータはどうなりますか？', 'A2. 解約から30日後に消去します。'].join('\n');
  assert.deepEqual(outline(marked), ['1 よくある質問', '1 Q1. データはどこに保管されますか？', '[paragraph] A1. 国内の二か所のデータセンターに保管します。', '1 Q2. 解約後のデータはどうなりますか？', '[paragraph] A2. 解約から30日後に消去します。']);
  const plain = ['Help centre', '', 'Where is my data stored?', 'In two data centres in Germany.', '', 'How long are backups kept after I cancel?', 'Backups roll off within 35 days.'].join('\n');
  assert.deepEqual(headings(plain), ['1 Help centre', '1 Where is my data stored?', '1 How long are backups kept after I cancel?']);
  const one = ['Title', '', 'Backups', 'Why would anyone skip them?', 'We never do: they run every night.'].join('\n');
  assert.deepEqual(headings(one), ['1 Title', '1 Backups'], 'a lone question in prose is no FAQ');
});

test('a numbered list keeps its count across a nested list and resumes after a paragraph', () => {
  const nested = ['Title', '', '1. Backup', 'We back up as follows:', '1. Snapshots', '  (1) nightly', '  (2) weekly', '2. Copies', 'Copies are tested.', '', '2. Logs', 'Logs are kept for one year.'].join('\n');
  assert.deepEqual(headings(nested), ['1 Title', '1 1. Backup', '1 2. Logs']);
  const resumed = ['題名', '', '第1章 バックアップ', 'バックアップは次のとおり取得します。', '1. 毎晩の取得', '2. 別リージョンへの複製', '', 'いずれも暗号化します。', '', '3. 月次の保管', '', '第2章 ログ', 'ログは一年間保管します。'].join('\n');
  assert.deepEqual(headings(resumed), ['1 題名', '1 第1章 バックアップ', '1 第2章 ログ']);
});

test("a FAQ's questions sit under the topic heading above them; the next topic is that heading's peer", () => {
  const text = ['よくあるご質問', '本書はお客様からのご質問をまとめたものです。', '', 'データの保管について', '', 'Ｑ．どこに保管されますか？', 'Ａ．国内の二か所に保管します。', '', 'Ｑ．バックアップはありますか？', 'Ａ．毎日取得し、30日間保管します。', '', 'ログについて', '操作ログを2年間保管します。'].join('\n');
  assert.deepEqual(headings(text), ['1 よくあるご質問', '1 データの保管について', '2 Ｑ．どこに保管されますか？', '2 Ｑ．バックアップはありますか？', '1 ログについて']);
});

test('code in fences or indented under a Markdown list is text: its "# comments" are no headings', () => {
  const text = ['# Self-hosting', '', 'Put a proxy in front:', '', '```', '# proxy settings', 'listen 443;', '```', '', '- Settings:', '    # keep this empty to turn basic auth off', '', '## Regions', 'Traffic leaves from two regions.'].join('\n');
  assert.deepEqual(headings(text, 'markdown'), ['1 Self-hosting', '2 Regions']);
  assert.deepEqual(headings(['Title', '', '~~~', 'Overview', '', 'not a heading either.', '~~~', '', 'After the code comes prose again.'].join('\n')), ['1 Title']);
});

test('pieces of a pipe table that a converter split at a line break stay table rows, and open no section', () => {
  const text = ['1 |', 'The log shows who signed in and when.', '2 |', 'The log is kept for one year.', '', 'Level | Meaning |', '---|---|', 'Level 1 |', 'One customer is affected.'].join('\n');
  assert.deepEqual(outline(text).filter((b) => !b.startsWith('[paragraph]')), ['[table-row] 1 |', '[table-row] 2 |', '[table-row] Level | Meaning |', '[table-row] ---|---|', '[table-row] Level 1 |']);
});

test('a screenshot\'s name or a date-and-time stamp standing alone is no heading', () => {
  const text = ['Security', '', 'Screenshot 2015-04-20 14.16.37', '', 'This page describes how the service protects invoices.', '', 'diagram.png', '', 'Invoices are encrypted at rest.'].join('\n');
  assert.deepEqual(headings(text), ['1 Security']);
});

test('reStructuredText: sections underlined with ~~~, ^^^ or """ nest under the title in the order the characters first appear; directives are no headings', () => {
  const text = ['Hosted plan', '===========', '', '.. include:: badges.rst', '', 'The hosted plan runs in a region the customer picks.', '', 'Features', '--------', '', 'Backups', '~~~~~~~', '', 'Databases are copied daily and kept for 30 days.', '', 'Logging', '~~~~~~~', '', 'Audit logs are kept for one year.', '', 'Support', '-------', '', 'Tickets are answered within one business day.'].join('\n');
  assert.deepEqual(headings(text), ['1 Hosted plan', '2 Features', '3 Backups', '3 Logging', '2 Support']);
});

test('in text taken from a PDF without blank lines, the end of a sentence wrapped under a full line is no heading', () => {
  const text = ['クラウドサービスの概要', '本サービスは、お客様の会計データを国内のデータセンターで保管し、毎日のバックアップを取得します。保管は', '暗号化された領域で行います', '当社は、障害が起きた場合には復旧の手順に従って作業を行い、その経過をお客様にお知らせします。作業の記', '録は一年間保管します。'].join('\n');
  assert.deepEqual(headings(text), ['1 クラウドサービスの概要']);
});

test("a saved web page's navigation at the top belongs to no section, and the page's own title follows it", () => {
  const text = ['Home', 'Products', 'Search', '', 'Log in', '', 'Keeping server clocks in step', '', 'Every instance takes its time from the platform time service.', '', 'How it works', 'The service answers on a local address inside each region.'].join('\n');
  assert.deepEqual(outline(text)[0], '1 Keeping server clocks in step');
  assert.ok(!outline(text).some((b) => /Products|Log in/.test(b)));
});

test('the terms of a definition list ("Term" over ": meaning") are no headings', () => {
  const text = ['Glossary and scope', '', 'This page explains the words the policy uses.', '', 'Customer data', ': Everything a customer stores in the service.', '', 'Service data', ': What the service records about its own operation.', '', 'Retention', 'Customer data is kept until the contract ends.'].join('\n');
  assert.deepEqual(headings(text), ['1 Glossary and scope', '1 Retention']);
});

test('short lines right after a sentence that announces a list are its items, even without marks', () => {
  const text = ['認証の取得状況', '認証の範囲は以下のとおりです。', 'ソフトウェアの開発と保守', 'クラウドサービスの提供', 'この範囲は毎年の審査で確認されています。', 'バックアップ', 'バックアップは毎日取得し、別の地域に複製して三十日間保管した後に消去します。'].join('\n');
  assert.deepEqual(headings(text), ['1 認証の取得状況', '1 バックアップ']);
});

test("three or more short lines in a row are a list whose bullets were lost, not a heading over the prose after them; a line above them after a paragraph heads them", () => {
  const text = ['Example Overview', '', 'Introduction', '', 'This paper says how the service keeps data safe.', '', 'Features', '', 'Encryption at rest', '', 'Single sign-on', '', 'Audit logs', '', 'Every plan includes these features, turned on from the console.', '', 'Data deletion', '', 'Accounts are erased within 30 days of closing.'].join('\n');
  assert.deepEqual(headings(text), ['1 Example Overview', '1 Introduction', '1 Features', '1 Data deletion']);
  const announced = text.replace('This paper says how the service keeps data safe.', 'Every plan of the service includes each of the following:').replace('\nFeatures\n', '\n');
  assert.deepEqual(headings(announced), ['1 Example Overview', '1 Introduction', '1 Data deletion']);
  const ja = ['サービス概要', '', '主な機能', '', 'ファイル共有', '', '権限の設定', '', '操作の記録', '', '全てのプランで、管理画面から設定できます。', '', 'データの削除', '', '解約から30日以内にデータを消去します。'].join('\n');
  assert.deepEqual(headings(ja), ['1 サービス概要', '1 データの削除']);
});

test('a numbered line whose sentence runs on to an indented line in lower case is a list item', () => {
  const text = ['Example Overview', '', 'Incident response', '', '1. Detection: the monitoring raises an alert and the duty', '   engineer confirms it.', '2. Containment: the systems involved are isolated.', '3. Notice: customers hear from us within 72 hours.', '', 'Backups', '', 'Backups run daily and are kept for 35 days.'].join('\n');
  assert.deepEqual(outline(text), [
    '1 Example Overview',
    '1 Incident response',
    '[list-item] 1. Detection: the monitoring raises an alert and the duty',
    '[list-item] 2. Containment: the systems involved are isolated.',
    '[list-item] 3. Notice: customers hear from us within 72 hours.',
    '1 Backups',
    '[paragraph] Backups run daily and are kept for 35 days.',
  ]);
});

test("numbered steps whose sentences a PDF wrapped onto the next line are list items, and the chapters around them stay chapters", () => {
  const text = ['概要書', '1. はじめに', '本書はサービスの安全対策を説明します。', '2. データの削除', '解約の際は、お客様ご自身で次の操作を行ってください。', '1. 管理画面の設定メニューから一括ダウンロードを実行し', 'てください。', '2. 取得したファイルを開き、必要なデータがそろって', 'いることを確かめてください。', '3. 解約を申請してください。', '当社は解約日から30日以内に消去します。', '3. バックアップ', 'バックアップは毎日取得します。'].join('\n');
  assert.deepEqual(outline(text), [
    '1 概要書',
    '1 1. はじめに',
    '[paragraph] 本書はサービスの安全対策を説明します。',
    '1 2. データの削除',
    '[paragraph] 解約の際は、お客様ご自身で次の操作を行ってください。',
    '[list-item] 1. 管理画面の設定メニューから一括ダウンロードを実行し',
    '[list-item] 2. 取得したファイルを開き、必要なデータがそろって',
    '[list-item] 3. 解約を申請してください。',
    '[paragraph] 当社は解約日から30日以内に消去します。',
    '1 3. バックアップ',
    '[paragraph] バックアップは毎日取得します。',
  ]);
});

test('numbered lines that end as a sentence does, without the 。, are items, not sections', () => {
  const text = ['概要書', '', '1. 障害対応', '障害を検知した場合', '(1) 影響範囲を特定します', '担当者が確認します。', '(2) 利用者に通知します', '24時間以内に通知します。', '', '2. ログ', 'ログは1年間保管します。'].join('\n');
  assert.deepEqual(headings(text), ['1 概要書', '1 1. 障害対応', '1 2. ログ']);
});

test('Markdown that sets its headings in bold lines, with no "##", is read by them; under "#" headings a bold line over its paragraph is a subheading', () => {
  const bold = ['# Example Cloud security', '', '**Scope**', '', 'This page covers the service.', '', '**Backups**', '', '1. Full copies every night', '2. Hourly increments', '', 'Each copy is kept for 14 days.'].join('\n');
  assert.deepEqual(headings(bold, 'markdown'), ['1 Example Cloud security', '1 Scope', '1 Backups']);
  const hashes = ['# Example Cloud security', '', '## Backups', '', '**Daily**', '', 'Full copies every night.'].join('\n');
  assert.deepEqual(headings(hashes, 'markdown'), ['1 Example Cloud security', '2 Backups', '3 Daily']);
});

test("the wrapped end of a list item's sentence stays in the item; a title straight under an item without its period is still a title", () => {
  const wrapped = ['Trash', 'Where to find it', 'Administrators of the workspace open the trash in this way:', '- On the top bar, select', 'Settings.', '- Then choose Trash.', 'Deleted items', 'Items stay in the trash for 30 days before they are erased.'].join('\n');
  assert.deepEqual(headings(wrapped), ['1 Trash', '1 Where to find it', '1 Deleted items']);
  const titled = ['Retention', 'Customer data', '- Contracts: 7 years', '- Tickets: 3 years', 'Employee data', '- Payroll: 7 years'].join('\n');
  assert.deepEqual(headings(titled), ['1 Retention', '1 Customer data', '1 Employee data']);
});

test('a Markdown title heads the document: "##" sections nest under it as under a later "#" part; front matter is no text', () => {
  const text = ['# Trust notes', '', 'What this page covers.', '', '## Backup', '', 'Backups run daily.', '', '# Appendix', '', '## Logs', '', 'Logs are kept for a year.'].join('\n');
  assert.deepEqual(headings(text, 'markdown'), ['1 Trust notes', '2 Backup', '1 Appendix', '2 Logs']);
  const front = ['---', 'title: Trust notes', 'layout: page', '---', '', '# Trust notes', '', '## Backup', '', 'Backups run daily.'].join('\n');
  assert.deepEqual(outline(front, 'markdown'), ['1 Trust notes', '2 Backup', '[paragraph] Backups run daily.']);
});

test('a count in kana (ア イ ウ, (ア) (イ)) itemises: its lines are list items, never sections; a lone "ア " is not a count', () => {
  const text = ['題名', '', '1. バックアップ', 'バックアップは次のとおり取得します。', 'ア 全体(毎週)', 'イ 差分(毎日)', '', '2. 管理体制', '委員会が定めます。', '(ア) 方針', '説明の文です。', '(イ) 教育', '説明の文です。'].join('\n');
  assert.deepEqual(headings(text), ['1 題名', '1 1. バックアップ', '1 2. 管理体制']);
  assert.deepEqual(outline(text).filter((b) => b.startsWith('[list-item]')), ['[list-item] ア 全体(毎週)', '[list-item] イ 差分(毎日)', '[list-item] (ア) 方針', '[list-item] (イ) 教育']);
});

test('a table flattened by extraction: its header row and its quantities ("2 years", "90 日") open no section', () => {
  const en = ['Trust notes', '', 'Retention', 'Our periods are listed below.', '', 'Record', 'Kept for', 'Audit logs', '2 years', 'Backups', '30 days', '', 'Backups are encrypted.', '', 'Item Description', 'Backups We copy data nightly and keep copies for 30 days.', '', 'Leaving', 'We delete your data within 60 days of closure.'].join('\n');
  assert.deepEqual(headings(en), ['1 Trust notes', '1 Retention', '1 Leaving']);
  const ja = ['概要', '', 'ログの管理', 'ログを取得しています。', '', '項目 内容', 'ログ 監査ログを1年間保管します。', '', 'データの削除', '解約後30日以内に削除します。'].join('\n');
  assert.deepEqual(outline(ja).filter((b) => !b.startsWith('[paragraph]')), ['1 概要', '1 ログの管理', '[table-row] 項目 内容', '1 データの削除']);
});

test('contents blocks: dotted leaders with page numbers, no page numbers, two columns; their entries make no section', () => {
  const leaders = ['題名', '', '目次', 'はじめに ........ 1', '1. 概要 ......... 2', '2. 保管 ......... 3', '', 'はじめに', '本書の目的です。', '', '1. 概要', '概要の説明です。', '', '2. 保管', '保管の説明です。'].join('\n');
  assert.deepEqual(headings(leaders), ['1 題名', '1 はじめに', '1 1. 概要', '1 2. 保管']);
  const bare = ['Title', '', 'Contents', '1. Overview', '2. Backup', '', '1. Overview', 'What the service is.', '', '2. Backup', 'Backups run daily.'].join('\n');
  assert.deepEqual(outline(bare), ['1 Title', '1 1. Overview', '[paragraph] What the service is.', '1 2. Backup', '[paragraph] Backups run daily.']);
  const columns = ['Title', '', 'Contents', '1 Overview ....... 2      3 Logging ....... 4', '2 Backup ......... 3      4 Deletion ...... 5', '', '1 Overview', 'What the service is.', '', '2 Backup', 'Backups run daily.', '', '3 Logging', 'Logs are kept.', '', '4 Deletion', 'Data is deleted.'].join('\n');
  assert.deepEqual(headings(columns), ['1 Title', '1 1 Overview', '1 2 Backup', '1 3 Logging', '1 4 Deletion']);
});

test('a short line standing alone over a table heads it, as it would a paragraph', () => {
  const text = ['Practices', '', 'Logs', 'Audit logs are kept for a year.', '', 'Backups', 'Item Frequency Retention', 'Database Every 4 hours 35 days', '', 'Deletion', 'We delete data within 30 days.'].join('\n');
  assert.deepEqual(headings(text), ['1 Practices', '1 Logs', '1 Backups', '1 Deletion']);
});

test('a contents block under a title in brackets ("【目次】"), or with no title at all, makes no block; the sections after it do not nest under it', () => {
  const bracketed = ['説明書', '', '【目次】', '1 概要', '2 体制', '  2.1 委員会', '', '1 概要', '概要の説明です。', '', '2 体制', '', '2.1 委員会', '委員会を置いています。'].join('\n');
  assert.deepEqual(outline(bracketed), ['1 説明書', '1 1 概要', '[paragraph] 概要の説明です。', '1 2 体制', '2 2.1 委員会', '[paragraph] 委員会を置いています。']);
  const untitled = ['Security paper', '', '1. Overview', '', '2. Organisation', '', '3. Location', '', '1. Overview', 'What the service is.', '', '2. Organisation', 'Who is responsible.', '', '3. Location', 'Where data is kept.'].join('\n');
  assert.deepEqual(outline(untitled).slice(0, 3), ['1 Security paper', '1 1. Overview', '[paragraph] What the service is.']);
});

/** Blocks separated by two blank lines, as a web page's text is saved. */
const spaced = (blocks: string[]) => blocks.join('\n\n\n');

test("a procedure's step labels are list items, never sections or page counters, however far apart", () => {
  const ja = ['退会の方法', '', 'アカウントを削除すると、全てのデータが削除されます。', 'ステップ1', '設定を開きます。', 'ステップ2', '退会を選びます。', 'ステップ3', '確認して実行します。'].join('\n');
  assert.deepEqual(outline(ja), ['1 退会の方法', '[paragraph] アカウントを削除すると、全てのデータが削除されます。', '[list-item] ステップ1', '[list-item] ステップ2', '[list-item] ステップ3']);
  const en = spaced(['Closing your account', 'You can export your files first:', 'Step 1', 'Open Settings.', 'Step 2', 'Pick CSV and confirm.', 'Step 3', 'Download the archive.', 'We then delete your account.']);
  assert.deepEqual(headings(en), ['1 Closing your account']);
  assert.ok(outline(en).includes('[list-item] Step 2'), 'a step label stays in the text');
});

test('in a text that sets two blank lines between every block, marked items that far apart are one list; a PDF text spacing only its headings keeps them', () => {
  const web = spaced(['Example Overview', 'This page explains the service.', 'Security', 'Our measures include the following.', '● Encryption at rest', '● Multi-factor sign-in', '● Yearly penetration tests', 'Backups', 'We back up every database daily and keep each copy for 30 days.']);
  assert.deepEqual(headings(web), ['1 Example Overview', '1 Security', '1 Backups']);
  const pdf = ['Example Overview', '', '', '■ Scope', 'This paper covers the service and', 'the data customers keep in it.', '', '', '■ Backups', 'We back up every database daily and', 'keep each copy for 30 days.', '', '', '■ Deletion', 'Customer data is deleted 30 days', 'after the contract ends.'].join('\n');
  assert.deepEqual(headings(pdf), ['1 Example Overview', '1 Scope', '1 Backups', '1 Deletion']);
});

test('a definitions table read one cell a line: its terms are items under its title, not sections of one sentence each', () => {
  const en = spaced(['Example Overview', 'This page explains the service.', 'Definitions', 'Account data', 'The files a customer enters into the service.', 'Administrator', 'The person who manages the users of a customer.', 'Sub-processor', 'A company we engage to run part of the service.', 'Data deletion', 'We delete account data within 60 days after the contract ends.']);
  assert.deepEqual(headings(en), ['1 Example Overview', '1 Definitions', '1 Data deletion']);
  const ja = ['サービス概要', '', '本書の説明です。', '', '顧客データ', 'お客様が登録した情報をいいます。', '管理者', 'お客様の組織で権限を設定する方をいいます。', '委託先', '当社が運用の一部を委ねる事業者をいいます。', '', 'バックアップ', '', '毎日取得し、14日間保管します。'].join('\n');
  assert.deepEqual(headings(ja), ['1 サービス概要', '1 バックアップ'], 'definitions that define ("…をいいます。") need no title');
  const sections = ['Example Overview', '', 'Backups', 'Taken daily.', 'Logs', 'Kept for a year.', 'Deletion', 'Within 30 days.'].join('\n');
  assert.deepEqual(headings(sections), ['1 Example Overview', '1 Backups', '1 Logs', '1 Deletion'], 'short sections that define nothing stay sections');
});

test('questions in a row with no answer between them are a list of questions; an answered question is still a heading', () => {
  const asked = spaced(['Example Overview', 'This page explains the service.', 'Questions you may have', 'How long do you keep my data?', 'Can I export my files?', 'Where are your servers?', 'Write to support for answers.']);
  assert.deepEqual(headings(asked), ['1 Example Overview', '1 Questions you may have']);
  const faq = ['Example FAQ', '', 'How long do you keep my data?', 'We delete it 30 days after you cancel.', '', 'Where are your servers?', 'In Frankfurt, Germany.'].join('\n');
  assert.deepEqual(headings(faq), ['1 Example FAQ', '1 How long do you keep my data?', '1 Where are your servers?']);
});

test("a short title straight under a paragraph's last sentence heads the next paragraph; a Japanese line that stops on a particle is wrapped prose", () => {
  const en = ['Example Overview', '', 'This page explains the service.', '', 'Backups', 'We back up every database daily and keep each copy for 30 days.', 'Governing law', 'These terms are governed by the laws of Ireland, and its courts hear any dispute.', '', 'Contact', 'Write to support.'].join('\n');
  assert.deepEqual(headings(en), ['1 Example Overview', '1 Backups', '1 Governing law', '1 Contact']);
  const ja = ['サービス概要', '', '本書の説明です。', '', 'バックアップ', '毎日取得し、14日間保管します。', '準拠法', '本規約は日本法に準拠し、東京地方裁判所を管轄裁判所とします。', '', '保管場所', 'データは国内に保管します。', 'お客様のデータは東京の', '当社のデータセンターに保管し、国外へは移しません。'].join('\n');
  assert.deepEqual(headings(ja), ['1 サービス概要', '1 バックアップ', '1 準拠法', '1 保管場所']);
});

test('marked questions with no answer between them are a list, however far apart; the marked titles after the paragraph that closes it are read afresh', () => {
  const text = ['Example Overview', '', 'This page explains the service.', '', 'Questions to ask a provider', '', '', '● How long do you keep my data after I cancel?', '', '', '● Can I export my files before I leave?', '', '', '● Where are your servers?', '', 'Each is answered in its own section.', '', '● Backups', 'We back up daily and keep each copy for 30 days.', '', '● Deletion', 'We delete customer data 30 days after the contract ends.'].join('\n');
  assert.deepEqual(headings(text), ['1 Example Overview', '1 Questions to ask a provider', '1 Backups', '1 Deletion']);
});

test('a label standing alone between blank lines heads the paragraph of sentences under it; "Note:" and a label under a heading do not', () => {
  const text = ['Example Overview', '', 'This page explains the service.', '', 'Data retention:', '', 'We keep account data while the contract runs and delete it 30 days after it ends.', '', 'Note:', '', 'Deleted data cannot be restored once these 30 days have passed.', '', 'Backups', '', 'Retention:', '', 'We back up every database daily and keep each copy for 30 days.'].join('\n');
  assert.deepEqual(headings(text), ['1 Example Overview', '1 Data retention', '1 Backups']);
  const ja = ['サービス概要', '', '本書の説明です。', '', 'データの保管場所：', '', 'お客様のデータは東京と大阪のデータセンターに保管し、国外へは移しません。'].join('\n');
  assert.deepEqual(headings(ja), ['1 サービス概要', '1 データの保管場所']);
});

test('a definitions table with its header cells, short definitions or terms in 「」 keeps its terms in the text', () => {
  const table = ['サービス仕様', '', '本書の説明です。', '', '用語の定義', '用語', '説明', '利用者', '本サービスを利用する法人', '管理者', '利用者の組織で権限を設定する者', '', 'バックアップ', '毎日取得し、14日間保管します。'].join('\n');
  assert.deepEqual(headings(table), ['1 サービス仕様', '1 バックアップ']);
  const quoted = ['サービス仕様', '', '本書の説明です。', '', '「本サービス」', '当社が提供するクラウドサービスをいいます。', '「利用者データ」', 'お客様が登録した情報をいいます。', '「委託先」', '当社が運用の一部を委ねる事業者をいいます。', '', 'バックアップ', '毎日取得し、14日間保管します。'].join('\n');
  assert.deepEqual(headings(quoted), ['1 サービス仕様', '1 バックアップ']);
});

test('a numbered line cut from an article\'s sentence ("1.本サービスは、…", an aside holding "。") is a list item, not a title', () => {
  const text = ['利用規約', '', '第1条(目的)', '1. 本規約(以下「本規約」といいます。)は当社が提供するサービスの利用', '条件を定めます。', '2. 利用者は本規約に同意したものとみなします。', '第2条(本サービス)', '1.本サービスは、利用者が発注情報及び', '検収情報を管理するためのシステムです。'].join('\n');
  assert.deepEqual(headings(text), ['1 利用規約', '1 第1条(目的)', '1 第2条(本サービス)']);
});

test('a docs page saved as text keeps its site generator\'s markup out of the outline: front matter, tags, shortcodes, admonitions', () => {
  const text = ['---', 'title: Data handling', 'weight: 3', '---', '', '{{< callout type="info" >}}', 'This page is for workspace owners.', '{{< /callout >}}', '', 'Where data lives', '', 'All records are stored in data centres in Ireland.', '', '<div class="note">', 'The region is chosen when the workspace is created.', '</div>', '', '{% hint style="warning" %}', 'A region cannot be changed later, so choose the one nearest to most of your users.', '{% endhint %}', '', ':::tip', 'Ask the support desk before you move a workspace to another account or organisation.', ':::', '', '<Alert>', 'Export links expire seven days after they are created, and a new one can be made at any time.', '</Alert>', '', 'Backups', '', 'Backups run nightly and are kept for 35 days.'].join('\n');
  assert.deepEqual(headings(text), ['1 Where data lives', '1 Backups']);
  // A heading in angle brackets is no tag: nothing closes it and it has no attributes.
  assert.deepEqual(headings(['題名', '', '<連絡先>', '窓口の説明です。', '', '<Contact us>', 'Write to the support desk.'].join('\n')), ['1 題名', '1 連絡先', '1 Contact us']);
});

test('a list of topics whose links hold a heading in their label ("+ [" / "# Backups" / "](backups.md)") makes items, not sections', () => {
  const text = ['# Data protection', '', 'The pages below go into each part.', '', '+ [', '', '# Where data is stored', '](storage.md)', '+ [', '', '# Backups', '](backups.md)', '', '## Backups', '', 'Copies are made daily and kept for 21 days.'].join('\n');
  assert.deepEqual(outline(text, 'markdown'), ['1 Data protection', '[paragraph] The pages below go into each part.', '[list-item] + [', '[list-item] + [', '2 Backups', '[paragraph] Copies are made daily and kept for 21 days.']);
});

test('a grid of cards flattened to lines (a short title over a longer phrase with no full stop, three times) makes items, and the heading after it stands', () => {
  const en = ['Trust at Example', '', 'This page sums up how we protect data.', '', 'Encryption', '', 'Records are encrypted at rest and in transit', '', 'Access control', '', 'Staff reach production only through audited sessions', '', 'Monitoring', '', 'Alerts go to an on-call engineer day and night', '', 'Backups', '', 'Every database is copied nightly and each copy is kept for 35 days.'].join('\n');
  assert.deepEqual(headings(en), ['1 Trust at Example', '1 Backups']);
  const ja = ['セキュリティへの取り組み', '', '当社は次の対策を行っています。', '', '暗号化', '', '保存時も通信時も情報を暗号化', '', 'アクセス管理', '', '本番環境への接続は記録付きの手順に限定', '', '監視', '', '24時間体制で異常を検知', '', 'バックアップ', '', '毎晩、別の地域にデータを複製し、35日間保管します。'].join('\n');
  assert.deepEqual(headings(ja), ['1 セキュリティへの取り組み', '1 バックアップ']);
  // Headings over one sentence each stay headings.
  const sections = ['Trust at Example', '', 'Encryption', '', 'Records are encrypted at rest and in transit.', '', 'Access control', '', 'Staff reach production only through audited sessions.', '', 'Monitoring', '', 'Alerts go to an on-call engineer day and night.'].join('\n');
  assert.deepEqual(headings(sections), ['1 Trust at Example', '1 Encryption', '1 Access control', '1 Monitoring']);
});

test('"Sign-in" or "Add-on" standing alone is a title, not a sentence that stops on a preposition', () => {
  const text = ['Account guide', '', 'Sign-in', '', 'Members sign in with their work account and a second factor.'].join('\n');
  assert.deepEqual(headings(text), ['1 Account guide', '1 Sign-in']);
});

test('a menu path on a line of its own ("Settings > Security > Audit log", "管理メニュー ＞ 設定") heads nothing', () => {
  const en = ['Viewing the audit log', '', 'Owners can read the audit log on this page.', '', 'Settings > Security > Audit log', '', 'Entries are kept for one year and then deleted.', '', 'Backups', '', 'Data is backed up daily and kept for 14 days.'].join('\n');
  assert.deepEqual(headings(en), ['1 Viewing the audit log', '1 Backups']);
  const ja = ['操作ログ', '', '操作ログは次の画面で確認できます。', '', '管理メニュー ＞ セキュリティ ＞ 操作ログ', '', '記録は2年間保管します。', '', '解約後のデータ', '', '解約の前に、次の画面からすべてのデータを書き出してください。', '', '管理メニュー → データ管理 → 一括ダウンロード', '', '解約日から60日以内に削除します。'].join('\n');
  assert.deepEqual(headings(ja), ['1 操作ログ', '1 解約後のデータ']);
  // A screenshot's caption of labels joined by colons, above the step it shows.
  const captions = ['退会の方法', '', '<PC版>', '退会:PC版:マイページ', 'マイページの編集ボタンを押します。', '退会:PC版:編集画面', '編集画面の下にある「アカウントを削除」を押します。'].join('\n');
  assert.deepEqual(headings(captions), ['1 退会の方法', '1 PC版']);
});

test('docs pages joined into one text: each later page\'s front matter is no text, its title heads the page over the page\'s own "##" sections', () => {
  const en = ['---', 'id: overview', 'title: Security overview', '---', '', 'How the service is protected.', '', '## Encryption', '', 'Data is encrypted at rest.', '', '---', 'id: privacy', 'title: "Privacy and personal data"', 'sidebar_label: Privacy', 'weight: 30', '---', '', '## Where data lives', '', 'Records are stored in Ireland.', '', '---', 'title: Logging', 'linkTitle: Logs', 'menu:', '  main:', '    parent: security', '---', '', '# Audit logs', '', 'Audit logs are kept for a year.'].join('\n');
  assert.deepEqual(headings(en, 'markdown'), ['1 Encryption', '1 Privacy and personal data', '2 Where data lives', '1 Audit logs']);
  const ja = ['---', 'title: アカウント', 'weight: 20', '---', '', 'アカウントの説明です。', '', '### パスワード', '', '初期パスワードを通知します。', '', '---', 'title: 多要素認証', 'toc: true', 'weight: 25', '---', '', '多要素認証を必須にしています。', '', '### 設定方法', '', '認証アプリを登録します。'].join('\n');
  assert.deepEqual(headings(ja, 'markdown'), ['1 パスワード', '1 多要素認証', '2 設定方法']);
  // A thematic break around a labelled line is no front matter: no key of a site generator's.
  const rule = ['# Notes', '', 'Backups run daily.', '', '---', 'Note: copies are kept for 30 days.', '---', '', '## Logs', '', 'Logs are kept.'].join('\n');
  assert.ok(outline(rule, 'markdown').some((b) => b.includes('Note: copies are kept for 30 days.')));
});

test('front matter that lost its fences ("title: …" / "description: …" at the top, a value carried on) is no title and no section', () => {
  const text = ['title: Data retention', 'description: How long Nimbus keeps', 'customer data and its logs', 'sidebar_position: 4', '', 'We keep customer data while the contract runs, and delete it 30 days after it ends.', '', 'Logs', '', 'Audit logs are kept for one year.'].join('\n');
  assert.deepEqual(headings(text), ['1 Logs']);
});

test('front matter without fences and with blank lines between its keys ("title:" / "seoTitle:" / "contentType:") is no title and no section', () => {
  const text = ['title: Backups', '', 'seoTitle: Backups | Help centre', '', 'contentType: Markdown', '', '# Backups', '', 'Workspaces are backed up every night.', '', '## Retention', '', 'Each backup is kept for 30 days.'].join('\n');
  assert.deepEqual(headings(text, 'markdown'), ['1 Backups', '2 Retention']);
});

test('an untitled contents block repeats later headings in other numbering and spacing ("第 2 章.対策" / "総　則"): the later ones are the sections', () => {
  const text = ['基本資料', '', '第 1 章.総　則', '1-1.目的', '1-2.範囲', '第 2 章.対策', '2-1.体制', '', '1. 総則', '1.1 目的', '本資料の目的を述べます。', '1.2 範囲', '本番環境に適用します。', '', '2. 対策', '2.1 体制', '委員会を置きます。'].join('\n');
  assert.deepEqual(headings(text), ['1 基本資料', '1 1. 総則', '2 1.1 目的', '2 1.2 範囲', '1 2. 対策', '2 2.1 体制']);
});

test('a contents block flattened with its page numbers ("第9章 雑則 13", "… 13第45条 (免責) 14") heads nothing; an article\'s caption heads the article', () => {
  const text = [
    '利用規約', '', '第1章 総則 1', '第1条 (目的) 1第2条 (定義) 1', '第2章 雑則 2', '第3条 (事故等の報告) 2', '',
    '第1章 総則', '', '（目的）', '第1条 本規約は、本サービスの利用条件を定めます。', '', '（定義）', '第2条 本規約の用語は次のとおりとします。', '',
    '第2章 雑則', '', '（事故等の報告）', '第3条 当社は、事故を知ったときは72時間以内に報告します。',
  ].join('\n');
  assert.deepEqual(headings(text), ['1 利用規約', '1 第1章 総則', '2 （目的）', '2 （定義）', '1 第2章 雑則', '2 （事故等の報告）']);
});

test('a line that opens with its verb among bulleted pros and cons ("May need …", "Requires …") is an item, not a heading', () => {
  const text = ['Backup plans', '', 'Standard plan', '', 'Snapshots are taken nightly and kept for 30 days.', '', '- Included with every plan', '', 'May need customization for specific industries', '', 'Support restores a whole workspace on request, usually within the hour.', '', 'Extended plan', '', 'Snapshots are kept for a year.'].join('\n');
  assert.deepEqual(headings(text), ['1 Backup plans', '1 Standard plan', '1 Extended plan']);
});

test('a table header whose cells were glued together ("項目説明") heads nothing', () => {
  const text = ['サービス仕様', '', '本サービスの仕様は次のとおりです。', '', ' ', '項目説明', '', '提供時間 24時間365日', '', 'バックアップ 毎日1回、7世代を保管', '', 'お問い合わせ', '', '平日9時から18時まで受け付けます。'].join('\n');
  assert.ok(!headings(text).some((h) => h.endsWith('項目説明')));
});

test('a contents block whose body was cut (parts and articles, nothing between them, then the first article again) makes no section', () => {
  const ja = ['利用規約', '', '第1節 総 則', '', '第1条 (目的)', '', '第2条 (定義)', '', '第2節 契 約', '', '第3条 (申込み)', '', '第3節 雑 則', '', '第4条 (準拠法)', '', '第1節 総 則', '', '第1条 (目的)', '', '本規約は、本サービスの利用条件を定めるものです。契約者は'].join('\n');
  assert.deepEqual(headings(ja), ['1 利用規約', '1 第1節 総 則', '2 第1条 (目的)']);
  const en = ['Terms of Service', '', '1. General', '', '1.1 Purpose', '', '1.2 Definitions', '', '2. Data', '', '2.1 Backups', '', '2.2 Deletion', '', '1. General', '', '1.1 Purpose', '', 'These terms govern the use of the service and'].join('\n');
  assert.deepEqual(headings(en), ['1 Terms of Service', '1 1. General', '2 1.1 Purpose']);
  // A list of one level is a list, not a contents block: its items stay in the text.
  const list = ['Features', '', 'We offer the following.', '', '1. Backups', '', '2. Exports', '', '3. Audit logs', '', '4. Single sign-on', '', '5. Alerts', '', '6. Reports', '', '1. Backups', '', 'Backups run nightly.'].join('\n');
  assert.ok(outline(list).includes('[list-item] 3. Audit logs'));
});

test("a flattened table's header, glued or joined by one space, and its rows head nothing; the heading above the table stays", () => {
  const spacedHeader = ['Commitments', '', 'Support', '', 'We answer every request by email.', '', 'Severity Response', 'Urgent The service is down for everyone. We respond within 30 minutes.', 'High A main feature fails for many users. We respond within 2 hours.', '', 'Backups', '', 'We back up every 4 hours.'].join('\n');
  assert.deepEqual(headings(spacedHeader), ['1 Commitments', '1 Support', '1 Backups']);
  const glued = ['Commitments', '', 'Backups', '', 'We back up every notebook every 4 hours and keep each copy for 21 days.', '', 'Quick Reference', '', 'TaskWhere to do it', 'Export your notesSettings > Export', 'Close the accountSettings > Account', '', 'Leaving', '', 'We delete your notes within 21 days.'].join('\n');
  assert.deepEqual(headings(glued), ['1 Commitments', '1 Backups', '1 Quick Reference', '1 Leaving']);
  // A heading over paragraphs that open with a name is no table.
  const prose = ['Commitments', '', 'Data Protection', 'Customer Data is encrypted at rest with keys we rotate yearly.', '', 'Backups', '', 'We back up every 4 hours.'].join('\n');
  assert.deepEqual(headings(prose), ['1 Commitments', '1 Data Protection', '1 Backups']);
});

test('a table laid out one cell a line (two header cells, then places in whole rows) heads nothing; a heading over a list of places stays', () => {
  const table = ['データの保管', '', '保管場所', '', 'データは契約時に選んだ国に保管します。', '', '保管先の国', '', 'バックアップの保管先', '', '日本', '', '日本', '', '米国', '', '米国', '', '保管先は変更できません。', '', 'バックアップ', '', 'バックアップを毎日取得します。'].join('\n');
  assert.deepEqual(headings(table), ['1 データの保管', '1 保管場所', '1 バックアップ']);
  assert.ok(outline(table).includes('[table-row] 保管先の国'));
});

test('a glossary is no run of headings: meanings over several lines under its title, or noun phrases without one', () => {
  const titled = ['Keeping records at Fernwick', '', 'Terms used on this page', 'Retention period', 'How long a record is kept before it is erased', 'from every system that holds it.', 'Backup', 'A copy of the payroll database taken each night', 'and kept in a second region.', 'Audit log', 'A record of each action an administrator takes.', '', 'How long we keep records', 'We keep payroll records for seven years, then erase them.', ''].join('\n');
  assert.deepEqual(headings(titled), ['1 Keeping records at Fernwick', '1 Terms used on this page', '1 How long we keep records']);
  const untitled = ['Backup policy', '', 'This policy covers the copies we keep of customer data.', '', 'Snapshot', 'A point-in-time copy of a volume.', 'Retention', 'The time a snapshot is kept.', 'Restore', 'Putting data back from a snapshot.', 'Replica', 'A copy kept in another zone.', '', 'Frequency', 'We take a snapshot of every volume each night and keep it for 14 days.', ''].join('\n');
  assert.deepEqual(headings(untitled), ['1 Backup policy', '1 Frequency']);
  const sections = ['Security at Acme', '', 'Encryption', 'All data is encrypted with AES-256.', '', 'Backups', 'A full copy of every database is taken nightly.', '', 'Monitoring', 'The platform is monitored around the clock.', ''].join('\n');
  assert.deepEqual(headings(sections), ['1 Security at Acme', '1 Encryption', '1 Backups', '1 Monitoring'], 'sections of one sentence each are no glossary');
});

test('a titled contents block that stops after two entries goes on by its shape: its numbered titles are no sections', () => {
  const articles = ['第2条（定義）', '第3条（適用）', '第2章 利用契約', '第4条（申込み）', '第5条（契約の成立）', '第3章 データの取扱い', '第6条（データの保管）', '第7条（バックアップ）', '第8条（データの削除）', '第4章 雑則', '第9条（準拠法）'];
  const text = ['サンプル会計 利用規約', '', '目次', '第1章 総則', '第1条（目的）', ...articles, '', '第1章 総則', '第1条（目的）', '本規約は、当社が提供するサービスの利用条件を定めるものです。', ''].join('\n');
  assert.deepEqual(headings(text).map((h) => h.replace(/^\d+ /, '')), ['サンプル会計 利用規約', '第1章 総則', '第1条（目的）']);
});

test("a document-sharing site's record of the file (posted on, downloads, views) heads nothing and belongs to no section", () => {
  const text = ['Fernleaf Forms Service Level Agreement', '', 'Posted on 4 March 2024', '', 'Downloads 2,310', '', 'Views 8,744', '', '', 'Availability Commitment', '', 'Fernleaf makes the hosted form builder available 99.9% of the time in each calendar month.', ''].join('\n');
  assert.deepEqual(outline(text), ['1 Fernleaf Forms Service Level Agreement', '1 Availability Commitment', '[paragraph] Fernleaf makes the hosted form builder available 99.9% of the time in each calendar month.']);
  const ja = ['電子契約 セキュリティホワイトペーパー', '投稿日：2024年3月12日', 'ダウンロード数：1,284', '', '1. 脆弱性への対応', '当社は脆弱性診断を年2回実施します。'].join('\n');
  assert.deepEqual(headings(ja), ['1 電子契約 セキュリティホワイトペーパー', '1 1. 脆弱性への対応']);
});

test('the same run of labels set under one heading after another (severity levels, one a line) is a list each time', () => {
  const levels = ['Critical', '', 'High', '', 'Medium', '', 'Low', ''];
  const text = [
    'Support Terms', '', '',
    'Incident Priorities', '', 'Every reported problem is sorted by priority and answered within the time set for it.', '', ...levels, 'A Critical problem is answered within one hour.', '', '',
    'Maintenance Windows', '', 'Planned maintenance is announced five days ahead on the status page.', '', ...levels, 'Emergency maintenance for a Critical fix may start at once.', '',
  ].join('\n');
  assert.deepEqual(headings(text), ['1 Support Terms', '1 Incident Priorities', '1 Maintenance Windows']);
});

test("a question standing alone on the first line is a FAQ entry's title; a Markdown heading's closing #s are cut, in linear time", () => {
  assert.equal(readText('When is maintenance announced?\n\nTen days before it starts, by email.\n', 'text').blocks[0].kind, 'heading');
  assert.equal(readText('Why does this matter? Because every backup is tested.\nMore text follows here.\n', 'text').blocks[0].kind, 'paragraph', 'a question that runs on is prose');
  assert.ok(headings('# Notes\n\nWhat we keep.\n\n## Backups ##\n\nNightly copies.\n', 'markdown').some((h) => h.endsWith(' Backups')));
  const start = performance.now();
  readText(`# a${' '.repeat(64_000)}x\n`, 'markdown');
  assert.ok(performance.now() - start < 1000, 'a heading line of 64k spaces reads in well under a second');
});

test('a help centre\'s furniture is no block: feedback question and buttons, comment count, related links up to a heading over text', () => {
  const text = ['Restoring a board', '', 'Ask support for the date you need.', '', 'Was this article helpful?', '', 'Yes No', '', 'Related articles', '', 'Leaving the service', '', 'Inviting guests', '', '0 comments'].join('\n');
  assert.deepEqual(outline(text), ['1 Restoring a board', '[paragraph] Ask support for the date you need.']);
  const ja = ['ボードを戻す', '', 'サポートへ日付をお知らせください。', '', 'この記事は役に立ちましたか？', '', 'はい いいえ', '', '関連記事', '', '解約時の持ち出し', '', 'お問い合わせ窓口', '', '平日10時から17時まで受け付けています。'].join('\n');
  assert.deepEqual(headings(ja), ['1 ボードを戻す', '1 お問い合わせ窓口'], 'a heading over text of its own ends the links');
});

test("a docs site's pager flattened onto one line is no heading", () => {
  const text = ['Exporting audit records', '', 'Owners download the records of the last 90 days as CSV.', '', '« Previous | Next »', '', 'Rotating keys', '', 'Keys are rotated every year.'].join('\n');
  assert.deepEqual(headings(text), ['1 Exporting audit records', '1 Rotating keys']);
  const ja = ['監査記録の書き出し', '', '管理者は直近90日分をCSVで取得できます。', '', '前へ 次へ', '', '鍵の更新', '', '鍵は毎年更新します。'].join('\n');
  assert.deepEqual(headings(ja), ['1 監査記録の書き出し', '1 鍵の更新']);
});

test("a revision notice's changed article captions after its announcing sentence are no sections; a card group's count line heads nothing", () => {
  const notice = ['規約改定のお知らせ', '', '利用規約を改定します。改定する箇所は以下のとおりです。', '', 'はじめに', '第5条(本サービスの内容)1項', '第14条(情報の削除等)', '第22条(免責)2項', '', '改定後の規約は改定日から適用されます。'].join('\n');
  assert.deepEqual(headings(notice), ['1 規約改定のお知らせ']);
  const terms = ['利用規約', '', '第1条(目的)', '本規約は本サービスの利用条件を定めます。', '', '第2条(定義)', '本規約で用いる用語は次のとおりです。'].join('\n');
  assert.deepEqual(headings(terms), ['1 利用規約', '1 第1条(目的)', '1 第2条(定義)'], "an article's own caption still heads it");
  const policies = ['題名', '', '5.1 方針', '当社は以下のとおり方針を定めています。', '- 情報セキュリティ方針', '- クラウドサービス方針', '5.2 役割及び責任', '責任の範囲は下記のとおりです。'].join('\n');
  assert.deepEqual(headings(policies), ['1 題名', '1 5.1 方針', '1 5.2 役割及び責任'], 'a numbered heading after an announced bulleted list still heads its section');
  const cards = ['Trust Center', '', 'Infrastructure Security', '6 Controls', '', 'Encryption at Rest', '', 'All databases are encrypted with AES-256.', '', 'Organizational Security', '4 Controls', '', 'Security Training', '', 'Every employee completes training once a year.'].join('\n');
  assert.ok(!headings(cards).some((h) => /Controls$/.test(h)), headings(cards).join(' | '));
});

test('a numbered line whose text hangs on the next line at its words\' column is an item; "1." over "1." is Markdown\'s own count', () => {
  const hanging = ['# 規約', '', '## 第1条（用語）', '', '1. 『会員』', '   登録を済ませた法人をいいます。', '', '2. 『データ』', '   会員が入力した情報をいいます。', '', '## 第2条（削除）', '', '当社は終了日から30日後に削除します。'].join('\n');
  assert.deepEqual(headings(hanging), ['1 規約', '2 第1条(用語)', '2 第2条(削除)']);
  // A body a blank line below its numbered heading, at another column, is the section's (a plain-text paper's layout).
  const body = ['Title', '', '1.  Scope', '', '   This paper covers the hosted service.', '', '2.  Backups', '', '   Backups run nightly.'].join('\n');
  assert.deepEqual(headings(body), ['1 Title', '1 1.  Scope', '1 2.  Backups']);
  const ones = ['# Close a workspace', '', '1. Open **Settings**.', '', '1. Pick a date.', '', '1. Confirm.', '', 'The data is erased on that date.'].join('\n');
  assert.deepEqual(headings(ones), ['1 Close a workspace']);
});

test('hashes glued to a title head a section where the text spaces that level elsewhere; a "#tag" does not', () => {
  const glued = ['## Security at Acme', '', 'An overview.', '', '## Encryption', '', 'AES-256 at rest.', '', '##Backups', '', 'Nightly, kept 14 days.'].join('\n');
  assert.deepEqual(headings(glued), ['1 Security at Acme', '1 Encryption', '1 Backups']);
  const tags = ['Leaving the service', '', 'Your data is deleted after 30 days.', '', '#Deletion #Account', '', '#Help'].join('\n');
  assert.ok(!headings(tags).some((h) => /Help|Deletion/.test(h)));
});

test('a page kept as its source heads its sections with its heading tags and its components\' titles; its code, comments, cards and steps head nothing', () => {
  const jsx = [
    'import type { Metadata } from "next";',
    '',
    'export const metadata: Metadata = {',
    '  title: "Security | Example",',
    '};',
    '',
    'export default function Page() {',
    '  return (',
    '    <main className="legal">',
    '      <h1 className="text-3xl">Security at Example</h1>',
    '      {/* Encryption */}',
    '      <section>',
    '        <h2 className="text-xl">1. Encryption</h2>',
    '        <p>All traffic is encrypted with TLS 1.2 or later.</p>',
    '      </section>',
    '      <h2 className="text-xl">2. Backups</h2>',
    '      <p>Databases are backed up daily and each copy is kept for 30 days.</p>',
    '      <h2 className="text-xl">',
    '        3. Deletion',
    '      </h2>',
    '      <ul>',
    '        <li>Customer data is deleted 30 days after the contract ends.</li>',
    '      </ul>',
    '    </main>',
    '  );',
    '}',
  ].join('\n');
  assert.deepEqual(headings(jsx), ['1 Security at Example', '2 1. Encryption', '2 2. Backups', '2 3. Deletion']);
  assert.ok(outline(jsx).includes('[list-item] <li>Customer data is deleted 30 days after the contract ends.</li>'));
  const sections = ['export default function Terms() {', '  return (', '    <>', '      <h1 className="title">利用規約</h1>', '      <Section title="第1条（適用）">', '        <p>本規約は本サービスの利用に適用されます。</p>', '      </Section>', '      <Section title="第2条（サービスの変更）">', '        <p>当社は30日前までに通知した上で本サービスの内容を変更できます。</p>', '      </Section>', '    </>', '  );', '}'].join('\n');
  assert.deepEqual(headings(sections), ['1 利用規約', '2 第1条（適用）', '2 第2条（サービスの変更）']);
  const mdx = ['# 運用のしくみ', '', '## 暗号化', '', '<AccordionGroup>', '<Accordion title="鍵の管理">', '鍵は専用の管理サービスで保管し、年に一度更新します。', '</Accordion>', '</AccordionGroup>', '', '<Steps>', '<Step title="エクスポート">', '設定画面からエクスポートを選びます。', '</Step>', '</Steps>', '', '<Card title="監査ログ" href="/docs/audit-logs">', '操作の記録を見る', '</Card>'].join('\n');
  assert.deepEqual(headings(mdx, 'markdown'), ['1 運用のしくみ', '2 暗号化', '3 鍵の管理']);
  // A component named in camel case ("BlockWithHeader") glues a capital inside its name as a borderless table's header
  // does; its title still heads its block.
  const blocks = ['import { BlockWithHeader } from "../atoms/BlockWithHeader";', '', 'const Security = () => (', '  <div>', '    <BlockWithHeader Tag="h2" title="アクセス管理">', '      <p>', '        権限は役割に応じて付与します。', '      </p>', '    </BlockWithHeader>', '    <BlockWithHeader Tag="h2" title="情報セキュリティ教育">', '      <p>', '        年に一度、全社員に教育を実施します。', '      </p>', '    </BlockWithHeader>', '  </div>', ');'].join('\n');
  assert.deepEqual(headings(blocks).slice(-2), ['1 アクセス管理', '1 情報セキュリティ教育']);
});

test("a Markdown heading's anchor id is no word of its title; braces that are the title's own words stay", () => {
  const text = ['# Security', '', '## Encryption at rest on AWS {#aws}', 'Text.', '', '## アクセス制御 \\{#access-control}', 'Text.', '', '## Backups ## {#backups}', 'Text.', '', '## {#only-an-id}', 'Text.', '', '## Set {a} and {b}', 'Text.'].join('\n');
  assert.deepEqual(headings(text, 'markdown'), ['1 Security', '2 Encryption at rest on AWS', '2 アクセス制御', '2 Backups', '2 {#only-an-id}', '2 Set {a} and {b}']);
});

test('docs pages joined with no newline at a page\'s end: the next front matter follows the last line and is still no text, nor a setext heading over its fence', () => {
  const posts = ['---', 'title: Retention policy', '---', '', 'Build logs are kept for six months.', '', 'Regards,', 'The Larchway team', '---', "title: 'Update: Retention policy'", '---', '', 'Build logs are now kept for three months.', 'Follow us on the forum', '---', 'layout: docs', 'title: Build machines', '---', '', '<!-- markdownlint-disable -->', '# Build machines', '', 'Every build runs on a fresh machine.', '', '## Regions', '', 'Machines run in Frankfurt.'].join('\n');
  assert.deepEqual(headings(posts, 'markdown'), ['1 Update: Retention policy', '1 Build machines', '2 Regions']);
  assert.ok(!outline(posts, 'markdown').some((b) => /title:|layout:/.test(b)));
  // A docs page showing its own front matter in a YAML example keeps it as code.
  const example = ['# Writing pages', '', 'Start each page with its settings:', '', '```yaml', '---', 'title: Backups', 'weight: 10', '---', '```', '', '## Publishing', '', 'Pages are published nightly.'].join('\n');
  assert.deepEqual(headings(example, 'markdown'), ['1 Writing pages', '2 Publishing']);
});

test('a numbered clause that runs its caption into its first sentence ("1. Definitions. For the purposes of this DPA") is a clause, not a title', () => {
  const dpa = ['Data Processing Addendum', '', 'This addendum forms part of the agreement.', '', '1. Definitions. For the purposes of this Addendum', '"Personal Data" means information about a person.', '', '2. Processing. The processor acts only on documented instructions.', '', '3. Deletion. Within 30 days after the agreement ends, all Personal Data is deleted.'].join('\n');
  assert.deepEqual(headings(dpa), ['1 Data Processing Addendum']);
  // A title in two parts keeps its second part's capitals; an abbreviation's full stop ends no caption.
  const titled = ['Security overview', '', '1. Annex. Technical and Organisational Measures', '', 'Every measure below is reviewed yearly.', '', '2. St. Louis Data Centre Operations and Access', '', 'The data centre is staffed around the clock.'].join('\n');
  assert.deepEqual(headings(titled), ['1 Security overview', '1 1. Annex. Technical and Organisational Measures', '1 2. St. Louis Data Centre Operations and Access']);
});

test('a screenshot in a link alone on its line ("[![image](shot.png)](shot.png){: target=\\"_blank\\"}") heads nothing', () => {
  const manual = ['---', 'title: セキュリティ', '---', '', '- パスワードの変更: 変更の周期を設定できます。', '', '  [![image](/images/security/1.PNG){: width="800" }](/images/security/1.PNG){: target="_blank"}', '', '<br />', '', '- 認証: ログインの失敗回数を設定できます。', '', ' [![image](/images/security/2.PNG)](/images/security/2.PNG)', '', '<br />'].join('\n');
  assert.deepEqual(headings(manual), []);
});

test('front matter whose plain value runs on to a line at the margin ("usage_notes: Standard section." / "May need changes.") is still front matter, and its fence heads nothing', () => {
  const text = ['---', 'id: confidentiality', 'title: 機密保持', 'usage_notes: Standard confidentiality section.', 'May need customization for some industries.', 'tags:', '  - "terms"', '---', '', '## 機密保持', '', '### 相互NDA', '', '両当事者は機密情報を保護します。'].join('\n');
  assert.deepEqual(headings(text, 'markdown'), ['1 機密保持', '2 相互NDA']);
  // A value that opens markup is the page's own text: the block is read.
  const markup = ['---', 'respectContent: <h3>Backups</h3>', '<p>Copies are kept for 30 days.</p>', '---', '', 'Backups', '', 'Copies are kept for 30 days.'].join('\n');
  assert.ok(outline(markup).some((b) => b.includes('respectContent')));
});

test('joined pages whose first holds nothing but its front matter: the next page\'s title key gives the title, not its raw line', () => {
  const text = ['---', 'title: "Security and compliance"', 'weight: -50', '---', '', '---', 'title: Data retention', 'description: What is kept and for how long.', '---', '', '## System logs', '', 'System logs are kept for 30 days.'].join('\n');
  assert.deepEqual(headings(text, 'markdown'), ['1 Data retention', '2 System logs']);
});

test('a docs page\'s namespaced front matter keys ("ms.author:", "ms.date:") are front matter keys: the block is no text', () => {
  const text = ['---', 'title: App information', 'ms.author: someone', 'ms.date: 07/07/2022', 'description: Security and compliance details.', '---', '# App information', '', 'Details given by the developer.', '', '### General information', '', 'The app is hosted in Ireland.'].join('\n');
  assert.deepEqual(headings(text, 'markdown'), ['1 App information', '2 General information']);
  assert.ok(!outline(text, 'markdown').some((b) => b.includes('ms.author')));
});
