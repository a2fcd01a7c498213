// Synthetic whitepapers of any size for the benchmark. The text is varied
// prose that states the figures the checker reads (periods, backup cycles, log
// kinds) and, at a realistic rate, the slips it reports (draft markers, vague
// periods, a log kept for two different periods), so that the number of
// findings grows with the document instead of being zero or one per line.
// Deterministic for a given size, language and seed.
//
// `heavy` writes what a whitepaper imported from a published text looks like
// to the checker: every section claims its control (so most claims are
// duplicates), some claim ids that name nothing (a handful of distinct typos,
// repeated), and log periods conflict often: thousands of findings per MB.
//
//   node scripts/generateWhitepaper.mjs 100000 [--lang en] [--seed 7] [--heavy] > x.wp.yaml
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** "10k", "1.5m", "5MB", "100000" → bytes (k = 1000). */
export function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)\s*([km]?)b?$/i.exec(String(text).trim());
  if (!match) throw new Error(`not a size: "${text}" (try 10k, 1m, 100000)`);
  const unit = { '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase()];
  return Math.round(Number(match[1]) * unit);
}

function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    shuffle: (list) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

// A period as prose and as a facts duration, so body and facts always agree.
const period = (ja, en, fact) => ({ ja, en, fact });

const PERIODS = {
  deletion: [period('30日以内', 'within 30 days', '30d'), period('60日以内', 'within 60 days', '60d'), period('90日以内', 'within 90 days', '90d')],
  incident: [period('24時間以内', 'within 24 hours', '24h'), period('48時間以内', 'within 48 hours', '48h'), period('72時間以内', 'within 72 hours', '72h')],
  notice: [period('30日前', '30 days', '30d'), period('14日前', '14 days', '14d'), period('1か月前', 'one month', '1m')],
  patch: [period('14日以内', 'within 14 days', '14d'), period('30日以内', 'within 30 days', '30d'), period('7日以内', 'within 7 days', '7d')],
};

const LOG_PERIODS = [
  period('90日間', 'for 90 days', '90d'),
  period('180日間', 'for 180 days', '180d'),
  period('1年間', 'for one year', '1y'),
  period('13か月間', 'for 13 months', '13m'),
  period('2年間', 'for two years', '2y'),
  period('3年', 'for three years', '3y'),
];

const LOG_KINDS = [
  { kind: 'access', ja: 'アクセスログ', en: 'access logs' },
  { kind: 'audit', ja: '監査ログ', en: 'audit logs' },
  { kind: 'operation', ja: '運用操作ログ', en: 'operator activity logs' },
  { kind: 'application', ja: 'アプリケーションログ', en: 'application logs' },
  { kind: 'network', ja: 'ネットワークフローログ', en: 'network flow logs' },
  { kind: 'event', ja: 'セキュリティイベントログ', en: 'security event logs' },
];

const BACKUP = [
  { ja: '毎日', en: 'every day', fact: 'daily', unitDays: 1 },
  { ja: '6時間ごとに', en: 'every six hours', fact: 'every 6h', unitDays: 0.25 },
  { ja: '毎週', en: 'every week', fact: 'weekly', unitDays: 7 },
];

const SYSTEMS = {
  ja: ['本番データベース', '添付ファイル用オブジェクトストレージ', '検索インデックス', '認証基盤', '管理コンソール', 'API ゲートウェイ', '配信キュー', '分析用データウェアハウス', '監視基盤', '社内の運用端末'],
  en: ['the production database', 'the attachment object storage', 'the search index', 'the identity platform', 'the admin console', 'the API gateway', 'the delivery queue', 'the analytics warehouse', 'the monitoring stack', 'the operators\u2019 workstations'],
};
const DATA_STORES = {
  ja: ['本番データベース', '添付ファイル用オブジェクトストレージ', '検索インデックス', '分析用データウェアハウス'],
  en: ['the production database', 'the attachment object storage', 'the search index', 'the analytics warehouse'],
};
const TEAMS = {
  ja: ['SRE チーム', 'セキュリティ室', 'プロダクト開発部', '情報システム部', 'カスタマーサクセス部', '品質保証グループ'],
  en: ['the SRE team', 'the security office', 'product engineering', 'corporate IT', 'customer success', 'the quality assurance group'],
};
const CADENCE = {
  ja: ['四半期ごとに', '半年に1回', '年1回', '毎月', 'リリースのたびに'],
  en: ['every quarter', 'twice a year', 'once a year', 'every month', 'with every release'],
};

const VAGUE = {
  ja: [
    (log) => `${log}は一定期間保存します。`,
    () => '重大な障害が発生した場合は速やかにお知らせします。',
    () => '退職者のアカウントは適切な時期に削除します。',
    (log) => `${log}は必要な期間保管します。`,
    () => 'お客様からの削除のご依頼には、合理的な期間内に対応します。',
  ],
  en: [
    (log) => `${cap(log)} are kept for a certain period.`,
    () => 'Major outages are reported promptly.',
    () => 'Accounts of former staff are removed in due course.',
    (log) => `${cap(log)} are retained for as long as necessary.`,
    () => 'Deletion requests from customers are handled within a reasonable time.',
  ],
};
const PLACEHOLDERS = {
  ja: ['詳細は［要記入］を参照してください。', '保存先は〇〇リージョンです。', '担当部署:TODO', '監査の頻度は TBD です。', '連絡窓口は［確認中］です。'],
  en: ['See [TBD] for details.', 'The secondary region is XXX.', 'Owner: TODO', 'Audit frequency: TBD.', 'The contact address is [TODO].'],
};

// Sentences per control. Each function receives the document's profile and a
// random source and returns one sentence; `facts` gives what a careful author
// would repeat under `facts:` for that section.
const TOPICS = [
  {
    id: 'CLD.8.1.5',
    title: { ja: 'クラウドサービスカスタマの資産の除去', en: 'Removal of cloud service customer assets' },
    facts: (p) => ({ 'deletion.after_termination': p.deletion.fact, 'data.return': p.lang === 'ja' ? '管理画面から CSV 形式でエクスポート' : 'CSV export from the admin console' }),
    ja: [
      (p) => `ご契約の終了後、お客様のデータはバックアップを含めて${p.deletion.ja}に完全に削除します。`,
      () => '削除の前であれば、管理画面からすべてのデータを CSV 形式または JSON 形式でエクスポートできます。',
      (p, r) => `削除の完了は、${r.pick(TEAMS.ja)}が作業記録を確認したうえで、ご請求があれば書面で証明します。`,
      () => 'お客様がアップロードしたファイルは、暗号鍵の破棄によって読み出せない状態にします。',
      (p, r) => `${r.pick(DATA_STORES.ja)}に残る複製も、同じ期限までに消去の対象とします。`,
    ],
    en: [
      (p) => `After the contract ends, customer data, backups included, is erased ${p.deletion.en}.`,
      () => 'Until then, every record can be exported from the admin console as CSV or JSON.',
      (p, r) => `On request, ${r.pick(TEAMS.en)} confirms the erasure in writing once the work log has been checked.`,
      () => 'Uploaded files are made unreadable by destroying the keys that encrypt them.',
      (p, r) => `Copies held in ${r.pick(DATA_STORES.en)} are erased by the same deadline.`,
    ],
  },
  {
    id: '12.3.1',
    title: { ja: '情報のバックアップ', en: 'Information backup' },
    facts: (p) => ({ 'backup.frequency': p.backup.fact, 'backup.generations': p.generations, 'backup.retention': p.backupRetention.fact }),
    ja: [
      (p, r) => `${r.pick(DATA_STORES.ja)}は${p.backup.ja}自動でバックアップを取得し、直近の${p.generations}世代を保持します。`,
      (p) => `各バックアップの保存期間は${p.backupRetention.ja}です。`,
      () => 'バックアップは本番環境とは別のリージョンに暗号化して保管しています。',
      (p, r) => `復元の手順は${r.pick(CADENCE.ja)}訓練し、所要時間を記録しています。`,
      () => 'お客様の操作ミスによるデータの復元は、個別のご依頼に応じて有償で承ります。',
    ],
    en: [
      (p, r) => `${cap(r.pick(DATA_STORES.en))} is backed up automatically ${p.backup.en}, and the latest ${p.generations} generations are kept.`,
      (p) => `Each backup is retained ${p.backupRetention.en}.`,
      () => 'Backups are encrypted and stored in a region other than the one that serves production.',
      (p, r) => `Restores are rehearsed ${r.pick(CADENCE.en)} and the time they take is recorded.`,
      () => 'Restoring data a customer deleted by mistake is available on request as a paid service.',
    ],
  },
  {
    id: '12.4.1',
    title: { ja: 'イベントログ取得', en: 'Event logging' },
    facts: (p) => Object.fromEntries(p.logs.slice(0, 3).map((log) => [`log.retention.${log.kind}`, log.period.fact])),
    ja: [
      (p, r) => logSentenceJa(r.pick(p.logs)),
      (p, r) => logSentenceJa(r.pick(p.logs)),
      () => 'ログには日時、利用者の識別子、送信元アドレス、操作の種類と結果を記録します。',
      (p, r) => `ログは${r.pick(TEAMS.ja)}だけが閲覧でき、改ざんを防ぐため書き込み専用の領域に転送しています。`,
      () => 'お客様の管理者は、自社の利用者の操作履歴を管理画面から検索・ダウンロードできます。',
    ],
    en: [
      (p, r) => logSentenceEn(r.pick(p.logs)),
      (p, r) => logSentenceEn(r.pick(p.logs)),
      () => 'Each entry records the time, the user, the source address, the action and its result.',
      (p, r) => `Only ${r.pick(TEAMS.en)} can read the logs, which are shipped to write-once storage.`,
      () => 'Customer administrators can search and download their own users\u2019 activity from the admin console.',
    ],
  },
  {
    id: '12.4.4',
    title: { ja: 'クロックの同期', en: 'Clock synchronisation' },
    facts: (p) => ({ 'clock.source': p.lang === 'ja' ? 'Amazon Time Sync Service(NTP)' : 'Amazon Time Sync Service (NTP)' }),
    ja: [
      () => 'すべてのサーバーは NTP により Amazon Time Sync Service に時刻を同期しています。',
      () => 'ログの時刻は協定世界時で記録し、画面には利用者の設定したタイムゾーンで表示します。',
      () => '時刻のずれは監視基盤で常に測り、1秒を超えた場合は当番の担当者へ通知します。',
    ],
    en: [
      () => 'Every server synchronises its clock over NTP with the Amazon Time Sync Service.',
      () => 'Log times are recorded in UTC and shown in the time zone each user chooses.',
      () => 'Clock drift is measured continuously by the monitoring stack, and a drift above one second pages the on-call engineer.',
    ],
  },
  {
    id: '16.1.1',
    title: { ja: '責任及び手順', en: 'Responsibilities and procedures' },
    facts: (p) => ({ 'incident.notification': p.incident.fact }),
    ja: [
      (p) => `お客様に影響するインシデントを確認した場合は、確認から${p.incident.ja}に管理者の方へメールで通知します。`,
      (p, r) => `インシデント対応は${r.pick(TEAMS.ja)}が指揮し、原因と再発防止策を報告書にまとめます。`,
      () => '対応状況はステータスページでも随時公開します。',
      (p, r) => `対応手順は${r.pick(CADENCE.ja)}机上演習で確認しています。`,
    ],
    en: [
      (p) => `When an incident that affects customers is confirmed, their administrators are told by email ${p.incident.en}.`,
      (p, r) => `${cap(r.pick(TEAMS.en))} leads the response and writes a report of the cause and the measures taken.`,
      () => 'Progress is also posted on the status page.',
      (p, r) => `The procedure is rehearsed in a tabletop exercise ${r.pick(CADENCE.en)}.`,
    ],
  },
  {
    id: '12.1.2',
    title: { ja: '変更管理', en: 'Change management' },
    facts: (p) => ({ 'change.notice': p.notice.fact }),
    ja: [
      (p) => `お客様の利用に影響する変更は、実施の${p.notice.ja}までに管理画面とメールでお知らせします。`,
      () => '本番環境への変更は、コードレビューと自動テストを通過したものだけを承認済みの手順で反映します。',
      (p, r) => `緊急の修正は${r.pick(TEAMS.ja)}の責任者が承認し、事後に変更記録を残します。`,
    ],
    en: [
      (p) => `Changes that affect customers are announced in the admin console and by email at least ${p.notice.en} in advance.`,
      () => 'Only changes that passed code review and automated tests reach production, through an approved pipeline.',
      (p, r) => `Emergency fixes are approved by the head of ${r.pick(TEAMS.en).replace(/^the /, '')} and recorded afterwards.`,
    ],
  },
  {
    id: '18.1.1',
    title: { ja: '適用法令及び契約上の要求事項の特定', en: 'Identification of applicable legislation and contractual requirements' },
    facts: (p) => (p.lang === 'ja' ? { governing_law: '日本法', jurisdiction: '東京地方裁判所', 'data.location': '日本(東京リージョン)' } : { governing_law: 'Laws of Japan', jurisdiction: 'Tokyo District Court', 'data.location': 'Japan (Tokyo region)' }),
    ja: [
      () => '本サービスの利用契約には日本法が適用され、紛争は東京地方裁判所を第一審の専属的合意管轄裁判所とします。',
      () => 'お客様のデータはバックアップを含めて日本国内のデータセンターに保存します。',
      (p, r) => `法令の改正は${r.pick(TEAMS.ja)}と法務担当が${r.pick(CADENCE.ja)}確認し、規程に反映します。`,
    ],
    en: [
      () => 'The service agreement is governed by the laws of Japan, and the Tokyo District Court hears disputes in the first instance.',
      () => 'Customer data, backups included, is stored in data centres in Japan.',
      (p, r) => `Legal counsel and ${r.pick(TEAMS.en)} review changes in the law ${r.pick(CADENCE.en)}.`,
    ],
  },
  {
    id: '9.4.1',
    title: { ja: '情報へのアクセス制限', en: 'Information access restriction' },
    ja: [
      () => '当社の従業員がお客様のデータにアクセスするのは、お客様からの依頼または障害対応に必要な場合に限ります。',
      (p) => `その際のアクセスは事前の承認を要し、記録は${p.logs[0].period.ja}保存します。`,
      () => 'テナントごとのデータはアプリケーションとデータベースの両方で分離しています。',
    ],
    en: [
      () => 'Staff access customer data only when a customer asks for it or an outage requires it.',
      (p) => `Such access needs prior approval, and its record is kept ${p.logs[0].period.en}.`,
      () => 'Tenant data is separated both in the application and in the database.',
    ],
  },
  {
    id: '10.1.1',
    title: { ja: '暗号による管理策の利用方針', en: 'Policy on the use of cryptographic controls' },
    facts: (p) => (p.lang === 'ja' ? { 'encryption.in_transit': 'TLS 1.2 以上', 'encryption.at_rest': 'AES-256(鍵は AWS KMS で管理)' } : { 'encryption.in_transit': 'TLS 1.2 or later', 'encryption.at_rest': 'AES-256, keys in AWS KMS' }),
    ja: [
      () => '通信はすべて TLS 1.2 以上で暗号化し、古い暗号スイートは無効にしています。',
      () => '保存データは AES-256 で暗号化し、鍵は AWS KMS で管理しています。',
      (p, r) => `鍵のローテーションは${r.pick(CADENCE.ja)}自動で行います。`,
    ],
    en: [
      () => 'All traffic is encrypted with TLS 1.2 or later, and legacy cipher suites are disabled.',
      () => 'Stored data is encrypted with AES-256 under keys managed in AWS KMS.',
      (p, r) => `Keys are rotated automatically ${r.pick(CADENCE.en)}.`,
    ],
  },
  {
    id: 'CLD.9.5.1',
    title: { ja: '仮想コンピューティング環境における分離', en: 'Segregation in virtual computing environments' },
    ja: [
      () => '各テナントの処理は、共有の基盤上でテナント識別子による論理的な分離のもとで実行します。',
      (p, r) => `分離の有効性は${r.pick(CADENCE.ja)}第三者による侵入テストで確認しています。`,
    ],
    en: [
      () => 'Each tenant\u2019s workload runs on shared infrastructure, logically separated by tenant identifier.',
      (p, r) => `Independent penetration testers check the separation ${r.pick(CADENCE.en)}.`,
    ],
  },
  {
    id: '9.4.2',
    title: { ja: 'セキュリティに配慮したログオン手順', en: 'Secure log-on procedures' },
    ja: [
      () => '管理者アカウントには多要素認証を必須とし、一般の利用者にも設定を推奨しています。',
      () => 'ログインに5回続けて失敗したアカウントは、15分間ロックします。',
      () => 'シングルサインオン(SAML 2.0)にも対応しています。',
    ],
    en: [
      () => 'Administrators must use multi-factor authentication; other users are encouraged to.',
      () => 'Five failed sign-ins in a row lock the account for 15 minutes.',
      () => 'Single sign-on with SAML 2.0 is supported.',
    ],
  },
  {
    id: '12.6.1',
    title: { ja: '技術的ぜい弱性の管理', en: 'Management of technical vulnerabilities' },
    ja: [
      (p) => `重大なぜい弱性の修正は、公表から${p.patch.ja}に本番環境へ適用します。`,
      (p, r) => `依存ライブラリの脆弱性は${r.pick(CADENCE.ja)}自動で走査し、${r.pick(TEAMS.ja)}が対応を判断します。`,
    ],
    en: [
      (p) => `Critical vulnerabilities are patched in production ${p.patch.en} of disclosure.`,
      (p, r) => `Dependencies are scanned automatically ${r.pick(CADENCE.en)}, and ${r.pick(TEAMS.en)} decides on each finding.`,
    ],
  },
  {
    id: '17.1.2',
    title: { ja: '情報セキュリティ継続の実施', en: 'Implementing information security continuity' },
    ja: [
      () => '本サービスは東京リージョンの複数のアベイラビリティゾーンで稼働し、単一の設備の障害では停止しません。',
      (p, r) => `大規模災害を想定した切り替えの手順は${r.pick(CADENCE.ja)}検証しています。`,
    ],
    en: [
      () => 'The service runs across several availability zones of the Tokyo region and survives the loss of one facility.',
      (p, r) => `Failover for a regional disaster is tested ${r.pick(CADENCE.en)}.`,
    ],
  },
  {
    id: 'CLD.12.1.5',
    title: { ja: '実務管理者の運用のセキュリティ', en: 'Administrator\u2019s operational security' },
    ja: [
      () => 'テナントの作成や削除など取り消せない操作は、管理画面で確認の入力を求めます。',
      () => '管理者向けの操作手順は、オンラインヘルプに公開しています。',
    ],
    en: [
      () => 'Irreversible operations such as deleting a tenant ask for typed confirmation.',
      () => 'Procedures for administrators are published in the online help.',
    ],
  },
  {
    id: 'CLD.12.4.5',
    title: { ja: 'クラウドサービスの監視', en: 'Monitoring of cloud services' },
    ja: [
      () => 'お客様は稼働状況と障害の履歴をステータスページで確認できます。',
      (p, r) => `${r.pick(SYSTEMS.ja)}の応答時間とエラー率は常時監視し、閾値を超えると当番の担当者を呼び出します。`,
    ],
    en: [
      () => 'Customers can follow availability and past outages on the status page.',
      (p, r) => `Latency and error rates of ${r.pick(SYSTEMS.en)} are watched around the clock and page the on-call engineer when they cross a threshold.`,
    ],
  },
  {
    id: '15.1.1',
    title: { ja: '供給者関係のための情報セキュリティの方針', en: 'Information security policy for supplier relationships' },
    ja: [
      () => '本サービスの基盤は Amazon Web Services であり、同社の第三者認証の状況を年1回確認しています。',
      (p, r) => `委託先には秘密保持契約を求め、${r.pick(TEAMS.ja)}が評価します。`,
    ],
    en: [
      () => 'The service runs on Amazon Web Services, whose third-party certifications are reviewed once a year.',
      (p, r) => `Subcontractors sign a confidentiality agreement and are assessed by ${r.pick(TEAMS.en)}.`,
    ],
  },
  {
    id: '7.2.2',
    title: { ja: '情報セキュリティの意識向上、教育及び訓練', en: 'Information security awareness, education and training' },
    ja: [
      () => '全従業員は入社時と年1回、情報セキュリティ教育を受講します。',
      (p, r) => `運用担当者には${r.pick(CADENCE.ja)}インシデント対応の訓練を行います。`,
    ],
    en: [
      () => 'Every employee completes security training on joining and once a year.',
      (p, r) => `Operators practise incident response ${r.pick(CADENCE.en)}.`,
    ],
  },
];

function cap(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function logSentenceJa(log) {
  return `${log.ja}は${log.period.ja}保存し、期間を過ぎたものは自動で削除します。`;
}

function logSentenceEn(log) {
  return `${cap(log.en)} are kept ${log.period.en} and then deleted automatically.`;
}

function filler(lang, r) {
  if (lang === 'ja') {
    return r.pick([
      () => `${r.pick(SYSTEMS.ja)}の構成は${r.pick(TEAMS.ja)}が管理し、${r.pick(CADENCE.ja)}見直しています。`,
      () => `この手順は社内規程に定め、${r.pick(CADENCE.ja)}内部監査で運用状況を確認しています。`,
      () => `詳しくは利用規約とサービスレベル目標をご覧ください。`,
      () => `${r.pick(SYSTEMS.ja)}への変更は、${r.pick(TEAMS.ja)}の承認を得てから行います。`,
      () => `ご不明な点はサポート窓口までお問い合わせください。`,
    ])();
  }
  return r.pick([
    () => `${cap(r.pick(TEAMS.en))} owns the configuration of ${r.pick(SYSTEMS.en)} and reviews it ${r.pick(CADENCE.en)}.`,
    () => `The procedure is part of our internal rules, and internal audit checks it ${r.pick(CADENCE.en)}.`,
    () => 'The terms of service and the service level objectives give further detail.',
    () => `Changes to ${r.pick(SYSTEMS.en)} need the approval of ${r.pick(TEAMS.en)}.`,
    () => 'Questions are welcome through the support desk.',
  ])();
}

// Slips a tired author makes, at a rate that gives a handful per 10 KB.
function slip(lang, profile, r) {
  const roll = r.int(0, 3);
  if (roll <= 1) return r.pick(PLACEHOLDERS[lang]);
  if (roll === 2) return r.pick(VAGUE[lang])(r.pick(LOG_KINDS)[lang]);
  // The same kind of log, a different period than the rest of the document states.
  const log = r.pick(profile.logs);
  const other = LOG_PERIODS.find((p) => p.fact !== log.period.fact);
  return lang === 'ja' ? logSentenceJa({ ...log, period: other }) : logSentenceEn({ ...log, period: other });
}

function makeProfile(lang, r) {
  const backup = r.pick(BACKUP);
  const generations = r.pick([7, 14, 30]);
  const days = Math.max(1, Math.round(backup.unitDays * generations));
  const kinds = r.shuffle(LOG_KINDS);
  return {
    lang,
    backup,
    generations,
    backupRetention: period(`${days}日間`, `for ${days} days`, `${days}d`),
    deletion: r.pick(PERIODS.deletion),
    incident: r.pick(PERIODS.incident),
    notice: r.pick(PERIODS.notice),
    patch: r.pick(PERIODS.patch),
    logs: kinds.map((log) => ({ ...log, period: r.pick(LOG_PERIODS) })),
  };
}

/** Prose lines for one body: sentences grouped one or two to a line, paragraphs split by a blank line. */
function proseLines(sentences, lang, r) {
  const lines = [];
  const joiner = lang === 'ja' ? '' : ' ';
  for (let i = 0; i < sentences.length; ) {
    const take = Math.min(r.int(1, 2), sentences.length - i);
    lines.push(sentences.slice(i, i + take).join(joiner));
    i += take;
    if (i < sentences.length && r.chance(0.25)) lines.push('');
  }
  return lines;
}

function yamlFactValue(value) {
  if (typeof value === 'number') return String(value);
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#]*$/.test(value) && !/^[\d.]+$/.test(value) && !/\s$/.test(value);
  return plain ? value : JSON.stringify(value);
}

function renderSection({ title, controls, facts, lines, children }, indent) {
  const pad = ' '.repeat(indent);
  let out = `${pad}- title: ${title}\n`;
  if (controls) out += `${pad}  controls: [${controls.join(', ')}]\n`;
  if (facts) {
    out += `${pad}  facts:\n`;
    for (const [key, value] of Object.entries(facts)) out += `${pad}    ${key}: ${yamlFactValue(value)}\n`;
  }
  if (lines) {
    out += `${pad}  body: |\n`;
    for (const line of lines) out += line === '' ? '\n' : `${pad}    ${line}\n`;
  }
  if (children) {
    out += `${pad}  sections:\n`;
    for (const child of children) out += renderSection(child, indent + 4);
  }
  return out;
}

const HEADER = {
  ja: { title: 'ナガレクラウド ISO/IEC 27017 セキュリティホワイトペーパー', name: 'ナガレクラウド', provider: '株式会社ナガレ技研', part: '運用の詳細', intro: 'この章では、次の各項目について運用の実際を説明します。' },
  en: { title: 'Nagare Cloud ISO/IEC 27017 Security Whitepaper', name: 'Nagare Cloud', provider: 'Nagare Engineering K.K.', part: 'Operational detail', intro: 'This chapter describes how each of the following is run in practice.' },
};

// Ids an import reads from numbered headings that are not controls: a few distinct ones, each repeated.
const UNKNOWN_IDS = ['12.3.9', '12.4.9', 'CLD.8.1.9', '16.1.9', '5.1.3', '18.1.9', '9.9.1', '13.1.7', '10.1.5', '14.3.4', '17.2.9'];

const NOT_APPLICABLE = {
  ja: {
    'CLD.9.5.2': 'お客様に仮想マシンを提供しないため。',
    'CLD.13.1.4': 'お客様が仮想ネットワークを構成する機能を提供しないため。',
    '14.2.7': '開発を外部に委託していないため。',
  },
  en: {
    'CLD.9.5.2': 'The service offers no virtual machines to customers.',
    'CLD.13.1.4': 'Customers cannot configure virtual networks in the service.',
    '14.2.7': 'No development is outsourced.',
  },
};

/**
 * YAML text of a whitepaper of about `targetBytes` UTF-8 bytes (within a
 * sentence of the target once past a few hundred bytes).
 */
export function generateWhitepaper(targetBytes, { lang = 'ja', seed = 1, heavy = false } = {}) {
  if (lang !== 'ja' && lang !== 'en') throw new Error(`lang must be ja or en, not ${lang}`);
  const r = random(seed * 2 + (lang === 'en' ? 1 : 0));
  const profile = makeProfile(lang, r);
  const head = HEADER[lang];
  const header = [
    'whitepaper: 1',
    `lang: ${lang}`,
    `title: ${head.title}`,
    'service:',
    `  name: ${head.name}`,
    `  provider: ${head.provider}`,
    '  model: SaaS',
    'numbering: "2013"',
    'version: "1.0"',
    'published: 2026-04-01',
    'sections:',
    '',
  ].join('\n');
  const footer = `not_applicable:\n${Object.entries(NOT_APPLICABLE[lang]).map(([id, reason]) => `  ${id}: ${reason}\n`).join('')}`;
  const bytes = (text) => Buffer.byteLength(text, 'utf8');

  const seen = new Map();
  let topicIndex = 0;
  const nextTopic = () => TOPICS[topicIndex++ % TOPICS.length];

  // A section on one topic. Each control is claimed once per document, as the
  // format asks; later sections on the same topic are titled by the system
  // they describe instead.
  function leaf(topic) {
    const count = (seen.get(topic.id) ?? 0) + 1;
    seen.set(topic.id, count);
    const first = count === 1;
    const sentences = r.shuffle(topic[lang]).slice(0, r.int(2, topic[lang].length)).map((make) => make(profile, r));
    for (let i = r.int(0, 2); i > 0; i--) {
      const extra = filler(lang, r);
      if (!sentences.includes(extra)) sentences.splice(r.int(0, sentences.length), 0, extra);
    }
    if (r.chance(heavy ? 0.8 : 0.3)) sentences.splice(r.int(0, sentences.length), 0, slip(lang, profile, r));
    if (heavy && r.chance(0.4)) sentences.splice(r.int(0, sentences.length), 0, slip(lang, profile, r));
    const system = r.pick(SYSTEMS[lang]);
    const title = first ? `${topic.id} ${topic.title[lang]}` : lang === 'ja' ? `${topic.id} ${topic.title[lang]}(${system}・${count})` : `${topic.id} ${topic.title[lang]} (${system}, part ${count})`;
    return {
      title,
      controls: heavy ? [topic.id, ...(r.chance(0.3) ? [r.pick(UNKNOWN_IDS)] : [])] : first ? [topic.id] : undefined,
      facts: first && topic.facts ? topic.facts(profile) : undefined,
      lines: proseLines(sentences, lang, r),
    };
  }

  const end = targetBytes - bytes(footer);
  const parts = [header];
  let size = bytes(header);
  let chapter = 0;
  for (;;) {
    chapter++;
    const section = r.chance(0.3)
      ? {
          title: `${chapter} ${head.part}`,
          lines: r.chance(0.5) ? [head.intro] : undefined,
          children: Array.from({ length: r.int(2, 4) }, () => leaf(nextTopic())),
        }
      : leaf(nextTopic());
    const text = renderSection(section, 2);
    if (size + bytes(text) > end) break;
    parts.push(text);
    size += bytes(text);
  }
  // The remainder goes to one last section whose body grows a sentence at a
  // time, stopping at whichever side of the target is nearer.
  const last = { ...leaf(nextTopic()), facts: undefined, lines: [] };
  let fitted = '';
  for (;;) {
    last.lines.push(filler(lang, r));
    const text = renderSection(last, 2);
    if (size + bytes(text) >= end) {
      const over = size + bytes(text) - end;
      const under = end - size - bytes(fitted);
      parts.push(fitted && under < over ? fitted : text);
      break;
    }
    fitted = text;
  }
  return parts.join('') + footer;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string', default: 'ja' }, seed: { type: 'string', default: '1' }, heavy: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) {
    console.error('usage: node scripts/generateWhitepaper.mjs <bytes, e.g. 100000 or 100k> [--lang ja|en] [--seed N] [--heavy]');
    process.exit(2);
  }
  process.stdout.write(generateWhitepaper(parseSize(positionals[0]), { lang: values.lang, seed: Number(values.seed), heavy: values.heavy }));
}
