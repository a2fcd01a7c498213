// A period left by name to another document or page ("as set out in the retention schedule", "see our Backup Policy",
// 別紙, 別途定める): it is stated there, and the reviewer follows the reference. backupOwner.ts asks it of backups,
// log-retention-missing of logs.
import { wordGaps } from '../core/wordGaps';
const DEFERRED = wordGaps(new RegExp(
  [
    String.raw`別紙|別表|別途定め|別に定め|(?:ポリシー|規程|規定|方針|仕様書|説明書|約款|規約|SLA|サービスレベル(?:合意書|契約)?|ヘルプ|マニュアル|ページ|資料)(?:に|で|の)(?:定め|従|記載|記述|規定|明記|示|掲載)|(?:ご|を)参照|ご覧ください`,
    String.raw`\b(?:defined|set\s{1,3}out|specified|described|stated|documented|detailed|listed|outlined|governed)\s{1,3}(?:in|by|on)\s{1,3}(?:the\s{1,3}|our\s{1,3}|your\s{1,3}|a\s{1,3}separate\s{1,3}|each\s{1,3})?(?:[A-Za-z-]{1,20}\s{1,3}){0,4}(?:policy|standard|agreement|SLA|contract|terms|documentation|page|schedule|addendum|appendix|annex|order\s{1,3}form|specification|description)\b`,
    String.raw`\b(?:see|refer\s{1,3}to|consult)\s{1,3}(?:the\s{1,3}|our\s{1,3})?(?:[A-Za-z-]{1,20}\s{1,3}){0,4}(?:policy|standard|agreement|SLA|terms|documentation|page|article|appendix|annex|schedule|specification|description|FAQ)\b`,
    String.raw`\bas\s{1,3}(?:per|agreed\s{1,3}in|set\s{1,3}out\s{1,3}in)\s{1,3}(?:the\s{1,3}|our\s{1,3}|your\s{1,3})?(?:[A-Za-z-]{1,20}\s{1,3}){0,3}(?:policy|agreement|SLA|contract|terms|order)\b`,
    // A link or a page's title: "refer to [Automatic backup settings](…)", "see “Backup schedule”", "see https://…".
    String.raw`\b(?:see|refer\s{1,3}to|consult|visit)\s{1,3}(?:the\s{1,3}|our\s{1,3})?(?:\[|“|"|‘|https?://|(?:page|article)\s{1,3}[“"‘\[])`,
  ].join('|'),
  'i',
));
/** The sentence leaves something (a period, a schedule) to another document or page by name. */
export function leftToDocument(sentence: string): boolean {
  return DEFERRED.test(sentence);
}
