import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

const TAB = '\t';

checkRule('log-retention-consistency', {
  valid: [
    VALID,
    // How far back an offboarding step reviews the audit logs is no period they are kept for.
    HEADER_EN +
      yaml`
      sections:
        - title: Offboarding an administrator
          body: |
            | Step | Action | Timing |
            | 3 | Export and review audit logs (90 days) | Within 48 hours |
        - title: Audit logging
          controls: [12.4.1]
          body: |
            Audit logs are kept for 365 days and then deleted.
    `,
    // Deadlines by which data of several kinds is deleted, one after another: no log's retention, so no conflict.
    HEADER_EN +
      yaml`
      sections:
        - title: When data is deleted
          controls: [12.4.1]
          body: |
            After a workspace closes, its operation records are deleted within 30 days.
            Then the operation records of its shared files are deleted within 90 days.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: データの削除時期
          controls: [12.4.1]
          body: |
            ワークスペースの閉鎖後、操作履歴は30日以内に削除します。
            その後、共有ファイルの操作履歴も90日以内に削除します。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Audit logs are kept for 2 years and access logs for 90 days.
    `,
    // Business records each have their own period; none of them is a log.
    HEADER_EN +
      yaml`
      sections:
        - title: Retention schedule
          controls: [12.4.1]
          body: |
            - Invoice records: 10 years
            - Hiring records: 2 years
            - Logs: 1 year
    `,
    // Cases of one policy, not two statements of one fact: per plan, a default the customer may change, how long
    // logs can be viewed, periods within one sentence, and a lower bound against a longer period.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Audit logs are kept for one year.

            On the Enterprise plan, audit logs are kept for seven years.

            The last 90 days of audit logs can be searched in the console.
        - title: Settings
          controls: [12.4.3]
          body: |
            By default, access logs are kept for 180 days; administrators can extend this to two years.

            Access logs are searchable for 30 days and archived for one year.
        - title: Records
          controls: [18.1.3]
          body: |
            Operation logs are retained for at least one year. Operation logs are deleted after two years.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: ログ
          controls: [12.4.1]
          body: |
            操作ログは1年間保存します。

            操作ログは管理画面で直近90日分を閲覧できます。

            プレミアムプランでは操作ログを3年間保存します。
        - title: 契約終了後の扱い
          controls: [CLD.8.1.5]
          body: |
            ご契約の終了後、操作ログは30日以内に削除します。
    `,
    // A period the customer sets in the admin console is no statement of the provider's to compare.
    HEADER_EN +
      yaml`
      sections:
        - title: ログ
          controls: [12.4.1]
          body: |
            ・ファイルのダウンロード履歴：お客様が管理画面で設定した期間(最長5年)保存
            ・システムの稼働ログ：90日間保存
    `,
    // Logs that move between storage tiers as they age: one period per tier, not two statements of one fact.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            - Audit logs in hot storage: 7 days
            - Audit logs in warm storage: 90 days
            - Audit logs kept locally on each host: 3 days

            Audit logs are kept for 13 months in total.
        - title: ログの保管
          controls: [12.4.3]
          body: |
            ・監査ログ(オンライン):30日間
            ・監査ログ(オフライン):1年間
    `,
    // A table that gives each log a period per storage tier, however its text reached us: bars, tabs, columns
    // aligned with spaces, one cell per line; and cells or sentences that give one log two periods.
    HEADER_JA +
      yaml`
      sections:
        - title: ログの保存期間
          controls: [12.4.1]
          body: |
            | ログの種類 | ローカル | ウォーム | コールド | 合計 |
            | --- | --- | --- | --- | --- |
            | 監査ログ | 7日 | 90日 | 1年 | 1年 |
            | ダウンロード履歴 | 1日 | 30日 | 180日 | 180日 |
        - title: 保存期間(タブ区切り)
          controls: [12.4.1]
          body: |
            ログ種別${TAB}オンライン${TAB}アーカイブ
            監査ログ${TAB}90日${TAB}1年
            メール送信履歴${TAB}14日${TAB}90日
        - title: 保存期間(桁揃え)
          controls: [12.4.1]
          body: |
            ログ種別          オンライン    アーカイブ
            監査ログ          90日          1年
            API呼び出しログ   30日          1年
        - title: 保存期間(1行1セル)
          controls: [12.4.1]
          body: |
            ログ種別
            ホット
            コールド
            Webサーバのログ 30日
            Webサーバのログ 1年
        - title: ログの保管
          controls: [12.4.3]
          body: |
            監査ログ：90日（ホット）/ 1年（アーカイブ）
            ジョブ実行履歴は、保存期間: 30日、アーカイブ: 1年です。
            作業ログは最低1年間保存し、最長3年間保存します。

            監査ログは1年間保存します。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Log tiers
          controls: [12.4.1]
          body: |
            Log type            Online        Archive
            Audit logs          90 days       1 year
            Billing logs        14 days       7 years
        - title: Retention
          controls: [12.4.3]
          body: |
            - Audit logs: hot 30 days, archive 1 year.
            - Access logs are retained 90 days online and 7 years in cold storage.

            Operation logs are kept for a minimum of 90 days.

            Operation logs are kept for up to 3 years.

            Access logs are kept for 7 years.
    `,
    // Two logs the catalog does not know are not one log because both are unnamed kinds.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Download history is kept for 90 days.
        - title: Records
          controls: [18.1.3]
          body: |
            Billing logs are kept for 7 years.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            ログは180日間保存します。
      #        ^^^^^ log-retention-consistency/conflict
        - title: Records
          controls: [18.1.3]
          body: |
            ログは2年間保存します。
      #        ^^^ log-retention-consistency/conflict
    `,
    // The audit log's period in a sentence whose parenthesis lists what it records, separated by 、.
    HEADER_JA +
      yaml`
      sections:
        - title: ログの取得
          controls: [12.4.1]
          body: |
            監査ログ(ログイン日時、操作者、設定の変更内容、データの削除操作)は1年間保存します。
      #                                       ^^^ log-retention-consistency/conflict
        - title: 記録の保護
          controls: [18.1.3]
          body: |
            監査ログは改ざんを防ぐため書き込み専用の領域に3年間保管します。
      #                            ^^^ log-retention-consistency/conflict
    `,
    // One tier's period that differs between two places, beside a table of tiers that is no conflict.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            | Log type | Hot | Archive |
            | --- | --- | --- |
            | Audit logs | 30 days | 1 year |

            Billing logs are kept for 180 days.
      #                           ^^^^^^^^^^^^ log-retention-consistency/conflict
        - title: Records
          controls: [18.1.3]
          body: |
            Billing logs are kept for 2 years.
      #                           ^^^^^^^^^^^ log-retention-consistency/conflict
    `,
    // An enumeration is one subject: the period is stated for each log it names.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Audit logs, access logs and sign-in records are kept for one year.
      #                                                          ^^^^^^^^^^^^ log-retention-consistency/conflict
        - title: Records
          controls: [18.1.3]
          body: |
            Access logs are kept for 90 days.
      #                          ^^^^^^^^^^^ log-retention-consistency/conflict
    `,
  ],
});
