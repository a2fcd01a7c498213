import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('fact-contradiction', {
  valid: [
    VALID,
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
  ],
  invalid: [
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
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプルクラウド セキュリティホワイトペーパー
      service: {name: サンプルクラウド, provider: 株式会社サンプル, model: SaaS}
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
  ],
});
