import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('deletion-policy', {
  valid: [
    // Steps after the tenant is cancelled: a grace period with export, then everything deleted after it (猶予期間後).
    HEADER_JA +
      yaml`
      sections:
        - title: テナント解約時の取扱い
          controls: [CLD.8.1.5]
          body: |
            テナント解約時は以下の手順で全データを削除します。
            1. 解約日から30日間の猶予期間を設け、この間はデータをエクスポートできます。
            2. 猶予期間後、テナントに紐づく全データを削除します。
    `,
    // Each item of a list whose lead keeps what it lists after the leaving gives its period.
    HEADER_JA +
      yaml`
      sections:
        - title: 退会後の保存期間
          controls: [CLD.8.1.5]
          body: |
            退会後の保存期間は以下のとおりです。
            - 案件情報：退会後30日（データエクスポート期間）
            - 請求履歴：法令に基づき7年間
    `,
    // A part on downloading the data is the way back, whenever the customer wants it.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [CLD.8.1.5]
          body: |
            Upon cancellation, all data and backups are deleted in 30 days.
        - title: Downloading backups
          body: |
            You can download all data and configuration whenever you want.
    `,
    // Steps under a heading that takes out what it names as the customer's ("How to download a report of your sent
    // messages") are the way back, though the body calls it a report.
    HEADER_EN +
      yaml`
      sections:
        - title: Closing your account
          controls: [CLD.8.1.5]
          body: |
            When you ask us to close your account, we delete your data within 1 year.
        - title: How to download a report of your sent messages
          body: |
            1. Go to the dashboard.
            2. Select Download this report (CSV).
    `,
    VALID,
    // A part of its own on exporting the data gives the way back, whenever the customer wants it.
    HEADER_EN +
      yaml`
      sections:
        - title: Data Export
          body: |
            An organisation administrator can export all form responses and uploaded files at any time, as CSV and ZIP files.
        - title: Account closure
          controls: [CLD.8.1.5]
          body: |
            When an organisation closes its account, its form responses and files are purged within 30 days.
    `,
    // A page titled as how to delete one's own account is the customer's operation: no way back is owed.
    yaml`
      whitepaper: 1
      lang: ja
      title: アカウントを削除する
      service: {name: Example Cloud, provider: Example Inc., model: SaaS}
      sections:
        - title: アカウントの削除
          controls: [CLD.8.1.5]
          body: |
            アカウントを削除すると、登録したすべてのデータが直ちに削除されます。
    `,
    // Access kept until the paid month ends, deleted 30 days later, exported before: a billing cadence ("monthly") is no
    // timing, the deletion's period is.
    `${VALID}  - title: Cancelling\n    controls: [CLD.8.1.5]\n    body: |\n      On a monthly plan, after you cancel you keep access to your files until the paid month ends. They are deleted 30 days after that. Export them from Settings before you cancel.\n`,
    // The data exported into a report is still the data taken out.
    `${VALID}  - title: If you cancel\n    controls: [CLD.8.1.5]\n    body: |\n      An admin can export data into a PDF report before leaving. After cancellation the data is held for up to 30 days.\n`,
    // A help page on clearing out old files during use, read as CLD.8.1.5 from its heading: the customer's own housekeeping,
    // and the text never speaks of leaving.
    HEADER_JA +
      yaml`
      sections:
        - title: 古い転送記録の削除
          controls: [CLD.8.1.5]
          body: |
            不要になった転送記録は、管理画面の「記録一覧」から削除することができます。お使いのSFTPクライアントの削除機能で消すことも可能です。
            削除した記録は元に戻せないため、残しておきたい場合は削除する前にお手元のPCへ保存してください。
    `,
    `${VALID}  - title: Removing old exports\n    controls: [CLD.8.1.5]\n    body: |\n      You can delete old export files from the Files page at any time.\n`,
    // Removed "immediately" when an account is closed, in a paragraph read as backups too: the leaving's timing, not a cadence.
    `${VALID}  - title: Closing an account\n    controls: [12.3.1, CLD.8.1.5]\n    body: |\n      Sites and mailboxes are immediately removed from our servers when an account is closed. Backups are kept for 5 days. Download your files before you close the account.\n`,
    // Cautions before the customer deletes their own account: their act, no timing or way back owed.
    HEADER_JA +
      yaml`
      sections:
        - title: アカウント削除前のご注意
          controls: [CLD.8.1.5]
          body: |
            連携サービスから取り込んだ明細も、アカウントと一緒に削除されます。一度削除したアカウントは元に戻せません。
            アカウントを削除しても、ストアの定期購入は解約されません。先にストアで解約の手続きを行ってください。
    `,
    // The step after the leaving's deletes within a period, whatever the reader took its subject for.
    `${VALID}  - title: Leaving the service\n    controls: [CLD.8.1.5]\n    body: |\n      When the account is closed, you can still export your notes for 14 days. After that, we delete them and their backups within 21 days.\n`,
    `${VALID}  - title: 退会\n    controls: [CLD.8.1.5]\n    body: |\n      退会後も14日間はノートをエクスポートできます。その後、ノートとそのバックアップを21日以内に削除します。\n`,
    `${VALID}  - title: Deletion\n    controls: [CLD.8.1.5]\n    body: |\n      Customers can export their data until the contract ends; it is deleted within 30 days after.\n`,
    // Kept for at most a while after cancellation: deleted by then.
    `${VALID}  - title: Your data after cancellation\n    controls: [CLD.8.1.5]\n    body: |\n      You can download a full copy of your data at no extra cost. Data of cancelled accounts is kept for up to 6 months so that you can download it.\n`,
    `${VALID}  - title: 契約終了後のデータ\n    controls: [CLD.8.1.5]\n    body: |\n      契約終了日から30日間、登録データをダウンロードできます。当社は、契約終了後最長90日間、登録データを保管します。\n`,
    `${VALID}  - title: Return and deletion\n    controls: [CLD.8.1.5]\n    body: |\n      On termination, the Customer may download all Customer Data. Data of terminated accounts is retained for no longer than 45 days.\n`,
    // "Get the data from the app before you cancel" is a way back; the date of the deletion can head it as a run-in label.
    `${VALID}  - title: Cancelling\n    controls: [CLD.8.1.5]\n    body: |\n      Run a report to get your data from the app before you cancel. Records of cancelled accounts are deleted 30 days later.\n`,
    HEADER_EN +
      yaml`
      sections:
        - title: What happens to my projects when I cancel?
          body: |
            Export your projects before you cancel.
        - title: Details
          body: |
            After the end of the billing period: the account moves to the free plan and projects over its limit are removed.
    `,
    // The timing and the export are stated under another heading: the text answers the question all the same.
    HEADER_EN +
      yaml`
      sections:
        - title: Disposal
          controls: [CLD.8.1.5]
          body: |
            Storage media are wiped before they are reused.
        - title: Client data
          body: |
            Client data is kept for the life of the contract and can be exported until 30 days after termination, when it is deleted.
    `,
    // "backups included" between commas is an aside: the period is the deletion's.
    HEADER_EN +
      yaml`
      sections:
        - title: Data return and deletion
          controls: [CLD.8.1.5]
          body: |
            Before your contract ends, you can download every response as CSV from the dashboard.
            We delete all customer data, backups included, within 30 days after the contract ends.
    `,
    // Handing the data over, or sending it, before deletion is a way back.
    HEADER_EN +
      yaml`
      sections:
        - title: 契約終了時のデータの取扱い
          controls: [CLD.8.1.5]
          body: |
            契約終了後、お客様のデータを30日以内に消去します。ご希望の場合は、消去前にデータをお客様に引き渡します。
    `,
    // The deletion points back to the period just given: that period is its timing. 書き出し is an export.
    HEADER_EN +
      yaml`
      sections:
        - title: 契約終了時のデータ
          controls: [CLD.8.1.5]
          body: |
            お客様は、契約終了日から45日間、顧客データを管理画面から取り出せます。当社は、その期間の経過後、顧客データを削除します。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Leaving
          controls: [CLD.8.1.5]
          body: |
            After you cancel, your workspace stays available for export for 21 days. After that period, it is erased.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: 解約時の削除
          controls: [CLD.8.1.5]
          body: |
            解約日から90日後に、お客様の日報データを削除します。解約前に、お客様は日報データをCSV形式で書き出せます。
    `,
    // Staff leaving, or a resource ended during use, is not the customer leaving: nothing is asked.
    HEADER_EN +
      yaml`
      sections:
        - title: People
          body: |
            When an employee leaves the company, their accounts and access are deleted within one day.
            Terminating an instance deletes the data on its local disks.
    `,
    // The data handed back in other words ("provide you with a data file") is a way back.
    HEADER_EN +
      yaml`
      sections:
        - title: At the end of the contract
          body: |
            On termination we provide you with a complete data file of your records.
            Your data is deleted within 60 days after termination.
    `,
    // An inactive free account closed by the provider is housekeeping, not the customer leaving: nothing is asked.
    HEADER_EN +
      yaml`
      sections:
        - title: Inactive accounts
          body: |
            Free accounts with no sign-in for 12 months are closed and their data is deleted 30 days later.
    `,
    // The export is offered under another heading, before the customer cancels; the deletion is dated by the billing period.
    HEADER_EN +
      yaml`
      sections:
        - title: Before you cancel
          body: |
            Export your projects from the dashboard before you cancel.
        - title: What happens to your data
          controls: [CLD.8.1.5]
          body: |
            When you cancel, your projects are deleted at the end of your billing period.
    `,
    // Whatever the reader takes "records" for, a period in a sentence deleting at the end of the contract is its timing.
    HEADER_EN +
      yaml`
      sections:
        - title: Termination
          controls: [CLD.8.1.5]
          body: |
            We delete the records within 60 days after termination of the contract. Customers can export the records before termination.
    `,
    // A step counted on from the one before it ("On day 15") is the deletion's timing.
    HEADER_EN +
      yaml`
      sections:
        - title: Closing your account
          controls: [CLD.8.1.5]
          body: |
            1. For 14 days after the account is closed, the workspace stays read-only so that you can export your records.
            2. On day 15, the workspace and every record in it are deleted.
    `,
  ],
  invalid: [
    // A deletion the provider only may do at its discretion (削除することができる) gives no timing, and the finding sits on
    // the withdrawal's statement, not on the sanction clause before it (ruling P2: the provider's remedies for a breach).
    HEADER_JA +
      yaml`
      sections:
        - title: 第5条（利用停止等）
          body: |
            当社は、利用者が次の各号のいずれかに該当する場合は、利用者のデータを削除し、または利用契約を解除することができます。
        - title: 第6条（退会）
          controls: [CLD.8.1.5]
          body: |
            利用者が退会した場合、当社は、当社の裁量により、利用者が登録したデータを削除することができるものとします。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // Removed "after a short grace period" once the use ceases: no timing, no way back.
    HEADER_EN +
      yaml`
      sections:
        - title: Security practices
          body: |
            Once your use of the service ceases, we remove all your data, including backups, after a short grace period.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // The customer's debts due at once on the leaving date no deletion.
    HEADER_EN +
      yaml`
      sections:
        - title: Termination
          controls: [CLD.8.1.5]
          body: |
            Upon termination, the Customer will immediately pay all amounts due. We delete the customer data when the agreement ends.
      #                                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #                                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // Terms whose article on cancelling only says how to cancel: the finding sits on the sentence of the data's article
    // that deletes it after the contract ends, where the reviewer reads what is missing, not on the cancelling heading.
    HEADER_JA +
      yaml`
      sections:
        - title: 第4条(解約)
          controls: [CLD.8.1.5]
          body: |
            解約はいつでも可能です。解約後も支払済みの期間の末日までご利用いただけます。
        - title: 第5条(データの取扱い)
          body: |
            利用者が入力したデータの権利は利用者に帰属します。
            解約後のデータは、法令上保存が必要なものを除き、合理的な期間内に削除します。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // What the reader is told to destroy under the terms' licence is no better place than the heading of the termination.
    HEADER_EN +
      yaml`
      sections:
        - title: 4. Content
          body: |
            If you breach these Terms, your licence to the Content ends and you must destroy any copies you have made of the Content.
        - title: 9. Term; Termination
          controls: [CLD.8.1.5]
          body: |
            We may terminate these Terms and your access to the Services at any time. You may stop using the Services at any time.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // Terms' confidentiality clause has the customer destroy or return what it holds of the provider's: that is no way back
    // for the customer's data, which the article on the end of the contract deletes in 30 days with no export.
    HEADER_EN +
      yaml`
      sections:
        - title: Article 18 (Confidentiality)
          controls: [CLD.8.1.5]
          body: |
            Upon termination, Users shall destroy or return all such information, in accordance with the Company's instructions.
        - title: Article 20 (Termination by the User)
          controls: [CLD.8.1.5]
          body: |
            A User may terminate the agreement by notice through the prescribed form.
        - title: Article 22 (Data upon Termination)
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
          controls: [CLD.8.1.5]
          body: |
            When the agreement ends, the Company deletes the User's data within 30 days of termination.
    `,
    // The same in Japanese: what cannot be destroyed is returned to the provider (「弊社に返還」).
    HEADER_JA +
      yaml`
      sections:
        - title: 第18条(秘密保持)
          controls: [CLD.8.1.5]
          body: |
            利用者は、本利用契約の終了時までに、その保有する弊社に関する一切の情報を破棄するものとします。破棄できないものであって返還できるものは弊社に返還するものとします。
        - title: 第22条(契約終了時のデータの取扱い)
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
          controls: [CLD.8.1.5]
          body: |
            弊社は、本利用契約が終了した場合、利用者のデータを契約終了後30日以内に削除します。
    `,
    // A device staff hand back as they leave, and a page that "provides information" about itself, are no way back.
    HEADER_EN +
      yaml`
      sections:
        - title: Retention and disposal
          controls: [CLD.8.1.5]
          body: |
            Customer accounts and data are deleted within sixty days of contract termination.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
            Remote employees are sent a shipping label, and the return of their device is monitored.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: データの取り扱い
          controls: [CLD.8.1.5]
          body: |
            このページは、本アプリが収集するデータに関する情報を提供しています。
            アカウントの終了後、データは30日以内に削除されます。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // "Permanently stopped using" is no period, and a period under the deletion heading whose sentence neither deletes nor
    // keeps (an answer's 5 business days) dates no deletion: "within a reasonable time" is all the timing there is.
    HEADER_EN +
      yaml`
      sections:
        - title: Deletion and return of customer data
          controls: [CLD.8.1.5]
          body: |
            Customers may export their customer data from the console at any time while the agreement is in force.
            Within a reasonable time after the termination of the agreement, or after the customer has permanently stopped using the services, we delete all copies of the customer data.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
            Questions about an export are answered within 5 business days.
    `,
    // 30 days in which the albums can only be downloaded, then withdrawal: the way back's period, no deletion timing.
    HEADER_JA +
      yaml`
      sections:
        - title: 解約・退会
          controls: [CLD.8.1.5]
          body: |
            解約手続を行った場合は、次回更新日から30日間は暫定解約状態（アルバムのダウンロードのみ可能な状態）となります。暫定解約状態が経過した時点で自動的に退会となります。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
    `,
    // The customer's deadline to cancel, counted back from the renewal date, is no deletion timing either.
    HEADER_JA +
      yaml`
      sections:
        - title: 解約・退会
          controls: [CLD.8.1.5]
          body: |
            解約は、次回更新日の2週間前までに管理画面から手続きしてください。暫定解約状態が経過した時点で自動的に退会となります。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // The customer deleting their own account starts the deletion, but a page on it that is no caution before the
    // operation is the provider's policy for the data: the way back is still owed.
    HEADER_EN +
      yaml`
      sections:
        - title: アカウントの削除
      #   ^^^^^^^^^^^^^^^ deletion-policy/noReturn
          controls: [CLD.8.1.5]
          body: |
            アカウントを削除すると、登録したすべてのデータが直ちに削除されます。
    `,
    // Audit reports and invoices to download are other documents: no way back for the customer's data.
    HEADER_EN +
      yaml`
      sections:
        - title: Data deletion
      #   ^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
          controls: [CLD.8.1.5]
          body: |
            When your contract ends, we delete customer data within 30 days.
            Audit reports and monthly invoices can be downloaded from the admin portal at any time.
    `,
    // The customer's things by the service's own nouns, kept for a while and restored only on rejoining: neither answer.
    HEADER_EN +
      yaml`
      sections:
        - title: Cancelling your membership
          body: |
            After you cancel, we hold on to your recipes and meal plans for a while. If you rejoin during that time, they are restored.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // The leaving said only by the heading the sentence stands under: the data's fate there owes both answers.
    HEADER_JA +
      yaml`
      sections:
        - title: 解約の手続きについて
          body: |
            登録済みの顧客情報や商品データは削除されません。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // The customer's things in the possessive of "a customer", by the service's nouns, marked for deletion by the provider.
    HEADER_EN +
      yaml`
      sections:
        - title: When a subscription ends
          body: |
            When a subscription is cancelled, all of a customer's boards and dashboards are marked for deletion and then purged within 5 days.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // "その後" followed by a period of its own, a vague one, is no reference to the period before; the deletion owes the
    // timing (ruling P1), not the sentence that offers the way back.
    HEADER_EN +
      yaml`
      sections:
        - title: 契約終了時のデータ
          controls: [CLD.8.1.5]
          body: |
            契約終了後、お客様は30日間データを取り出せます。その後、当社は一定期間の経過後にデータを削除します。
      #                              ^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
    `,
    // A lower bound, a deletion that only may happen and a placeholder commit to no date.
    HEADER_EN +
      yaml`
      sections:
        - title: After cancellation
          controls: [CLD.8.1.5]
          body: |
            We keep your data for at least 30 days after cancellation. You can export it before you cancel.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: After cancellation
          controls: [CLD.8.1.5]
          body: |
            When you cancel, your data may be deleted after 30 to 90 days. You can export it before you cancel.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: データの削除
          controls: [CLD.8.1.5]
          body: |
            ご契約の終了後〇日以内に、お客様のデータを削除します。削除までの間、お客様はエクスポート機能によりデータを取り出せます。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Customer data is deleted when the contract ends.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // The section read as CLD.8.1.5 speaks of neither the end of the contract nor deletion: the finding sits on the sentence that does.
    HEADER_EN +
      yaml`
      sections:
        - title: Sign in with your account
          controls: [CLD.8.1.5]
          body: |
            Open the console and sign in.
        - title: Cancel the service
          body: |
            Click Cancel on the dashboard.
            When you cancel the service, all data you registered is deleted.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // No section names CLD.8.1.5, but one says what happens to customer data at the end of the contract.
    HEADER_EN +
      yaml`
      sections:
        - title: Your data
          body: |
            We keep your files safe.
            When your subscription is cancelled, your data is deleted after 30 days.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: データの取扱い
          body: |
            ご契約の終了時には、お客様のデータを所定の形式で返却します。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
    `,
    // Several sections answer CLD.8.1.5: the finding sits on the one about the end of the contract, not the first.
    HEADER_EN +
      yaml`
      sections:
        - title: Introduction
          controls: [CLD.8.1.5]
          body: |
            This page describes how long we keep records.
        - title: Customer data deletion
          controls: [CLD.8.1.5]
          body: |
            Data is removed once the account is terminated.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // A section on many things, read as one from a published page: the finding sits on the sentence that raises it.
    HEADER_EN +
      yaml`
      sections:
        - title: Security at a glance
          controls: [CLD.8.1.5, 9.4.1]
          body: |
            Staff access is limited to what their role needs.
            When the contract ends, customer files are erased.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // A hedged hold after the end is no timing: the sentence that says so owes it.
    HEADER_EN +
      yaml`
      sections:
        - title: Contract end
          body: |
            You can export your data from the console before you leave.
            After you cancel your plan, we may retain your data for a certain period.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
    `,
    // Non-payment ends the account: its data deleted in the step after, with no way back.
    HEADER_JA +
      yaml`
      sections:
        - title: 未払いの場合
          body: |
            ご入金が確認できない場合、アカウントを停止します。停止から90日を経過すると、登録されたすべてのデータを削除します。
      #                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // The provider deletes what is over a smaller plan's limit: the finding sits on its deletion, not on what the
    // customer is asked to do.
    HEADER_JA +
      yaml`
      sections:
        - title: ストレージ容量の制限
          body: |
            ダウングレードすると、容量を超えている分の動画を削除していただく必要があります。
            変更から7日たっても容量を超えている場合は、古い動画から順に自動で削除します。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    // Kept for a while after a withdrawal, then deleted: the timing is given, the way back is not.
    HEADER_EN +
      yaml`
      sections:
        - title: Before you withdraw
          body: |
            We keep the information of your account for 30 days after you cancel your membership.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
            After 30 days the account is deleted completely.
    `,
    // Access to the data ends with the paid period: the data's fate at the leaving, so when it is deleted is owed (an
    // export is offered); a monthly subscription is no deletion timing.
    HEADER_EN +
      yaml`
      sections:
        - title: Cancelling your plan
          body: |
            After you cancel, you keep access to your data until the end of the month you paid for, if you pay monthly.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
            Download anything you need from Settings while you still have access.
    `,
    // Cleared when the package expires and "cannot be recovered": a way back denied is none.
    HEADER_EN +
      yaml`
      sections:
        - title: Cloud storage packages
          body: |
            When your last storage package expires, all stored clips are cleared within 24 hours. Cleared clips cannot be recovered.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
  ],
});
