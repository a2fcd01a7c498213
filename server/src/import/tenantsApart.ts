// Segregation in virtual computing environments (CLD.9.5.1) is one customer's environment kept from another's. Its
// words also name other things: a product called "Multi-tenant Cloud", an identity product's own "tenants" as objects
// an administrator creates, networks and environments isolated inside the provider ("Isolation: VPC and subnets to
// isolate environments"), other users named in a list of prohibited acts. Read from words, the control stands only
// where one sentence says both: whose (a tenant, a customer, an organisation or workspace) and kept apart (isolated,
// segregated, separated, dedicated, out of another's reach).
import { splitSentences } from '../facts/sentences';
import type { RecognizedControl } from './recognizeControls';
import { withoutLinkTargets } from './controlVocabulary';

const WHOSE =
  /\b(?:(?:multi-?|single-?|cross-?)?tenan\w*|customers?|clients?|organi[sz]ations?|workspaces?|accounts?|projects?|virtual (?:computing )?environments?)\b|テナント|顧客|お客様|お客さま|利用者|契約者|ユーザー?|組織|ワークスペース|企業|法人|仮想/iu;
export const KEPT_APART =
  /\b(?:isolat\w*|segregat\w*|separat\w*|partition\w*|boundar\w*|dedicated|single-?tenan\w*|silo\w*|(?:can ?not|can't|never|unable to) (?:access|see|read|reach)|row[- ]level security)\b|分離|隔離|区分|区別|分けて|分割|専用|独立|境界|シングルテナント|(?:アクセス|参照|閲覧)(?:でき|すること(?:は|が)でき)ない|(?:アクセス|参照|閲覧)(?:でき|され)ません/iu;

/** Whether a CLD.9.5.1 read from words has a sentence that keeps one customer's environment from another's. */
export function tenantsApart(control: RecognizedControl, heading: string, body: string): boolean {
  if (control.id !== 'CLD.9.5.1' || control.via === 'reference') return true;
  if (ownPlaceApart(body) !== undefined) return true;
  return [heading, body].some((part) => {
    const text = withoutLinkTargets(part.normalize('NFKC'));
    return splitSentences(text).some(({ start, end }) => {
      const sentence = text.slice(start, end);
      return WHOSE.test(sentence) && KEPT_APART.test(sentence);
    });
  });
}

// Said outright of the customer's own data or environment: one customer's kept in its own place, apart from others'
// ("Customer data is logically separated", "Every organization gets its own separate database", 「お客様ごとに…分離」,
// 「病院ごとにデータは完全に分離」), or each one reaching its own data only ("Teams … can only access their own data",
// 「行レベルセキュリティ（RLS）により、自分のデータのみ参照・操作できます」, 「他の病院のデータにアクセスすることはできません」).
// Every given text that says it so is annotated as answering CLD.9.5.1 or touching it, whatever the section's heading.
const OWN_PLACE =
  /\b(?:customer|client|tenant)s?['’]?\s(?:data|workloads?|databases?|environments?)\b[^.;\n]{0,80}\b(?:isolated|segregated|separate(?:d)?|partitioned)\b(?!\s(?:(?:availability\s)?zones?|regions?|locations?|sites?|data\s?cent(?:er|re)s?|facilit(?:y|ies)|geographic))|\b(?:isolated|segregated|separate|partitioned)\b[^.;\n]{0,40}\b(?:per|for each|of each)\s(?:customer|client|tenant|organi[sz]ation|workspace|application)\b|\b(?:every|each)\s(?:customer|client|tenant|organi[sz]ation|workspace|account|team)\s(?:gets|has|receives)\s(?:its|their)\sown\s(?:(?:separate|dedicated|isolated)\s)?(?:databases?|schemas?|environments?|instances?|clusters?)\b|\b(?:can|may|will)\sonly\s(?:access|see|view|read)\s(?:their|its)\sown\s(?:data|records|information|content|files)\b|(?:お客様|顧客|契約者|テナント)(?:ごと|毎)[^。\n]{0,30}(?:分離|隔離|専用)|(?:ごと|毎)に(?:データ|情報)(?:は|が|を)?[^。\n]{0,10}?(?:分離|隔離)|(?:自身|自分|自社)の(?:データ|情報)(?:に|を)?(?:のみ|だけ)|他の[^。\n]{1,12}の(?:データ|情報)(?:に|を)(?:は)?(?:アクセス|参照|閲覧)(?:すること)?(?:は|が)?でき(?:ない|ません)/iu;

// Asked first: most sentences keep nothing apart, and the long pattern is read only where one might.
const APART_OR_OWN = /isolat|segregat|separat|partition|\bown\b|分離|隔離|専用|のみ|だけ|でき(?:ない|ません)/iu;
// A copy kept in another region ("snapshots … in a separate region") is a backup's place, and an answer that declines it
// (「いいえ。…専用環境は提供していません」) keeps nothing apart.
const DECLINES = /^\s*(?:いいえ|no\b)|(?:提供|対応)して(?:い|おり)ません|\b(?:do(?:es)?\s+not|don't|doesn't)\s+(?:offer|provide|support)\b/iu;

/** Whether one sentence (normalised) keeps each customer's data or environment apart outright. */
export const keepsOwnPlaceApart = (sentence: string): boolean => APART_OR_OWN.test(sentence) && !DECLINES.test(sentence) && OWN_PLACE.test(withoutLinkTargets(sentence));

/** The sentence that keeps each customer's data or environment apart, where the body says so outright. */
export function ownPlaceApart(body: string): string | undefined {
  const text = withoutLinkTargets(body.normalize('NFKC'));
  return splitSentences(text)
    .map(({ start, end }) => text.slice(start, end))
    .find(keepsOwnPlaceApart);
}
