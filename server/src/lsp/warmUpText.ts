// What an analysis worker reads while it waits for its first document: a short
// whitepaper in each language that goes through every stage (the parser, the
// schema, the prose reader's patterns, the section and document rules), so that
// compiling them is done before a document is opened, not while it waits.
// Written for this purpose; nothing here is reported to anyone.

export const WARM_UP_TEXTS: readonly string[] = [
  `whitepaper: 1
lang: ja
title: ウォームアップ クラウド セキュリティホワイトペーパー
service:
  name: ウォームアップ クラウド
  provider: 株式会社ウォームアップ
  model: SaaS
not_applicable:
  CLD.6.3.1: 共有する役割はありません
sections:
  - title: 12 運用のセキュリティ
    sections:
      - title: バックアップ
        controls: [12.3.1]
        body: |
          バックアップは毎日午前2時に取得し、7世代(30日間)保存します。
          復元の確認は定期的に行います。
      - title: ログの保存
        controls: [12.4.1, 12.4.3]
        body: |
          監査ログは1年間、アクセスログ(認証ログを含む)は180日保存します。
          操作ログは一定期間保管した後、速やかに削除します。

          | ログ | 保存期間 |
          | --- | --- |
          | 監査ログ | 2年 |
      - title: 時刻同期
        controls: [12.4.4, 99.9.9]
        body: NTP により協定世界時に同期します。
  - title: 契約終了時のデータ削除
    controls: [CLD.8.1.5, 12.3.1]
    body: |
      契約終了後30日以内に、お客様のデータを完全に削除します。
      お客様は解約の前にデータをダウンロードしてください。
      インシデントの発生時は24時間以内に通知し、変更は実施の30日前までにお知らせします。
`,
  `whitepaper: 1
lang: en
title: Warm-up Cloud Security Whitepaper
service:
  name: Warm-up Cloud
  provider: Warm-up Inc.
  model: SaaS
sections:
  - title: Backup and restore
    controls: [12.3.1]
    body: |
      Backups are taken every 6 hours and kept for 14 days (three generations).
      Restores are tested periodically, as needed.
  - title: Logging
    controls: [12.4.1]
    body: |
      Audit logs, which include sign-in events, are retained for one year; access logs for 90 days.
      Operation logs are kept for a certain period and deleted without undue delay.
  - title: Data deletion
    controls: [CLD.8.1.5, 12.4.1]
    body: |
      Customer data is deleted within 30 days after termination of the contract, and backups are purged immediately.
      We notify customers of incidents within 72 hours and of changes 30 days in advance.
`,
];

/**
 * A warm-up text grown to about `chars` characters: its sections again and again, each numbered so that no two are
 * alike (an analysis parses a section written twice once). What an idle worker reads to its first report only
 * (analyze/firstReportWarmUp.ts).
 */
export function largeWarmUpText(text: string, chars: number): string {
  const at = text.indexOf('\nsections:\n') + '\nsections:\n'.length;
  const sections = text.slice(at);
  const parts = [text.slice(0, at)];
  for (let i = 0, length = at; length < chars; i++) {
    const numbered = sections.replace(/^( *- title: )/gm, `$1${i} `);
    parts.push(numbered);
    length += numbered.length;
  }
  return parts.join('');
}
