// What a period is about, read from its sentence the way a reviewer does:
// the topic word nearest to the fact, preferring its own clause ("監査ログは
// 1年間、アクセスログは90日間" holds two), then the clause's subject before it,
// then anything in the sentence.
//
// Words come in tiers, strongest first:
//   A. subjects: 削除, バックアップ, ログ, インシデント, 変更, backup, logs…
//   B. notice verbs: 通知, 報告, 事前, notify, in advance… ("…し、72時間以内に
//      通知" is a notification even when the first clause names logs)
//   C. subjects that rarely own a period but often sit next to one: data
//      centres, regions, governing law, clocks, encryption ("ログは国内の
//      データセンターで1年間保存" is about logs, not the location)
//   D. anchors: 解約, 契約終了, termination. They say when, not what; a period
//      after one is most likely the deletion, so it is marked inferred.
// Some readings are then refused: a log or backup clause about reviewing,
// testing or restoring keeps no data ("ログを定期的に確認"); an incident period
// without a word of notice is a recovery time; a cadence is never a retention.
import { ownCopy } from '../core/ownCopy';
import { LOG_KINDS } from '../catalog/logKinds';
import { LOG_SUBJECT } from '../catalog/logWords';
import type { Fact, FactKind, Qualifier, Topic, Vagueness } from './fact';
import { authorityListedAfterCustomers, namesNoticeKind, noticeKindOf, type NoticeKind } from './noticeKinds';
import type { Range } from './sentences';
import type { TableCell } from './tableCells';
import { wordGaps } from '../core/wordGaps';
import { NOT_OF_A_CONTRACT } from './contractBreach';

export type Subject =
  | 'deletion'
  | 'data-return'
  | 'backup'
  | 'log'
  | 'incident-notification'
  | 'change-notice'
  | 'data-location'
  | 'governing-law'
  | 'clock-source'
  | 'encryption-in-transit'
  | 'encryption-at-rest';

type Words<T> = readonly (readonly [T, RegExp])[];

// What the customer registered, kept by the provider ("ご登録いただいた個人情報(会員情報)を一定期間保持", "we retain
// your account information for …"): how long it is kept is how long until it is deleted, with no word of deleting.
const REGISTERED_KEPT =
  wordGaps(/(?:登録|会員|アカウント)[^。、\n]{0,12}?(?:情報|データ)(?:[(（][^)）\n]{0,20}[)）])?(?:を|は|も)[^。、\n]{0,16}?(?:保持|保管|保存|保有)|\b(?:keep|keeps|kept|retain|retains|retained|hold|holds|held)\s{1,3}(?:your\s{1,3}|the\s{1,3}|their\s{1,3})?(?:registered\s{1,3}|registration\s{1,3}|account\s{1,3}|member(?:ship)?\s{1,3})(?:data|information|details)\b|\b(?:registered|registration|account|member(?:ship)?)\s{1,3}(?:data|information|details)\s{1,3}(?:is|are|will\s{1,3}be)\s{1,3}(?:kept|retained|held)\b/);

// "Updates on remediation progress", "status updates" are word of an open incident, not updates to the service.
const SUBJECTS: Words<Subject> = [
  [
    'deletion',
    wordGaps(new RegExp(
      String.raw`削除|消去|廃棄|抹消|破棄|アクセス(?:不能|できない状態)|読み取り不能|復元不(?:可能|能)|\binaccessible\b|\bunrecoverable\b|\bdelet|\beras(?:e|ed|es|ing|ure)\b|\bpurg|\bdestr(?:oy|uction)|\bwip(?:e|ed|ing)\b|\bdata\s{1,3}retention\b|${REGISTERED_KEPT.source}`,
      'gi',
    )),
  ],
  ['data-return', /返却|返還|エクスポート|ダウンロード|取り出|持ち出|\bexport|\bretriev|\bdownload|\breturn(?:s|ed|ing)?\b|\bportab/gi],
  ['backup', wordGaps(/バックアップ|世代|スナップショット|レプリケーション|ポイントインタイム|\bpoint[- ]in[- ]time\s{1,3}(?:recovery|restore)|\bbackups?\b|\bback(?:s|ed|ing)?[ -]ups?\b|\bsnapshots?\b|\bgenerations?\b|\breplica/gi)],
  ['log', wordGaps(new RegExp(LOG_SUBJECT, 'gi'))],
  ['incident-notification', wordGaps(new RegExp(String.raw`インシデント|事故|障害|漏えい|漏洩|侵害|不正アクセス|\bincidents?\b|\bbreach${NOT_OF_A_CONTRACT}|\boutages?\b`, 'gi'))],
  ['change-notice', wordGaps(/変更|改定|改訂|修正|適用|リリース|アップデート|バージョンアップ|更新|メンテナンス|サービス(?:の|提供の?)?(?:終了|廃止)|\bchanges?\b|\bmodif|(?<!\b(?:status|progress)\s{1,3})\bupdates?\b(?!\s{1,3}(?:you|customers?|affected|administrators?|admins?)\b|\s{1,3}on\s{1,3}(?:the\s{1,3})?(?:[a-z-]{1,20}\s{1,3})?(?:progress|status|remediation|investigation|incidents?|situation|resolution)\b)|\breleases?\b|\bpatch|\bfix(?:es)?\b|\bmaintenance\b|\bdeprecat|\bdiscontinu|計画停止|\b(?:scheduled|planned)\s{1,3}(?:work|windows?|outages?|downtime|interruptions?)\b|\bwindows?\s{1,3}(?:begins?|starts?|opens?)\b/gi)],
];

const NOTICE: Words<Subject> = [
  // A report received ("報告を受けた場合") is the customer's notice to the provider, not the other way round. Breaches
  // "communicated to the controller", "regular information and updates on our status page", "prompt and adequate
  // information to all the persons affected", "make the client aware" tell of them as "notify" does.
  ['incident-notification', wordGaps(/(?:通知|報告|連絡)(?!を受|の受)|知らせ|第[一1１]報|初報|\bnotif|\b(?:first|initial)\s{1,3}(?:notice|report|update)s?\b|\bemail(?:s|ed)?\s{1,3}(?:you|customers?|the\s{1,3}(?:customer|account\s{1,3}owner|owner|admin)|affected)\b|\breport(?!s?\s{1,3}(?:from|received))|\binform(?:s|ed|ing)?\b|\balert|\b(?:tell(?:s|ing)?|contact(?:s|ed|ing)?)\s{1,3}(?:you|your|customers?|the\s{1,3}(?:customer|account|owner|admin)|affected)\b|\blet\s{1,3}(?:you|customers?)\s{1,3}know\b|\bmake\s{1,3}(?:[\w-]{1,20}\s{1,3}){1,3}(?:\([^()\n]{1,40}\)\s{1,3})?aware\b|\bupdates?\s{1,3}(?:you|customers?|affected|administrators?|admins?)\b|情報(?:の)?提供|\b(?:give|provide|send)\s{1,3}(?:you|customers?|affected\s{1,3}customers?)\s{1,3}(?:with\s{1,3})?(?:[a-z]{1,12}\s{1,3})?(?:information|updates?|details)\b|\b(?:is|are|be|been)\s{1,3}communicated\s{1,3}to\b|\b(?:provide|give|send|post)\s{1,3}(?:[a-z]{1,12}\s{1,3}){0,3}?(?:updates\b|information\s{1,3}to\b)/gi)],
  // "Posted on Mastodon at least 1 hour before the window begins": a post on the provider's channel announces the work.
  ['change-notice', wordGaps(/事前|予告|前まで|告知|周知|掲載|アナウンス|\bposted\s{1,3}(?:on|to|in)\b|\bin\s{1,3}advance\b|\bbeforehand\b|\b(?:advance|prior)\s{1,3}notice\b|(?<!\b(?:first|initial)\s{1,3})\bnotice\b|\bannounc/gi)],
];

const NEIGHBOURS: Words<Subject> = [
  ['data-location', wordGaps(/データセンター|データセンタ|リージョン|国内|保管場所|所在地|設置場所|\bdata\s{1,3}cent(?:er|re)s?\b|\bregions?\b|\blocated\b|\bhosted\s{1,3}in\b/gi)],
  ['governing-law', wordGaps(/準拠法|日本法|管轄|裁判所|\bgoverning\s{1,3}law\b|\bjurisdiction|\bcourts?\b/gi)],
  ['clock-source', wordGaps(/時刻同期|時刻(?:の|を)?同期|NTP|タイムサーバ|時刻源|\bclocks?\b|\btime\s{1,3}(?:sync|source)/gi)],
  ['encryption-in-transit', /TLS|SSL|HTTPS|通信(?:経路)?(?:の|を)暗号|\bin[- ]transit\b|転送中/gi],
  ['encryption-at-rest', wordGaps(/\bat[- ]rest\b|保存(?:時|データ)の?暗号|暗号化(?:して|した状態で)?(?:保存|保管)|AES|暗号鍵|鍵管理|\bencryption\s{1,3}keys?\b|\bkey\s{1,3}rotation\b/gi)],
];

// A cancellation that does not happen (「期間中に解約しない場合は…自動的に課金」, 「解約の申し出がない場合には…更新」) is no end
// of the contract: a trial's or a term's length beside it is not how long anything is kept after leaving.
const ANCHORS: Words<Subject> = [['deletion', wordGaps(/契約(?:の|が|を)?(?:終了|満了)|解約(?!(?:を)?(?:しない|しなかった|されない|されなかった)|(?:の)?(?:申し?出|手続き?)(?:が|を)?(?:ない|なく|しない))|退会|利用終了|\bterminat|\bcancel(?:l?ation|l?ed)\b|\b(?:after|once|when)\s{1,3}(?:you|they|the\s{1,3}customer)\s{1,3}cancel\b|\b(?:after|once|when)\s{1,3}(?:your|the|their|an?)\s{1,3}account\s{1,3}(?:is|has\s{1,3}been)\s{1,3}closed\b|\bexpir(?:y|ation)\s{1,3}of\s{1,3}(?:the|your)\s{1,3}(?:contract|agreement|subscription)/gi)]];

const LOG_KIND_WORDS: Words<string> = LOG_KINDS.map(({ kind, words }) => [kind, words]);

// Review and test words, and keep words: a clause with the first and none of the second keeps no data.
const REVIEW = /確認|レビュー|点検|監視|分析|チェック|テスト|訓練|リストア|復元|復旧|\breview|\bmonitor|\banaly|\binspect|\bexamin|\btest|\brestor|\brecover/gi;
// Transfer words: how soon logs or backups are moved somewhere ("ログは5分以内に分析基盤へ転送", "shipped to the SIEM
// within 15 minutes") is no retention either; how often they are moved is still their cadence.
const TRANSFER = /転送|送信|連携|\bship(?:s|ped)?\b|\bforward(?:s|ed)?\b|\bstream(?:s|ed)?\b|\bsent\b|\bingest\w{0,4}|\bdeliver(?:s|ed|y)?\b|\btransmit(?:s|ted)?\b|\bpushed\b/gi;
const KEEP = wordGaps(/保存|保管|保持|残|取得|作成|蓄積|\bretain|\bretention\b|\bkept\b|\bkeep|\bstor(?:e|ed|es|age)\b|\barchiv|\btaken\b|\btake\b|\bcreated\b|\bperformed\b|\brun\b|\bback(?:ed)?\s{1,3}up\b/gi);

// A test or drill of a restore ("restore tests run every 90 days", 「復旧訓練を年1回実施」): its interval is neither how long
// backups are kept nor how often they are taken, so a sentence that names no subject of its own and speaks of one borrows
// no topic from its section.
const TEST = /テスト|試験|訓練|演習|検証|\btest(?:s|ed|ing)?\b|\bdrills?\b|\bexercis(?:e|es|ed|ing)\b|\brehears/gi;

// A backup clause whose only keep word is the taking of a backup ("失敗した場合は当日中に再取得", "taken within an hour of
// each change"): a deadline there is how soon the backup is made, not how long it is kept.
const TAKE = /取得|作成|実施|実行|完了|\btaken\b|\btake\b|\bcreated\b|\bperformed\b|\bre-?run\b|\bcompleted?\b|\bretr(?:y|ied)\b/gi;
const STORE = /保存|保管|保持|残|蓄積|世代|\bretain|\bretention\b|\bkept\b|\bkeep|\bstor(?:e|ed|es|age)\b|\barchiv|\bavailable\b|\blast\b|\bpast\b/gi;

// A recovery objective ("Recovery Point Objective: 1 day", "RTO 4時間", "目標復旧時点は24時間") just before a period: how
// much may be lost or how soon service returns, never how long backups are kept.
const OBJECTIVE = wordGaps(/(?:\bRTO\b|\bRPO\b|\brecovery\s{1,3}(?:time|point)\s{1,3}objectives?\b|目標復旧(?:時間|時点)|復旧目標|リカバリー?(?:タイム|ポイント))[^。.;；\n、，,0-9０-９]{0,24}$/i);

const DEADLINE = /以内|まで|中$|\bwithin\b|\bby\b/i;

// How far back a restore reaches ("point-in-time recovery up to 35 days", "最大35日前の時点まで復元", "backups from the
// last 14 days are available for restore"): how long backups are kept, said by what they let the customer do.
const RESTORE_WINDOW = wordGaps(/時点|前まで|さかのぼ|遡|point[- ]in[- ]time|\bany\s{1,3}point\b|\bgo(?:es)?\s{1,3}back\b|\bback\s{1,3}to\b|\bold\b|\bago\b/i);

// Clause boundaries inside a sentence.
const SEPARATORS = /[、，,;；:：]|\s(?:and|but|while|whereas)\s/g;

// Brackets and quotes hold one phrase: a list inside them ("監査ログ(操作日時、操作者、操作内容)") splits no clause,
// and a word inside them is not what the sentence is about.
const OPENERS = '(（「『【［[〔〈《“';
const CLOSERS = ')）」』】］]〕〉》”';
// Each bracket's code to its pair's place in the strings above: bracketsIn reads every character of the sentences
// holding facts, and `text[i]` of one past Latin-1 (all of Japanese) makes a new string each time.
const OPENING = new Map([...OPENERS].map((c, i) => [c.charCodeAt(0), i]));
const CLOSING = new Map([...CLOSERS].map((c, i) => [c.charCodeAt(0), i]));
// An English aside between commas: ", which records sign-ins, changes and exports," is one phrase too.
const ASIDE = wordGaps(/,\s{1,3}(?:which|who|that is|such as|including|e\.g\.|i\.e\.|for example|for instance|like)\b[^,.;()]{1,150}(?=,)/gi);
// So is an English absolute phrase between commas: "We delete all data, backups included, within 30 days".
const INCLUDED_EN = wordGaps(/,\s{1,3}(?:[A-Za-z-]{1,20}\s{1,3}){1,4}included(?=\s{0,2},)/gi);
// What a Japanese noun phrase includes ("データはバックアップを含めて60日以内に削除") is no subject of its own either.
const INCLUDED = /[ァ-ヺー一-龠々A-Za-z0-9]{1,20}(?:を|も)含(?:め(?:て|た)?|む)/g;
// A particle after a noun that makes it the topic of its sentence: "監査ログは", "バックアップについては".
const TOPIC_MARK = /^[^、。，,\s]{0,8}?(?:については|に関しては|では|は|も)/;
// An English clause that starts with its verb has the sentence's subject: "…, and are kept for one year".
const VERB_FIRST = wordGaps(/^\s{0,3}(?:and\s{1,3}|which\s{1,3}|then\s{1,3})?(?:are|is|were|was|will|shall|must|can|may|have|has|get|remain|be)\b/i);
// A period the thing is kept for, then deleted: "監査ログは、13か月間保管した後に削除します" is the log's retention, whatever
// the clause's own word of deleting says; the topic comes from the subject before it.
const KEPT_THEN = /^\s{0,2}(?:保管|保存|保持)(?:した|し|の)?(?:後|のち|上で)(?:に|、)?\s{0,2}$/;
// What lies between a noun and a word of its "of" complement: " of account and permission ".
const COMPLEMENT = /^\s{1,3}(?:of|about|on|for)\s[^,;:.。、]{0,60}$/i;
// Words between two items of an enumeration: "A、B及びC", "A, B and C".
const NOUN_ELEMENT = /^[^0-9０-９。.!?]{1,40}$/;

interface Hit<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/** Every occurrence of the words in `text` within `ranges` (sorted, disjoint), in order. */
function scan<T>(text: string, ranges: readonly Range[], words: Words<T>): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (const range of ranges) {
    // A slice, not lastIndex: exec from lastIndex would run on past the range's end to find the next match.
    const part = range.start === 0 && range.end === text.length ? text : text.slice(range.start, range.end);
    for (const [value, regex] of words) {
      regex.lastIndex = 0;
      for (let m = regex.exec(part); m; m = regex.exec(part)) hits.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, value });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The first hit starting at or after `at`. */
function lowerBound<T>(hits: readonly Hit<T>[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function distance(hit: Hit<unknown>, fact: Range): number {
  if (hit.end <= fact.start) return fact.start - hit.end;
  if (hit.start >= fact.end) return hit.start - fact.end;
  return 0;
}

/** The hit within [lo, hi) nearest to the fact; on a tie the one before it (a subject precedes its period). */
function nearest<T>(hits: readonly Hit<T>[], lo: number, hi: number, fact: Range): Hit<T> | undefined {
  let best: Hit<T> | undefined;
  let bestDistance = Infinity;
  const after = lowerBound(hits, fact.end);
  // Before the fact, a few neighbours suffice: hits are short words, so a farther one cannot end nearer.
  for (let i = after - 1; i >= 0 && i >= after - 4 && hits[i].start >= lo; i--) {
    const d = distance(hits[i], fact);
    if (hits[i].end <= hi && d < bestDistance) {
      best = hits[i];
      bestDistance = d;
    }
  }
  const next = hits[after];
  if (next && next.end <= hi && distance(next, fact) < bestDistance) best = next;
  return best;
}

function any(hits: readonly Hit<unknown>[], lo: number, hi: number): boolean {
  const i = lowerBound(hits, lo);
  return i < hits.length && hits[i].start < hi;
}

/** What the sentences of one text say, scanned once so that each fact costs a few binary searches. */
export interface TopicIndex {
  readonly text: string;
  readonly subjects: readonly Hit<Subject>[];
  readonly notices: readonly Hit<Subject>[];
  readonly neighbours: readonly Hit<Subject>[];
  readonly anchors: readonly Hit<Subject>[];
  readonly logKinds: readonly Hit<string>[];
  /** The log words among the subjects, to tell "ログ" alone from "監査ログ". */
  readonly logs: readonly Hit<Subject>[];
  readonly reviews: readonly Hit<true>[];
  readonly tests: readonly Hit<true>[];
  readonly transfers: readonly Hit<true>[];
  readonly keeps: readonly Hit<true>[];
  readonly takes: readonly Hit<true>[];
  readonly stores: readonly Hit<true>[];
  readonly separators: readonly Hit<true>[];
  /** The clause boundaries inside brackets: "(監査ログは1年、運用操作ログは2年)" holds two clauses of its own. */
  readonly innerSeparators: readonly Hit<true>[];
  /** Outermost bracketed, quoted or set-off spans, in order. */
  readonly brackets: readonly Range[];
  /** The tiers again without the words inside brackets. */
  readonly outer: Pick<TopicIndex, 'subjects' | 'notices' | 'neighbours' | 'anchors' | 'logKinds' | 'logs'>;
}

// A deletion said not to happen ("…最低1年間は破棄いたしません", "audit logs are not deleted for 90 days"): the period is how
// long the thing is kept at the least, so the word of deleting is no subject of the sentence.
const DENIED_AFTER = /^(?:は|を|も)?(?:いたし|致し|し|され|せ)(?:ません|ない|ず)/;
const DENIED_BEFORE = wordGaps(/(?:\bnot|\bnever|n't)\s{1,3}(?:be\s{1,3}|been\s{1,3}|get\s{1,3})?$/i);

function deletingDenied(text: string, hit: Range): boolean {
  return DENIED_AFTER.test(text.slice(hit.end, hit.end + 8)) || DENIED_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start));
}

/**
 * Scans `ranges` of `text` (sorted and disjoint; the whole text by default).
 * A caller that knows which sentences hold facts passes just those: every
 * later question is asked within a fact's sentence or its parent list item.
 */
export function indexTopics(text: string, ranges: readonly Range[] = [{ start: 0, end: text.length }]): TopicIndex {
  const brackets = bracketsIn(text, ranges);
  const outside = <T>(hits: Hit<T>[]) => (brackets.length === 0 ? hits : hits.filter((hit) => enclosing(brackets, hit) === undefined));
  const subjects = scan(text, ranges, SUBJECTS).filter((hit) => hit.value !== 'deletion' || !deletingDenied(text, hit));
  const separators = scan<true>(text, ranges, [[true, SEPARATORS]]);
  const tiers = {
    subjects,
    notices: scan(text, ranges, NOTICE),
    neighbours: scan(text, ranges, NEIGHBOURS),
    anchors: scan(text, ranges, ANCHORS),
    logKinds: scan(text, ranges, LOG_KIND_WORDS),
    logs: subjects.filter((hit) => hit.value === 'log'),
  };
  return {
    text,
    ...tiers,
    reviews: scan(text, ranges, [[true, REVIEW]]),
    tests: scan(text, ranges, [[true, TEST]]),
    transfers: scan(text, ranges, [[true, TRANSFER]]),
    keeps: scan(text, ranges, [[true, KEEP]]),
    takes: scan(text, ranges, [[true, TAKE]]),
    stores: scan(text, ranges, [[true, STORE]]),
    separators: outside(separators),
    innerSeparators: brackets.length === 0 ? [] : separators.filter((hit) => enclosing(brackets, hit) !== undefined),
    brackets,
    outer:
      brackets.length === 0
        ? tiers
        : {
            subjects: outside(tiers.subjects),
            notices: outside(tiers.notices),
            neighbours: outside(tiers.neighbours),
            anchors: outside(tiers.anchors),
            logKinds: outside(tiers.logKinds),
            logs: outside(tiers.logs),
          },
  };
}

/**
 * The outermost bracket and quote pairs in `ranges`, and English asides set off by commas. One pass with a
 * stack that a line break empties: an opener never closed on its line is no bracket, so a stray one costs nothing.
 */
function bracketsIn(text: string, ranges: readonly Range[]): Range[] {
  const spans: Range[] = [];
  const stack: number[] = [];
  for (const range of ranges) {
    stack.length = 0;
    for (let i = range.start; i < range.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) stack.length = 0;
      else if (OPENING.has(c)) stack.push(i);
      else if (stack.length > 0 && CLOSING.get(c) === OPENING.get(text.charCodeAt(stack[stack.length - 1]))) {
        const open = stack.pop()!;
        if (stack.length === 0) {
          while (spans.length > 0 && spans[spans.length - 1].start > open) spans.pop();
          spans.push({ start: open, end: i + 1 });
        }
      }
    }
    const part = text.slice(range.start, range.end);
    for (const [regex, skip] of [[ASIDE, 1], [INCLUDED_EN, 1], [INCLUDED, 0]] as const) {
      regex.lastIndex = 0;
      for (let m = regex.exec(part); m; m = regex.exec(part)) {
        const span = { start: range.start + m.index + skip, end: range.start + m.index + m[0].length };
        spans.push(span);
      }
    }
  }
  // Asides may overlap a bracket: merged, the spans stay sorted and disjoint for the binary searches.
  const merged: Range[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

/** The span of `spans` (sorted, disjoint) that holds `range`, if any. */
function enclosing(spans: readonly Range[], range: Range): Range | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= range.start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo - 1];
  return span && span.start <= range.start && range.end <= span.end ? span : undefined;
}

/** The clause around the fact: from the last separator before it to the first after it, within the sentence. */
function clauseOf(separators: readonly Hit<true>[], fact: Range, sentence: Range): Range {
  const next = lowerBound(separators, fact.end);
  const end = next < separators.length && separators[next].start < sentence.end ? separators[next].start : sentence.end;
  let start = sentence.start;
  for (let i = lowerBound(separators, fact.start) - 1; i >= 0 && separators[i].start >= sentence.start; i--) {
    if (separators[i].end <= fact.start) {
      start = separators[i].end;
      break;
    }
  }
  return { start, end };
}

type Tier = 'subjects' | 'notices' | 'neighbours';
type Scope = 'clause' | 'before' | 'sentence';

const SEARCHES: readonly (readonly [Tier, Scope])[] = [
  ['subjects', 'clause'],
  ['notices', 'clause'],
  ['subjects', 'before'],
  ['notices', 'before'],
  ['subjects', 'sentence'],
  ['notices', 'sentence'],
  ['neighbours', 'clause'],
  ['neighbours', 'sentence'],
];

type Tiers = TopicIndex['outer'];

/** The words a fact's reading may use: outside brackets, unless the fact itself stands inside one. */
function tiersFor(index: TopicIndex, fact: Range): Tiers {
  return index.brackets.length > 0 && enclosing(index.brackets, fact) !== undefined ? index : index.outer;
}

/** The noun a hit qualifies through "of": "Audit logs of account and permission changes: kept for 1 year" is about the logs. */
function qualified<T>(index: TopicIndex, hits: readonly Hit<T>[], hit: Hit<T>, lo: number): Hit<T> {
  let head = hit;
  for (let i = lowerBound(hits, head.start) - 1, steps = 0; i >= 0 && hits[i].start >= lo && steps < 4; i--, steps++) {
    if (!COMPLEMENT.test(index.text.slice(hits[i].end, head.start))) break;
    head = hits[i];
  }
  return head;
}

/** The hit in [lo, hi) that is the subject of the sentence for a clause without its own: "監査ログは…、1年間保存", "Audit logs …, and are kept". */
function headBefore<T>(index: TopicIndex, hits: readonly Hit<T>[], lo: number, hi: number, fact: Range): Hit<T> | undefined {
  const found = nearest(hits, lo, hi, fact);
  if (!found) return undefined;
  const text = index.text;
  const near = qualified(index, hits, found, lo);
  if (VERB_FIRST.test(text.slice(hi, hi + 40))) {
    const first = hits[lowerBound(hits, lo)];
    if (first && first.end <= hi) return first;
  }
  if (isTopic(index, near)) return near;
  // A few hits back, no more: a subject marked as the topic stands at the head of its sentence.
  for (let i = lowerBound(hits, hi) - 1, seen = 0; i >= 0 && hits[i].start >= lo && seen < 8; i--, seen++) {
    if (hits[i].end <= hi && isTopic(index, hits[i])) return hits[i];
  }
  return near;
}

/** The hit is followed by a topic particle, past a bracket right after it: "監査ログ(…)は". */
function isTopic(index: TopicIndex, hit: Range): boolean {
  let after = hit.end;
  if (OPENERS.includes(index.text[after] ?? '')) after = enclosing(index.brackets, { start: after, end: after + 1 })?.end ?? after;
  return TOPIC_MARK.test(index.text.slice(after, after + 14));
}

/** A word of the tiers above, searched in the clause, then before it, then in the whole sentence. */
function subjectOf(index: TopicIndex, tiers: Tiers, fact: Range, sentence: Range, clause: Range): { subject: Subject; anchored: boolean } | undefined {
  for (const [tier, scope] of SEARCHES) {
    const lo = scope === 'clause' ? clause.start : sentence.start;
    const hi = scope === 'clause' ? clause.end : scope === 'before' ? clause.start : sentence.end;
    const near = scope === 'before' ? headBefore(index, tiers[tier], lo, hi, fact) : nearest(tiers[tier], lo, hi, fact);
    const hit = near && scope === 'clause' && near.end <= fact.start ? qualified(index, tiers[tier], near, lo) : near;
    if (hit && scope === 'clause' && hit.value === 'deletion' && hit.start >= fact.end && KEPT_THEN.test(index.text.slice(fact.end, hit.start)) && clause.start > sentence.start) continue;
    if (hit) return { subject: hit.value, anchored: false };
  }
  const anchor = nearest(tiers.anchors, sentence.start, sentence.end, fact);
  return anchor && { subject: anchor.value, anchored: true };
}

/**
 * Where the noun phrase a clause opens with starts, when it is the last item of an enumeration:
 * "監査ログ、アクセスログ及び操作ログは1年間" and "Audit logs, access logs and sign-in records are kept"
 * name three logs. Items are short, hold no number, and each names a subject.
 */
function enumerationStart(index: TopicIndex, tiers: Tiers, clause: Range, sentence: Range): number {
  const separators = enclosing(index.brackets, clause) ? index.innerSeparators : index.separators;
  let start = clause.start;
  let i = lowerBound(separators, start) - 1;
  for (let items = 0; items < 12 && i >= 0; items++, i--) {
    const separator = separators[i];
    if (separator.end !== start || separator.start < sentence.start || /[;；:：]/.test(index.text[separator.start])) break;
    const from = i > 0 && separators[i - 1].end > sentence.start ? separators[i - 1].end : sentence.start;
    if (!NOUN_ELEMENT.test(index.text.slice(from, separator.start)) || !any(tiers.subjects, from, separator.start)) break;
    start = from;
  }
  return start;
}

export interface TopicReading {
  readonly topic: Topic;
  readonly logKind?: string;
  /** Every kind an enumeration names with the fact's own ("監査ログ、アクセスログ及び操作ログは1年間"), when more than one. */
  readonly logKinds?: readonly string[];
  readonly inferred?: boolean;
  /** The sentence was read and refused a topic: no section subject may be lent to the fact either, unless the section is about another one. */
  readonly refused?: boolean;
  /** The subject whose reading was refused. */
  readonly refusedBy?: Subject;
  /** The topic was read from an end of the contract in the fact's own sentence, not from a word of its subject. */
  readonly anchored?: boolean;
  /** For an incident notice: the kind of promise its clause, else its sentence (or list item), names. */
  readonly notice?: NoticeKind;
}

interface FactShape {
  readonly kind: FactKind;
  readonly qualifier?: Qualifier;
  readonly vagueness?: Vagueness;
  readonly relation?: 'before' | 'after';
}

/** The topic a subject gives a fact of this kind, or undefined when the pairing makes no sense (a cadence of log retention). */
function topicFor(subject: Subject, fact: FactShape): Topic | undefined {
  const cadence = fact.kind === 'frequency' || fact.kind === 'immediate' || fact.vagueness === 'frequency';
  if (subject === 'backup') return cadence ? 'backup-frequency' : 'backup-retention';
  if (subject === 'log') return cadence ? undefined : 'log-retention';
  return subject;
}

const DESCRIBED = /(?:に関する|に係る|に関わる|についての)$/;
const DESCRIBED_AFTER = wordGaps(/^\s{1,3}(?:of|about)\s{1,3}(?!all\b|each\b|every\b|the\s{1,3}service\b)\w/i);
// A noun that names one sort of log, opening the clause's subject or after its determiner ("Endpoint logs are retained for
// 90 days", "our build logs", 「ビルドログは30日間」): that log's period, not every log's. Quantifiers and "security" leave the
// word general ("All logs", "Security logs", 「各種ログ」); a verb before it is no qualifier ("We keep logs").
const GENERAL_WORD = String.raw`(?:all|other|some|many|various|relevant|related|same|security|each|every|any|such|these|those|retained|stored|collected|recorded|generated|kept|the|our|its|their|your|no)`;
const QUALIFIED_AT_START = wordGaps(new RegExp(String.raw`^\W{0,3}(?:(?:the|our|all|its|their|your|these|those)\s{1,3})?(?!${GENERAL_WORD}\s)[A-Za-z][\w-]{1,30}\s{1,3}$`, 'i'));
const QUALIFIED_AFTER_DETERMINER = wordGaps(new RegExp(String.raw`(?:^|\s)(?:the|our|its|their|your|these|those)\s{1,3}(?!${GENERAL_WORD}\s)[A-Za-z][\w-]{1,30}\s{1,3}$`, 'i'));
const QUALIFIED_JA = /(?:^|[^\u30A1-\u30FC\u4E00-\u9FFF])(?<!(?:その他|他|各種|全て|すべて)の)(?!(?:各種|全て|すべて|全|当該|これら|その他|関連|セキュリティ|該当|各|運用|稼働)$)(?:[\u30A1-\u30FC]{2,}|[\u4E00-\u9FFF]{2,})$/;
const qualifiedBefore = (before: string): boolean =>
  QUALIFIED_AT_START.test(before) || QUALIFIED_AFTER_DETERMINER.test(before.slice(-40)) || QUALIFIED_JA.test(before.slice(-12));

/** The log kind named in the clause; a bare "logs" there means logs in general, else the subject before it or anywhere in the sentence. */
function logKindOf(index: TopicIndex, tiers: Tiers, fact: Range, sentence: Range, clause: Range): string {
  const inClause = nearest(tiers.logKinds, clause.start, clause.end, fact);
  if (inClause) return inClause.value;
  const bare = nearest(tiers.logs, clause.start, clause.end, fact);
  // "監査ログを含む記録", "ログ(監査ログ)": a bare word whose brackets or inclusion name the kind.
  const named = bare && tiers !== index ? nearest(index.logKinds, clause.start, clause.end, fact) : undefined;
  if (named) return named.value;
  // "サービス運用に関するログ", "logs of the service's operation": a kind the text describes but the catalog does not name.
  if (bare) {
    const before = index.text.slice(clause.start, bare.start);
    if (DESCRIBED.test(before.slice(-6)) || DESCRIBED_AFTER.test(index.text.slice(bare.end, bare.end + 30))) return 'described';
    return qualifiedBefore(before) ? 'named' : 'general';
  }
  const kind = headBefore(index, tiers.logKinds, sentence.start, clause.start, fact) ?? nearest(tiers.logKinds, sentence.start, sentence.end, fact);
  // Last, a kind the subject's brackets or inclusion name ("監査ログを含む記録は、…3年間").
  return (kind ?? (tiers === index ? undefined : nearest(index.logKinds, sentence.start, sentence.end, fact)))?.value ?? 'general';
}

/** The kinds of an enumeration the fact's clause ends ("監査ログ、アクセスログ及び操作ログは"), if it names several. */
function logKindsOf(index: TopicIndex, tiers: Tiers, fact: Range, sentence: Range, clause: Range, own: string): readonly string[] | undefined {
  const from = enumerationStart(index, tiers, clause, sentence);
  const kinds = new Set<string>([own]);
  for (let i = lowerBound(tiers.logKinds, from); i < tiers.logKinds.length && tiers.logKinds[i].end <= fact.start; i++) kinds.add(tiers.logKinds[i].value);
  if (kinds.size > 1) kinds.delete('general');
  return kinds.size > 1 ? [...kinds] : undefined;
}

/**
 * A topic from the list item the fact's line is nested under ("• 監査ログ" over "• 保存期間:180日間"). `announcing` is
 * where else a word of notice may stand: a table's column header ("Notice period" over "| Major changes | 1 week |").
 */
function fromParent(index: TopicIndex, fact: Range & FactShape, sentence: Range, parent: Range, announcing?: Range): TopicReading | undefined {
  const end = { start: parent.end, end: parent.end };
  const hit = nearest(index.subjects, parent.start, parent.end, end) ?? nearest(index.neighbours, parent.start, parent.end, end);
  const topic = hit && topicFor(hit.value, fact);
  if (!topic) return undefined;
  // As in a sentence, an incident or a change without a word of notice is no notice period ("impact for one hour or more").
  const unannounced =
    (topic === 'incident-notification' || (topic === 'change-notice' && fact.relation !== 'before')) &&
    !any(index.notices, sentence.start, sentence.end) &&
    !any(index.notices, parent.start, parent.end) &&
    !(announcing && any(index.notices, announcing.start, announcing.end));
  if (unannounced) return undefined;
  // The item names its own kind ("- Sign-in history: 90 days" under "Logs are kept as follows:").
  const kind = nearest(index.logKinds, sentence.start, sentence.end, fact) ?? nearest(index.logKinds, parent.start, parent.end, end);
  if (topic === 'incident-notification') return withNotice({ topic }, index.text, fact, [sentence, parent]);
  return topic === 'log-retention' ? { topic, logKind: kind?.value ?? 'general' } : { topic };
}

/**
 * A deadline for an act ("当日中に再取得", "delivered within 15 minutes", "restored within 4 hours") in a clause
 * that keeps nothing, or a recovery objective: how soon something is done, never how long a backup or log is kept,
 * whatever the section. Without a backup or log word in the sentence, a restore is left to the section: "deleted data
 * can be restored within 30 days" in a backup section says how long its backups go back.
 */
function actedWithin(index: TopicIndex, fact: Range & FactShape, clause: Range, restores = true): boolean {
  if (fact.kind === 'duration' && OBJECTIVE.test(index.text.slice(Math.max(0, fact.start - 60), fact.start))) return true;
  // A deadline ("当日中", "5分以内", "within an hour"), not a cap ("最大30日分を取得" is how far back backups go).
  if (fact.kind !== 'duration' || !DEADLINE.test(index.text.slice(fact.start, fact.end)) || any(index.stores, clause.start, clause.end)) return false;
  return any(index.takes, clause.start, clause.end) || any(index.transfers, clause.start, clause.end) || (restores && any(index.reviews, clause.start, clause.end));
}

/** The clause, or the words before it that name what it is about, speak of a test and the clause keeps nothing. */
function testedOnly(index: TopicIndex, sentence: Range, clause: Range): boolean {
  return any(index.tests, sentence.start, clause.end) && !any(index.stores, clause.start, clause.end);
}

/** The reading of a fact whose subject did not fit it. */
function refuse(index: TopicIndex, subject: Subject, fact: Range & FactShape, sentence: Range): TopicReading {
  if (subject === 'log' || subject === 'backup') return { topic: 'other', refused: true, refusedBy: subject };
  // "Restore tests follow each release within 90 days": refused for its release, the test still lends it no subject.
  if (testedOnly(index, sentence, sentence)) return { topic: 'other', refused: true };
  // A change or incident word without notice may still sit by a lesser subject ("暗号鍵は1年ごとに更新")
  // or after termination ("契約が終了した場合、速やかに…変更します").
  const neighbour = nearest(index.neighbours, sentence.start, sentence.end, fact);
  if (neighbour) return { topic: topicFor(neighbour.value, fact) ?? 'other' };
  const anchor = nearest(index.anchors, sentence.start, sentence.end, fact);
  return anchor ? { topic: topicFor(anchor.value, fact) ?? 'other', inferred: true } : { topic: 'other', refused: true, refusedBy: subject };
}

/** Whether some hit of `hits` in [lo, hi) has `value`: a few dozen are looked at, no more. */
function anyOf<T>(hits: readonly Hit<T>[], value: T, lo: number, hi: number): boolean {
  for (let i = lowerBound(hits, lo), seen = 0; i < hits.length && hits[i].start < hi && seen < 32; i++, seen++) if (hits[i].value === value) return true;
  return false;
}

/** Near the fact, its sentence names a change and no incident: a notice word there tells of the change. */
function changeWithoutIncident(tiers: Tiers, fact: Range, sentence: Range): boolean {
  const lo = Math.max(sentence.start, fact.start - NOTICE_REACH);
  const hi = Math.min(sentence.end, fact.end + NOTICE_REACH);
  return anyOf(tiers.subjects, 'change-notice', lo, hi) && !anyOf(tiers.subjects, 'incident-notification', lo, hi);
}

/**
 * A deadline ("速やかに", "within 24 hours") in a sentence that names an incident: "障害や設定変更が発生した場合は速やかに
 * 通知" tells of what happened, and a change's notice is counted back from it, never forward.
 */
function deadlineOnIncident(tiers: Tiers, fact: Range & FactShape, sentence: Range): boolean {
  if (fact.relation === 'before' || !(fact.vagueness === 'deadline' || fact.qualifier === 'within' || fact.kind === 'immediate')) return false;
  return anyOf(tiers.subjects, 'incident-notification', Math.max(sentence.start, fact.start - NOTICE_REACH), Math.min(sentence.end, fact.end + NOTICE_REACH));
}

/**
 * Logs the clause or its sentence opens with, had for a span ("audit logs can be retrieved for up to 12 months", 「古い
 * 操作ログも、最長1年間さかのぼってダウンロードできます」): how long logs can be had is how long they are kept. A deadline ("downloaded within 30 days of
 * the request") is still the delivery's, and so is a window after the customer leaves ("after cancellation, your data and
 * logs can be exported for 30 days").
 */
function logsHadFor(index: TopicIndex, tiers: Tiers, fact: Range & FactShape, sentence: Range, clause: Range): boolean {
  if (fact.kind !== 'duration' || DEADLINE.test(index.text.slice(fact.start, fact.end)) || any(tiers.anchors, sentence.start, sentence.end)) return false;
  if (anyOf(tiers.subjects, 'log', clause.start, fact.start)) return true;
  // The sentence's subject, for a clause with none of its own: marked as the topic ("操作ログも、"), or before a clause that opens with its verb.
  const head = headBefore(index, tiers.subjects, sentence.start, clause.start, fact);
  return head?.value === 'log' && (isTopic(index, head) || VERB_FIRST.test(index.text.slice(clause.start, clause.start + 40)));
}

// The answer to a report the reader sends in ("We will respond to your report within 3 business days", "we acknowledge
// every submission within 48 hours"): a responsible-disclosure promise to the researcher, no notice of an incident to customers.
const REPLY_TO_REPORT = wordGaps(
  /\b(?:respond|reply|answer|acknowledge(?:\s{1,3}receipt\s{1,3}of)?|triage)\s{1,3}(?:to\s{1,3})?(?:your|the|each|every|all|any|a)\s{1,3}(?:(?:vulnerability|security|bug)\s{1,3})?(?:reports?|submissions?|disclosures?)\b[^.;\n]{0,30}$/i,
);

/** "適用後速やかに", "after the change": what just before a deadline says it comes after the change. */
const AFTER_BEFORE = wordGaps(/(?:後|\bafter\s{1,3}(?:\w+\s{1,3})?)$/i);

// A term running out and renewing (「契約期間満了日の2週間前までに…意思表示をしない限り、自動的に…更新」, "30 days before the end
// of the term", 「次回の契約更新日の2週間前までに申し込み」), or a party ending the contract on notice ("Either party may terminate this agreement by giving 90 days'
// written notice", 「解約の申し出は1か月前までに」): a period there is the contract's term or the parties' deadline to end
// it, not a lead time of notice before a change to the service (「契約期間は1ヶ月とし、満了の30日前までに…自動的に更新」).
const TERM_ENDS = wordGaps(
  /満了|自動(?:的に)?更新|(?:契約|次回)(?:の)?更新日|解約(?:の)?(?:申し?出|申入れ|予告)|\bauto-?renew|\bnon-?renewal\b|\brenewal\s{1,3}date\b|\b(?:either|each|any)\s{1,3}party\s{1,3}may\s{1,3}terminate\b|\bterminat(?:e|es|ing|ion\s{1,3}of)\s{1,3}(?:this|the|your)\s{1,3}(?:SLA|agreement|contract|subscription)\b|\b(?:end|expiry|expiration)\s{1,3}of\s{1,3}(?:the|your|any)\s{1,3}(?:then-current\s{1,3})?(?:subscription\s{1,3}|initial\s{1,3}|renewal\s{1,3})?term\b/i,
);

// How long a piece of work lasts, not how early it is told: a window "for up to 15 minutes", "goes over 15 minutes of
// downtime", 「作業時間は最大30分」. A bound counted back from the change ("up to 30 days in advance") is still a lead time.
const OF_THE_WORK = wordGaps(/^\s{0,3}(?:of\s{1,3}(?:the\s{1,3})?(?:downtime|maintenance|interruption|outage|unavailability)|(?:程度|ほど)?(?:の)?(?:停止|中断|メンテナンス|ダウンタイム|作業))/i);
const LASTS = wordGaps(/(?:\b(?:lasts?|lasting|takes?|taking)\s{1,3}(?:about\s{1,3}|approximately\s{1,3})?|(?:所要|作業|停止|中断|メンテナンス)時間(?:は|が)?(?:約|最大|最長)?)$/i);
const COUNTED_BACK = wordGaps(/^\s{0,3}(?:[-‐]?\s{0,3}(?:in\s{1,3}advance|prior\b|before\b|ahead\b|beforehand\b|notice\b)|前)/i);

function lastsTheWork(fact: FactShape, before: string, after: string): boolean {
  if (fact.kind !== 'duration' || fact.relation === 'before' || COUNTED_BACK.test(after)) return false;
  return fact.qualifier === 'up-to' || OF_THE_WORK.test(after) || LASTS.test(before);
}

/** The topic of a fact in `sentence`; `parent` is the list item its line is nested under, if any. */
export function topicOf(index: TopicIndex, fact: Range & FactShape, sentence: Range, parent?: Range): TopicReading {
  const bracket = index.brackets.length > 0 ? enclosing(index.brackets, fact) : undefined;
  // Inside brackets, the clause is cut by the brackets' own commas and never reaches past them.
  const phrase = bracket ? { start: bracket.start + 1, end: bracket.end - 1 } : sentence;
  const clause = clauseOf(bracket ? index.innerSeparators : index.separators, fact, phrase);
  const tiers = tiersFor(index, fact);
  // A word inside brackets is only a fallback: "データ(バックアップを含む)は30日以内に削除" is about the deletion.
  const found = subjectOf(index, tiers, fact, sentence, clause) ?? (tiers === index ? undefined : subjectOf(index, index, fact, sentence, clause));
  if (!found) return (parent && fromParent(index, fact, sentence, parent)) ?? (actedWithin(index, fact, clause, false) || testedOnly(index, sentence, clause) ? { topic: 'other', refused: true } : { topic: 'other' });
  const { anchored } = found;
  // Notice counted back from an event ("2週間前にお知らせ") announces a change, not an incident; so does a notice of
  // changes that names no incident ("本ルールの変更は、必要に応じて通知します").
  const subject =
    found.subject === 'incident-notification' && (fact.relation === 'before' || changeWithoutIncident(tiers, fact, sentence))
      ? 'change-notice'
      : found.subject === 'change-notice' && deadlineOnIncident(tiers, fact, sentence)
        ? 'incident-notification'
        : found.subject === 'data-return' && logsHadFor(index, tiers, fact, sentence, clause)
          ? 'log'
          : found.subject;
  const window = subject === 'backup' && (any(index.stores, clause.start, clause.end) || RESTORE_WINDOW.test(index.text.slice(clause.start, clause.end)));
  if ((subject === 'log' || subject === 'backup') && !window && !any(index.keeps, clause.start, clause.end)) {
    const moved = fact.kind !== 'frequency' && fact.vagueness !== 'frequency' && any(index.transfers, clause.start, clause.end);
    if (moved || any(index.reviews, clause.start, clause.end)) return refuse(index, subject, fact, sentence);
  }
  if (subject === 'backup' && actedWithin(index, fact, clause)) return refuse(index, subject, fact, sentence);
  if (subject === 'incident-notification' && !any(index.notices, sentence.start, sentence.end)) return refuse(index, subject, fact, sentence);
  if (subject === 'incident-notification' && REPLY_TO_REPORT.test(index.text.slice(Math.max(clause.start, fact.start - 80), fact.start))) return { topic: 'other', refused: true, refusedBy: subject };
  if (subject === 'change-notice' && fact.relation !== 'before' && !any(index.notices, sentence.start, sentence.end)) return refuse(index, subject, fact, sentence);
  if (subject === 'change-notice' && TERM_ENDS.test(index.text.slice(sentence.start, sentence.end))) return { topic: 'other', refused: true, refusedBy: subject };
  // "適用後速やかにお知らせ": word sent after an emergency change is no notice period; that is stated elsewhere.
  const before = index.text.slice(Math.max(clause.start, fact.start - 12), fact.start);
  const after = index.text.slice(fact.end, Math.min(clause.end, fact.end + 8));
  if (subject === 'change-notice' && lastsTheWork(fact, before, index.text.slice(fact.end, Math.min(sentence.end, fact.end + 24)))) return { topic: 'other', refused: true, refusedBy: subject };
  if (subject === 'change-notice' && fact.vagueness === 'deadline' && (AFTER_BEFORE.test(before) || /^\s{1,3}after\b/i.test(after))) {
    return { topic: 'other', refused: true, refusedBy: subject };
  }
  const topic = topicFor(subject, fact);
  if (topic === undefined) return refuse(index, subject, fact, sentence);
  if (topic === 'incident-notification') return withNotice(anchored ? { topic, inferred: true } : { topic }, index.text, fact, [clause, sentence]);
  if (topic !== 'log-retention') return anchored ? { topic, inferred: true, anchored: true } : { topic };
  const logKind = logKindOf(index, tiers, fact, sentence, clause);
  const logKinds = logKindsOf(index, tiers, fact, phrase, clause, logKind);
  return Object.assign({ topic, logKind }, logKinds ? { logKinds } : {}, anchored ? { inferred: true } : {});
}

// How far from the fact a kind is looked for: a megabyte with no full stop is one sentence, and reading all of it for
// each of its facts would be quadratic.
const NOTICE_REACH = 240;

/**
 * The kind of incident promise the first of `scopes` (narrowest first) that names one near the fact gives; an authority
 * a narrower scope names only as the last of a list of customers and others told is left to the wider scope. A widest
 * scope that tells only the provider's own people ("Promptly reporting incident details …, in writing to the CIO") makes
 * every period in it their internal step, whatever its clauses name.
 */
function withNotice(reading: TopicReading, text: string, fact: Range, scopes: readonly Range[]): TopicReading {
  const widest = scopes[scopes.length - 1];
  if (noticeKindOf(text.slice(Math.max(widest.start, fact.start - NOTICE_REACH), Math.min(widest.end, fact.end + NOTICE_REACH))) === 'internal') return { ...reading, notice: 'internal' };
  for (const { start, end } of scopes) {
    const words = text.slice(Math.max(start, fact.start - NOTICE_REACH), Math.min(end, fact.end + NOTICE_REACH));
    if (!namesNoticeKind(words)) continue;
    const notice = noticeKindOf(words);
    if (notice === 'authority' && end - start < widest.end - widest.start && authorityListedAfterCustomers(text.slice(Math.max(widest.start, fact.start - NOTICE_REACH), fact.start))) continue;
    return notice ? { ...reading, notice } : reading;
  }
  return reading;
}

const NEIGHBOUR_TOPICS: ReadonlySet<Topic> = new Set<Topic>(NEIGHBOURS.map(([subject]) => subject as Topic));

/** The topic of a fact in a table cell: the cell's own words, else its row's label, else its column's header. */
export function topicOfCell(index: TopicIndex, fact: Range & FactShape, table: TableCell, row: Range): TopicReading {
  const own = topicOf(index, fact, table.cell);
  if (own.topic !== 'other' || own.refused) return own;
  for (const parent of [table.label, table.header]) {
    const read = parent && fromParent(index, fact, table.cell, parent, table.header);
    if (read) return read;
  }
  // Last, the whole row ("| 30 days | Backups |" names its subject after the period), but not a place or a law in another cell.
  const whole = topicOf(index, fact, row);
  const read = whole.topic !== 'other' && NEIGHBOUR_TOPICS.has(whole.topic) ? own : whole;
  if (read.topic === 'other' && !read.refused && table.header && MEASURED_BY_COLUMN.test(index.text.slice(table.header.start, table.header.end))) return { topic: 'other', refused: true };
  return read;
}

// A column headed by what its periods measure ("| RTO Target | RPO Target |", "| Severity | Response Time |", 「目標復旧時間」):
// how soon service returns, how much may be lost, how soon someone answers. A backup or log section's subject lends such
// a cell nothing: it is no retention and no cadence.
const MEASURED_BY_COLUMN = wordGaps(
  /\bRTOs?\b|\bRPOs?\b|\brecovery\s{1,3}(?:time|point)s?\b|\b(?:response|resolution|reaction|restore|restoration)\s{1,3}times?\b|目標復旧|復旧目標|復旧時間|対応時間|応答時間|解決時間/i,
);

/** The topic a section's subject lends to a fact whose own sentence names none. */
export function lentTopic(subject: Subject, fact: FactShape): Pick<Fact, 'topic' | 'logKind'> | undefined {
  const topic = topicFor(subject, fact);
  if (topic === undefined) return undefined;
  return topic === 'log-retention' ? { topic, logKind: 'general' } : { topic };
}

/**
 * Per distinct heading: a whitepaper repeats its headings ("概要", "バックアップ") in every part, and the rules ask
 * again for the sections they read. Bounded, so a stream of distinct headings cannot grow it without end.
 */
const headingTopics = new Map<string, Subject | undefined>();
const MAX_HEADING_TOPICS = 10_000;

/** The subject a heading names ("ログの保存", "Data deletion"), for the facts of its section. */
export function topicOfHeading(heading: string): Subject | undefined {
  if (headingTopics.has(heading)) return headingTopics.get(heading);
  if (headingTopics.size >= MAX_HEADING_TOPICS) headingTopics.clear();
  const topic = firstTopic(heading);
  // Its own copy: a title the parser cut from a segment's text would keep that text alive after the segment changes.
  headingTopics.set(ownCopy(heading, 0, heading.length), topic);
  return topic;
}

/**
 * The first word of the strongest tier that has one: what the nearest hit to the heading's start over the whole
 * heading is. Only the four tiers a heading is read by are scanned, and none after the first that answers.
 */
function firstTopic(heading: string): Subject | undefined {
  const whole = [{ start: 0, end: heading.length }];
  for (const tier of [SUBJECTS, NOTICE, NEIGHBOURS, ANCHORS]) {
    const first = scan(heading, whole, tier)[0];
    if (first) return first.value;
  }
  return undefined;
}
