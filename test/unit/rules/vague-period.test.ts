import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('vague-period', {
  valid: [
    // An escalation to the CIO is the provider's internal step; "within a reasonable time" in a condition measures the
    // condition; a notice between the parties of a force majeure event names no incident.
    HEADER_EN +
      yaml`
      sections:
        - title: Roles
          controls: [16.1.1]
          body: |
            Promptly reporting incident details which may call for breach reporting, in writing to the CIO
        - title: Delays
          controls: [16.1.2]
          body: |
            If the security officer finds that an investigation will not be completed within a reasonable time, legal counsel is informed.
        - title: Force majeure
          body: |
            The affected party shall promptly notify the other party of an inability to perform any obligation as a result of such an event.
    `,
    // Words of judgement ("as appropriate", "if necessary", 必要に応じて) and of what a length is like ("timely" drills,
    // 短期間) promise no time: over the annotated corpus no annotator asked a number of one.
    `${VALID}  - title: Breach handling\n    controls: [16.1.2]\n    body: |\n      On a breach of customer data the investigator coordinates with the legal team as appropriate.\n      Restore drills check that we recover from a breach in a coordinated, timely and effective manner.\n`,
    `${VALID}  - title: バックアップ\n    controls: [12.3.1]\n    body: |\n      バックアップは毎日取得し、14日間保管します。短期間に大量のデータを取り込む場合は、必要に応じて追加のバックアップを取得します。\n`,
    // Who commits (commitmentOf): a subprocessor's duty, the reader's notice owed to the provider named by the text, a
    // question, a definition promise nothing of the provider's.
    `${VALID}  - title: Subprocessors\n    controls: [CLD.8.1.5]\n    body: |\n      Subprocessors must delete customer data promptly after the engagement ends.\n`,
    `${VALID}  - title: Indemnification\n    controls: [12.1.2]\n    body: |\n      Northwind maintains the service. Northwind provides support. Northwind operates backups. Northwind monitors logs. Northwind keeps records.\n      The indemnified party will:\n      1. give Northwind prompt written notice of the claim; and\n      2. cooperate with Northwind.\n`,
    `${VALID}  - title: FAQ\n    controls: [CLD.8.1.5]\n    body: |\n      Is customer data deleted promptly after cancellation?\n      "Retention period" means the period for which data is kept for a certain time after cancellation.\n`,
    `${VALID}  - title: 委託先の管理\n    controls: [CLD.8.1.5]\n    body: |\n      委託先は、業務終了後速やかに顧客データを消去します。\n`,
    // A best practice is the reader's to follow; "at our discretion" says who decides, not when.
    `${VALID}  - title: Best practices\n    body: |\n      Download exported logs promptly, before they are deleted.\n`,
    `${VALID}  - title: Violations\n    controls: [CLD.8.1.5]\n    body: |\n      当社は、違反があったと判断したときは、当社の裁量により投稿を削除できるものとします。\n`,
    // The customer as subject owes the deadline, though the provider is named ("when we ask").
    `${VALID}  - title: 資料の返還\n    controls: [CLD.8.1.5]\n    body: |\n      1. 利用者は、当社から求められたときは、遅滞なく資料を返還するものとします。\n`,
    // Staff reporting promptly to their own security team is an internal step, no promise to the customer.
    // Items under the customer's part of a shared responsibility are the customer's duties, whatever their grammar.
    `${VALID}  - title: Your responsibilities\n    body: |\n      - Tell our support desk promptly when a sign-in code is lost\n      - Keep the admin list current\n`,
    // A vague length as a condition ("…が短期間の場合は"): when a rule applies, not how long anything is kept.
    `${VALID}  - title: 配信の一時停止\n    controls: [12.1.2]\n    body: |\n      停止期間が短期間の場合は、読者へのお知らせは不要です。\n`,
    // The cadence of backups the customer takes with a feature: the customer's own, no period of the provider's owed.
    `${VALID}  - title: 書き出し機能\n    controls: [12.3.1]\n    body: |\n      定期的なバックアップは、必要に応じて帳簿を以前の状態に戻すことを可能にします。\n`,
    HEADER_JA +
      yaml`
      sections:
        - title: 検知と報告
          controls: [16.1.2]
          body: |
            従業員は、インシデントの疑いを把握した場合、速やかに情報セキュリティ責任者へ報告します。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Reporting
          controls: [16.1.2]
          body: |
            Staff report a suspected incident to the security team promptly.
    `,
    // A template's number in braces, on the next line of a hard-wrapped bullet, gives the time the vague words leave open.
    HEADER_EN +
      yaml`
      sections:
        - title: Processor obligations
          controls: [16.1.2]
          body: |
            - Notify the Customer of a personal data breach without undue delay and at most within
            {48}hours of becoming aware of it. - Delete or return all personal data at the end of the services.
    `,
    // Reassurance that recommends an act to the reader is advice.
    HEADER_JA +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            大切なデータは、定期的にお手元のパソコンにもバックアップを取っておくと安心です。
    `,
    VALID,
    // Advice to the reader said as a recommendation or an imperative owes no cadence.
    HEADER_EN +
      yaml`
      sections:
        - title: Before you start
          controls: [12.3.1]
          body: |
            Regular backups are strongly recommended before large imports. Back up your data regularly. Make sure to export your projects regularly.
    `,
    // A backup cadence given further down the document answers an overview's "regularly"; advice to the reader owes none.
    HEADER_EN +
      yaml`
      sections:
        - title: Overview
          body: |
            The service takes backups of every database regularly. We recommend that you also export your data regularly.
        - title: Backups
          controls: [12.3.1]
          body: |
            Backups run daily and are kept for 14 days.
    `,
    // The customer's duty is not the provider's commitment; a number in the section or sentence says how long.
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
          controls: [16.1.2]
          body: |
            Customers must notify us promptly of any suspected breach.
            We notify affected customers within 24 hours, and send updates promptly.
        - title: Logs
          controls: [12.4.1]
          body: |
            ログは一定期間(最長1年間)保存します。
    `,
    // Advice to customers, the customer's own duty and how notices in general are sent owe no period.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Security events are kept for 13 months. It is good practice for customers to review their own sign-in history regularly.
        - title: Reporting incidents to us
          controls: [16.1.2]
          body: |
            Customers are required to report a suspected compromise of their accounts to us promptly.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: インシデントの報告
          controls: [16.1.2]
          body: |
            お客様には、不正利用が疑われる場合、速やかにご報告いただくようお願いします。
        - title: 通知の方法
          controls: [16.1.2]
          body: |
            当社からお客様への通知は、電子メールの送信又は本サービス上への掲載により、随時行います。
    `,
    // Items the user deletes during use, and a vague word labelling a list of steps, owe no period.
    HEADER_EN +
      yaml`
      sections:
        - title: Deleting files
          controls: [CLD.8.1.5]
          body: |
            Items in the trash are deleted promptly when you empty it.
        - title: Incidents
          controls: [16.1.2]
          body: |
            Promptly:
            - notify the affected customers of the incident
            - restore the service
    `,
    // Data taken back or erased on demand owes no cadence.
    HEADER_EN +
      yaml`
      sections:
        - title: Export
          controls: [CLD.8.1.5]
          body: |
            Exports can be downloaded through signed links as needed.
    `,
    // A report to an authority keeps the law's wording: it is no promise to the customer.
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
          controls: [16.1.2]
          body: |
            Customers are notified within 24 hours. Where the law requires it, we also inform the supervisory authority without undue delay.
    `,
    // A change notice owes a lead time, not a cadence: how often rules are posted or maintenance recurs is no vague period.
    HEADER_JA +
      yaml`
      sections:
        - title: 変更の通知
          controls: [12.1.2]
          body: |
            当社がウェブサイトに随時掲載する運用ルールは、本書の一部とします。仕様の変更は30日前までにお知らせします。
            定期的な保守停止も、事前にお知らせします。
        - title: 障害の連絡
          controls: [16.1.2]
          body: |
            障害はステータスページで24時間以内にお知らせします。

            | 項目 | 内容 | 回答 |
            |---|---|---|
            | 計画停止の予定通知 | 定期的な保守停止に関する事前連絡 | 有 |
    `,
    // Advice to the reader is the reader's period, and a notice of changes to rules owes no cadence.
    HEADER_JA +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            バックアップは毎日取得し、14日間保管します。移行の前に、まずは短期間お試しいただくことをお勧めします。
        - title: 運用ルール
          controls: [12.1.2]
          body: |
            本ルールの変更は、必要に応じて通知します。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Logs
          controls: [12.4.1]
          body: |
            Try it for a few days to see which events are logged. We recommend that you export logs for a reasonable period before you switch.
    `,
    // A period of inactivity is the condition for suspending an account, not a promise of how long anything is kept.
    HEADER_EN +
      yaml`
      sections:
        - title: Inactive accounts
          controls: [CLD.8.1.5]
          body: |
            Accounts that nobody has signed in to for a certain period may be suspended after we write to the owner.
            Accounts inactive for a certain period are closed and their data deleted within 30 days.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 利用のないアカウント
          controls: [CLD.8.1.5]
          body: |
            一定期間ログインのないアカウントは、ご連絡のうえ停止する場合があります。
    `,
    // Terms of use: a period within which the other party does not act is a condition, and a matter "settled separately"
    // names no length.
    HEADER_JA +
      yaml`
      sections:
        - title: 利用停止
          controls: [CLD.8.1.5]
          body: |
            1. 運営者は、利用者が次のいずれかに該当する場合、アカウントを削除できます。
               1. 運営者からの連絡に対し、一定期間返答がない場合
        - title: 規約の変更
          body: |
            変更の通知後、会員が当社の定める期間内に登録取消の手続をとらなかった場合には、会員は変更に同意したものとみなされます。
        - title: データの保存
          controls: [12.3.1]
          body: |
            バックアップ機能を提供する場合、その利用条件、保存範囲その他の事項を別途定めることがあります。バックアップは毎日取得し、7日間保存します。
    `,
    // A licence to back content up "as needed to provide the service" says what for, not how often; the customer's list of
    // security responsibilities holds the customer's duties.
    HEADER_EN +
      yaml`
      sections:
        - title: Your content
          controls: [12.3.1]
          body: |
            You give us permission to store, copy, back up, and transmit that content as needed to provide the service.
        - title: Customer security responsibilities
          body: |
            Customers should:
            - review user access regularly;
            - report suspected incidents promptly.
    `,
    // A cure period the provider gives the other party (「相当期間を定めて是正を催告」, "a reasonable period to cure"), the
    // reader's browser keeping a draft or a cookie, and a notice in an indemnity over a party's "breach of this Agreement":
    // none is a time the provider owes the customer.
    `${VALID}  - title: 利用停止\n    controls: [CLD.8.1.5]\n    body: |\n      利用者が本規約に違反した場合、当社は、相当期間を定めて是正を催告した上で、利用契約を解除し、データを削除できる。\n`,
    `${VALID}  - title: Suspension\n    controls: [CLD.8.1.5]\n    body: |\n      If you breach these Terms, we may delete your data after giving you a reasonable period to cure the breach.\n`,
    `${VALID}  - title: 入力の一時保存\n    controls: [CLD.8.1.5]\n    body: |\n      入力内容は端末内のローカルストレージへ一時保存します。この保存は一定期間で失効し、設定から削除できます。\n`,
    `${VALID}  - title: Cookies\n    controls: [CLD.8.1.5]\n    body: |\n      The consent cookie in your browser expires after a certain period, and you can delete it at any time.\n`,
    `${VALID}  - title: Indemnification\n    controls: [16.1.2]\n    body: |\n      We will defend you against any claim arising from our breach of this Agreement, provided that we are notified promptly of the claim.\n      Our obligations are subject to our promptly notifying you of the Claim and to your reasonable cooperation in its settlement or compromise.\n`,
    // A "reasonable" time to answer a request with no request named, and the law's own "遅滞なく" on one, are left alone.
    `${VALID}  - title: 開示等の請求\n    body: |\n      当社は、ご本人から開示の請求を受けたときは、遅滞なく開示します。\n`,
    // The same statutory word on a correction or erasure the person asks for, and on telling them the outcome in the next
    // sentence: the law's reply to a request, not a deletion or a notice the provider times.
    `${VALID}  - title: 訂正等\n    controls: [CLD.8.1.5]\n    body: |\n      当社は、ユーザーから個人情報の訂正または削除を求められた場合には、遅滞なく必要な調査を行い、その結果に基づき個人情報の訂正または削除を行います。\n      当社は、訂正または削除を行った場合には、遅滞なくその旨をユーザーに通知します。\n`,
    `${VALID}  - title: 利用停止等\n    body: |\n      当社は、ユーザーから個人情報の利用の停止を求められた場合には、遅滞なく必要な調査を行い、その結果に基づき利用停止を行い、その旨をユーザーに通知します。\n`,
    // The standard contractual clauses annexed word for word: their "promptly" is the law's.
    `${VALID}  - title: Obligations of the data importer\n    controls: [16.1.2]\n    body: |\n      The data importer agrees that it will promptly notify the data exporter about any accidental or unauthorised access to the personal data.\n`,
    // A notice of a third party's claim starts the other party's defence of it, whichever party gives it: no notice of a
    // change or an incident.
    `${VALID}  - title: Indemnification\n    controls: [12.1.2]\n    body: |\n      We will promptly send you a written notice of any such claim we receive and let you lead its defence.\n      We defend you against third-party claims, provided that you give us prompt written notice of the claim.\n`,
    `${VALID}  - title: 知的財産権の補償\n    controls: [12.1.2]\n    body: |\n      本サービスが第三者の権利を侵害するとして第三者から請求を受けた場合、当社は速やかにその旨をお客様に通知し、自らの費用で防御します。\n`,
    // Ruling P5: the provider's own work (patches applied, faults resolved, permissions and information no longer needed
    // removed), the other party's notice (before an audit, withdrawing consent), law enforcement's requests and a
    // retention by purpose owe the customer no period.
    `${VALID}  - title: Operations\n    body: |\n      Security patches are applied to all production hosts in a timely manner.\n      We resolve and remediate incidents as soon as possible.\n`,
    `${VALID}  - title: 安全管理措置\n    controls: [CLD.8.1.5]\n    body: |\n      当社は、不要になった権限を速やかに削除します。\n      - 不要になった情報の速やかな削除・廃棄\n`,
    `${VALID}  - title: Audits\n    controls: [12.1.2]\n    body: |\n      Upon reasonable notice, the customer may inspect the records we keep about the processing of its data.\n      You may withdraw your consent with reasonable notice.\n`,
    `${VALID}  - title: Law enforcement\n    controls: [CLD.8.1.5]\n    body: |\n      We encourage law enforcement agencies to send preservation requests through the proper channel in a timely manner.\n`,
    `${VALID}  - title: 個人情報の保管\n    controls: [CLD.8.1.5]\n    body: |\n      当社は、個人情報を利用目的の達成に必要な期間保管します。注文情報は注文管理に必要な期間のみ保持します。\n`,
    `${VALID}  - title: Our principles\n    controls: [CLD.8.1.5]\n    body: |\n      * Keeping data only for as long as necessary\n`,
  ],
  invalid: [
    // Ruling Q6: in a DPA the Processor is the provider, its deletion period owed; the Controller's own acts are the customer's.
    HEADER_EN +
      yaml`
      sections:
        - title: Deletion or return of Personal Data
          controls: [CLD.8.1.5]
          body: |
            Processor shall delete or return all Personal Data within a reasonable time after the end of the Services.
      #                                                        ^^^^^^^^^^^^^^^^^^^^^^^^ vague-period/vague
            Controller shall notify Processor promptly of any change to its instructions.
    `,
    // 相当な期間 / 相当な予告期間 / 合理的な予告期間 and "a reasonable amount of time" before a change or an end of the service:
    // a notice lead time owed, left open (ruling P5).
    HEADER_JA +
      yaml`
      sections:
        - title: サービスの変更・終了
          controls: [12.1.2]
          body: |
            重要な変更については相当な期間をもって周知します。
      #               ^^^^^ vague-period/vague
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: サービスの終了
          controls: [12.1.2]
          body: |
            当社は、合理的な予告期間をもって本サービスを終了できます。
      #         ^^^^^^^^ vague-period/vague
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Maintenance
          controls: [12.1.2]
          body: |
            We notify you with a reasonable amount of time before maintenance that needs your action.
      #                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    // 請求 is also a person's request: deleting on one "within a reasonable period" is still the provider's own time.
    HEADER_JA +
      yaml`
      sections:
        - title: 個人情報の削除
          controls: [CLD.8.1.5]
          body: |
            当社は、ご本人から削除請求を受けた場合、合理的な期間内にデータを削除します。
      #                         ^^^^^^ vague-period/vague
    `,
    // An authority named after the vague word is only what the provider's own deletion yields to (ruling P5).
    HEADER_EN +
      yaml`
      sections:
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Within a reasonable time after termination we delete all copies of customer data, unless retention is required by a governmental authority.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    // A change notice beside a claim named in another clause is still the provider's own lead time.
    HEADER_EN +
      yaml`
      sections:
        - title: Changes
          controls: [12.1.2]
          body: |
            We defend you against claims; we notify you of material changes with reasonable notice.
      #                                                                          ^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 規約の変更
          controls: [12.1.2]
          body: |
            当社は、お客様から異議が述べられた事項を含め、本規約を変更する場合は相当期間前に通知します。
      #                                       ^^^^ vague-period/vague
    `,
    // 遅滞なく on deleting the customer's data at the end of the contract is the provider's own timing, owed a number.
    HEADER_JA +
      yaml`
      sections:
        - title: 契約終了時のデータ
          controls: [CLD.8.1.5]
          body: |
            当社は、利用契約の終了後、遅滞なくお客様のデータを削除します。
      #                  ^^^^ vague-period/vague
    `,
    // A breach notice with the same word after a clause on a person's requests is the provider's own notice time.
    HEADER_JA +
      yaml`
      sections:
        - title: 個人情報の管理
          controls: [16.1.2]
          body: |
            当社は、ご本人から開示を求められたときは、本人確認の上で開示します。当社は、個人情報の漏えいが発生した場合には、遅滞なくお客様に通知します。
      #                                                             ^^^^ vague-period/vague
    `,
    // The provider's answer to a person's request given only a "reasonable" time, in the sentence or after the request is
    // named in the line before it; an unnumbered notice before planned work.
    HEADER_JA +
      yaml`
      sections:
        - title: 開示等の請求
          body: |
            開示等を希望される場合は、お問い合わせ窓口までご連絡ください。本人確認の上、合理的な期間内に対応いたします。
      #                                           ^^^^^^ vague-period/vague
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Your rights
          body: |
            Once we have confirmed your identity, we answer requests to see or correct your personal information within a reasonable time.
      #                                                                                                          ^^^^^^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Changes to the service
          controls: [12.1.2]
          body: |
            We give our customers appropriate notice before planned maintenance.
      #                           ^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    // "On a regular schedule" leaves the cadence as open as "on a regular basis".
    HEADER_EN +
      yaml`
      sections:
        - title: Off-site backups
          controls: [12.3.1]
          body: |
            Anything stored in a volume is backed up on a regular schedule.
      #                                              ^^^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    // "For a defined time", "for an extended period": a length named and left open, as "for a defined period" is.
    HEADER_EN +
      yaml`
      sections:
        - title: Logs
          controls: [12.4.1]
          body: |
            Application logs of customer requests are kept for a defined time and then discarded.
      #                                                        ^^^^^^^^^^^^^^ vague-period/vague
    `,
    // A list item that names no incident, led into by a line that does: the incident's notice, owed a number.
    HEADER_EN +
      yaml`
      sections:
        - title: Customer notification
          controls: [16.1.2]
          body: |
            If an incident affects customer data, we will:
            - Notify affected customers without undue delay
      #                                 ^^^^^^^^^^^^^^^^^^^ vague-period/vague
            - Describe the steps taken
    `,
    // What the customer agrees to ("The Customer agrees that …, Acme shall delete") is the provider's promise, and a leaving
    // that is final ("permanently ceased") gives no period.
    HEADER_EN +
      yaml`
      sections:
        - title: Deletion and return of personal data
          controls: [CLD.8.1.5]
          body: |
            13.2. The Customer agrees that within a reasonable time after the Customer has permanently ceased to use the Services, Acme shall delete all copies of the Personal Data.
      #                                    ^^^^^^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 利用規約
          controls: [CLD.8.1.5]
          body: |
            解約後のデータは、法令上の保存義務があるものを除き、合理的な期間内に削除します。
      #                               ^^^^^^ vague-period/vague
    `,
    // Kept "for as long as is strictly necessary"; kept "for a defined period" while the customer may write to us; "Please
    // note" asks only to be read.
    HEADER_EN +
      yaml`
      sections:
        - title: Data handling
          body: |
            We only retain customer data for as long as is strictly necessary to complete the work.
      #                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-period/vague
        - title: Cancellation
          controls: [CLD.8.1.5]
          body: |
            Your data is retained for a defined period after cancellation, during which you can contact us to arrange an export.
      #                               ^^^^^^^^^^^^^^^^ vague-period/vague
            Please note that some data may persist in backups for a limited period after deletion.
      #                                                       ^^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    // Breaches "communicated to" the customer, updates on an outage as "regular information and updates".
    HEADER_EN +
      yaml`
      sections:
        - title: Breach response
          controls: [16.1.2]
          body: |
            Confirmed breaches affecting customer personal data will be communicated to the relevant controller without undue delay.
      #                                                                                                         ^^^^^^^^^^^^^^^^^^^ vague-period/vague
        - title: Unplanned outages
          body: |
            During an unplanned outage we will provide regular information and updates on our status page.
      #                                                ^^^^^^^ vague-period/vague
    `,
    // A heading that shares the parts keeps the provider's promises in them.
    HEADER_EN +
      yaml`
      sections:
        - title: Our and your responsibilities
          body: |
            - Notify affected customers promptly of a breach of their data
      #                                 ^^^^^^^^ vague-period/vague
    `,
    // The data's retention said only as "so long as required", though no topic of a log or a backup claims it.
    HEADER_EN +
      yaml`
      sections:
        - title: Files
          body: |
            We hold customer files so long as required by our contract with you.
      #                            ^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    // A backup cadence given elsewhere does not answer a vague log period.
    HEADER_JA +
      yaml`
      sections:
        - title: ログ
          controls: [12.4.1]
          body: |
            ログは一定期間保存します。
      #        ^^^^ vague-period/vague
        - title: バックアップ
          controls: [12.3.1]
          body: |
            バックアップは毎日取得し、14日間保存します。
    `,
    // A duty both parties share binds the provider too: the customer is still told by no given time.
    HEADER_EN +
      yaml`
      sections:
        - title: Security incidents
          controls: [16.1.2]
          body: |
            Each party shall notify the other promptly of any security incident affecting the other party's data.
      #                                       ^^^^^^^^ vague-period/vague
    `,
    // Updates while an outage lasts, and information after a breach: the provider's promises, owed a number.
    HEADER_EN +
      yaml`
      sections:
        - title: Unplanned outages
          body: |
            While the outage lasts, we will update you periodically on its progress and on the expected recovery time.
      #                                                ^^^^^^^^^^^^ vague-period/vague
        - title: Personal data breaches
          body: |
            If your personal data is leaked, we will give you prompt information about what happened.
      #                                                       ^^^^^^ vague-period/vague
    `,
    // A number given under one regime does not say how soon customers under another are told.
    HEADER_EN +
      yaml`
      sections:
        - title: Breach notification
          controls: [16.1.2]
          body: |
            Where the GDPR applies, we notify affected customers within 48 hours. Under the CCPA, we notify affected customers within a reasonable time.
      #                                                                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 漏えい時の通知
          controls: [16.1.2]
          body: |
            個人情報保護法が適用される場合、影響を受けるお客様に48時間以内に通知します。米国の州法が適用される場合は、合理的な期間内に通知します。
      #                                                           ^^^^^^ vague-period/vague
    `,
    // The member data a customer registered, kept "for a certain period", with no word of deleting.
    HEADER_JA +
      yaml`
      sections:
        - title: 会員情報について
          body: |
            退会の手続きがない場合も、ご登録いただいた会員情報は一定期間保持します。
      #                               ^^^^ vague-period/vague
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily and are kept for a certain period.
      #                                    ^^^^^^^^^^^^^^^^^^^^ vague-period/vague
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            お客様のデータは、契約終了後一定期間の経過後に削除します。
      #                   ^^^^ vague-period/vague
    `,
    // "Data retention" is how long customer data is kept: its vague answer after a colon is the provider's own.
    HEADER_EN +
      yaml`
      sections:
        - title: Privacy
          body: |
            Our approach to data retention is plain: as short as possible.
      #                                              ^^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    // The fuller vocabulary; a period for another log kind does not answer the audit log's.
    HEADER_JA +
      yaml`
      sections:
        - title: ログ
          controls: [12.4.1]
          body: |
            アクセスログは1年間保存します。監査ログは当社所定の期間保存します。
      #                          ^^^^^^^ vague-period/vague
        - title: バックアップ
          controls: [12.3.1]
          body: |
            バックアップは毎日取得し、別途定める期間保管します。
      #                  ^^^^^^^ vague-period/vague
        - title: 契約の終了
          body: |
            ログは1年間保存します。契約の終了後、当社は一定期間を経過した時点でデータを削除します。
      #                           ^^^^ vague-period/vague
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            After termination, customer data is kept as long as it is needed and then deleted.
      #                                              ^^^^^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    // A number for the authority says nothing of when customers hear.
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
          controls: [16.1.2]
          body: |
            We notify the regulator within 72 hours and affected customers without undue delay.
      #                                                                    ^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    // Data kept on after the contract "for a certain period": the sentence's end of contract says it is the provider's retention.
    HEADER_EN +
      yaml`
      sections:
        - title: When the contract ends
          body: |
            On termination, once the data is handed over, we may hold a copy for a certain period of time.
      #                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-period/vague
        - title: Data deletion
          controls: [CLD.8.1.5]
          body: |
            Customer data is exported on request. After termination, it is kept for a limited period.
      #                                                                         ^^^^^^^^^^^^^^^^^^^^ vague-period/vague
    `,
    // Updates on an open incident recur: their cadence is owed a number.
    HEADER_JA +
      yaml`
      sections:
        - title: インシデント対応
          controls: [16.1.2]
          body: |
            影響を受けるお客様には24時間以内に通知します。復旧までは定期的に状況を報告します。
      #                                  ^^^^ vague-period/vague
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: インシデント対応
          controls: [16.1.2]
          body: |
            | 項目 | 内容 | 回答 |
            |---|---|---|
            | インシデントの通知 | 復旧まで定期的な状況報告 | 有 |
      #                       ^^^^ vague-period/vague
    `,
  ],
});
