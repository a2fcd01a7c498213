// A questionnaire's rows, whatever their layout: a row answered yes (or in words) states its question, one answered
// no, N/A or left empty states nothing; the rules read a row's facts as one statement.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { answeredRows, statedByRow } from '../../../server/src/import/answeredRows';
import { importWhitepaper, withoutInferredControlFindings } from '../../../server/src/import/importWhitepaper';
import { recognizeControls } from '../../../server/src/import/recognizeControls';
import { splitSentences } from '../../../server/src/facts/sentences';

const ids = (heading: string, body: string) => recognizeControls(heading, body).map((c) => c.id).sort();
const findings = (text: string, name = 'questionnaire.md') => {
  const result = importWhitepaper(text, name);
  return withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(result.yaml).findings, result);
};

test('rows of a Markdown table, a tab-separated sheet, Q/A pairs and a ○/× check sheet are read as questions and answers', () => {
  const markdown = ['| 質問 | 回答 |', '|:--|:--|', '| 保存データは暗号化されていますか? | はい |', '| 変更管理プロセスはありますか? | はい |', '| ISO 27001 の認証を取得していますか? | いいえ |'].join('\n');
  assert.deepEqual(answeredRows(markdown).map((r) => [r.line, r.affirmed]), [[2, true], [3, true], [4, false]]);
  const caiq = ['Control ID\tQuestion\tAnswer\tNotes', 'DSP-01.1\tIs data encrypted at rest?\tYes\tAES-256', 'LOG-01.1\tDo you keep audit logs?\tYes\t', 'STA-01.1\tAre you ISO 27001 certified?\tNo\t'].join('\n');
  assert.deepEqual(answeredRows(caiq).map((r) => [r.question, r.answer, r.affirmed]), [['Is data encrypted at rest?', 'Yes AES-256', true], ['Do you keep audit logs?', 'Yes', true], ['Are you ISO 27001 certified?', 'No', false]]);
  const pairs = ['Q1. Where is data stored?', 'A1. In Frankfurt, Germany.', '', 'Q2. Do you offer SSO?', 'A2. Not yet.', '', 'Q3. Is data encrypted?', 'A3. Yes, with AES-256.'].join('\n');
  assert.deepEqual(answeredRows(pairs).map((r) => [r.lines, r.affirmed]), [[[0, 1], true], [[3, 4], false], [[6, 7], true]]);
  const sheet = ['No.\t項目\t内容\t回答', '1\tデータの暗号化\t保存データを暗号化している\t○', '2\tログの取得\t操作ログを取得している\t○', '3\t第三者認証\tISO 27001 の認証を取得している\t×'].join('\n');
  assert.deepEqual(answeredRows(sheet).map((r) => [r.question, r.affirmed]), [['データの暗号化 保存データを暗号化している', true], ['ログの取得 操作ログを取得している', true], ['第三者認証 ISO 27001 の認証を取得している', false]]);
});

test('a table of values, a matrix of marks or two rows is no questionnaire', () => {
  assert.deepEqual(answeredRows(['| 項目 | 内容 |', '|--|--|', '| バックアップ | 毎日取得 |', '| ログ | 1年間保存 |', '| 暗号化 | AES-256 |'].join('\n')), []);
  assert.deepEqual(answeredRows(['| 項目 | 当社 | お客様 |', '|--|--|--|', '| バックアップの取得 | ○ | × |', '| アカウントの管理 | × | ○ |', '| OSのパッチ適用 | ○ | × |'].join('\n')), []);
  assert.deepEqual(answeredRows(['| 保存データは暗号化されていますか? | はい |', '| ログを取得していますか? | はい |'].join('\n')), []);
});

test("an affirmed row names its question's control; a row answered no or N/A names none", () => {
  const body = [
    '| **Information** | **Response** |',
    '|:--|:--|',
    '| 変更要求を確認および承認する、確立された変更管理プロセスはありますか? | はい |',
    '| すべてのシステム コンポーネントにイベント ログ記録を設定していますか? | はい |',
    '| 正式なセキュリティ インシデント対応プロセスが確立されていますか? | はい |',
    '| アプリは ISO 27001 に準拠していますか? | いいえ |',
    '| 外部ネットワーク境界にファイアウォールがインストールされていますか? | 該当なし |',
    '| 特権アクセスの管理プロセスはありますか? |  |',
  ].join('\n');
  assert.deepEqual(ids('セキュリティ', body), ['12.1.2', '12.4.1', '16.1.1', '16.1.2']);
  const caiq = ['Control ID\tQuestion\tAnswer', 'DSP-02.1\tWhich country is customer data stored in?\tGermany', 'STA-01.1\tDo you hold a SOC 2 report?\tNo', 'SEF-01.1\tDo you have an incident response plan?\tYes'].join('\n');
  assert.deepEqual(ids('Answers', caiq), ['16.1.1', '16.1.2', '6.1.3']);
});

test("a row's question and answer are one statement: the answer's period keeps the question's subject", () => {
  const row = '| How long is data retained after account termination? | 30 days |';
  assert.deepEqual(splitSentences(row).map(({ start, end }) => row.slice(start, end)), [row]);
  const [stated] = answeredRows(['| Do you log events? | Yes |', '| Do you encrypt data? | Yes |', row].join('\n')).slice(2);
  assert.equal(statedByRow(stated), 'How long is data retained after account termination 30 days');
  assert.equal(statedByRow({ line: 0, lines: [0], question: 'イベント ログ記録を設定していますか?', answer: 'はい', affirmed: true }), 'イベントログ記録を設定していますか はい');
});

test('a questionnaire answering yes to logging and a retention after termination owes the log period and the way back (check)', () => {
  const text = [
    '# セキュリティ質問票 回答',
    '',
    '## データと運用',
    '',
    '| 質問 | 回答 |',
    '|:--|:--|',
    '| アカウントの終了後、データはどのくらいの期間保持されますか? | 30 日間未満 |',
    '| すべてのサーバーでイベントログを取得していますか? | はい |',
    '| 保存データは暗号化されていますか? | はい |',
    '| 本番環境への特権アクセスに多要素認証を使用していますか? | いいえ |',
  ].join('\n');
  const found = findings(text).filter((f) => f.ruleId === 'deletion-policy' || f.ruleId === 'log-retention-missing');
  assert.deepEqual([...new Set(found.map((f) => `${f.ruleId}/${f.messageId}`))].sort(), ['deletion-policy/noReturn', 'log-retention-missing/noRetention']);
  const declined = text.replace('| すべてのサーバーでイベントログを取得していますか? | はい |', '| すべてのサーバーでイベントログを取得していますか? | いいえ |');
  assert.deepEqual(findings(declined).filter((f) => f.ruleId === 'log-retention-missing'), [], 'logging answered no owes no period');
});
