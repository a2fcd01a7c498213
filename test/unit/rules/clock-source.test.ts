import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('clock-source', {
  valid: [
    VALID,
    // A time-stamp on a signed document proves when it existed: no word of the systems' clocks is owed.
    HEADER_EN +
      yaml`
      sections:
        - title: Signing contracts
          controls: [12.4.4]
          body: |
            Every signed contract carries a qualified time-stamp from an accredited time-stamping authority.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 電子契約の証拠力
          controls: [12.4.4]
          body: |
            締結した契約書には認定タイムスタンプを付与し、その時点で文書が存在したことを証明します。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Clock
          controls: [12.4.4]
          body: |
            All servers synchronise to the NTP service of the platform; logs use UTC.
    `,
    // The platform's time service names where the time comes from.
    HEADER_EN +
      yaml`
      sections:
        - title: Clock
          controls: [12.4.4]
          body: |
            Servers take their time from the cloud platform's time synchronization service.
    `,
    // A "timestamp" field of a log record in a code block says what the record holds, not how clocks are kept.
    HEADER_EN +
      yaml`
      sections:
        - title: Log format
          controls: [12.4.4]
          body: |
            \`\`\`json
            {"timestamp": "2024-07-06T12:00:00Z", "action": "login"}
            \`\`\`
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: ログ形式
          controls: [12.4.4]
          body: |
            \`\`\`sql
            CREATE TABLE request_log (id TEXT, timestamp TIMESTAMP NOT NULL);
            \`\`\`
    `,
    // A record's field list ("- **Timestamp**: …") and a support desk's hours in a time zone: neither is the systems' clocks.
    HEADER_EN +
      yaml`
      sections:
        - title: What each audit log entry shows
          controls: [12.4.4]
          body: |
            - **Timestamp**: when the action happened, in ISO 8601 format
            - **Actor**: who made the change
        - title: For same day response, what time zone are your support hours in?
          controls: [12.4.4]
          body: |
            Our support response windows are given in the GMT time zone. We are adding engineers in other time zones.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: サポートの受付時間
          controls: [12.4.4]
          body: |
            受付時間は平日10時から18時(日本時間)です。
    `,
  ],
  invalid: [
    // A time zone is no time source; a sentence anywhere that synchronises the systems raises the question.
    HEADER_JA +
      yaml`
      sections:
        - title: セキュリティ対策
          body: |
            ・サービスのシステムは日本標準時(JST)で時刻同期を行い、管理しています。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ clock-source/missing
    `,
    // A section on signed documents that also speaks of the servers' clocks still owes their source.
    HEADER_EN +
      yaml`
      sections:
        - title: Time-stamps
          controls: [12.4.4]
          body: |
            Signed files carry a time-stamp, and server clocks are kept synchronised.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ clock-source/missing
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Clock
          controls: [12.4.4]
          body: |
            Server clocks are kept synchronised.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ clock-source/missing
    `,
    // "real-time service" names no time source.
    HEADER_EN +
      yaml`
      sections:
        - title: Clock
          controls: [12.4.4]
          body: |
            Our real-time service keeps every server clock synchronised.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ clock-source/missing
    `,
  ],
});
