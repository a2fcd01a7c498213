import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('backup-retention', {
  valid: [
    VALID,
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
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプルクラウド セキュリティホワイトペーパー
      service: {name: サンプルクラウド, provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            バックアップは週1回取得し、4週分を保持します。
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
      #   ^^^^^^^^^^^^^ backup-retention/noRetention
          controls: [12.3.1]
          body: |
            Backups run daily.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
      #   ^^^^^^^^^^^^^ backup-retention/noFrequency
          controls: [12.3.1]
          body: |
            Backups are kept for 35 days.
    `,
    // How fast a restore completes is not how long backups are kept.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup and restore
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^ backup-retention/noRetention
          controls: [12.3.1]
          body: |
            Backups run every night. A restore from a backup completes within 4 hours.
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
  ],
});
