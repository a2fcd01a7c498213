import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('incident-notification', {
  valid: [
    // The law's own notice and no more is optional (ruling Q4): no question raised.
    `${HEADER_EN}sections:\n  - title: Security\n    body: |\n      If a data breach occurs, we will notify you and the authorities as required by law.\n`,
    `${HEADER_JA}sections:\n  - title: 安全管理\n    body: |\n      個人データの漏えいが発生した場合は、法令に従い個人情報保護委員会及び本人に通知します。\n`,
    // Staff made aware of their security duties is no notice to customers.
    `${HEADER_EN}sections:\n  - title: Data breaches\n    controls: [16.1.2]\n    body: |\n      Every employee is made aware of security concerns during onboarding.\n`,
    // An indemnity speaks of a party's "breach of this Agreement" and a claim's "settlement or compromise": no data exposed,
    // so its "promptly notifying you of the Claim" owes no incident's notice time.
    `${HEADER_EN}sections:\n  - title: Indemnification\n    body: |\n      You will indemnify us against any claim arising from your breach of this Agreement or of your representations and warranties, provided that our obligations are subject to our promptly notifying you of the Claim and to your sole control of its settlement or compromise.\n`,
    // A section read as 16.1.2 where the provider neither handles nor tells of an incident ("We prevent breaches by
    // encryption", a CP/CPS's "No stipulation."): no notice time is owed there.
    `${VALID}  - title: Data Breaches\n    controls: [16.1.2]\n    body: |\n      We prevent data breaches through encryption and strict permissions.\n`,
    `${VALID}  - title: 5.4.7 Notification to event-causing subject\n    controls: [16.1.2]\n    body: |\n      No stipulation.\n`,
    // The customer telling the provider is no notice to customers, and under a heading that names no handling it is all
    // the section says: the provider states nothing there to owe a time for.
    `${VALID}  - title: Incidents\n    controls: [16.1.2]\n    body: |\n      Tell us about a suspected breach of your account within 24 hours.\n`,
    `${VALID}  - title: 情報漏えい\n    controls: [16.1.2]\n    body: |\n      お客様は、情報漏えいを発見した場合、当社に報告するものとします。\n`,
    // A security service's work on incidents in the customer's own environment is the product, not word of the provider's incidents.
    HEADER_EN +
      yaml`
      sections:
        - title: CSIRT service
          controls: [16.1.2]
          body: |
            When an incident is detected in your environment, our analysts notify your team promptly.
    `,
    // The time given in the next sentence, as a first notice.
    HEADER_EN +
      yaml`
      sections:
        - title: Incident response
          controls: [16.1.2]
          body: |
            We notify affected customers as soon as possible. We guarantee a first notice within 72 hours of detection.
    `,
    // A bullet that opens with the customer's notification is the provider's promise, not the customer's duty.
    HEADER_EN +
      yaml`
      sections:
        - title: Incident Response
          controls: [16.1.2]
          body: |
            - Incidents are triaged by severity.
            - Customer notification within 24 hours of any confirmed security incident.
    `,
    // The time given in a later sub-section, as an email to the account owner.
    HEADER_EN +
      yaml`
      sections:
        - title: Incident management
          controls: [16.1.2]
          body: |
            Affected customers are informed through the notification process below.
          sections:
            - title: Notification process
              body: |
                We email the account owner within 48 hours of confirming a breach that affects their data.
    `,
    // 「初報」 is the first notice.
    HEADER_JA +
      yaml`
      sections:
        - title: インシデント対応
          body: |
            インシデントが発生した場合、影響を受けるお客様に速やかに通知します。お客様への初報は、検知から24時間以内にメールでお送りします。
    `,
    VALID,
    // An outage is no security incident: an SLA's stops, recovery and the means offered while it is late owe no breach notice time.
    HEADER_JA +
      yaml`
      sections:
        - title: 障害発生時の対応
          controls: [16.1.2]
          body: |
            予期しない停止が発生した場合は、ステータスページでお知らせします。
            早期の復旧が見込めない場合は、代替手段をご案内します。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
          controls: [16.1.2]
          body: |
            Affected customers are notified by email within 24 hours.
    `,
    // Telling the customer is notifying them, in plain words.
    HEADER_EN +
      yaml`
      sections:
        - title: Security incidents
          controls: [16.1.2]
          body: |
            We tell the account owner about a breach that affects their files within 48 hours.
    `,
    // A heading on detection is no incident-response section.
    HEADER_EN +
      yaml`
      sections:
        - title: Intrusion detection
          body: |
            Network traffic is monitored around the clock.
    `,
    // The time given in another section (support, SLA) answers the control: a published text states it where it likes.
    HEADER_JA +
      yaml`
      sections:
        - title: インシデントへの対応
          controls: [16.1.2]
          body: |
            当社は検知したインシデントを記録し、原因を分析します。
        - title: サポート
          body: |
            お客様に影響するセキュリティ事故が判明した場合は、判明から48時間以内に第一報をお届けします。
    `,
    // The authority and the customers named together: the period is the customer's too.
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
          controls: [16.1.2]
          body: |
            We notify the authority and affected customers within 72 hours.
    `,
    // Where no breach is promised, word of an outage within a time is the customers' notice.
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
          controls: [16.1.2]
          body: |
            We notify affected customers of incidents through the status page.
        - title: Service status
          body: |
            If an outage makes the service unavailable, we post a notice on our status page within 30 minutes.
    `,
    // 「必要に応じて通知する諸規程」 promises no word of a breach.
    HEADER_JA +
      yaml`
      sections:
        - title: 規約の範囲
          body: |
            当社が必要に応じて利用者に通知する諸規程は、本規約の一部を構成するものとします。
    `,
    // A section that only asks the reader to report an incident tells no one of one: no notice time is owed.
    HEADER_EN +
      yaml`
      sections:
        - title: Have a concern? Need to report an incident?
          controls: [16.1.2]
          body: |
            Have you noticed abuse or experienced an incident with your account? Please contact our support team.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: セキュリティに関するご報告
          controls: [16.1.2]
          body: |
            不正アクセスや情報漏えいのおそれに気づかれた場合は、サポート窓口までご連絡ください。
    `,
  ],
  invalid: [
    // A promise to tell of a breach with no time word at all owes its time as much as "promptly" does (P6, Q4), in a privacy
    // policy as anywhere.
    HEADER_EN +
      yaml`
      sections:
        - title: Privacy
          body: |
            We keep your account data encrypted. If we discover a data breach affecting your account, we will notify affected customers directly.
      #                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ incident-notification/missing
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 個人情報の取扱い
          body: |
            当社は個人情報を適切に管理します。個人情報の漏えいが発生した場合は、本人に個別に通知します。
      #                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ incident-notification/missing
    `,
    // A privacy policy's promise to tell users of a breach with no time at all owes one, under whatever heading (rulings P6, Q4).
    HEADER_EN +
      yaml`
      sections:
        - title: Security
          body: |
            If a data breach affects your personal information, we will notify affected users.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ incident-notification/missing
    `,
    // A customer's duty to tell the provider of a changed address "within thirty days" is no time of the breach notice the
    // terms promise the other way.
    HEADER_EN +
      yaml`
      sections:
        - title: Article 5 (Changes in User Information)
          body: |
            1. If a User's status is succeeded by a merger, the User must notify the Company within thirty (30) days using prescribed documents.
        - title: Article 29 (Confidentiality)
          body: |
            1. Each party shall protect the personal data disclosed under the Agreement against leakage.
            3. If a breach occurs, each party shall promptly notify the other.
      #                                             ^^^^^^^^ incident-notification/missing
    `,
    // Customers "made aware" of a breach is a notice to them, owed its time; staff made aware of their duties is none.
    HEADER_EN +
      yaml`
      sections:
        - title: In the event of a data breach
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ incident-notification/missing
          controls: [16.1.2]
          body: |
            We have never had a breach. Should one occur, customers would be made aware once the compromise is confirmed.
    `,
    // A section that claims the control with nothing written yet owes the time, whatever its heading names.
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
      #   ^^^^^^^^^^^^^^^^ incident-notification/missing
          controls: [16.1.2]
          body: ""
    `,
    // A heading naming the provider's incident response promises a process: a reporting path under it still owes the time.
    HEADER_EN +
      yaml`
      sections:
        - title: Incident response & vulnerability reporting
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ incident-notification/missing
          controls: [16.1.2]
          body: |
            If you believe you have found a security issue, please report it via our contact form.
    `,
    // The sections read as 16.1.2 make no promise in words; the sentence that does, under a heading of its own, carries the finding.
    HEADER_EN +
      yaml`
      sections:
        - title: Responsibilities
          body: |
            If we are made aware of a data breach, we will make the client (the data controller) aware as soon as possible.
      #                                                                                                ^^^^^^^^^^^^^^^^^^^ incident-notification/missing
        - title: What is a personal data breach?
          controls: [16.1.2]
          body: |
            A breach is a security incident that affects the confidentiality, integrity or availability of personal data.
    `,
    // No section answers 16.1.2: a lone promise of word of a breach raises the question where it stands.
    HEADER_EN +
      yaml`
      sections:
        - title: Access by our staff
          body: |
            In the unlikely event of a breach, we are committed to promptly notifying the customer.
      #                                                            ^^^^^^^^ incident-notification/missing
    `,
    // The customer's part of a shared responsibility, said beside the provider's incidents, keeps the notice owed; the finding
    // sits on the promise that names no time.
    HEADER_EN +
      yaml`
      sections:
        - title: Incident response
          controls: [16.1.2]
          body: |
            If we confirm a security incident affecting cloud customer data, we will notify affected customers where required by law.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ incident-notification/missing
            Self-hosted operators are responsible for incident response within their own environments.
    `,
    // A controller's own duty to its regulator, named by the regulator's name, is no notice time of the provider's either.
    HEADER_EN +
      yaml`
      sections:
        - title: Breach notification
          controls: [16.1.2]
          body: |
            If a breach touches your data we notify your administrator as soon as possible. A controller must report a breach to the CNIL within 72 hours, so that you can meet it we send what we know.
      #                                                                ^^^^^^^^^^^^^^^^^^^ incident-notification/missing
    `,
    // The only hours are the customer's own deadline to its regulator, which the provider helps it meet: no notice time.
    HEADER_EN +
      yaml`
      sections:
        - title: Breach notification
          controls: [16.1.2]
          body: |
            We tell affected customers of a breach without undue delay. This gives you time to meet your own 72-hour duty to notify the supervisory authority.
      #                                            ^^^^^^^^^^^^^^^^^^^ incident-notification/missing
    `,
    // The page's own notification part, not its title, carries the finding; staff telling their security team at once
    // is the provider's internal step, no notice time.
    HEADER_EN +
      yaml`
      sections:
        - title: Security Incident Response
          controls: [16.1.2]
          body: |
            How we handle security events.
        - title: Reporting
          body: |
            Staff report suspected events to the on-call security engineer immediately.
        - title: Notification
          body: |
            Affected customers are notified according to the incident's severity.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ incident-notification/missing
    `,
    // A procedure whose phases are sub-sections: the finding sits on the step that tells customers, not on the procedure.
    HEADER_EN +
      yaml`
      sections:
        - title: Incident response procedure
          controls: [16.1.2]
          body: |
            Our incident response follows three phases.
          sections:
            - title: Containment
              body: |
                Affected systems are isolated.
            - title: Communication
              body: |
                Affected customers are informed by email.
      #         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ incident-notification/missing
    `,
    // A notice promised "promptly": the finding sits on the words that leave the time open, not on the heading.
    HEADER_EN +
      yaml`
      sections:
        - title: Security incidents
          controls: [16.1.2]
          body: |
            We investigate every report. Affected customers are notified promptly by email.
      #                                                                  ^^^^^^^^ incident-notification/missing
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: インシデント管理
          body: |
            当社はインシデントを記録し、原因を分析します。
            影響を受けるお客様には速やかにメールで通知します。
      #                ^^^^ incident-notification/missing
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
      #   ^^^^^^^^^^^^^^^^ incident-notification/missing
          controls: [16.1.2]
          body: |
            Affected customers are notified by email.
    `,
    // No control ids: the incident heading answers the control; a customer's duty to report and the provider's
    // first response are no notice to customers.
    HEADER_JA +
      yaml`
      sections:
        - title: インシデント管理
      #   ^^^^^^^^^^^^^^^ incident-notification/missing
          body: |
            お客様は、異常を発見した場合は直ちにサポート窓口へ連絡してください。
            当社はお客様からの報告を受けた場合、直ちに初動対応を行います。
    `,
    // An incident heading gives 16.1.1 and 16.1.2 together: of the sections read so, the one that speaks of telling
    // customers owes the time, and the finding sits there, not on the section about response.
    HEADER_JA +
      yaml`
      sections:
        - title: インシデントへの対応
          controls: [16.1.1, 16.1.2]
          body: |
            当社は検知したインシデントを封じ込め、復旧後に原因を分析します。
        - title: インシデントの報告
      #   ^^^^^^^^^^^^^^^^ incident-notification/missing
          controls: [16.1.1, 16.1.2]
          body: |
            お客様に影響するインシデントは、管理者の電子メールアドレスにお知らせします。
    `,
    // The regulator's number is not the customer's: the notice to customers has no time.
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
          controls: [16.1.2]
          body: |
            We notify the supervisory authority within 72 hours and affected customers without undue delay.
      #                                                                                ^^^^^^^^^^^^^^^^^^^ incident-notification/missing
    `,
    // A period elsewhere said of something else (an application's outcome reported, the customer's objection to an audit
    // report) is no notice time of the breach the sections asked promise.
    HEADER_EN +
      yaml`
      sections:
        - title: Storage and security of information
          controls: [16.1.2]
          body: |
            Acme will promptly notify customers as it becomes aware of a data breach that affects them.
      #               ^^^^^^^^ incident-notification/missing
        - title: Applications
          body: |
            New applications are reviewed and outcomes reported to applicants within 14 days.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 情報の保管と安全管理
          controls: [16.1.2]
          body: |
            情報の漏えいが発生した場合、当社は影響を受けるお客様に速やかに通知します。
      #                                ^^^^ incident-notification/missing
        - title: 申請の審査
          body: |
            申請の審査結果は、受付から14日以内に申請者へ通知します。
    `,
    // A review checklist's question ("Was every appropriate party informed in a timely manner?") promises no notice: the
    // finding sits on the step that tells those affected.
    HEADER_EN +
      yaml`
      sections:
        - title: Data breach response policy
          controls: [16.1.2]
          sections:
            - title: Confirmed breaches
              body: |
                The support team analyses the breach and decides how to communicate it to those directly affected.
      #         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ incident-notification/missing
        - title: Incident response plan
          controls: [16.1.2]
          body: |
            - Was every appropriate party informed in a timely manner?
    `,
    // A status page's outage post within 30 minutes gives no time to the breach's notice.
    HEADER_EN +
      yaml`
      sections:
        - title: Incident notification
          controls: [16.1.2]
          body: |
            When we confirm a breach of customer data, we notify affected customers without undue delay.
      #                                                                             ^^^^^^^^^^^^^^^^^^^ incident-notification/missing
        - title: Service status
          body: |
            If an outage makes the service unavailable, we post a notice on our status page within 30 minutes.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: インシデント対応
          controls: [16.1.2]
          body: |
            個人情報保護委員会への報告は72時間以内に行い、影響を受けるお客様には速やかにお知らせします。
      #                                        ^^^^ incident-notification/missing
    `,
  ],
});
