import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('backup-retention', {
  valid: [
    // Copies the reader made of the provider's content, to be destroyed when the licence ends: no backups of anyone's.
    `${HEADER_EN}sections:\n  - title: Licence\n    body: |\n      If you violate any part of this Agreement, your permission to use the Content automatically terminates and you must immediately destroy any copies you have made of the Content.\n`,
    // The service under its own name takes no backups, and what it runs on is not backed up: no regime of the provider's.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup and restore
          controls: [12.3.1]
          body: |
            The Larchway object store does not provide automatic backups of buckets. Customers are responsible for copying their own objects elsewhere.

            Control plane databases are not backed up. They are rebuilt from configuration management.
    `,
    // A form's block of blanks asks what was done in one incident: no backup regime to give a period of.
    HEADER_EN +
      yaml`
      sections:
        - title: Incident report form
          controls: [12.3.1]
          body: |
            Backup of affected systems:
            Last system backup successful? Yes
            Name of the person who ran the backup: ____________
            Backup storage location: ____________
    `,
    // How far back a restore reaches is how long the backups are kept.
    `${VALID}  - title: バックアップ\n    controls: [12.3.1]\n    body: |\n      1日に4回バックアップを取得しています。バックアップは複数世代を保管しており、最長で40日ほど前まで遡って復元できます。\n`,
    // Read as 12.3.1 from its recovery words, a section that names no backup, snapshot or copy sets out no backup regime.
    HEADER_EN +
      yaml`
      sections:
        - title: Disaster recovery
          controls: [12.3.1]
          body: |
            If a whole region fails, we rebuild the service in a standby region from configuration kept in sync across regions.
    `,
    // A page of backup options, read as a whole: the provider's own backup is on the page it names, the options run on
    // A help guide to a backup feature the customer works: steps said to the reader ("…するには"), what the feature makes
    // possible, and the menu names of the tool; the backups are the customer's files.
    HEADER_JA +
      yaml`
      sections:
        - title: データの書き出しと読み戻し
          controls: [12.3.1]
          body: |
            保存機能は、帳簿データ一式の写しを作ってお手元に置いておくことを可能にします。
            バックアップを作成するには、ホーム画面の「書き出し」を押します。
            バックアップを作成する際、ファイル名には事業所名と日付が自動で入ります。

            設定メニュー~バックアップ管理
    `,
    // the customer's schedule; the option is named only in the last section's title.
    HEADER_JA +
      yaml`
      sections:
        - title: 1.概要
          controls: [12.3.1]
          body: |
            当社では、次のバックアップサービスを用意しています。
            ・運営上のバックアップ
            ・データバックアップ(有料オプション)
            運営上のバックアップについては、「運営上のバックアップについて」をご参照ください。
            データバックアップは、お客さまが設定したスケジュールに基づいてデータを複製するサービスです。
        - title: 2.サービス構成
          controls: [12.3.1]
          body: |
            データバックアップ: ファイルとデータベースを対象とするバックアップ
    `,
    // A section headed as an option describes a backup service the customer contracts, not the provider's own backups.
    HEADER_JA +
      yaml`
      sections:
        - title: バックアップオプション概要
          controls: [12.3.1]
          body: |
            バックアップサービスは、お客様が指定したディレクトリを当社のバックアップ基盤へ複製するサービスです。復元は、お客様の指示に基づき当社が実施します。
    `,
    // The customer sets the retention; the rest of the paragraph goes on about those backups.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            You can specify a retention period for backups of each cluster. Backups are deleted when their retention period expires, or when you delete them.
    `,
    // Planning advice to the customer: define objectives, then choose a schedule.
    HEADER_EN +
      yaml`
      sections:
        - title: Disaster recovery planning
          controls: [12.3.1]
          body: |
            Before you configure backups for your workloads, define your recovery objectives. Then choose the backup schedule and the copies you keep to match them.
    `,
    // How to log in to a backup tool: a procedure, no backup policy.
    HEADER_JA +
      yaml`
      sections:
        - title: バックアップ管理ツールの利用方法
          controls: [12.3.1]
          body: |
            管理画面のURLから、当社が発行したアカウント名でログインします。「バックアップ一覧」から取得済みのバックアップを確認できます。
    `,
    // A section headed by backup whose body only tells the reader to export and keep their own copies.
    HEADER_JA +
      yaml`
      sections:
        - title: ショップのデータをバックアップする
          controls: [12.3.1]
          body: |
            テーマを変更する前に、「設定」→「エクスポート」からデータを書き出してください。書き出したファイルはお手元のパソコンに保存してください。
    `,
    // A restore request page names backups only as where the restore comes from.
    HEADER_EN +
      yaml`
      sections:
        - title: Requesting a restore from backup
          controls: [12.3.1]
          body: |
            If files were deleted by mistake, our support team can bring them back from our backups. A restore is done within three business days.
    `,
    // The reader told to take their own backup; a rotation that keeps the most recent copies is a retention.
    HEADER_EN +
      yaml`
      sections:
        - title: Back up your shop yourself
          controls: [12.3.1]
          body: |
            Before you change your theme, download a backup of your shop from Settings > Export.
        - title: Our backups
          controls: [12.3.1]
          body: |
            We back up the database every night, and the seven most recent copies are always on hand.
    `,
    // Data kept after the account expires, to be restored on renewal: the data's fate on leaving, no backup regime.
    HEADER_JA +
      yaml`
      sections:
        - title: 有効期限切れ後のデータの復元
          controls: [12.3.1]
          body: |
            アカウントの有効期限が切れた後も、再契約時に復元できるよう、お客様のデータの複製を30日間保管します。
    `,
    VALID,
    // The period stated in another section, in a retention schedule's table, answers.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            We back up every database each night to a second region.
        - title: Retention schedule
          body: |
            | Record | Kept for |
            | --- | --- |
            | Database backups | 35 days |
    `,
    // A feature the customer works is no backup of the provider's.
    HEADER_EN +
      yaml`
      sections:
        - title: Site backups
          controls: [12.3.1]
          body: |
            The backup tool lets you create a copy of your whole site before you change its theme.
    `,
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプルサイト 機能紹介
      service: {name: サンプルサイト, provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: サイトのバックアップ
          controls: [12.3.1]
          body: |
            管理画面のボタンから、サイト全体のバックアップをいつでも作成できます。
    `,
    // Backups the customer orders for a fee and schedules, recovery points the customer sets, backups named only in a
    // policy's scope: none is a backup the provider takes itself.
    HEADER_EN +
      yaml`
      sections:
        - title: Server backup
          controls: [12.3.1]
          body: |
            Backups of a server can be added from the control panel for a monthly fee. Choose the hour at which the job runs and how many restore points it keeps.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup options
          controls: [12.3.1]
          body: |
            Managed backups are offered as an additional service. Backup jobs can be scheduled daily or weekly from the portal.
        - title: Disaster recovery
          controls: [12.3.1]
          body: |
            Customers can configure recovery point objectives (RPO) as low as 15 minutes.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Standby copies
          controls: [12.3.1]
          body: |
            Recovery points: set by the customer for each protected server, together with how many of them are kept.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 待機系
          controls: [12.3.1]
          body: |
            復旧ポイントの取得間隔と保持する数は、保護対象のサーバーごとにお客様が設定します。
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: サーバーバックアップ
          controls: [12.3.1]
          body: |
            バックアップツールを使うと、スナップショットの取得日時と保持数を指定できます。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Scope
          controls: [12.3.1]
          body: |
            This policy applies to all systems, including production servers, source code, backups and backup media, and laptops.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 適用範囲
          controls: [12.3.1]
          body: |
            本規程は、サーバー、データベース、バックアップ、ログ及びネットワーク機器に適用します。
    `,
    // Backup named only as something a system must have.
    HEADER_EN +
      yaml`
      sections:
        - title: Hosting requirements
          controls: [12.3.1]
          body: |
            Hosting partners must meet our requirements for power, cooling, backup and physical access.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 委託先の選定
          controls: [12.3.1]
          body: |
            委託先には、電源、空調、バックアップ及び入退室管理について当社の要件を満たすことを求めます。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily.
        - title: Restore
          controls: [12.3.1]
          body: |
            Backups are kept for 35 days.
    `,
    // Backups deleted within a period are kept for that period.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run every night. All backups are deleted within two months.
    `,
    // A link that leaves when automatic backups run and how long they are kept to another page: neither figure is asked,
    // though the customer's manual snapshots give a period.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups and snapshots
          controls: [12.3.1]
          body: |
            For the schedule of automatic backups and how long they are retained, please refer to [Automatic backups](https://example.com/auto).
            Manual snapshots you create are kept for 14 days.
    `,
    // A retention schedule of data categories gives each category's backup period: no cadence is owed.
    HEADER_EN +
      yaml`
      sections:
        - title: Retention schedule
          controls: [12.3.1]
          body: |
            Invoices
            Primary Retention:7 years
            Backup Retention:30 days after primary deletion

            Support tickets
            Primary Retention:2 years
            Backup Retention:30 days after primary deletion
    `,
    // The period left to another policy by name: the section points to where it is stated.
    HEADER_EN +
      yaml`
      sections:
        - title: Customer records
          controls: [12.3.1]
          body: |
            Records are kept while the contract runs. Copies may remain in backups for the period defined by the Backup Policy.
    `,
    // Backups the customer takes: the provider owes no period or cadence.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Customers are responsible for their own backups of exported reports.
    `,
    // The customer sets how long snapshots are kept: the provider states the cadence, and owes no number of its own.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Snapshots are taken every night. Retention is configurable per project, from the console.
    `,
    // Generations counted in weeks ("4週分") are a retention.
    HEADER_JA +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            バックアップは週1回取得し、4週分を保持します。
    `,
    // Periods in a table: the column says what they are, not the place in the next cell.
    HEADER_EN +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            | 対象 | 取得頻度 | 保存期間 | 保管場所 |
            | 勤怠データ | 毎日 | 14日間 | 国内の別リージョン |
    `,
    // Copies kept for a period and then erased: the period is how long they are kept.
    HEADER_EN +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            毎日深夜に全体の複製を取得します。複製は30日間保管した後に消去します。
    `,
    // The period left to another document or page by name: the reviewer follows the reference.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            Every database is backed up once a day. How long each backup is kept is set out in our Service Level Agreement.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            データベースは毎日バックアップを取得します。保存期間は別紙「サービス仕様書」に記載のとおりです。
    `,
    // A backup product: the copies are the customer's data, kept as the customer chooses.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            You choose which folders the agent backs up and how often. Your backup copies are your data: you decide how many versions to keep.
    `,
    // The provider takes none and tells the customer to keep their own; a responsibility row gives backups to the customer.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            We do not back up the files you upload. Keep your own copies of anything you cannot afford to lose.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Responsibilities
          controls: [12.3.1]
          body: |
            | Area | Provider | Customer |
            | --- | --- | --- |
            | Backup of stored content | – | ✓ |
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            本サービスではお客様データのバックアップを提供していません。必要なデータはお客様ご自身で定期的にダウンロードして保管してください。
    `,
    // Retention said by how far back a restore reaches, or by how many copies are kept.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            Databases are backed up every day; point-in-time recovery is available for up to 7 days.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            Snapshots are taken every night and the 14 most recent are kept.
    `,
    // No section names 12.3.1: the cadence's period stated anywhere, or no cadence at all, leaves nothing to ask.
    HEADER_EN +
      yaml`
      sections:
        - title: Data protection
          body: |
            We back up customer databases every day to a second region.
        - title: Retention
          body: |
            Backups are kept for 30 days.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Data protection
          body: |
            Customers should back up their exports every day.
    `,
    // Backups that come with a plan are the plan's feature, not how the provider keeps its copies.
    HEADER_EN +
      yaml`
      sections:
        - title: Data protection
          body: |
            Backups are taken every day on the Business plan.
    `,
    // Backups offered as an option the customer orders are that option's terms; the rest of its paragraph is about it.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Daily backups of your virtual servers are available as a paid add-on. Backups are stored in a second data centre and can be restored from the control panel.
    `,
    HEADER_EN.replace('lang: en', 'lang: ja') +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            バックアップは有償のオプションサービスとしてご提供しています。オプションをお申し込みいただいた場合、サーバーのディスクを毎日バックアップします。
    `,
    // Backups run on the schedule the customer sets, or advice to back up: the customer's backups.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backup jobs run on the schedule you set in the admin console. We recommend that you also keep a copy of critical files offline.
    `,
    HEADER_EN.replace('lang: en', 'lang: ja') +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            お客様が設定したスケジュールに従い、端末のデータをバックアップします。
    `,
    // A backup product: its backups are its customers' data, kept as each customer sets.
    yaml`
      whitepaper: 1
      lang: en
      title: Vaultline Backup Security Overview
      service: {name: Vaultline Backup, provider: Vaultline Ltd., model: SaaS}
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Vaultline backs up your laptops every hour. Backup data is encrypted and stored in two data centres.
    `,
    // No section on 12.3.1: a feature list, advice to the customer and a selling line owe no period.
    HEADER_EN +
      yaml`
      sections:
        - title: Features
          body: |
            Automatic daily backups, one-click restore and unlimited users are included in every plan.
        - title: Tips
          body: |
            We recommend that you back up your important files every day to an external drive.
        - title: Why us
          body: |
            Your data is backed up every night, so you never lose a thing.
    `,
    HEADER_EN.replace('lang: en', 'lang: ja') +
      yaml`
      sections:
        - title: 主な機能
          body: |
            自動バックアップ(毎日)、ワンクリック復元をすべてのプランでご利用いただけます。
        - title: ご利用のヒント
          body: |
            大切なファイルは毎日外部ドライブにバックアップすることをおすすめします。
        - title: 選ばれる理由
          body: |
            データは毎晩バックアップされるので、もしものときも安心です。
    `,
    // A self-hosting checklist: each item an imperative after its run-in label, the backups the reader's to run.
    HEADER_EN +
      yaml`
      sections:
        - title: Operations
          controls: [12.3.1]
          body: |
            - **Backups**: Implement regular encrypted backups of the database - **Monitoring**: Set up alerting for failed jobs
    `,
    // An FAQ in the customer's voice about a backup feature the customer schedules: a date is no cadence.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup and restore
          controls: [12.3.1]
          sections:
            - title: Can I automate backups?
              body: |
                The scheduled backup feature was released in May 2022. Read more in the cloud backup documentation.
    `,
    // 「自分で…できますか」: the customer's question over a feature the customer works.
    HEADER_JA +
      yaml`
      sections:
        - title: よくある質問
          controls: [12.3.1]
          sections:
            - title: バックアップを自分で取得できますか?
              body: |
                はい。管理画面のバックアップ機能から、2023年に追加されたスケジュール設定で取得できます。
    `,
  ],
  invalid: [
    // Ruling P1: backups named as something encrypted are a passing mention; the finding sits on the item that says the
    // provider has backups ("Regular backups"), which owes both figures (ruling P3). Copies kept for tax law are no
    // backups, and their seven years no retention of the backups.
    HEADER_EN +
      yaml`
      sections:
        - title: Technical measures
          controls: [12.3.1]
          body: |
            - Databases and backups are encrypted at rest.
            - Regular backups of the scheduling database
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noFrequency
            - Where the law requires archival copies of invoices for tax purposes, they are kept for seven years.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: セキュリティ対策
          controls: [12.3.1]
          body: |
            - 保存データの暗号化：データベースおよびバックアップは暗号化して保存します。
            - バックアップ体制：定期的な自動バックアップにより、障害時も復旧できます。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noFrequency
    `,
    // A screenshot's alt text describes a picture: the finding sits on the first sentence that states the backups.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            ![The Backups tab, listing one automatic backup taken on 17 August](backups.png)
            Snapshots are taken automatically every day.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // Backups the provider only endeavours to take are still its own: their period is owed.
    HEADER_JA +
      yaml`
      sections:
        - title: 第5条（データの取扱い）
          body: |
            当サービスは、データのバックアップに努めますが、データの完全な保全を保証するものではありません。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Your data
          body: |
            We endeavour to back up your data, but we cannot guarantee that it is never lost.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // The same page giving the provider's own cadence states a regime of its own: it owes the retention.
    HEADER_JA +
      yaml`
      sections:
        - title: 1.概要
          controls: [12.3.1]
          body: |
            当社では、毎日サーバーのバックアップを取得しています。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
            ・データバックアップ(有料オプション)
            運営上のバックアップについては、「運営上のバックアップについて」をご参照ください。
            データバックアップは、お客さまが設定したスケジュールに基づいてデータを複製するサービスです。
    `,
    // After the customer's settings, a sentence that names the provider speaks of the provider's own backups again.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            You can schedule backups of your own files from the console. We also back up every database each night.
      #                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // "Backup options" in the plural is a topic, not an option the customer orders.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup options
          controls: [12.3.1]
          body: |
            We back up every production database nightly.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // A setting of something other than when backups run or how long they are kept leaves the provider's backups asked.
    HEADER_JA +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            バックアップデータの暗号化方式を管理画面で選択できます。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noFrequency
    `,
    // "As required" is the provider's own backups, run when needed: their period is still owed.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            We back up customer databases every night, and more often as required by the customer's plan.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // A deferral of the period alone still leaves the cadence owed where the retention is given.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups are kept for 35 days. Their storage location is described in our Data Location Policy.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noFrequency
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily.
      #     ^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups are kept for 35 days.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noFrequency
    `,
    // How fast a restore completes is not how long backups are kept.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup and restore
          controls: [12.3.1]
          body: |
            Backups run every night. A restore from a backup completes within 4 hours.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // A deadline to take a failed backup again, and the audit log's period, are not how long backups are kept.
    HEADER_EN +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            データベースは毎日午前3時にバックアップを取得し、別の地域のデータセンターに保管します。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
            失敗した場合は当日中に再取得します。なお、バックアップ操作の監査ログは1年間保存します。
    `,
    // A section on many things, read as one from a published page: the finding sits on the backup sentence.
    HEADER_EN +
      yaml`
      sections:
        - title: Operations
          controls: [12.3.1, 12.6.1]
          body: |
            Servers are scanned for vulnerabilities.
            Customer data is copied to a second region.
            Snapshots of the databases are taken as well.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noFrequency
    `,
    // The customer restores, the provider keeps the backups: their period is the provider's to state.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            We back up all customer data every day. Customers can restore any backup from the console. See the Backup Policy for how restores are requested.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // A function named "backup" says nothing of whose copies exist; the provider's snapshots owe their period.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            Customers are responsible for backing up the files on their own laptops. We take nightly snapshots of the service's databases.
      #                                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // No section names 12.3.1, but one says the provider backs up on a cadence: the finding sits on that sentence.
    HEADER_EN +
      yaml`
      sections:
        - title: Data protection
          body: |
            All data is encrypted at rest.
            We back up customer databases every day to a second region.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // "Plan" or "available" alone sells nothing: the provider's continuity plan is its own, and so are backups without a number.
    HEADER_EN +
      yaml`
      sections:
        - title: Business continuity
          body: |
            As part of our continuity plan, we copy backups to another host every day.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    HEADER_EN.replace('lang: en', 'lang: ja') +
      yaml`
      sections:
        - title: セキュリティ対策
          body: |
            当社は定期的にバックアップを取得しています。
      #     ^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // The provider's own backups beside an option, or after the paragraph about it: their period is still asked.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            We back up the platform's own databases every night. Backups of customer servers are available as a paid add-on.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    HEADER_EN.replace('lang: en', 'lang: ja') +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            バックアップは有償のオプションサービスとしてもご提供しています。

            なお、すべてのお客様のデータベースは、当社が毎日バックアップを取得しています。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // A heading on backups over its parts: the finding sits on the first sentence of a part that states the provider's backups.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          sections:
            - title: Policy
              body: |
                All data the company manages is backed up and encrypted.
      #         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
      #         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noFrequency
    `,
    // A service named for what it backs up is no backup product: "Backup Policy" is a document.
    yaml`
      whitepaper: 1
      lang: en
      title: Backup Policy
      service: {name: Backup Policy, provider: Example Inc., model: SaaS}
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            We back up every production database nightly.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // Self-hosting advice in the backup section, the provider's own backups in a table of its hosted service: the finding
    // sits on the row that states them.
    HEADER_EN +
      yaml`
      sections:
        - title: Hosted service
          controls: [13.1.1]
          body: |
            | Layer | Implementation |
            | --- | --- |
            | Database | Managed PostgreSQL with automated backups |
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
        - title: Self-hosted operations
          controls: [12.3.1]
          body: |
            - **Backups**: Implement regular encrypted backups of your database.
    `,
    // An FAQ on the customer's backup feature; the platform's own state, backed up, is stated under another heading.
    HEADER_EN +
      yaml`
      sections:
        - title: Can I download a backup to store it locally?
          controls: [12.3.1]
          body: |
            Not yet: we plan to offer an export in the future.
        - title: How the platform runs
          controls: [17.2.1]
          body: |
            The control plane runs in three zones. State is backed up, and the platform can be restored in another region.
      #                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
    // No section answers 12.3.1, but the provider says it has a backup solution: its period is owed.
    HEADER_EN +
      yaml`
      sections:
        - title: Infrastructure
          controls: [13.1.1]
          body: |
            - Pinebrook uses a backup solution for datastores that contain customer data.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
    `,
  ],
});
