// Which access control a section answers when its words name access in general ("Authorization", "Access Management",
// アクセス管理, "permissions"): those words head provisioning (9.2.2), privileged access (9.2.3), the isolation of one
// tenant from another (CLD.9.5.1) and the restriction of who reaches what (9.4.1) alike, so the section's sentences say
// which it is.
import { splitSentences } from '../facts/sentences';
import type { RecognizedControl } from './recognizeControls';
import { withoutLinkTargets } from './controlVocabulary';
import { KEPT_APART } from './tenantsApart';

// Provisioning grants, assigns, changes or takes away access: the verb and what it gives in one sentence.
const PROVISIONS =
  /\b(?:grant(?:s|ed|ing)?|revok\w*|provision\w*|de-?provision\w*|on-?board\w*|off-?board\w*|leavers?|joiners?|movers?|request(?:s|ed)?|assign(?:s|ed|ing|ment)?|remov(?:e|es|ed|al)|withdraw\w*)\b|付与|剥奪|取り消|削除|登録|発行|申請|変更|異動|退職/iu;
const ACCESS_GIVEN = /\baccess\b|\brights?\b|\bpermissions?\b|\bprivileges?\b|\baccounts?\b|\broles?\b|\bcredentials?\b|\busers?\b|\bstaff\b|\bemployees?\b|権限|アクセス|アカウント|\bID\b|ユーザー?|利用者|従業員|社員/iu;

// A review of access rights (the verb and what it reviews in one sentence) is the standard's 9.2.5, which no whitepaper
// is asked for: annotators count it as no provisioning, nor as the restriction of who reaches what.
const REVIEWS = /\breview\w*|\brecertif\w*|見直|棚卸/iu;

// Access said of firewalls, open ports or segments is the network's own security (13.1.3).
export const FILTERING = /\bfirewalls?\b|\bports?\b|\bsegment\w*|\bwaf\b|ファイアウォール|ファイヤーウォール|(?<!サ)ポート|セグメント/iu;

// Access for administrators: the privileged access the standard asks about apart (9.2.3). "Least privilege" is a
// restriction, not a privileged right.
const PRIVILEGED = /\badmin(?:istrat(?:ive|or)s?)?\b|\bprivileged\b|\bprivileges\b|\broot\b|\bsuperusers?\b|特権|管理者権限/iu;

// One tenant's boundary against another's: the organisation or workspace that scopes access, access across tenants, the
// other customers kept out; said with what keeps them apart (`tenantsApart.ts`), not a product named "Multi-tenant Cloud".
const TENANTS =
  /\b(?:cross-?tenant|tenants?|multi-?tenan\w*|other customers?|per[- ](?:customer|tenant))\b|\b(?:organi[sz]ation|workspace|account)s?\W{0,2}(?:\w+\W{1,2}){0,2}(?:boundar\w*|isolat\w*|segregat\w*)|テナント|他の(?:顧客|お客様|利用者)|(?:組織|ワークスペース)[^。\n]{0,10}(?:分離|境界)/iu;

/**
 * A 9.2.2 read from words (a heading's, a label's or the body's): each sentence names what it is about, one tenant's
 * isolation from another's, privileged access granted, or access granted and removed; a section that says none of them
 * and reviews no access states who may reach what (role-based access, least privilege): the restriction (9.4.1), or,
 * said of firewalls and ports, which traffic reaches the network (13.1.3).
 */
export function accessAnswered(control: RecognizedControl, heading: string, body: string): RecognizedControl[] {
  if (control.id !== '9.2.2' || control.via === 'reference') return [control];
  const ids = new Set<string>();
  let reviewed = false;
  for (const text of [heading, body].map((t) => withoutLinkTargets(t.normalize('NFKC')))) {
    for (const { start, end } of splitSentences(text)) {
      const sentence = text.slice(start, end);
      if (TENANTS.test(sentence) && KEPT_APART.test(sentence)) ids.add('CLD.9.5.1');
      else if (PROVISIONS.test(sentence) && ACCESS_GIVEN.test(sentence)) ids.add(PRIVILEGED.test(sentence) ? '9.2.3' : '9.2.2');
      else if (REVIEWS.test(sentence) && ACCESS_GIVEN.test(sentence)) reviewed = true;
    }
  }
  if (ids.size === 0 && !reviewed) ids.add(FILTERING.test(`${heading}\n${body}`.normalize('NFKC')) ? '13.1.3' : '9.4.1');
  return [...ids].map((id) => ({ ...control, id }));
}
