import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

const TAB = '\t';

checkRule('fact-contradiction', {
  valid: [
    VALID,
    // A contract's notices of other things (a payment demand, a switch of supplier) are no lead time before a change, and a
    // credit limit changed names no change to the service (契約者 is the customer, not the contract).
    HEADER_EN +
      yaml`
        sections:
          - title: Payment
            body: |
              The Client shall pay the amount demanded within twenty-four (24) hours of its receipt of that notice.
          - title: Switching
            body: |
              The Supplier shall confirm the receipt of the switching notice within three (3) working days.
          - title: Changes to the Service
            controls: [12.1.2]
            body: |
              We notify customers of changes to the Service at least thirty (30) days in advance.
      `,
    HEADER_JA +
      yaml`
        sections:
          - title: 与信限度額
            body: |
              当社は、与信限度額を変更する場合、3日前までに書面で契約者に通知します。
          - title: サービス内容の変更
            controls: [12.1.2]
            body: |
              当社は、契約者に影響する本サービスの内容の変更を、30日前までに電子メールで通知します。
      `,
    // A planned stop's lead time and the notice of the service's end are different notices, named by their headings.
    HEADER_EN +
      yaml`
        sections:
          - title: Planned maintenance
            body: |
              We announce each planned stop on the console at least 7 days before it starts.
          - title: End of service
            body: |
              If we decide to withdraw the service, we notify customers at least 6 months before the end date.
      `,
    HEADER_EN +
      yaml`
        sections:
          - title: Deletion
            controls: [CLD.8.1.5]
            body: |
              Data is deleted within 30 days after the contract ends.
            facts:
              deletion.after_termination: 30d
      `,
    // How long backups are kept and how long deleted data lingers in them are different facts.
    HEADER_EN +
      yaml`
        sections:
          - title: Backups
            controls: [12.3.1]
            body: |
              Backups are retained for three months.
          - title: Deleting data
            body: |
              Deleted files are purged from backups within six months.
      `,
    // Notices about different objects are different promises: maintenance and new terms, an outage and a breach,
    // the first notice and the final report, snapshots and point-in-time copies.
    HEADER_EN +
      yaml`
        sections:
          - title: Maintenance
            controls: [12.1.2]
            body: |
              Planned maintenance is announced 7 days in advance.
          - title: Terms
            body: |
              Changes to these terms are announced 30 days in advance.
          - title: Incidents
            controls: [16.1.2]
            body: |
              We notify customers of a security breach within 48 hours.
          - title: Availability
            body: |
              Customers are notified of an outage within 1 hour.
          - title: Reporting
            body: |
              A final report on the incident is sent to customers within 14 days.
          - title: Backup
            controls: [12.3.1]
            body: |
              Snapshots are kept for 30 days.
          - title: Recovery
            body: |
              Point-in-time copies are kept for 7 days.
      `,
    HEADER_EN.replace('lang: en', 'lang: ja') +
      yaml`
        sections:
          - title: メンテナンス
            controls: [12.1.2]
            body: |
              計画メンテナンスは7日前までに通知します。
          - title: 規約の変更
            body: |
              利用規約の変更は30日前までに通知します。
      `,
    // Periods for a narrower case, for backups, or one at least and one within: no disagreement.
    HEADER_EN +
      yaml`
        sections:
          - title: Changes
            controls: [12.1.2]
            body: |
              Changes are announced 30 days in advance. Major changes are announced 90 days in advance.
          - title: Deletion
            controls: [CLD.8.1.5]
            body: |
              Data is deleted within 30 days after the contract ends. Backups of it are deleted within 90 days after the contract ends.
      `,
    // How long backups stay after the customer leaves is not their rolling period: the two are never compared.
    HEADER_EN.replace('lang: en', 'lang: ja') +
      yaml`
        sections:
          - title: バックアップ
            controls: [12.3.1]
            body: |
              データベースは毎日バックアップし、バックアップは14日間保持します。
          - title: 解約
            controls: [CLD.8.1.5]
            body: |
              解約後もバックアップは60日間保持し、その後削除します。
      `,
    HEADER_EN +
      yaml`
        sections:
          - title: Backup
            controls: [12.3.1]
            body: |
              Each backup is kept for 35 days.
          - title: Leaving
            body: |
              When you cancel, we keep your data and backups for 90 days so that you can come back, then erase them.
      `,
    // Deleted files kept for restoring are not the deletion after the contract ends.
    HEADER_EN +
      yaml`
        sections:
          - title: Backup
            controls: [12.3.1]
            body: |
              Documents are backed up daily.
            sections:
              - title: 復元の手順
                body: |
                  誤って削除した文書は、14日以内であれば管理画面から戻せます。
          - title: Deletion
            controls: [CLD.8.1.5]
            body: |
              ご契約の終了後、30日以内にお客様の文書を削除します。
      `,
    // A notice period for changes that do not disadvantage the customer is a case of the policy, not a second statement.
    HEADER_JA +
      yaml`
      sections:
        - title: サービスの変更
          controls: [12.1.2]
          body: |
            サービス内容の変更は、30日前までに管理画面でお知らせします。

            お客様に不利益のない変更は、7日前までにお知らせします。
    `,
    // A report to an authority and a deletion on request are promises of their own.
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
          controls: [16.1.2]
          body: |
            We notify affected customers of a security incident within 24 hours.
        - title: Compliance
          body: |
            Where required, we notify the supervisory authority of a security incident within 72 hours.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Customer data is deleted within 30 days after the contract ends.
        - title: Requests
          body: |
            After termination, data is deleted within 7 days of a written request from the customer.
    `,
    // A table that gives one promise a period per case (per channel, per kind of data), and a default that can be
    // changed, are compared with nothing.
    HEADER_EN +
      yaml`
      sections:
        - title: Support
          body: |
            We notify customers of security incidents within 24 hours.
        - title: Incidents
          controls: [16.1.2]
          body: |
            | Channel | Notice of a security incident |
            | --- | --- |
            | Incident notification by email | within 24 hours |
            | Incident notification by letter | within 72 hours |
        - title: Notices
          body: |
            Channel${TAB}Notice of a security incident
            Incident notification by email${TAB}within 24 hours
            Incident notification by letter${TAB}within 72 hours

            By default, security incidents are notified within 48 hours; the period can be changed in the contract.
    `,
    // A breach notice, an outage notice and a post-mortem are three promises, by their words or their section's heading.
    HEADER_EN +
      yaml`
        sections:
          - title: Security incidents
            controls: [16.1.2]
            body: |
              If customer data is accessed without authorisation, we notify affected customers within 72 hours.

              A post-mortem is shared with affected customers within 10 days.
          - title: Service status
            body: |
              When a service incident occurs, we notify customers on the status page within 1 hour.
          - title: Authorities
            body: |
              We notify the data protection authority of a breach within 48 hours.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 情報漏えい時の対応
          controls: [16.1.2]
          body: |
            影響を受けるお客様には、判明から72時間以内に通知します。
        - title: 障害のお知らせ
          body: |
            お客様に影響がある場合は、検知から1時間以内にステータスページでお知らせします。
    `,
  ],
  invalid: [
    // Two statements about the same object still disagree.
    HEADER_EN +
      yaml`
        sections:
          - title: Maintenance
            controls: [12.1.2]
            body: |
              Planned maintenance is announced 7 days in advance.
      #                                        ^^^^^^^^^^^^^^^^^ fact-contradiction/disagrees
          - title: Operations
            body: |
              Maintenance windows are announced 14 days in advance.
      #                                         ^^^^^^^^^^^^^^^^^^ fact-contradiction/disagrees
      `,
    HEADER_EN +
      yaml`
        sections:
          - title: Deletion
            controls: [CLD.8.1.5]
            body: |
              Data is deleted within 60 days after the contract ends.
            facts:
              deletion.after_termination: 30d
        #                                 ^^^ fact-contradiction/contradicts
      `,
    // Without a pin: two statements of the deletion that disagree.
    HEADER_JA +
      yaml`
      sections:
        - title: データの削除
          controls: [CLD.8.1.5]
          body: |
            ご契約の終了後30日以内に、お客様のデータを削除します。
      #            ^^^^^ fact-contradiction/disagrees
        - title: サービスの終了
          body: |
            解約されたお客様のデータは60日以内に削除します。
      #                  ^^^^^ fact-contradiction/disagrees
    `,
    HEADER_EN +
      yaml`
        sections:
          - title: Incidents
            controls: [16.1.2]
            body: |
              We notify affected customers of an incident within 24 hours.
        #                                                 ^^^^^^^^^^^^^^^ fact-contradiction/disagrees
          - title: Support
            body: |
              Customers are notified of incidents within 72 hours of their discovery.
        #                                         ^^^^^^^^^^^^^^^ fact-contradiction/disagrees
      `,
    // Two breach notices that disagree are still one promise.
    HEADER_EN +
      yaml`
        sections:
          - title: Incidents
            controls: [16.1.2]
            body: |
              We notify affected customers of a data breach within 24 hours.
      #                                                     ^^^^^^^^^^^^^^^ fact-contradiction/disagrees
          - title: Privacy
            body: |
              Customers are notified of any breach of their data within 72 hours.
      #                                                          ^^^^^^^^^^^^^^^ fact-contradiction/disagrees
      `,
  ],
});
