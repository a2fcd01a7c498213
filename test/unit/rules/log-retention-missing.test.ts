import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('log-retention-missing', {
  valid: [
    // Ruling P4: an app that is itself a log the user writes of their life, and a support request written down, are no
    // logs of the service.
    HEADER_JA +
      yaml`
      sections:
        - title: はじめに
          body: |
            こもれび日記は、利用者自身が毎日の体調や気分を記録し、あとから振り返るためのライフログアプリです。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Support
          body: |
            Send every support request by email, so that all information is properly logged and tickets can be handled.
    `,
    // No section on logging, and a period for logs in general: the audit log is among them.
    HEADER_EN +
      yaml`
      sections:
        - title: Audit trail
          body: |
            Every change in your workspace is recorded in an append-only audit log.
        - title: How long we keep data
          body: |
            Logs are retained for 90 days.
    `,
    // A definition names kinds of log ("「履歴情報」とは…アクセスログ、操作履歴等"), and keeps none: only the access log kept owes a period.
    HEADER_JA +
      yaml`
      sections:
        - title: ログ
          controls: [12.4.1]
          body: |
            アクセスログは1年間保存します。
        - title: 定義
          controls: [12.4.1]
          body: |
            「履歴情報」とは、本サービスの利用に伴い記録されるアクセスログ、操作履歴等の情報を指します。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Logs
          controls: [12.4.1]
          body: |
            Access logs are kept for 1 year.
            "Usage Data" means the access logs, audit logs and other records of your use of the service.
    `,
    // Logging written ロギング, its period in brackets, is a log kept that long: 「…のロギング(保存期間13か月)」.
    HEADER_JA +
      yaml`
      sections:
        - title: セキュリティ対策
          body: |
            - 全ての管理操作のロギング（保存期間13か月）
        - title: システムログの確認
          controls: [12.4.1]
          body: |
            専用プランでは、システムログを確認して障害の調査に利用できますが、共用プランでは制限されています。
    `,
    // Support calls logged with a help desk are requests in a queue, no log of the provider's systems.
    HEADER_EN +
      yaml`
      sections:
        - title: Support hours and response
          body: |
            Support calls can be logged with the help desk on business days. We answer a call within four business hours after the call is logged by a help desk agent.
    `,
    // Logging not in place yet: what logging would help with is no log the provider keeps.
    HEADER_EN +
      yaml`
      sections:
        - title: Monitoring and logging
          controls: [12.4.1]
          body: |
            We do not currently use tools for logging security events; we are evaluating some. Logging can help detect incidents sooner.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 監視とログ
          controls: [12.4.1]
          body: |
            現時点では、セキュリティイベントのログは取得していません。ログを集約すれば、不正な利用を早く見つけられます。
    `,
    // How far back the audit log can be retrieved is how long it is kept.
    HEADER_EN +
      yaml`
      sections:
        - title: Audit logs
          controls: [12.4.1]
          body: |
            Important events are recorded in an audit log. Per our retention policy, audit logs can be retrieved for up to 12 months.
    `,
    // A log named as one kind of the data the service collects is no log of the provider's systems.
    `${HEADER_EN}sections:\n  - title: What we hold\n    body: |\n      We collect member names, phone numbers, billing details and check-in logs.\n`,
    // The same noun phrase in a product's feature list is a feature, not the provider's practice.
    HEADER_EN +
      yaml`
      sections:
        - title: Features
          body: |
            - Dashboards for every team.
            - Centralised logging for your applications.
    `,
    // Maintenance work recorded and reported is a work report, not a log.
    HEADER_JA +
      yaml`
      sections:
        - title: 保守作業
          body: |
            定期保守の作業内容を記録し、毎月お客様に報告します。
    `,
    // Logging said under another heading is answered by a log period anywhere; a user "logged in" is no log.
    HEADER_EN +
      yaml`
      sections:
        - title: Access control
          body: |
            Every administrative action is logged.
        - title: Retention
          body: |
            Audit logs are kept for one year.
        - title: Sessions
          body: |
            Users stay logged in for 12 hours.
    `,
    VALID,
    // A period left to another document by name is stated there.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Administrator actions are written to an audit log, which is kept as set out in our records retention schedule.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: ログの管理
          controls: [12.4.1]
          body: |
            管理者の操作は監査ログに記録し、その保存期間は当社の文書管理規程に定めます。
    `,
    // Logs named in passing: among what a backup covers, or in what the document says it covers.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup requirements
          controls: [12.4.1]
          body: |
            Each night we back up the databases, the configuration files and the server logs to a second region.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: はじめに
          controls: [12.4.1]
          body: |
            本書では、アクセス制御、ログの管理、バックアップについての当社の取り組みを説明します。
    `,
    // A feature that lets the customer take a log out of the service says nothing of the logs the provider keeps.
    HEADER_EN +
      yaml`
      sections:
        - title: Exporting conversation logs
          controls: [12.4.1]
          body: |
            Workspace owners can export the conversation log of any channel as a CSV file from the Settings page.
    `,
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプルチャット ヘルプ
      service: {name: サンプルチャット, provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: 会話ログのダウンロード
          controls: [12.4.1]
          body: |
            管理者は、設定画面から各チャンネルの会話ログをCSV形式でダウンロードできます。
    `,
    // A log product's page: the logs are what the customer sends in from its own systems, kept as its plan says.
    HEADER_EN +
      yaml`
      sections:
        - title: Log search
          controls: [12.4.1]
          body: |
            Send your application logs to the service and search them in one place. Logs are indexed as they arrive.
    `,
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプルログ 製品概要
      service: {name: サンプルログ, provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: ログの収集
          controls: [12.4.1]
          body: |
            お客様のサーバーのログを収集し、画面で検索できます。
    `,
    // A section on the protection of records that never speaks of logs owes no log period.
    HEADER_EN +
      yaml`
      sections:
        - title: Billing records
          controls: [18.1.3]
          body: |
            Invoices are kept as the tax law requires.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Audit logs and access logs are kept for one year.
    `,
    // The period's statement holds ", " and " and " inside one sentence about one log.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            The service writes an audit log of every administrative action.
            Audit logs capture sign-ins, permission changes and data exports, and are retained for 13 months.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Audit logs, which record sign-ins, changes and deletions, are retained for one year.
    `,
    // A section that says the service keeps no log of the data it relays owes no period.
    HEADER_EN +
      yaml`
      sections:
        - title: Query security
          controls: [12.4.1]
          body: |
            - **No data logging**: the server only relays queries, without logging or storing what they return.

            - **Storage**: query settings are stored encrypted.
    `,
    // The customer sets the period, as another section says: that is the provider's answer.
    HEADER_JA +
      yaml`
      sections:
        - title: ログの収集
          controls: [12.4.1]
          body: |
            受信したログは検索用に索引を付けて蓄積します。
        - title: 暗号化
          controls: [10.1.1]
          body: |
            蓄積したログはAES-256で暗号化し、お客様が設定した保存期間を過ぎると削除します。
    `,
    // Periods in a table, each row naming its log.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            | Log | What it records | Retention |
            | --- | --- | --- |
            | Audit log | administrator actions and access to backups | 13 months |
            | Access log | sign-ins and API calls | 6 months |
    `,
    // Ruling Q2: IP addresses, browsers and access times collected but never called a log owe no log period; nor do a third
    // party's analytics; nor do logs collected where a period for logs is given.
    HEADER_EN +
      yaml`
      sections:
        - title: Information we collect
          body: |
            - Device data: IP address, browser type and the time of your visit
            - Analytics: access logs collected by Google Analytics under its own terms
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 取得する情報
          body: |
            - アクセスログ、IPアドレス、ブラウザ情報
        - title: 保存期間
          body: |
            アクセスログは1年間保存します。
    `,
    // Ruling P4: calls logged to a database within the customer's own infrastructure are the customer's log.
    HEADER_EN +
      yaml`
      sections:
        - title: Persistent call logging
          controls: [12.4.1]
          body: |
            Inference requests are logged to a database within the customer's infrastructure. The customer controls retention of this data.
    `,
    // Access rights and records named among the measures that protect information are no access recorded.
    HEADER_JA +
      yaml`
      sections:
        - title: 安全管理
          body: |
            通知や問い合わせに関する情報は、アクセス権限、記録、確認手順を設けて管理します。
    `,
  ],
  invalid: [
    // Rulings P1 and P4: "logged" as a property of encrypted exports is a passing mention; the finding sits on the audit
    // logs the provider keeps, named as a feature. An incident register is no log of the service.
    HEADER_EN +
      yaml`
      sections:
        - title: Data in transit
          body: |
            All exports to partner systems are encrypted and logged.
        - title: Workspace features
          body: |
            - Audit logs to let administrators see every change a staff member makes
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
        - title: Incident register
          body: |
            Each suspected breach is written into the incident register kept by the security lead.
    `,
    // A card headed ログ監査 whose statement ends on its noun (…監査ログを保存。) keeps the log.
    HEADER_JA +
      yaml`
      sections:
        - title: ログ監査
          body: |
            重要な操作の監査ログを保存。不審な操作をさかのぼって確認できます。
      #     ^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // No section on logging: the provider's own audit log owes its period, which one for the application logs is not.
    HEADER_EN +
      yaml`
      sections:
        - title: Audit trail
          body: |
            Every change in your workspace is recorded in an append-only audit log.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/kindNoRetention
        - title: How long we keep data
          body: |
            Application logs are retained for up to 30 days.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 変更の記録
          body: |
            ワークスペースでのすべての変更は、追記専用の監査ログに記録しています。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/kindNoRetention
        - title: データの保存期間
          body: |
            アプリケーションログは30日間保存します。
    `,
    // The first section's logs name no kind; a later section's audit logs have no period while application logs do.
    HEADER_EN +
      yaml`
      sections:
        - title: Monitoring
          body: |
            Platform logs are pushed to the security operations centre.
        - title: Application logs
          body: |
            All application logs are retained for 30 days.
        - title: Firewall
          body: |
            Firewall audit logs are sent to a separate search cluster.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/kindNoRetention
    `,
    // Logs said not to be deleted are kept: their period is owed as for logs said to be kept.
    HEADER_JA +
      yaml`
      sections:
        - title: アカウントの削除
          body: |
            アカウントは削除しますが、利用ログは削除しないため、利用時間はリセットされません。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Deleting your account
          body: |
            Usage logs are not deleted when you delete your account, so your usage hours stay as they were.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // A measures list's bullet that says access is logged, with no verb before it, and no log period anywhere.
    HEADER_EN +
      yaml`
      sections:
        - title: Operational security
          body: |
            - Systems access logged and tracked for auditing purposes
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
            - Fully documented change-management procedures
    `,
    // A chapter whose only text is its preamble names the subject of its parts: the part that tells of the logs is the place.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging and monitoring
          controls: [12.4.1]
          body: |
            This document outlines the logging and monitoring practices for the object store.
          sections:
            - title: 3.1 Service logs
              body: |
                Gateway logs are shipped to a central log cluster. Every administrative API call is logged.
      #         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
            - title: 3.2 Alerting
              body: |
                Engineers are paged when error rates cross their thresholds.
    `,
    // A heading over its parts is where its logs are told, not a contents line that names it.
    HEADER_EN +
      yaml`
      sections:
        - title: Contents
          controls: [12.4.1]
          body: |
            1. Overview
            2. Audit logs
        - title: Audit logs
      #   ^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
          controls: [12.4.1]
          sections:
            - title: Record format
              body: |
                Each record holds the user, the action and the result.
    `,
    // A service named with what it is for ("Timberlog to store logs…") under a sentence of the provider's: its logs.
    HEADER_EN +
      yaml`
      sections:
        - title: Services we rely on
          body: |
            We process data with the following services:

            - Timberlog to store logs from every component so that we can investigate faults.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // Logging named as a practice the provider applies owes its period, wherever it stands.
    HEADER_EN +
      yaml`
      sections:
        - title: Access control and audit
          body: |
            We apply access controls, authentication protections and audit logging where appropriate.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // A log named among the data taken in is the customer's records; the measure that logs, said beside another act, owes the period.
    HEADER_EN +
      yaml`
      sections:
        - title: What we hold
          body: |
            We collect member names, phone numbers, billing details and check-in logs.
        - title: How we protect it
          body: |
            Every administrative session on the servers is recorded and logged.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // A list of the provider's security measures names logging as a practice in a noun phrase: its period is owed.
    HEADER_EN +
      yaml`
      sections:
        - title: Security controls
          controls: [10.1.1]
          body: |
            - Encryption of data at rest (AES-256).
            - Continuous monitoring and logging for anomalies.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // Access recorded (記録) without the word ログ is a log by another name: its period is owed.
    HEADER_JA +
      yaml`
      sections:
        - title: アクセス管理
          body: |
            運用担当者による、お客様データへのすべてのアクセスを記録しています。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // No section answers the logging controls, but the provider says it logs, under another heading: the period is owed there.
    HEADER_EN +
      yaml`
      sections:
        - title: Access control
          body: |
            Staff reach production only through single sign-on, and every administrative action is logged.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // What is logged, who sees it and how soon it is delivered: still no period.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            We log sign-in attempts and administrative actions. Workspace owners can view these events under Settings.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
            Events are delivered to our central logging system within 15 minutes.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
      #   ^^^^^^^^^^^^^^ log-retention-missing/noRetention
          controls: [12.4.1]
          body: |
            We record sign-ins and administrative operations.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Logs
          controls: [12.4.1]
          body: |
            Audit logs are kept for 2 years. Access logs are available in the console.
      #                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/kindNoRetention
    `,
    // One sort of log's period ("Endpoint logs … 90 days") is not the audit log's: the audit log still owes one.
    HEADER_EN +
      yaml`
      sections:
        - title: Logs
          controls: [12.4.1]
          body: |
            Endpoint logs are retained for 90 days. Audit logs record every action in the account.
      #                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/kindNoRetention
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: ログ
          controls: [12.4.1]
          body: |
            ビルドログは30日間保存します。監査ログにはすべての操作を記録します。
      #                     ^^^^^^^^^^^^^^^^^^^ log-retention-missing/kindNoRetention
    `,
    // A kind named after the period, in a clause of its own, has no period: the finding sits on the sentence naming it.
    HEADER_EN +
      yaml`
      sections:
        - title: Logs
          controls: [12.4.1]
          body: |
            Access logs are kept for 12 months; audit logs can be downloaded by workspace owners.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/kindNoRetention
    `,
    // A section on many things: the finding sits on the sentence about logs.
    HEADER_EN +
      yaml`
      sections:
        - title: Access control
          controls: [9.4.1, 12.4.1]
          body: |
            Staff sign in with two factors.
            Every staff action is written to an audit log.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // Ruling Q2: a privacy policy's list of what it collects names a log of the service's use: its period is owed on that
    // item, a log word before a history of use; a feature's history shown for 90 days is no period of it.
    HEADER_JA +
      yaml`
      sections:
        - title: 料金
          body: |
            プレミアムプランでは履歴グラフ（90日）を表示できます。
        - title: 自動的に収集される情報
          body: |
            - ページ閲覧履歴
            - サービスの利用状況（アクセスログ）
      #     ^^^^^^^^^^^^^^^^^^^ log-retention-missing/collectedNoRetention
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Privacy
          body: |
            When you use the Service, we may collect the following information:
            - Account data: your email address and name
            - Log data: IP address, browser type and the pages you visit
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/collectedNoRetention
    `,
    // Ruling P1: where the section answering logging only keeps secrets "with audit trails enabled", the gap sits on the
    // statement that the provider collects log data.
    HEADER_EN +
      yaml`
      sections:
        - title: Infrastructure
          controls: [12.4.1]
          body: |
            All secrets are stored in a secrets manager, with audit trails enabled.
        - title: Website usage
          body: |
            Log Data: We collect information that your browser sends whenever you visit our website.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // Logs kept as a duty of the provider's own policy, and logs the platform itself processes.
    HEADER_EN +
      yaml`
      sections:
        - title: System monitoring
          body: |
            Logs must be kept for all administrators and system operators on sensitive systems.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Privacy impact
          body: |
            The only personal data the platform processes are access logs of its developers.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
    // A measures annex's parts list the provider's practices too: its "Audit logging" bullet under "Integrity" owes a period.
    HEADER_EN +
      yaml`
      sections:
        - title: Technical and Organisational Measures
          sections:
            - title: Integrity
              body: |
                - Input validation
                - Audit logging of administrative operations
      #         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ log-retention-missing/noRetention
    `,
  ],
});
