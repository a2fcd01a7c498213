import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('change-notice', {
  valid: [
    // The terms' own article on changing them, the new terms in force once posted, promises no notice ahead of the change.
    HEADER_JA +
      yaml`
      sections:
        - title: 第12条（規約の変更）
          controls: [12.1.2]
          body: |
            当社は、本規約を変更することができます。変更後の規約は本サービス上に掲載した時点から効力を生じるものとします。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Changes to these Terms
          controls: [12.1.2]
          body: |
            We may change these Terms. The new Terms take effect when we post them on this page, and we will notify you by email.
    `,
    // Money paid ahead ("charges, in advance to your chosen payment method", 「利用料金を事前にお支払い」) is no word ahead of a
    // change; the notice in the sentence is the customer's own, of cancelling.
    `${VALID}  - title: Subscriptions\n    body: |\n      You agree that we may submit monthly charges, in advance to your chosen payment method, until you provide notice that you wish to cancel or to change your payment method.\n`,
    `${VALID}  - title: 料金\n    body: |\n      利用料金は事前にお支払いいただき、お支払い方法の変更はお客様から当社へ通知するものとします。\n`,
    // A lead time for every change answers the interruption article too.
    HEADER_EN +
      yaml`
      sections:
        - title: Changes to the service
          controls: [12.1.2]
          body: |
            We notify users at least 30 days before any change that affects them.
        - title: Service interruption
          body: |
            The company may interrupt the service for maintenance and will notify users in advance.
    `,
    // A section read as 12.1.2 whose only telling is of something else (communication between nodes, a "publisher gating"
    // setting) promised no notice of a change.
    HEADER_EN +
      yaml`
      sections:
        - title: System care and maintenance
          controls: [12.1.2]
          body: |
            Hosts are patched every week. All communication between storage nodes and clients is protected with TLS 1.3.
        - title: Organisation events
          controls: [12.1.2]
          body: |
            - Settings changes: updates to organisation settings are recorded as separate events.
            - General settings: profile, storage regions and publisher gating.
    `,
    // The notice of one dated change (a policy's own revision, told ahead of the day it takes effect) is no policy on notices.
    HEADER_JA +
      yaml`
      sections:
        - title: 本ポリシーについて
          body: |
            本ポリシーを改定しました。既にご契約中のお客様には、2026年4月1日から適用される変更点について事前にお知らせします。
    `,
    VALID,
    // "Information" is a thing told of, not a telling, and a post-incident review posts nothing: a section on what a
    // setting changes, or on the page's own reviews, tells the customer of no change.
    HEADER_EN +
      yaml`
      sections:
        - title: What changes when compliance mode is on
          controls: [12.1.2]
          body: |
            Turning on compliance mode changes these settings so that protected health information stays out of stored data.
        - title: Document maintenance
          controls: [12.1.2]
          body: |
            | Post-incident update | As needed | Update the page after a security incident |
    `,
    // A change made only once the customer consents promises the consent, not a lead time.
    HEADER_JA +
      yaml`
      sections:
        - title: 取得する情報
          body: |
            取得する情報の範囲を変更する場合は、事前にお客様に通知し、同意を得るものとします。
    `,
    // Changes made with no notice promise none; word passed at the change board tells the provider's own people.
    HEADER_JA +
      yaml`
      sections:
        - title: サービスの変更
          controls: [12.1.2]
          body: |
            当社は、利用者に事前の通知をすることなく、本サービスの内容を変更できるものとします。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Change management
          controls: [12.1.2]
          body: |
            Each change is reviewed by the change advisory board, and its outcome is communicated at the next board meeting.
    `,
    // A section on changes that tells no one (the provider's own patching routine) promised no notice: no lead time owed.
    HEADER_EN +
      yaml`
      sections:
        - title: Security and maintenance
          controls: [12.1.2]
          body: |
            Operating systems and libraries are patched every week. Engineers follow the public vulnerability feeds daily.
    `,
    // No section on changes: a page "subject to change without prior notice", or consent asked before a change, promises no notice.
    HEADER_EN +
      yaml`
      sections:
        - title: About this page
          body: |
            The contents of this page are subject to change without prior notice.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 個人情報の利用
          body: |
            利用目的が変更される際には、事前に同意を求めます。
    `,
    // A planned outage announced with a lead time: the notice noun between the period and the outage does not make it an incident's.
    `${VALID}  - title: Maintenance and outages\n    controls: [12.1.2]\n    body: |\n      When upkeep needs a planned outage, owners receive 72 hours notice prior to the outage by email.\n`,
    HEADER_EN +
      yaml`
      sections:
        - title: Changes
          controls: [12.1.2]
          body: |
            Changes that affect customers are announced 30 days in advance.
    `,
    // The lead time given under maintenance, not under the change-management control, still answers it.
    HEADER_EN +
      yaml`
      sections:
        - title: Change management
          controls: [12.1.2]
          body: |
            Every change is reviewed and approved before release.
        - title: Maintenance
          body: |
            Planned maintenance that affects customers is announced on the status page at least 7 days in advance.
    `,
    // An incident page's "Status updates": how often an incident's status is posted, not a change.
    HEADER_EN +
      yaml`
      sections:
        - title: Status updates
          body: |
            Until the incident is closed, we update its status page entry every 4 hours and notify subscribers of each update.
    `,
    // The cautions sent with one piece of work, titled so, are that work's notice: no lead time of their own.
    yaml`
      whitepaper: 1
      lang: ja
      title: 基盤移行作業に関するご注意事項
      service: {name: Example Cloud, provider: Example Inc., model: SaaS}
      sections:
        - title: はじめに
          controls: [12.1.2]
          body: |
            移行作業の日時は管理画面のお知らせでご確認ください。作業中はメールの送信が遅れることがあります。
    `,
    // A page reporting one piece of work after it happened (an emergency is done before anyone can be told) owes none either.
    yaml`
      whitepaper: 1
      lang: ja
      title: サーバー緊急メンテナンス実施のご報告
      service: {name: Example Cloud, provider: Example Inc., model: SaaS}
      sections:
        - title: 概要
          controls: [12.1.2]
          body: |
            ディスク装置の不具合により、昨夜、緊急のメンテナンスを行いました。作業中は管理画面に接続できない状態でした。
    `,
    yaml`
      whitepaper: 1
      lang: en
      title: Emergency maintenance of the mail relay - incident report
      service: {name: Example Cloud, provider: Example Inc., model: SaaS}
      sections:
        - title: Changes
          controls: [12.1.2]
          body: |
            A faulty switch was replaced during the night; the relay was unavailable while the change was made.
    `,
    // A page that is itself the notice of one dated maintenance owes no lead time of its own.
    HEADER_JA +
      yaml`
      sections:
        - title: はじめに
          controls: [12.1.2]
          body: |
            【メンテナンス告知】2026/03/18 (水) 深夜にサーバーメンテナンスを実施いたします
        - title: 日時
          body: |
            2026年3月18日(水) 午前2:00〜午前5:00
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Scheduled maintenance
          controls: [12.1.2]
          body: |
            We will perform planned maintenance on the database cluster.
        - title: When
          body: |
            - Start: 9 June 2026, 22:00 UTC
    `,
    // "Posted on Mastodon at least 1 hour before the window begins", "Announced 7+ days in advance": lead times.
    HEADER_EN +
      yaml`
      sections:
        - title: Maintenance window policy
          body: |
            Upgrades run every Sunday evening. Clients are notified if it will affect their service.
            - Posted on Mastodon at least 1 hour before the window begins
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Scheduled maintenance
          body: |
            - Announced 7+ days in advance
            - Emergency maintenance may occur with shorter notice
    `,
    // A lead time for the same kind of change given in another section answers the interruption's notice.
    HEADER_EN +
      yaml`
      sections:
        - title: Service interruption
          body: |
            The company may interrupt the service for maintenance of its facilities.
            The company will notify users in advance where practicable.
        - title: Maintenance calendar
          body: |
            Planned maintenance is announced 7 days in advance.
    `,
    // Word sent once the work is over is no word ahead of it; a review before merging code tells no customer (P7).
    HEADER_EN +
      yaml`
      sections:
        - title: What happens during an upgrade
          body: |
            Searches pause for a few seconds. You receive an email notification when the upgrade is finished.
        - title: Code changes
          controls: [12.1.2]
          body: |
            Every change is reviewed by a second engineer before it is merged. Changes that only publish documentation are exempt from this policy.
    `,
  ],
  invalid: [
    // "Immediately" is no lead time, nor is how long the work lasts: the promise's own sentence is where the lead time is owed.
    HEADER_EN +
      yaml`
      sections:
        - title: Scheduled maintenance windows
          body: |
            We reserve a deployment window on Saturdays for up to 15 minutes.
            We will let you know if the planned maintenance window changes, and will alert you immediately if a deployment goes over 15 minutes of downtime.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    // A lead time is a period in advance (P7): "immediately", 直ちに, say when the word comes, not how early.
    HEADER_EN +
      yaml`
      sections:
        - title: Changes to the service
          controls: [12.1.2]
          body: |
            We notify customers of changes to the service in advance. Urgent security fixes are applied immediately.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: サービスの変更
          controls: [12.1.2]
          body: |
            当社は、本サービスの仕様を変更する場合、直ちにお客様に通知します。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    // The article's 60 days before ending the service say nothing of how early its maintenance stop is announced.
    HEADER_JA +
      yaml`
      sections:
        - title: 第7条（本サービスの変更・停止・終了）
          controls: [12.1.2]
          body: |
            当社は、保守のため本サービスを一時停止することがあります。保守による停止は事前にお知らせします。
      #                                  ^^^^^^^^^^^^^^^^^^^ change-notice/missing
            当社が本サービスを終了する場合、60日前までに通知します。
    `,
    // The terms' own article on changing them owes a lead time where it promises notice ahead of the change ("a certain
    // notice period" is vague: the finding sits on it).
    HEADER_JA +
      yaml`
      sections:
        - title: 第1条(本規約の変更)
          controls: [12.1.2]
          body: |
            当社は、一定の予告期間を設けてお客様に変更内容を通知することにより、本規約を変更できるものとします。
      #         ^^^^^^^ change-notice/missing
    `,
    // Work still to come told of ("scheduled maintenances will be posted", 「メンテナンスの予定をお知らせします」) is told ahead,
    // with no lead time; "maintenances" is maintenance too.
    HEADER_EN +
      yaml`
      sections:
        - title: Are maintenance windows part of the SLA?
          body: |
            Any scheduled maintenances will be posted in the console and on the status page.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 稼働について
          body: |
            お客様には、メンテナンスの予定を管理画面でお知らせします。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    // An article raised by its own notice of an interruption is asked beside the sections answering 12.1.2: the lead time
    // those give for changing the terms, or the month's notice of discontinuing, leaves the interruption's open.
    HEADER_EN +
      yaml`
      sections:
        - title: Changes to these terms
          controls: [12.1.2]
          body: |
            We notify users of changes to these terms at least 30 days before they take effect.
        - title: Service interruption
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
          body: |
            1. The company may interrupt the service for maintenance of its facilities.
            2. The company will notify users in advance where practicable.
        - title: Service discontinuation
          body: |
            The company will notify users at least one month in advance before discontinuing the service.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 規約の変更
          controls: [12.1.2]
          body: |
            当社は、本規約を変更する場合、効力発生日の30日前までに利用者に通知します。
        - title: 提供の中断
      #   ^^^^^^^^^^^^ change-notice/missing
          body: |
            当社は、設備の保守のため、本サービスの提供を中断することがあります。
            この場合、当社は利用者に事前に通知します。
    `,
    // Imported terms read every such article as 12.1.2 (ruling R5): the interruption article answering it still owes its
    // own lead time beside the discontinuation's month and the terms' 30 days.
    HEADER_JA +
      yaml`
      sections:
        - title: サービス内容の変更
          controls: [12.1.2]
          body: |
            当社は、本規約の変更について、効力発生日の30日前までに利用者に通知します。
        - title: 提供の中断
      #   ^^^^^^^^^^^^ change-notice/missing
          controls: [12.1.2]
          body: |
            当社は、設備の保守のため、本サービスの提供を中断することがあります。
            この場合、当社は利用者に事前に通知します。
        - title: 提供の終了
          controls: [12.1.2]
          body: |
            当社は、本サービスの提供を終了する場合、3か月前までに利用者に通知します。
    `,
    // Under a heading that names the change, an item that only says "in advance" is that change's notice; a month's notice
    // of discontinuing the service is another kind of change and leaves it without a lead time.
    HEADER_EN +
      yaml`
      sections:
        - title: Service interruption
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
          body: |
            1. The company may interrupt the service for maintenance of its facilities or force majeure.
            2. The company will notify users in advance where practicable, except in emergencies.
        - title: Service discontinuation
          body: |
            The company will notify users at least one month in advance before discontinuing the service.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 提供の中断
      #   ^^^^^^^^^^^^ change-notice/missing
          body: |
            当社は、設備の保守または工事のため、本サービスの提供を中断することがあります。
            この場合、当社は利用者に事前に通知します。
        - title: 提供の終了
          body: |
            当社は、本サービスの提供を終了する場合、1か月前までに利用者に通知します。
    `,
    // Under a heading that names the change, a notice in words of its own ("notified in advance") is of that change.
    HEADER_EN +
      yaml`
      sections:
        - title: Scheduled maintenance
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
          controls: [12.1.2]
          body: |
            Customers are notified in advance by email.
    `,
    // Terms of use: the article on changing the service tells no one, the first article promises prior notice of the same
    // changes; the deadline to object before a contract renews is no lead time of a change.
    HEADER_JA +
      yaml`
      sections:
        - title: 第1条（本サービス）
          body: |
            運営者は、ユーザーへの事前通知により、本サービスの内容を追加、変更または終了することがあります。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
        - title: 第2条（契約期間）
          body: |
            契約期間は、満了日の2週間前までにいずれかの当事者が別段の意思表示をしない限り、自動的に更新されるものとします。
        - title: 第15条（サービスの変更）
          controls: [12.1.2]
          body: |
            運営者は、保守その他の理由により、本サービスの全部または一部を変更することがあります。
    `,
    // A stop of the service announced 予め is planned downtime by another name; a contract's term and the notice to end it
    // (its renewal date, a party terminating) give no lead time of it.
    HEADER_JA +
      yaml`
      sections:
        - title: 第13条（本サービスの停止等）
          body: |
            本サービスの停止または中断を行う場合は、当社は、予めその旨を利用者に通知するものとします。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
        - title: 第20条（契約期間）
          body: |
            本契約の有効期間は1ヶ月とし、期間満了の30日前までに解約の申し出がない場合には、更に1ヶ月自動的に更新されるものとします。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Responsibilities
          controls: [12.1.2]
          body: |
            - We will inform the Customer of scheduled and unscheduled service outages due to maintenance.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
        - title: Termination
          body: |
            Either party may terminate this agreement by providing written notice at least 90 days prior to the renewal date.
    `,
    // The end of the service is the last change the customer lives through.
    HEADER_JA +
      yaml`
      sections:
        - title: 第16条（本サービスの提供）
          body: |
            当社が本サービスの提供を終了する場合、当社は会員に事前に通知するものとします。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    // A hedged notice of a change ("may be sent") that never says "in advance": the finding sits on it, not on the heading.
    HEADER_EN +
      yaml`
      sections:
        - title: Change management
          controls: [12.1.2]
          body: |
            Upgrades are rolled out region by region. Email notifications may be sent with details about the change.
      #                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    // Downtime in Japanese ("ダウンタイム") announced ahead with no lead time.
    HEADER_JA +
      yaml`
      sections:
        - title: 稼働について
          body: |
            通常の作業は数分で終わります。ダウンタイムが長くなる見込みのときは、事前にお知らせします。
      #                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    // No section answers 12.1.2 or is headed by changes: the promise of notice, under whatever heading, owes its lead time.
    HEADER_EN +
      yaml`
      sections:
        - title: Availability
          body: |
            We aim for 99.9% uptime. Planned maintenance windows are communicated in advance.
      #                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    // Cautions that also promise notice ahead of every maintenance still owe the lead time.
    yaml`
      whitepaper: 1
      lang: en
      title: Important notes on maintenance
      service: {name: Example Cloud, provider: Example Inc., model: SaaS}
      sections:
        - title: Maintenance
          controls: [12.1.2]
          body: |
            Maintenance is announced in advance by email.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    // A dated window under a policy that promises notice ahead of maintenance: the policy still owes its lead time.
    HEADER_EN +
      yaml`
      sections:
        - title: Maintenance
          controls: [12.1.2]
          body: |
            Maintenance is announced in advance. The next window is 9 June 2026, 22:00 UTC.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Changes
          controls: [12.1.2]
          body: |
            Changes are announced on our website.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
      // No section lists 12.1.2: a maintenance section that announces its windows owes their lead time, at the words that promise it.
    HEADER_EN +
      yaml`
      sections:
        - title: Platform upgrades
          body: |
            Upgrades run in a weekly maintenance window, announced in advance on the status page.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
        - title: Backups
          body: |
            Nightly copies are kept for 14 days.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 変更管理
          controls: [12.1.2]
          body: |
            変更は承認を経て適用します。仕様の変更は事前にお知らせします。
      #                   ^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
  ],
});
