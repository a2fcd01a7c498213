// The 44 controls a cloud service provider's whitepaper is expected to address:
// the 7 CLD controls and 37 ISO/IEC 27002:2013 controls for which ISO/IEC 27017
// asks the provider to inform its customers. Ids are in 2013 numbering, in the
// order ISO/IEC 27017 presents them (each CLD control after its 2013 neighbours).
// For each: what a customer needs to learn (points), and the words that signal
// the topic in a heading or paragraph (keywords, including common spelling variants).
import type { LocalizedList } from './types';

export interface ExpectedEntry {
  readonly id: string;
  readonly points: LocalizedList;
  readonly keywords: LocalizedList;
}

export const EXPECTED: readonly ExpectedEntry[] = [
  {
    id: '5.1.1',
    points: {
      en: [
        'Whether an information security policy exists, who approved it and how often it is reviewed',
        'How the policy covers cloud-specific matters such as multi-tenancy, customer data and administrator access',
        'Whether customers can read the policy or a summary of it',
      ],
      ja: [
        '情報セキュリティ方針の有無、承認者、見直しの頻度',
        'マルチテナント、利用者データ、管理者アクセスなどクラウド特有の事項を方針でどう扱っているか',
        '利用者が方針本文又はその要約を閲覧できるか',
      ],
    },
    keywords: {
      en: ['security policy', 'information security policy', 'policies'],
      ja: ['情報セキュリティ方針', 'セキュリティポリシー', '基本方針'],
    },
  },
  {
    id: '6.1.1',
    points: {
      en: [
        "Who in the provider's organization is accountable for information security",
        'The contact point customers use for security questions',
      ],
      ja: ['事業者の組織で情報セキュリティに責任を持つ者又は部署', '利用者がセキュリティに関して問い合わせる窓口'],
    },
    keywords: {
      en: ['security organization', 'security officer', 'CISO', 'contact point'],
      ja: ['情報セキュリティ責任者', 'セキュリティ体制', '推進体制', '問い合わせ窓口'],
    },
  },
  {
    id: '6.1.3',
    points: {
      en: [
        'The countries and regions where the provider operates and where customer data may be stored',
        'Which authorities the provider deals with in an incident or a legal request, and whether the customer is told',
      ],
      ja: [
        '事業者の所在国・地域と、利用者データが保存されうる国・地域',
        'インシデントや法的要請の際に連絡する当局と、利用者への通知の有無',
      ],
    },
    keywords: {
      en: ['authorities', 'regulator', 'law enforcement', 'data location', 'region'],
      ja: ['関係当局', '監督官庁', '所在地', 'データの保存場所', 'リージョン'],
    },
  },
  {
    id: 'CLD.6.3.1',
    points: {
      en: [
        'Which security tasks the provider carries out and which stay with the customer',
        'Where the line of responsibility falls for each layer: facility, hardware, platform, application, data',
        'How the split changes when optional features or add-ons are used',
      ],
      ja: [
        '事業者が実施するセキュリティ上の作業と、利用者に残る作業の区分',
        '施設・ハードウェア・基盤・アプリケーション・データの層ごとの責任の境界',
        'オプション機能や追加サービスを使う場合に責任分担がどう変わるか',
      ],
    },
    keywords: {
      en: ['shared responsibility', 'responsibility model', 'division of responsibilities', 'roles and responsibilities'],
      ja: ['責任分界', '責任分担', '共有責任', '役割分担', '責任共有'],
    },
  },
  {
    id: '7.2.2',
    points: {
      en: [
        'That staff who handle customer data receive security training, and how often',
        'That the training covers handling customer data and confidentiality in the cloud service',
      ],
      ja: [
        '利用者データを扱う従業員がセキュリティ教育を受けていること、及びその頻度',
        '教育に利用者データの取扱いや守秘義務などクラウドサービス特有の内容が含まれること',
      ],
    },
    keywords: {
      en: ['training', 'awareness', 'education'],
      ja: ['教育', '研修', '意識向上', '訓練'],
    },
  },
  {
    id: '8.1.1',
    points: {
      en: [
        'That the provider keeps an inventory of the assets used to run the service',
        "How customer data and data derived from it (such as usage logs) are identified and kept apart from the provider's own assets",
      ],
      ja: [
        'サービス提供に用いる資産の目録を維持していること',
        '利用者データと、そこから派生するデータ(利用ログなど)を事業者自身の資産と区別して識別する方法',
      ],
    },
    keywords: {
      en: ['asset inventory', 'asset management', 'asset register'],
      ja: ['資産目録', '資産管理', '資産台帳'],
    },
  },
  {
    id: 'CLD.8.1.5',
    points: {
      en: [
        'What happens to customer data and other assets when the contract ends',
        'How long data stays retrievable after termination, and in which formats it can be exported',
        'How and when data is deleted, backups included, and whether the customer receives confirmation',
      ],
      ja: [
        '契約終了時に利用者のデータその他の資産をどう扱うか',
        '契約終了後にデータを取り出せる期間と、エクスポートできる形式',
        'バックアップを含むデータの削除方法と時期、削除完了の通知や証明の有無',
      ],
    },
    keywords: {
      en: ['termination', 'end of contract', 'data deletion', 'data return', 'export', 'exit'],
      ja: ['契約終了', '解約', 'データ削除', 'データの返却', 'エクスポート', 'データの返還', 'データの除去'],
    },
  },
  {
    id: '8.2.2',
    points: {
      en: [
        'Whether the service lets customers classify or label their data (tags, labels, metadata)',
        'Whether labels are kept when data is copied, exported or backed up',
      ],
      ja: [
        '利用者がデータを分類・ラベル付けできる機能(タグ、ラベル、メタデータ)の有無',
        '複製・エクスポート・バックアップの際にラベルが保持されるか',
      ],
    },
    keywords: {
      en: ['labelling', 'labeling', 'label', 'tagging', 'classification'],
      ja: ['ラベル付け', 'ラベル', 'タグ', '分類'],
    },
  },
  {
    id: '9.1.2',
    points: {
      en: [
        "Which routes customers' users can take to reach the service (internet, VPN, private connection)",
        'Which controls limit network access to the service, such as IP allow-lists or private endpoints',
      ],
      ja: [
        '利用者がサービスに接続できる経路(インターネット、VPN、閉域接続)',
        '接続元IPアドレスの制限やプライベートエンドポイントなど、ネットワークからのアクセスを制限する手段',
      ],
    },
    keywords: {
      en: ['network access', 'IP restriction', 'allow list', 'allowlist', 'private connection', 'VPN'],
      ja: ['ネットワークアクセス', '接続元制限', 'IPアドレス制限', '閉域網', '閉域接続'],
    },
  },
  {
    id: '9.2.1',
    points: {
      en: [
        'How the customer registers and removes its users (console, API, directory synchronisation)',
        'Whether user ids are unique and what happens to deactivated accounts',
      ],
      ja: [
        '利用者側ユーザの登録と削除の方法(管理画面、API、ディレクトリ連携)',
        'ユーザIDの一意性と、無効化したアカウントの扱い',
      ],
    },
    keywords: {
      en: ['user registration', 'user management', 'account management', 'deprovisioning', 'SCIM'],
      ja: ['ユーザ登録', 'ユーザー登録', 'アカウント管理', 'ユーザ管理', 'ユーザー管理'],
    },
  },
  {
    id: '9.2.2',
    points: {
      en: [
        "How access rights are granted to and withdrawn from the customer's users (roles, groups)",
        'Which predefined roles exist and whether customers can define their own',
      ],
      ja: [
        '利用者側ユーザへのアクセス権の付与と取消しの方法(ロール、グループ)',
        '用意されている既定のロールと、独自のロールを定義できるか',
      ],
    },
    keywords: {
      en: ['access rights', 'permissions', 'role', 'access provisioning', 'RBAC'],
      ja: ['アクセス権', '権限付与', 'ロール', '権限管理'],
    },
  },
  {
    id: '9.2.3',
    points: {
      en: [
        "How the customer's administrator accounts are protected (multi-factor authentication, separate admin roles)",
        "How the provider controls its own staff's privileged access to the service and to customer data",
      ],
      ja: [
        '利用者の管理者アカウントの保護(多要素認証、管理者ロールの分離)',
        '事業者の運用担当者による特権アクセスと、利用者データへのアクセスの管理',
      ],
    },
    keywords: {
      en: ['privileged access', 'administrator rights', 'privileged account', 'admin privileges'],
      ja: ['特権', '管理者権限', '特権ID', '特権アクセス'],
    },
  },
  {
    id: '9.2.4',
    points: {
      en: [
        "How initial passwords or other credentials are issued to the customer's users",
        'Which sign-in methods are supported (password, multi-factor, single sign-on, API keys) and how credentials are reset',
      ],
      ja: [
        '利用者側ユーザへの初期パスワード等の認証情報の発行方法',
        '対応する認証方式(パスワード、多要素認証、シングルサインオン、APIキー)と再発行の手順',
      ],
    },
    keywords: {
      en: ['authentication', 'password', 'credentials', 'multi-factor', 'MFA', 'single sign-on', 'SSO'],
      ja: ['認証情報', 'パスワード', '多要素認証', 'シングルサインオン', '二要素認証'],
    },
  },
  {
    id: '9.4.1',
    points: {
      en: [
        'At what granularity access to customer data can be restricted (per user, role or resource)',
        "Whether the provider's staff can see customer data, and under which conditions",
      ],
      ja: [
        '利用者データへのアクセスを制限できる単位(ユーザ、ロール、リソースごと)',
        '事業者の従業員が利用者データを閲覧できるか、できる場合はその条件',
      ],
    },
    keywords: {
      en: ['access restriction', 'access control', 'data access'],
      ja: ['アクセス制限', 'アクセス制御', '閲覧制限'],
    },
  },
  {
    id: '9.4.4',
    points: {
      en: [
        'Whether utility programs that can bypass normal controls are offered to customers or used by the provider',
        'How their use is limited to authorised people and recorded',
      ],
      ja: [
        '通常の制御を回避しうるユーティリティプログラムを利用者に提供しているか、又は事業者が使用しているか',
        'その使用を認可された者に限り、記録する方法',
      ],
    },
    keywords: {
      en: ['utility program', 'utilities', 'admin tool'],
      ja: ['ユーティリティ', '管理ツール', '保守ツール'],
    },
  },
  {
    id: 'CLD.9.5.1',
    points: {
      en: [
        "How one customer's data, processing and network traffic are kept apart from other tenants",
        'Which isolation mechanism is used (separate accounts, virtual machines, containers, database schemas, keys)',
        'How the isolation is tested or verified',
      ],
      ja: [
        '他の利用者(テナント)とのデータ・処理・通信の分離方法',
        '採用している分離の仕組み(アカウント、仮想マシン、コンテナ、データベーススキーマ、暗号鍵など)',
        '分離が有効であることの試験・検証の方法',
      ],
    },
    keywords: {
      en: ['tenant isolation', 'multi-tenant', 'multi-tenancy', 'logical separation', 'segregation'],
      ja: ['テナント分離', 'マルチテナント', '論理分離', '論理的な分離'],
    },
  },
  {
    id: 'CLD.9.5.2',
    points: {
      en: [
        'How the hypervisor and the virtual machine images the provider supplies are hardened',
        'Which ports, services and accounts are disabled by default',
        'How often supplied images are updated and how customers hear of updates',
      ],
      ja: [
        'ハイパーバイザ及び事業者が提供する仮想マシンイメージの堅牢化の方法',
        '既定で無効化しているポート・サービス・アカウント',
        '提供イメージの更新頻度と、利用者への周知方法',
      ],
    },
    keywords: {
      en: ['virtual machine', 'VM', 'hardening', 'machine image', 'hypervisor'],
      ja: ['仮想マシン', '堅牢化', '要塞化', 'ハードニング', 'マシンイメージ'],
    },
  },
  {
    id: '10.1.1',
    points: {
      en: [
        'Which data is encrypted in transit and at rest, with which algorithms and protocols',
        'Whether encryption is on by default or has to be enabled by the customer',
        'Which encryption options customers can add themselves, such as client-side encryption',
      ],
      ja: [
        '通信時及び保存時に暗号化されるデータと、その方式・プロトコル',
        '暗号化が既定で有効か、利用者が有効にする必要があるか',
        'クライアント側暗号化など、利用者が自ら追加できる暗号化の選択肢',
      ],
    },
    keywords: {
      en: ['encryption', 'encrypted', 'cryptography', 'TLS'],
      ja: ['暗号化', '暗号', 'TLS'],
    },
  },
  {
    id: '10.1.2',
    points: {
      en: [
        'Who generates, stores and rotates the encryption keys',
        'Whether customers can bring or manage their own keys',
        'What happens to the keys when the contract ends',
      ],
      ja: [
        '暗号鍵の生成・保管・更新を誰が行うか',
        '利用者が自身の鍵を持ち込み、又は管理できるか',
        '契約終了時の暗号鍵の扱い',
      ],
    },
    keywords: {
      en: ['key management', 'encryption key', 'BYOK', 'KMS', 'key rotation'],
      ja: ['鍵管理', '暗号鍵', '鍵の管理'],
    },
  },
  {
    id: '11.2.7',
    points: {
      en: [
        'How storage devices that held customer data are erased or destroyed before disposal or reuse',
        'Which erasure method or standard is followed, and whether destruction is certified',
      ],
      ja: [
        '利用者データを保存していた記憶装置を、廃棄・再利用の前に消去又は破壊する方法',
        '準拠する消去の方式・基準と、廃棄証明の有無',
      ],
    },
    keywords: {
      en: ['disposal', 'reuse', 're-use', 'media sanitization', 'destruction', 'wiping'],
      ja: ['廃棄', '再利用', 'データ消去', '物理破壊'],
    },
  },
  {
    id: '12.1.2',
    points: {
      en: [
        'How changes to the service that may affect customers are announced, and how far in advance',
        'Where customers find the change history or release notes',
        'How emergency changes are handled and communicated',
      ],
      ja: [
        '利用者に影響しうるサービス変更の告知方法と、告知の時期',
        '変更履歴やリリースノートの掲載場所',
        '緊急変更の扱いと、その連絡方法',
      ],
    },
    keywords: {
      en: ['change management', 'change notification', 'maintenance', 'release notes'],
      ja: ['変更管理', '仕様変更', 'メンテナンス', 'リリースノート'],
    },
  },
  {
    id: '12.1.3',
    points: {
      en: [
        'How the provider monitors and plans capacity so that shortages do not reach customers',
        'Which resource limits or quotas apply to each customer, and how they can be raised',
      ],
      ja: [
        '資源の不足が利用者に影響しないよう、容量を監視し計画する方法',
        '利用者ごとに適用される資源の上限・クォータと、その引上げ方法',
      ],
    },
    keywords: {
      en: ['capacity', 'resource limits', 'quota', 'scalability'],
      ja: ['容量', 'キャパシティ', 'リソース', 'クォータ', '上限'],
    },
  },
  {
    id: 'CLD.12.1.5',
    points: {
      en: [
        'Which administrative operations can have serious or irreversible effects (deleting resources, restoring, changing network settings)',
        'Where the documented procedures for those operations are published',
        'Which safeguards protect against mistakes: confirmation steps, dual approval, grace periods before deletion',
      ],
      ja: [
        '重大な、又は取り消せない影響を及ぼしうる管理操作(リソースの削除、リストア、ネットワーク設定の変更など)',
        'そうした操作の手順書の提供場所',
        '確認画面、二重承認、削除までの猶予期間など誤操作を防ぐ仕組み',
      ],
    },
    keywords: {
      en: ['administrator operations', 'critical operations', 'operating procedures', 'admin console', 'management console'],
      ja: ['管理者操作', '重要な操作', '操作手順', '管理コンソール', '管理画面'],
    },
  },
  {
    id: '12.3.1',
    points: {
      en: [
        'What is backed up and how often backups run',
        'How long backups are kept and how many generations',
        'Whether customers can request a restore, and how long it takes',
        'Where backups are stored (region, separate site)',
      ],
      ja: [
        'バックアップの対象と取得頻度',
        'バックアップの保管期間と世代数',
        '利用者がリストアを依頼できるか、及びその所要時間',
        'バックアップの保管場所(リージョン、別拠点)',
      ],
    },
    keywords: {
      en: ['backup', 'back up', 'restore', 'snapshot'],
      ja: ['バックアップ', '世代', 'リストア', '復元'],
    },
  },
  {
    id: '12.4.1',
    points: {
      en: [
        'Which events are logged (sign-ins, administrative operations, data access, API calls)',
        'Which logs customers can access, and how (console, export, API)',
        'How long logs are retained',
      ],
      ja: [
        '記録する事象(サインイン、管理操作、データアクセス、API呼出し)',
        '利用者が参照できるログと、その提供方法(管理画面、エクスポート、API)',
        'ログの保存期間',
      ],
    },
    keywords: {
      en: ['logging', 'event log', 'audit log', 'audit trail', 'log retention'],
      ja: ['ログ', 'イベントログ', '監査ログ', 'ログ取得'],
    },
  },
  {
    id: '12.4.3',
    points: {
      en: [
        "That the provider's administrators' and operators' actions are logged",
        'How those logs are protected against tampering and who reviews them',
        "Whether customers are told about operations the provider performs on their environment",
      ],
      ja: [
        '事業者の管理者・運用担当者の操作を記録していること',
        'その記録の改ざん防止と、レビューを行う者',
        '事業者が利用者の環境に対して行った操作を利用者に知らせるか',
      ],
    },
    keywords: {
      en: ['administrator log', 'operator log', 'operation log', 'admin activity'],
      ja: ['作業ログ', '操作ログ', '管理者ログ', '運用担当者'],
    },
  },
  {
    id: '12.4.4',
    points: {
      en: [
        "Which time source the service's systems synchronise to (e.g. NTP servers)",
        'Which time zone and format log timestamps use',
      ],
      ja: ['サービスのシステムが同期している時刻源(NTPサーバなど)', 'ログに記録される時刻のタイムゾーンと形式'],
    },
    keywords: {
      en: ['clock synchronization', 'clock synchronisation', 'time synchronization', 'NTP', 'timestamp'],
      ja: ['時刻同期', 'クロック同期', 'NTP', 'タイムスタンプ'],
    },
  },
  {
    id: 'CLD.12.4.5',
    points: {
      en: [
        'What customers can monitor themselves (dashboards, metrics, alerts, APIs)',
        "Which events about the customer's use are made visible (sign-ins, configuration changes, signs of abuse)",
        "How the provider shares the results of its own monitoring (status page, notifications)",
      ],
      ja: [
        '利用者自身が行える監視(ダッシュボード、メトリクス、アラート、API)',
        '利用者の利用状況について見える形で提供する事象(サインイン、設定変更、不正利用の兆候)',
        '事業者自身の監視結果の共有方法(ステータスページ、通知)',
      ],
    },
    keywords: {
      en: ['monitoring', 'dashboard', 'alert', 'metrics', 'status page'],
      ja: ['監視', 'モニタリング', 'ダッシュボード', 'アラート', '稼働状況'],
    },
  },
  {
    id: '12.6.1',
    points: {
      en: [
        'How the provider learns of vulnerabilities and how quickly it applies fixes',
        'Which parts customers must patch themselves (guest operating system, their own software)',
        'How customers are told about vulnerabilities that affect them',
      ],
      ja: [
        '事業者がぜい弱性情報を入手する方法と、修正を適用するまでの期間',
        '利用者が自ら修正を適用すべき範囲(ゲストOS、利用者自身のソフトウェアなど)',
        '利用者に影響するぜい弱性の通知方法',
      ],
    },
    keywords: {
      en: ['vulnerability', 'vulnerabilities', 'patch', 'patching'],
      ja: ['脆弱性', 'ぜい弱性', 'パッチ', '修正プログラム'],
    },
  },
  {
    id: '13.1.3',
    points: {
      en: [
        "How different customers' network traffic is separated",
        "How the provider's management network is kept apart from customer traffic",
      ],
      ja: ['利用者ごとのネットワーク通信の分離方法', '事業者の管理用ネットワークを利用者の通信から分離する方法'],
    },
    keywords: {
      en: ['network segregation', 'network segmentation', 'network separation', 'VLAN', 'VPC'],
      ja: ['ネットワーク分離', 'ネットワークの分離', 'セグメント', 'VLAN'],
    },
  },
  {
    id: 'CLD.13.1.4',
    points: {
      en: [
        'How security settings of virtual networks are kept consistent with the physical network policy',
        'How changes to virtual network configuration are controlled and recorded',
        'Which network controls (firewalls, security groups, routing) the customer sets and which the provider enforces',
      ],
      ja: [
        '仮想ネットワークのセキュリティ設定を物理ネットワークの方針と整合させる方法',
        '仮想ネットワーク構成の変更の管理と記録',
        '利用者が設定するネットワーク制御(ファイアウォール、セキュリティグループ、ルーティング)と、事業者が強制する制御の区分',
      ],
    },
    keywords: {
      en: ['virtual network', 'physical network', 'network configuration', 'security group', 'SDN'],
      ja: ['仮想ネットワーク', '物理ネットワーク', 'ネットワーク構成', 'セキュリティグループ'],
    },
  },
  {
    id: '14.1.1',
    points: {
      en: [
        'Which security functions the service offers (authentication, encryption, logging, access control), so customers can compare them with their requirements',
        'How security requirements are considered when new features are designed',
      ],
      ja: [
        '利用者が自らの要求事項と照合できるよう、サービスが備えるセキュリティ機能(認証、暗号化、ログ、アクセス制御)',
        '新機能の設計時にセキュリティ要求事項をどう考慮しているか',
      ],
    },
    keywords: {
      en: ['security features', 'security functions', 'security requirements', 'security capabilities'],
      ja: ['セキュリティ機能', 'セキュリティ要件', 'セキュリティ要求事項'],
    },
  },
  {
    id: '14.2.1',
    points: {
      en: [
        'That the service is built following a secure development process (design review, code review, testing)',
        'Which security tests, such as vulnerability scans or penetration tests, run before a release',
      ],
      ja: [
        'セキュリティに配慮した開発手順(設計レビュー、コードレビュー、試験)に従って開発していること',
        'リリース前に行うぜい弱性診断や侵入試験などのセキュリティ試験',
      ],
    },
    keywords: {
      en: ['secure development', 'development process', 'SDLC', 'code review', 'penetration test', 'secure coding', 'security in development'],
      ja: ['セキュア開発', 'セキュアな開発', '開発プロセス', '開発ライフサイクル', 'コードレビュー', 'セキュリティに配慮した開発', '開発におけるセキュリティ', 'セキュアコーディング'],
    },
  },
  {
    id: '15.1.1',
    points: {
      en: [
        'Whether parts of the service rely on other providers (a data centre operator, an underlying cloud)',
        'How the provider sets and checks security requirements for those suppliers',
      ],
      ja: [
        'サービスの一部が他の事業者(データセンター事業者、基盤となるクラウドなど)に依存しているか',
        'それらの供給者に対するセキュリティ要求事項の設定と確認の方法',
      ],
    },
    keywords: {
      en: ['supplier', 'subcontractor', 'third party', 'outsourcing'],
      ja: ['委託先', '供給者', '外部委託', '再委託'],
    },
  },
  {
    id: '15.1.2',
    points: {
      en: [
        'Which documents make up the agreement with the customer (terms of service, SLA, data processing terms)',
        'Which security measures and responsibilities the provider commits to in that agreement',
        'The service levels offered (availability, support hours) and what happens if they are missed',
      ],
      ja: [
        '利用者との合意を構成する文書(利用規約、SLA、データの取扱いに関する規定)',
        'その合意の中で事業者が約束するセキュリティ対策と責任',
        '提供するサービスレベル(可用性、サポート時間)と、未達の場合の扱い',
      ],
    },
    keywords: {
      en: ['terms of service', 'agreement', 'contract', 'SLA', 'service level'],
      ja: ['利用規約', '契約', 'SLA', 'サービスレベル', '約款'],
    },
  },
  {
    id: '15.1.3',
    points: {
      en: [
        'Which other cloud services or subcontractors the service is built on',
        'How the provider makes sure those parties meet its own security level',
        'Whether customers are told when those parties change',
      ],
      ja: [
        'サービスが基盤とする他のクラウドサービスや再委託先',
        'それらの事業者が自社と同等のセキュリティ水準を満たしていることの確認方法',
        'それらの事業者が変わる場合に利用者へ知らせるか',
      ],
    },
    keywords: {
      en: ['supply chain', 'subprocessor', 'sub-processor', 'underlying cloud', 'peer cloud'],
      ja: ['サプライチェーン', '再委託先', '基盤クラウド', '外部サービス'],
    },
  },
  {
    id: '16.1.1',
    points: {
      en: [
        'How the provider detects, handles and escalates security incidents',
        'How incident handling duties are split between provider and customer',
        'Target times for the first response and for reporting',
      ],
      ja: [
        'セキュリティインシデントの検知・対応・エスカレーションの手順',
        'インシデント対応における事業者と利用者の役割分担',
        '初動対応及び報告までの目標時間',
      ],
    },
    keywords: {
      en: ['incident', 'incident response', 'incident management', 'CSIRT'],
      ja: ['インシデント', 'インシデント対応', 'インシデント管理', '事故対応'],
    },
  },
  {
    id: '16.1.2',
    points: {
      en: [
        'How and how quickly customers are notified of incidents that affect them (email, portal, status page)',
        'How customers report incidents or suspicious events to the provider',
        'What a notification contains: scope, impact, actions taken',
      ],
      ja: [
        '利用者に影響するインシデントの通知方法と時期(メール、ポータル、ステータスページ)',
        '利用者がインシデントや不審な事象を事業者に報告する窓口',
        '通知に含める内容(範囲、影響、実施した措置)',
      ],
    },
    keywords: {
      en: ['incident notification', 'incident report', 'breach notification', 'report an incident'],
      ja: ['インシデント報告', 'インシデントの通知', '障害通知', '報告窓口', '事象の報告'],
    },
  },
  {
    id: '16.1.7',
    points: {
      en: [
        'How the provider preserves evidence (logs, disk images) when an incident occurs',
        'How customers can request evidence or records for an investigation or legal proceedings',
        'How requests from authorities for customer data are handled',
      ],
      ja: [
        'インシデント発生時にログやディスクイメージなどの証拠を保全する方法',
        '調査や訴訟のために利用者が証拠・記録の提供を求める手順',
        '当局から利用者データの開示を求められた場合の対応',
      ],
    },
    keywords: {
      en: ['evidence', 'forensic', 'forensics', 'legal hold', 'disclosure request'],
      ja: ['証拠', '証拠保全', 'フォレンジック', '開示要求', '開示請求'],
    },
  },
  {
    id: '18.1.1',
    points: {
      en: [
        "Which country's law governs the contract and which courts have jurisdiction",
        'In which countries or regions customer data is stored and processed',
        'Which laws, regulations and industry requirements the provider complies with',
      ],
      ja: ['契約の準拠法と管轄裁判所', '利用者データを保存・処理する国・地域', '事業者が順守する法令・規制・業界基準'],
    },
    keywords: {
      en: ['governing law', 'jurisdiction', 'applicable law', 'legislation', 'data residency', 'data location'],
      ja: ['準拠法', '管轄', '法令', '適用法', 'データの所在', '保管場所', '保存場所', '地理的な場所'],
    },
  },
  {
    id: '18.1.2',
    points: {
      en: [
        'Who owns the data and content customers put into the service',
        'On what terms licensed software supplied with the service may be used (e.g. operating system licences)',
        'How complaints about infringing content are handled',
      ],
      ja: [
        '利用者がサービスに保存するデータ・コンテンツの権利の帰属',
        'サービスに含まれるライセンスソフトウェアの利用条件(OSのライセンスなど)',
        '権利を侵害するコンテンツに関する申立てへの対応',
      ],
    },
    keywords: {
      en: ['intellectual property', 'copyright', 'license', 'licence', 'ownership of data'],
      ja: ['知的財産', '著作権', 'ライセンス', '権利の帰属'],
    },
  },
  {
    id: '18.1.3',
    points: {
      en: [
        "Which records about the customer's use the provider keeps (logs, billing, access records), and for how long",
        'How those records are protected against loss, tampering and unauthorised access',
        'Whether customers can obtain those records',
      ],
      ja: [
        '事業者が保持する利用者の利用に関する記録(ログ、課金、アクセス記録)と、その保存期間',
        'それらの記録の消失・改ざん・不正アクセスからの保護',
        '利用者がそれらの記録を入手できるか',
      ],
    },
    keywords: {
      en: ['records', 'record retention', 'retention period'],
      ja: ['記録の保護', '記録の保管', '保存期間', '記録'],
    },
  },
  {
    id: '18.1.5',
    points: {
      en: [
        'Which export or import restrictions on cryptography apply to the service and its regions',
        'Whether some cryptographic features are unavailable in certain countries',
      ],
      ja: ['サービス及び提供地域に適用される暗号の輸出入規制', '国によって利用できない暗号機能があるか'],
    },
    keywords: {
      en: ['export control', 'cryptography regulation', 'encryption regulation'],
      ja: ['暗号規制', '輸出規制', '輸出管理'],
    },
  },
  {
    id: '18.2.1',
    points: {
      en: [
        'Which certifications and third-party audits the service holds (e.g. ISO/IEC 27001, ISO/IEC 27017, SOC 2)',
        'The scope and validity period of each certification',
        'How customers can obtain audit reports or certificates',
      ],
      ja: [
        'サービスが取得している認証・第三者監査(ISO/IEC 27001、ISO/IEC 27017、SOC 2など)',
        '各認証の適用範囲と有効期間',
        '利用者が監査報告書や認証書を入手する方法',
      ],
    },
    keywords: {
      en: ['certification', 'third-party audit', 'external audit', 'independent review', 'attestation', 'ISO 27001', 'ISO/IEC 27001'],
      ja: ['第三者認証', '外部監査', '認証取得', '第三者評価', '独立したレビュー', '独立レビュー'],
    },
  },
];
