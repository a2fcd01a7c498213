// What part a section plays in a published text, read from its heading alone,
// where that part keeps its body's words from naming controls:
// - an introduction or overview previews the whole document, so its body
//   mentions every topic the later sections answer ("はじめに", "Overview",
//   "想定読者", "サービスの説明");
// - an SLA's accounting (downtime, its definitions, service credits and how to
//   claim them, resolution targets) counts outages and refunds, and incident
//   handling sold as a service ("障害対応サービス", "Incident Response
//   Retainer") is a product; neither says how the provider responds to its own
//   incidents or documents its operating procedures;
// - a business-continuity section ("事業継続", "Business Continuity Overview")
//   names an outage or an incident as what its plan outlasts: it says how the
//   business carries on, not how incidents are handled or reported;
// - an outage section ("Service Outages", "障害発生時のご案内", "早期復旧が
//   困難な場合の代替手段") of an SLA or a maintenance page says what counts as
//   unavailable and how customers carry on, not how security incidents are
//   handled or reported.

import type { PageKind } from './pageKind';
import { fromWordsAlone, type Evidence } from './evidence';

export type HeadingRole = 'introduction' | 'sla' | 'continuity' | 'outage' | 'none';

/** A heading's number ("1.", "第1章", "(1)", "1-1", "5 .") and a trailing pilcrow of a web page's anchor. */
const NUMBERING = /^[\s\u3000]*(?:第[\s\u3000]*[0-9０-９一二三四五六七八九十]+[\s\u3000]*[章節部条]|[(（]?[0-9０-９]{1,2}(?:[.．\-－][0-9０-９]{1,2})*[\s\u3000]*[)）.．]?)[\s\u3000]*/u;
const TRAILER = /[\s\u3000]*[¶#:：]?[\s\u3000]*$/u;

// Words that open a text, before any topic: the importer names the text before a first heading so, and gives that
// text to a first heading of these words ("1. はじめに") rather than open a second introduction.
const OPENING = String.raw`はじめに|始めに|初めに|序文|序章|序論|前書き|まえがき|introduction|preface|about this (?:document|paper|page|whitepaper|white paper)`;
// Words that sum up the document or say whom it is for: an introduction too, though one may stand after the opening.
const OVERVIEW = String.raw`概要|本書について|本書の目的|本資料について|本資料の目的|本書の位置付け|本書の位置づけ|想定読者|対象読者|サービスの説明|サービス概要|サービスの概要|overview|purpose|summary|executive summary|audience|intended audience|policy|purpose and scope|scope and purpose`;

/** A heading that opens a text, as its words stand after the heading's number (a colon may end it). */
export const OPENING_HEADING = new RegExp(`^(?:${OPENING})[:：]?$`, 'iu');
const INTRODUCTION = new RegExp(`^(?:${OPENING}|${OVERVIEW})$`, 'iu');

// Counting downtime, crediting it back and claiming the credit: an SLA's arithmetic, not its operations.
const SLA_ACCOUNTING =
  /(?:解決|復旧|対応|回復)目標|目標(?:時間|値)|対応サービス|\b(?:resolution|response|restoration) (?:times?|targets?)\b|\bresponse services?\b|\bretainers?\b|障害時間|停止時間|ダウンタイム|稼働率|返金|減額|サービスクレジット|\bdowntime\b|\buptime (?:percentage|calculation)\b|\bservice credits?\b|\bcredit (?:request|claim)s?\b|\bclaims? (?:procedures?|process)\b|\bhow to claim\b|\bmonthly uptime\b|\bsla (?:credits?|exclusions?)\b|\bexclusions\b/iu;

const CONTINUITY = /事業継続|\bBCP\b|\bbusiness continuity\b|\bcontinuity (?:plan|planning|overview)\b/iu;

// The service being unavailable and carried on without, in words that name no security incident.
const OUTAGE = /障害|停止|不具合|復旧|代替(?:手段|措置|策)|\boutages?\b|\bdowntime\b|\bservice (?:interruptions?|disruptions?|unavailability)\b|\brecovery\b|\brestor(?:e|ation)\b|\balternative (?:means|measures|arrangements)\b/iu;
const SECURITY_INCIDENT = /インシデント|セキュリティ|事故|漏えい|漏洩|侵害|\bincidents?\b|\bsecurity\b|\bbreach(?:es)?\b/iu;

export function headingRole(heading: string): HeadingRole {
  const words = heading.normalize('NFKC').replace(NUMBERING, '').replace(TRAILER, '').trim();
  if (INTRODUCTION.test(words)) return 'introduction';
  if (SLA_ACCOUNTING.test(words)) return 'sla';
  if (CONTINUITY.test(words)) return 'continuity';
  if (OUTAGE.test(words) && !SECURITY_INCIDENT.test(words)) return 'outage';
  return 'none';
}

/** Controls an SLA's accounting names by its words without answering them: incidents, operating procedures, monitoring. */
const SLA_NAMES_ONLY: ReadonlySet<string> = new Set(['16.1.1', '16.1.2', 'CLD.12.1.5', 'CLD.12.4.5']);

/** Controls a business-continuity section, or an outage section off a whitepaper, names by its words without answering them. */
const INCIDENTS: ReadonlySet<string> = new Set(['16.1.1', '16.1.2']);

interface Named {
  readonly id: string;
  readonly via: Evidence;
}

/**
 * Whether a control recognised in a section of this role stands, on a page of this kind: an SLA's accounting names
 * its topics only by id; a continuity section's body names no incident handling; off a whitepaper (an SLA, a
 * maintenance page), an outage section names no incident handling but by id.
 */
export const STANDS_UNDER: Record<HeadingRole, (control: Named, page: PageKind | undefined) => boolean> = {
  introduction: () => true,
  none: () => true,
  sla: (c) => c.via === 'reference' || !SLA_NAMES_ONLY.has(c.id),
  continuity: (c) => !fromWordsAlone(c.via) || !INCIDENTS.has(c.id),
  outage: (c, page) => page === undefined || page === 'whitepaper' || c.via === 'reference' || !INCIDENTS.has(c.id),
};
