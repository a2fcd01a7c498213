// The words that tell which expected control a section of a published
// whitepaper answers, in Japanese and English, weighted: 3 names the topic on
// its own (a heading "バックアップ" answers 12.3.1), 2 names it in a heading but
// is common in prose, 1 only supports other words in a body. Japanese terms
// match as substrings; English terms as words (a plural "s" allowed).
// Neighbouring topics that are easily confused are kept apart here: a place
// of storage is 6.1.3 (18.1.1 is the law that applies); erasing customer data
// is CLD.8.1.5 (11.2.7 is disposing of equipment); an incident answers both
// 16.1.1 and 16.1.2, and so do the stages of its report (第一報, 続報, "first report"); a notice of change is 12.1.2 even in a contract; a log of
// sign-ins is a log, not authentication; a service level is availability, which
// only supports a supplier agreement (15.1.2), never names one. Classifying
// information is not labelling it, and tagging a resource or a backup names
// 8.2.2 only in a heading of its own; a storage quota is a plan's limit, not
// capacity management (12.1.3), and a resource or scalability named in a heading (リソースごとの共有, 関連リソース,
// 可用性とスケーラビリティ) is what is shared or scaled: they only support capacity's own words. Uptime is availability, a service level's
// figure: it names no monitoring the customer sees. Who may reach what (role-based
// access, least privilege) restricts access (9.4.1);
// provisioning is granting and revoking it (9.2.2). What is logged ("access is
// logged") is a log; a user who logged in is signing in. Deleting log data (ログデータの削除) is
// the log's keeping, not the customer's data leaving. A request to see the personal data held about oneself (開示請求,
// 開示等の請求, a privacy policy's article) is the privacy law's right, not evidence collected (16.1.7): of the given texts
// whose heading says 開示請求, none is annotated as answering 16.1.7.

export type Term = readonly [term: string, weight: 1 | 2 | 3];

export interface ControlVocabulary {
  readonly id: string;
  readonly ja: readonly Term[];
  readonly en: readonly Term[];
}

export const CONTROL_VOCABULARY: readonly ControlVocabulary[] = [
  { id: '5.1.1', ja: [['情報セキュリティ方針', 3], ['情報セキュリティポリシー', 3], ['セキュリティポリシー', 3], ['基本方針', 2], ['セキュリティ基本方針', 3], ['方針群', 3], ['ポリシー', 1]], en: [['information security policy', 3], ['security policy', 3], ['security policies', 3], ['policies', 1], ['information security program', 3], ['information security programme', 3], ['security program', 2], ['security programme', 2]] },
  { id: '6.1.1', ja: [['セキュリティ体制', 3], ['セキュリティの体制', 3], ['管理体制', 3], ['推進体制', 3], ['情報セキュリティ責任者', 3], ['責任者', 1], ['組織体制', 2], ['問い合わせ窓口', 1], ['セキュリティ責任者', 3], ['責任体制', 3], ['組織的安全管理措置', 3], ['個人情報保護管理者', 2]], en: [['security organization', 3], ['security organisation', 3], ['security officer', 3], ['ciso', 3], ['security team', 2], ['security governance', 3], ['governance', 2], ['security lead', 3], ['responsible for security', 3], ['security roles', 3], ['data protection officer', 2]] },
  { id: '6.1.3', ja: [['どこに保管', 3], ['どこに保存', 3], ['保管先', 3], ['保存先', 3], ['国外', 1], ['関係当局', 3], ['当局', 2], ['監督官庁', 3], ['所在地', 3], ['地理的', 3], ['保管場所', 3], ['保存場所', 3], ['データの所在', 3], ['データセンター', 2], ['リージョン', 2], ['国内', 1], ['所在国', 3], ['場所', 2], ['設置場所', 3], ['保存国', 3], ['越境移転', 3]], en: [['where is customer data', 3], ['where is your data', 3], ['where is my data', 3], ['where is data', 3], ['where do you store', 3], ['where we store', 3], ['stored outside', 2], ['contact with authorities', 3], ['authorities', 2], ['data location', 3], ['location of data', 3], ['where data is stored', 3], ['where data lives', 3], ['data lives', 3], ['data residency', 3], ['data center', 2], ['data centre', 2], ['region', 2], ['location', 2], ['hosting', 2], ['hosted in', 2], ['geographic', 3], ['residency', 3], ['international transfer', 3], ['cross-border', 3]] },
  { id: 'CLD.6.3.1', ja: [['責任分界', 3], ['責任分担', 3], ['共有責任', 3], ['責任共有', 3], ['役割分担', 3], ['責任範囲', 3], ['共同責任', 3], ['責任の共有', 3], ['お客様の責任', 3], ['利用者の責任', 3], ['当社の責任', 2], ['お客様の義務', 3], ['利用者の義務', 3]], en: [['shared responsibility', 3], ['shared responsibilities', 3], ['役割及び責任', 3], ['役割と責任', 3], ['責任の分担', 3], ['roles and responsibilities', 3], ['responsibility model', 3], ['division of responsibilities', 3], ['shared roles', 3], ['responsibilities', 2], ['customer responsibilities', 3], ['your responsibilities', 3], ['who does what', 3], ['responsibility matrix', 3], ['raci', 3], ['demarcation', 3], ['customer responsibility', 3], ['your responsibility', 3], ['customer obligations', 3]] },
  { id: '7.2.2', ja: [['教育', 2], ['セキュリティ教育', 3], ['研修', 3], ['意識向上', 3], ['訓練', 2], ['トレーニング', 2], ['従業員教育', 3], ['人的安全管理措置', 3]], en: [['training', 2], ['awareness', 3], ['education', 2], ['security training', 3]] },
  { id: '8.1.1', ja: [['資産目録', 3], ['資産管理', 3], ['資産台帳', 3], ['資産の管理', 3]], en: [['asset inventory', 3], ['inventory of assets', 3], ['asset management', 3], ['asset register', 3]] },
  { id: 'CLD.8.1.5', ja: [['データ廃棄', 3], ['データの廃棄', 3], ['契約期間終了', 3], ['解約後', 3], ['データの削除', 3], ['データ削除', 3], ['データの消去', 3], ['データ消去', 2], ['データの返却', 3], ['データの返還', 3], ['データの除去', 3], ['資産の除去', 3], ['契約終了', 3], ['契約の終了', 3], ['利用終了', 3], ['解約', 3], ['退会', 3], ['アカウント削除', 3], ['アカウントの削除', 3], ['エクスポート', 2], ['削除', 1], ['返却', 2], ['返還', 2]], en: [['contract end', 3], ['contract expire', 3], ['after the contract', 3], ['account closure', 3], ['closing an account', 3], ['close your account', 3], ['account closes', 3], ['expiry', 2], ['expiration', 2], ['data deletion', 3], ['deletion of customer data', 3], ['deletion', 2], ['data return', 3], ['return of data', 3], ['termination', 3], ['terminated', 2], ['returned', 2], ['end of contract', 3], ['offboarding', 3], ['account deletion', 3], ['data portability', 3], ['delete your data', 3], ['export', 2], ['exit', 2], ['leaving the service', 3], ['cancellation', 2], ['delete', 2], ['erase', 2], ['removal', 2], ['data removal', 3], ['data retention', 3], ['customer data retention', 3], ['retention of customer data', 3], ['subscription ends', 3], ['when you leave', 3], ['closing your account', 3], ['cancel your subscription', 3], ['cancel my subscription', 3], ['cancel your account', 3], ['cancel my account', 3], ['cancel your membership', 3], ['after you cancel', 3], ['once you cancel', 3], ['after cancellation', 3], ['after cancelling', 3]] },
  { id: '8.2.2', ja: [['ラベル付け', 3], ['ラベリング', 3], ['ラベル', 2], ['タグ付け', 2], ['タグ', 1], ['分類', 1]], en: [['labelling', 3], ['labeling', 3], ['label', 2], ['tagging', 2], ['classification', 1]] },
  { id: '9.1.2', ja: [['ネットワークアクセス', 3], ['ネットワークへのアクセス', 3], ['接続元', 2], ['IPアドレス制限', 3], ['IP制限', 3], ['IPフィルタ', 3], ['アクセス元IP', 3], ['閉域', 3], ['VPN', 2], ['リモートアクセス', 2]], en: [['network access', 3], ['remote access', 2], ['ip restriction', 3], ['ip filtering', 3], ['ip allowlist', 3], ['ip allowlisting', 3], ['allow list', 2], ['allowlist', 2], ['private connection', 3], ['vpn', 2]] },
  { id: '9.2.1', ja: [['利用者登録', 3], ['利用者の登録', 3], ['管理者登録', 3], ['ユーザーの登録', 3], ['アカウントの発行', 3], ['アカウント発行', 3], ['ユーザ登録', 3], ['ユーザー登録', 3], ['アカウント管理', 3], ['ユーザ管理', 3], ['ユーザー管理', 3], ['登録削除', 3], ['アカウントの管理', 3], ['ユーザーの管理', 3], ['識別情報', 2], ['プロビジョニング', 2], ['アカウント', 1], ['アカウント登録', 3], ['アカウントの登録', 3], ['アカウント作成', 3], ['アカウントの作成', 3], ['ID管理', 3], ['IDの管理', 3], ['共有アカウント', 3]], en: [['user registration', 3], ['user management', 3], ['account management', 3], ['deprovisioning', 3], ['scim', 2], ['user accounts', 2], ['provisioning', 2], ['user lifecycle', 3], ['shared account', 3], ['account creation', 3]] },
  { id: '9.2.2', ja: [['アクセス権', 3], ['アクセス管理', 3], ['権限付与', 3], ['権限管理', 3], ['権限の管理', 3], ['ロール', 2], ['権限', 1], ['権限の付与', 3]], en: [['access rights', 3], ['access management', 3], ['access to production', 3], ['production access', 3], ['permissions', 2], ['access provisioning', 3], ['roles', 1], ['permission', 2], ['authorization', 2], ['authorisation', 2], ['access authorization', 3], ['access authorisation', 3]] },
  { id: '9.2.3', ja: [['特権', 3], ['特権アカウント', 3], ['管理者権限', 3], ['特権ID', 3], ['特権的アクセス', 3], ['root権限', 3]], en: [['privileged access', 3], ['privileged', 2], ['administrator rights', 3], ['admin privileges', 3], ['privileged account', 3], ['administrative access', 3], ['operator access', 3], ['admin access', 3], ['administrator access', 3], ['elevated access', 3], ['just-in-time access', 3], ['break-glass', 3], ['root access', 3]] },
  { id: '9.2.4', ja: [['認証情報', 3], ['パスワード', 3], ['多要素認証', 3], ['二段階認証', 3], ['2段階認証', 3], ['多段階認証', 3], ['二要素認証', 3], ['2要素認証', 3], ['シングルサインオン', 3], ['SSO', 2], ['ログイン認証', 3], ['認証', 1], ['ログイン', 2], ['ログオン', 2], ['アクセストークン', 3], ['アクセスキー', 3], ['APIキー', 3], ['APIトークン', 3], ['クライアントシークレット', 3], ['パスフレーズ', 3], ['暗証番号', 3]], en: [['authentication', 2], ['password', 3], ['credentials', 3], ['multi-factor', 3], ['mfa', 3], ['two-factor', 3], ['single sign-on', 3], ['sso', 2], ['login', 2], ['sign-in', 2], ['two-step', 3], ['2fa', 3], ['access token', 3], ['api key', 3], ['api token', 3], ['client secret', 3], ['passphrase', 3], ['passcode', 3]] },
  { id: '9.4.1', ja: [['アクセス制限', 3], ['アクセス制御', 3], ['閲覧制限', 3], ['情報へのアクセス', 3], ['最小権限', 3], ['最小限の権限', 3], ['知る必要', 3]], en: [['access restriction', 3], ['restricting access', 3], ['access to information', 3], ['access control', 3], ['restrict access', 2], ['least privilege', 3], ['rbac', 3], ['role-based access', 3], ['role-based permissions', 3], ['role-based authorization', 3], ['who can access', 3], ['who cannot access', 3], ['who has access', 3], ['access to customer data', 3], ['access to your data', 3], ['employee access', 3], ['need-to-know', 3], ['need to know', 3]] },
  { id: '9.4.4', ja: [['ユーティリティ', 3], ['管理ツール', 2], ['保守ツール', 3]], en: [['utility program', 3], ['utilities', 2], ['admin tool', 2]] },
  { id: 'CLD.9.5.1', ja: [['テナント分離', 3], ['テナントの分離', 3], ['マルチテナント', 3], ['論理分離', 3], ['データの分離', 3], ['データ分離', 3], ['シングルテナント', 3], ['論理的な分離', 3], ['論理的に分離', 3], ['仮想コンピューティング環境における分離', 3], ['分離', 1]], en: [['tenant isolation', 3], ['tenant segregation', 3], ['segregation', 2], ['separated from other tenants', 3], ['multi-tenant', 3], ['multi-tenancy', 3], ['multitenant', 3], ['single-tenant', 3], ['single tenant', 3], ['logical separation', 3], ['segregation in virtual', 3], ['isolation', 2], ['logically separated', 3], ['logically isolated', 3], ['logically segregated', 3], ['workload isolation', 3], ['tenant separation', 3], ['row-level security', 2], ['row level security', 2]] },
  { id: 'CLD.9.5.2', ja: [['仮想マシン', 3], ['堅牢化', 3], ['要塞化', 3], ['ハードニング', 3], ['マシンイメージ', 3]], en: [['virtual machine', 3], ['hardening', 3], ['machine image', 3], ['hypervisor', 2]] },
  { id: '10.1.1', ja: [['暗号化', 3], ['保存時', 1], ['暗号', 2], ['TLS', 2], ['SSL', 1], ['HTTPS', 2], ['通信の保護', 2]], en: [['encryption', 3], ['encrypted', 3], ['encrypt', 3], ['at rest', 2], ['in transit', 2], ['cryptography', 3], ['cryptographic', 3], ['tls', 2], ['https', 2], ['aes', 2]] },
  { id: '10.1.2', ja: [['鍵管理', 3], ['暗号鍵', 3], ['鍵の管理', 3], ['鍵', 1], ['キー管理', 3], ['鍵の生成', 3], ['鍵生成', 3], ['鍵ペア', 3]], en: [['key management', 3], ['encryption key', 3], ['byok', 3], ['kms', 2], ['key rotation', 3], ['key pair', 3], ['key generation', 3], ['cmek', 3], ['customer-managed key', 3], ['hardware security module', 3]] },
  { id: '11.2.7', ja: [['装置の処分', 3], ['機器の処分', 3], ['機器の廃棄', 3], ['媒体の廃棄', 3], ['ハードウェアの処分', 3], ['ハードウエアの処分', 3], ['廃棄', 2], ['処分', 2], ['再利用', 2], ['物理破壊', 3], ['物理的な破壊', 3]], en: [['disposal', 3], ['re-use of equipment', 3], ['reuse of equipment', 3], ['media sanitization', 3], ['sanitisation', 3], ['sanitization', 3], ['destruction', 2], ['decommission', 3], ['data destruction', 3]] },
  { id: '12.1.2', ja: [['変更管理', 3], ['変更の管理', 3], ['仕様変更', 3], ['仕様の変更', 3], ['変更の通知', 3], ['変更のお知らせ', 3], ['変更通知', 3], ['メンテナンス', 2], ['リリースノート', 3], ['バージョンアップ', 2], ['機能変更', 3], ['サービスの変更', 3], ['サービス内容の変更', 3], ['仕様を変更', 3], ['変更', 1], ['アップグレード', 2]], en: [['change management', 3], ['change notification', 3], ['notice of change', 3], ['changes to the service', 3], ['service changes', 3], ['changelog', 3], ['change log', 3], ['notification of changes', 3], ['maintenance window', 3], ['maintenance', 2], ['release notes', 3], ['changes', 2], ['deprecation', 3], ['upgrade', 2], ['amendment', 2], ['scheduled maintenance', 3], ['planned maintenance', 3]] },
  { id: '12.1.3', ja: [['容量', 3], ['キャパシティ', 3], ['リソース', 1], ['クォータ', 1], ['性能', 1]], en: [['capacity', 3], ['resource limits', 3], ['quota', 1], ['scalability', 1]] },
  { id: 'CLD.12.1.5', ja: [['実務管理者', 3], ['管理者操作', 3], ['重要な操作', 3], ['操作手順', 3], ['運用手順', 3], ['管理者の運用', 3], ['管理コンソール', 2], ['運用セキュリティ', 2], ['マニュアル', 1], ['手順書', 2], ['運用手順書', 3]], en: [['administrator operations', 3], ["administrator's operational security", 3], ['critical operations', 3], ['operating procedures', 3], ['documented procedures', 3], ['admin console', 2], ['management console', 2], ['runbook', 3], ['procedures', 2]] },
  { id: '12.3.1', ja: [['バックアップ', 3], ['リストア', 2], ['復元', 2], ['世代', 1]], en: [['backup', 3], ['back up', 3], ['backed up', 3], ['back-up', 3], ['restore', 2], ['snapshot', 2], ['disaster recovery', 2]] },
  { id: '12.4.1', ja: [['ログイン履歴', 3], ['認証ログ', 3], ['ログイン記録', 3], ['ログ取得', 3], ['ログの取得', 3], ['イベントログ', 3], ['監査ログ', 3], ['ログの保存', 3], ['ログの保管', 3], ['ログ管理', 3], ['ログの提供', 3], ['アクセスログ', 3], ['ログ', 2], ['操作履歴', 3], ['監査証跡', 3], ['アクセス履歴', 3], ['ログデータの削除', 3], ['ログの削除', 3], ['証跡', 3], ['トレーサビリティ', 2]], en: [['log deletion', 3], ['authentication log', 3], ['login log', 3], ['login history', 3], ['sign-in log', 3], ['activity log', 3], ['security log', 3], ['audit data', 3], ['observability', 3], ['logging', 3], ['event log', 3], ['audit log', 3], ['audit trail', 3], ['log retention', 3], ['access log', 3], ['logs', 2], ['log management', 3], ['audit event', 3], ['application log', 3], ['logged', 3], ['auditability', 3], ['traceability', 2]] },
  { id: '12.4.3', ja: [['作業ログ', 3], ['管理操作のログ', 3], ['管理操作', 2], ['運用者のログ', 3], ['管理者のログ', 3], ['運用者', 2], ['操作ログ', 2], ['管理者ログ', 3], ['運用担当者', 2], ['操作記録', 3]], en: [['administrator log', 3], ['operator log', 3], ['operation log', 3], ['admin activity', 3]] },
  { id: '12.4.4', ja: [['時刻同期', 3], ['時刻の同期', 3], ['クロック同期', 3], ['クロックの同期', 3], ['NTP', 3], ['タイムスタンプ', 2], ['タイムゾーン', 2], ['時刻', 2]], en: [['clock synchronization', 3], ['clock synchronisation', 3], ['time synchronization', 3], ['time synchronisation', 3], ['ntp', 3], ['timestamp', 2], ['time zone', 2], ['clock', 2]] },
  { id: 'CLD.12.4.5', ja: [['監視', 3], ['モニタリング', 3], ['稼働状況', 2], ['ダッシュボード', 2], ['アラート', 2], ['死活', 2]], en: [['observability', 2], ['monitoring', 3], ['dashboard', 2], ['alerts', 2], ['metrics', 2], ['status page', 3], ['uptime', 1]] },
  { id: '12.6.1', ja: [['脆弱性', 3], ['ぜい弱性', 3], ['パッチ', 3], ['修正プログラム', 3], ['脆弱性診断', 3], ['セキュリティ診断', 3], ['ペネトレーションテスト', 2], ['セキュリティホール', 3], ['セキュリティアップデート', 3], ['セキュリティ更新', 3]], en: [['vulnerability', 3], ['vulnerabilities', 3], ['patch', 3], ['penetration test', 2], ['pen test', 2], ['pentest', 2], ['security update', 3], ['dependency scan', 3], ['bug bounty', 2], ['security testing', 2], ['cve', 3], ['security advisory', 3]] },
  { id: '13.1.3', ja: [['ネットワーク分離', 3], ['ネットワークの分離', 3], ['セグメント', 2], ['VLAN', 3], ['VPC', 2], ['ファイアウォール', 2], ['WAF', 2]], en: [['network segregation', 3], ['network segmentation', 3], ['network separation', 3], ['vlan', 3], ['vpc', 2], ['firewall', 2], ['network security', 2]] },
  { id: 'CLD.13.1.4', ja: [['仮想ネットワーク', 3], ['物理ネットワーク', 3], ['ネットワーク構成', 3], ['セキュリティグループ', 2]], en: [['virtual network', 3], ['physical network', 3], ['network configuration', 3], ['security group', 2], ['sdn', 2]] },
  { id: '14.1.1', ja: [['セキュリティ機能', 3], ['セキュリティ要件', 3], ['セキュリティ要求事項', 3], ['要求事項の分析', 3]], en: [['security features', 3], ['security functions', 3], ['security requirements', 3], ['security capabilities', 3]] },
  { id: '14.2.1', ja: [['セキュア開発', 3], ['セキュアな開発', 3], ['開発プロセス', 3], ['開発ライフサイクル', 3], ['コードレビュー', 3], ['配慮した開発', 3], ['開発におけるセキュリティ', 3], ['セキュアコーディング', 3], ['コード変更', 3], ['開発', 2]], en: [['secure development', 3], ['development process', 3], ['sdlc', 3], ['code review', 3], ['secure coding', 3], ['security in development', 3], ['development', 2], ['secure software', 3]] },
  { id: '15.1.1', ja: [['委託先', 3], ['供給者', 3], ['外部委託', 3], ['再委託', 3], ['サプライヤ', 3]], en: [['supplier', 3], ['subcontractor', 3], ['outsourcing', 3], ['vendor management', 3], ['vendor', 1], ['subprocessor', 3], ['sub-processor', 3], ['sub processor', 3]] },
  { id: '15.1.2', ja: [['利用規約', 3], ['供給者との契約', 3], ['委託先との契約', 3], ['約款', 3], ['SLA', 1], ['サービスレベル', 1], ['契約', 2], ['合意', 2]], en: [['terms of service', 3], ['supplier agreement', 3], ['agreements with suppliers', 3], ['terms of use', 3], ['agreement', 2], ['contract', 2], ['sla', 1], ['service level', 1]] },
  { id: '15.1.3', ja: [['サプライチェーン', 3], ['基盤クラウド', 3], ['外部サービス', 2], ['IaaS', 1], ['AWS', 1], ['クラウド基盤', 3]], en: [['supply chain', 3], ['underlying cloud', 3], ['peer cloud', 3], ['infrastructure provider', 3]] },
  { id: '16.1.1', ja: [['インシデント', 3], ['事故対応', 3], ['事故', 2], ['障害対応', 2], ['緊急時', 2], ['第一報', 3], ['続報', 2]], en: [['incident', 3], ['csirt', 3], ['breach response', 3], ['initial report', 2], ['first report', 2], ['follow-up report', 2]] },
  { id: '16.1.2', ja: [['事故', 2], ['障害対応', 2], ['インシデント', 3], ['事象の報告', 3], ['事故の通知', 3], ['事故の報告', 3], ['インシデントの通知', 3], ['インシデントの報告', 3], ['障害通知', 3], ['報告窓口', 3], ['障害報告', 3], ['障害', 2], ['報告', 1], ['通知', 1], ['第一報', 3], ['続報', 2], ['漏洩等発生時', 3], ['漏えい等発生時', 3], ['漏洩時', 3], ['漏えい時', 3], ['漏洩等が発生', 3], ['漏えい等が発生', 3], ['漏洩等事案', 3], ['漏えい等事案', 3], ['漏洩等の報告', 3], ['漏えい等の報告', 3]], en: [['breach', 2], ['incident', 3], ['reporting security events', 3], ['breach notification', 3], ['report an incident', 3], ['outage', 2], ['initial report', 2], ['first report', 2], ['follow-up report', 2]] },
  { id: '16.1.7', ja: [['証拠', 3], ['フォレンジック', 3], ['開示要求', 3], ['ログの提供', 2], ['第三者提供', 1], ['捜査機関', 1], ['法執行機関', 1]], en: [['evidence', 3], ['forensic', 3], ['legal hold', 3], ['disclosure request', 3], ['law enforcement', 1], ['subpoena', 3], ['government request', 3]] },
  { id: '18.1.1', ja: [['準拠法', 3], ['管轄', 3], ['適用法令', 3], ['適用法', 3], ['法令', 2], ['法的要求', 3], ['法規制', 3], ['規制', 1]], en: [['governing law', 3], ['jurisdiction', 3], ['applicable law', 2], ['legislation', 3], ['law', 2], ['legal requirements', 2], ['regulations', 1], ['gdpr', 1]] },
  { id: '18.1.2', ja: [['知的財産', 3], ['著作権', 3], ['ライセンス', 2], ['権利の帰属', 3]], en: [['intellectual property', 3], ['copyright', 3], ['license', 2], ['licence', 2], ['ownership of data', 3]] },
  { id: '18.1.3', ja: [['記録の保護', 3], ['記録の保管', 3], ['記録', 1], ['保存期間', 1]], en: [['protection of records', 3], ['record retention', 3], ['records', 2], ['record keeping', 3], ['records management', 3]] },
  { id: '18.1.5', ja: [['暗号規制', 3], ['暗号に関する規制', 3], ['輸出規制', 3], ['輸出管理', 3], ['暗号化機能に対する規制', 3]], en: [['export control', 3], ['cryptography regulation', 3], ['encryption regulation', 3], ['regulation of cryptographic', 3]] },
  { id: '18.2.1', ja: [['第三者認証', 3], ['外部認証', 3], ['外部監査', 3], ['外部で監査', 3], ['外部の監査', 3], ['認証取得', 3], ['第三者評価', 3], ['独立したレビュー', 3], ['独立レビュー', 3], ['内部監査', 2], ['ISO/IEC 27001', 2], ['ISO27001', 2], ['ISMS', 2], ['認証', 1], ['監査', 2], ['ISMAP', 3], ['SOC2', 3]], en: [['certification', 3], ['third-party audit', 3], ['third party audit', 3], ['3rd-party audit', 3], ['3rd party audit', 3], ['external audit', 3], ['externally audited', 3], ['independent review', 3], ['attestation', 3], ['soc 2', 3], ['iso 27001', 2], ['iso/iec 27001', 2], ['audit', 2], ['soc2', 3]] },
];

/**
 * Words that name their control where a section is about them and are the setting of prose elsewhere: a key or token
 * a program signs in with ("Access tokens", 「APIキー」: 9.2.4), which an API page names in every step of its examples,
 * and signing up (「新規アカウント登録」: 9.2.1), which terms of use name in every article on the customer's account.
 * They name their control from a heading or a label, never from the body's words.
 */
export const HEADING_ONLY: ReadonlySet<string> = new Set([
  'アクセストークン', 'アクセスキー', 'apiキー', 'apiトークン', 'クライアントシークレット', 'access token', 'api key', 'api token', 'client secret',
  'アカウント登録', 'アカウントの登録', 'アカウント作成', 'アカウントの作成', 'account creation',
]);

/**
 * Words that contain a term without meaning it: "ログ" in "カタログ", "ブログ" ("ログイン" is a term of its own, for
 * authentication); "a court of competent jurisdiction" is any court, not the one the contract names; a timestamp stamped
 * on a document (an e-signature's accredited timestamp, RFC 3161) proves when it was signed, not the provider's clocks; an account's or a user's administrator (アカウント管理者) is a role, not account management; a plan's storage quota
 * (保存容量, 容量の上限, プランごとの容量) is what the customer bought, not capacity management; an
 * "SSL certification" is a server's certificate, not an independent review; a data centre's "backup power" or "back-up generators"
 * keep the electricity on, they copy no data (12.3.1); "accidental or unlawful destruction" (a DPA's
 * and a FAQ's words for what data is protected from) is a loss guarded against, not equipment disposed of. A page
 * that names itself ("This Security Policy outlines …", 「本ポリシー」) gives its own name, not a set of policies the
 * provider keeps, and another policy it points to (a privacy or cookie policy) is no security policy either.
 */
// Where a link points is no word of the text: a site generator's shortcode ("{{< relref path="/guides/hosting/…" >}}"),
// a Markdown link's target ("](/docs/backup-and-restore)"), an address. A help page links its siblings by paths that
// name their topics ("/hosting-options/", "/data-security/", "#assign-or-update-a-users-role"); only the link's label is read.
const LINK_TARGETS: readonly RegExp[] = [/\{\{[<%].*?[>%]\}\}/g, /(?<=\])\([^()\n]*\)/g, /\bhttps?:\/\/[^\s)\]>"'<]+/g];

/** The text with its links' targets blanked (the same length, so offsets hold). */
export function withoutLinkTargets(text: string): string {
  return LINK_TARGETS.reduce((t, target) => t.replace(target, (m) => ' '.repeat(m.length)), text);
}

export const FALSE_FRIENDS: readonly RegExp[] = [
  ...LINK_TARGETS,
  // A page kept as code (a React page's "export default function TermsPage()") exports a module, not the customer's data.
  /\bexport\s+(?:default|const|function|async|type|interface|class|\{)/g,
  /(?:accidental|unlawful|unauthori[sz]ed)(?:\s+or\s+(?:accidental|unlawful|unauthori[sz]ed))?\s+destruction/g,
  /カタログ|ブログ|ログアウト/g,
  /開発者/g,
  /(?:アカウント|ユーザー?)(?:の)?管理者/g,
  /保存容量|保存できる容量|大容量|追加容量|容量(?:の)?(?:上限|制限|超過)|(?:プラン|ユーザー?|アカウント)(?:ごと|あたり|毎)?の?(?:ストレージ)?容量/g,
  /継続報/g,
  /competent jurisdiction/g,
  // An employee's termination is staff leaving, not the customer's contract ending (CLD.8.1.5); a Content Security
  // Policy is a web page's header, not a policy for information security (5.1.1).
  /\b(?:employee|employment|staff|personnel|workforce)\s+terminations?\b|\btermination\s+of\s+(?:employment|employees?|staff|personnel)\b|\bcontent[- ]security[- ]polic(?:y|ies)\b/g,
  // Jurisdictions in the plural are wherever a law may apply ("in applicable jurisdictions", "jurisdictions where this is
  // allowed"), not the one whose law governs the contract.
  /\b(?:applicable|certain|some|other|many|relevant|those|these|all|various|different|multiple)\s+jurisdictions\b|\bjurisdictions\s+(?:where|that|which|in which)\b/g,
  // A person's capacity is a role or a standing, not the systems' (12.1.3): "in your individual capacity", "a purported
  // representative capacity", "with legal capacity", engineers who "evaluate their capacity" for the work.
  /\b(?:individual|representative|legal|personal|official|fiduciary)\s+capacity\b|\bcapacity\s+as\b|\b(?:their|his|her)\s+capacity\b/g,
  /\blogged[ -](?:in|on|out|into)\b/g,
  // Upgrading a plan or an account is buying more, not a change the provider makes to the service (12.1.2).
  /\bupgrad(?:e|es|ed|ing)\s+(?:(?:your|my|their|the|an?|to\s+(?:an?|the))\s+)?(?:(?:paid|pro|plus|enterprise|team)\s+)?(?:accounts?|plans?|subscriptions?|tiers?|licen[cs]es?)\b|\b(?:plan|account|subscription|tier)\s+upgrad(?:e|es|ing)\b|(?:プラン|アカウント|契約)(?:の|を)?アップグレード/g,
  /\bback-?up\s+(?:power|generators?|electricity)\b/gi,
  /(?<=(?:ssl|tls)[ -]?)certification/g,
  /\bthis\s+(?:(?:information\s+)?security\s+)?polic(?:y|ies)\b|本(?:情報)?(?:セキュリティ)?ポリシー|(?:プライバシー|クッキー|cookie\s?)ポリシー|\b(?:privacy|cookie|cookies|refund|acceptable\s+use)\s+polic(?:y|ies)\b/g,
  /認定タイムスタンプ|タイムスタンプ(?:局|サービス|の付与|を付与|付与)|(?:trusted|qualified|certified|accredited|rfc\s?3161)[ -]time-?stamp(?:s|ing)?|time-?stamp(?:ing)? authorit(?:y|ies)/g,
];
