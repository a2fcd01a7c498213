// Sentences that answer a control wherever they stand, whatever their
// section's heading: where the data is kept, with the place named ("All
// customer data is hosted in Finland"), how the provider takes its own
// backups ("We back up every database each night"), and how long it keeps
// backups or its own logs ("Backups are kept for 35 days"). A whitepaper says them
// once, often deep in a section on something broader (the infrastructure, the
// architecture), and that one sentence is the answer an auditor looks for. A
// contract says its governing law once too, inside a clause of odds and ends
// ("General", 雑則, 一般条項) whose heading names no topic. So is a certificate or an outside audit the provider says it
// holds (`ownReview.ts`), its machines kept in a network apart (`networkApart.ts`), and its staff trained in security
// (`staffTrained.ts`), its security organisation set up (`securityOrganised.ts`), and each customer's data kept apart
// from the others' (`tenantsApart.ts`).

import { extractFacts } from '../facts/extractFacts';
import type { Topic } from '../facts/fact';
import { splitSentences } from '../facts/sentences';
import { namedPlace, DOMESTIC } from '../catalog/places';
import { statesProvidersBackups } from '../facts/backupOwner';
import { DELETE_WORDS, RETURN_WORDS } from '../facts/leaving';
import { ownReview } from './ownReview';
import { networkApart } from './networkApart';
import { staffListTrained, staffTrained } from './staffTrained';
import { keepsOwnPlaceApart } from './tenantsApart';
import { securityOrganised } from './securityOrganised';

// The data, kept somewhere: its storage, hosting or residence. The data, its servers or their data centre, then the
// verb that puts them somewhere, then "in": a page says it in many shapes ("is stored securely on servers located in",
// "are kept exclusively on server farms within", "the data centre located in"; "Everything is stored on servers in"), and
// the place after "in" is the answer. What runs the service says it as often as the data does ("build servers are all
// based in the US", "a build cloud running in Google Cloud's Central US zone"), and so does a sentence whose subject is
// the provider's name ("Acme hosts all apps in the United States", 「サーバーは国内のデータセンターで運用」).
const DATA_KEPT =
  /(?:データ|情報)[^。\n]{0,30}?(?:保管|保存|格納|設置|所在)|(?:保管|保存|格納)(?:場所|先)|(?:サーバー?|データセンター|インフラ|クラウド基盤)[^。\n]{0,30}?(?:設置|所在|稼働|運用|構築)|\b(?:data|databases?|servers?|server farms?|data\s*cent(?:er|re)s?|content|backups?|information|files?|records?|documents?|applications?|apps|clouds?|infrastructure|instances|clusters|workloads)\b[^.\n]{0,50}?\b(?:stored|hosted|located|kept|housed|processed|resides?|based|running|deployed)\b[^.\n]{0,60}?\b(?:in|within)\b|\b(?:stores?|hosts?|keeps?|houses?)\s(?:all\s|(?:of\s)?(?:the|your|its|our|their|customers?|users?)['’]?s?\s){0,2}(?:[\w-]+\s)?(?:data|apps|applications?|content|files|databases?|backups?|information|records|workloads)\b[^.\n]{0,40}?\b(?:in|within)\b|\b(?:we|our servers) (?:store|host|keep)\b[^.\n]{0,40}\bin\b|\b(?:stored|hosted|kept|located|housed)\s+(?:\w+\s+){0,2}?(?:in|on|at)\s+(?:[\w’'-]+\s+){0,3}?(?:data\s*cent(?:er|re)s?|servers?|server\s+farms?|cloud\s+regions?)\s+(?:\w+\s+){0,2}?(?:in|within)\b/iu;

// The law that governs the contract or the court that hears its disputes, named by its country or city ("governed by
// the laws of Ireland", "準拠法は日本法", "東京地方裁判所を…専属的合意管轄裁判所"): a law obeyed in general names none.
const GOVERNED = /準拠法|管轄裁判所|\bgoverned by\b|\bgoverning law\b|\bexclusive jurisdiction\b|\bcourts of\b/iu;

// A period the provider commits to, in a sentence that names its topic: how long backups or logs are kept. A short retention page says it under headings as plain as "Copies
// kept for recovery", and that sentence is the answer.
const PERIOD_ANSWERS: Partial<Record<Topic, string>> = { 'backup-retention': '12.3.1', 'log-retention': '12.4.1' };

// The backups' own term: kept for a while, then deleted when it runs out (「一定期間が過ぎるとバックアップを削除」,
// "backups are kept for 72 hours", "backups are purged after 30 days"): how long they are kept, whatever else is said.
const BACKUPS_OWN_TERM = /(?:バックアップ|\bbackups?)[^。.\n]{0,8}?(?:を|は|が)?(?:自動的に|自動で)?(?:削除|消去|破棄|上書き)|\bbackups?\s+(?:are|is|will\s+be|get)\s+(?:automatically\s+)?(?:deleted|purged|removed|rotated|overwritten|kept|retained|held|stored)\b/iu;

// Backups taken on a cadence ("backed up daily, and records are deleted after one month") are the practice, whatever
// else the sentence deletes.
const BACKUP_CADENCE = /毎(?:日|週|月|時|晩)|(?:日|週|月)次|\b(?:daily|nightly|weekly|hourly|monthly|every\s+(?:day|night|hour|week|month))\b/iu;

/**
 * A sentence that deletes the customer's data or hands it back ("deleted from our servers and from our backups within 60
 * days", "take out your backed up data first", 「(バックアップデータ等)は業務終了時に削除」) says what becomes of the data,
 * not how the provider takes its backups.
 */
export function endsTheData(sentence: string): boolean {
  return !BACKUP_CADENCE.test(sentence) && !BACKUPS_OWN_TERM.test(sentence) && (RETURN_WORDS.test(sentence) || DELETE_WORDS.test(sentence));
}

/**
 * The place an English sentence puts the data "in": the phrase after an "in" or "within", up to a comma or a bracket
 * ("stored on our provider's servers in Ireland", "located in northern Virginia, USA"), not a place the sentence names for
 * something else ("stored in encrypted form, as the EU's rules require").
 */
function placeAfterIn(text: string): string | undefined {
  for (const m of text.matchAll(/\b(?:in|within)\s+([^,;:()\n]{0,60})/giu)) {
    const place = namedPlace(m[1]) ?? DOMESTIC.exec(m[1])?.[0];
    if (place !== undefined) return place;
  }
  return undefined;
}

export interface StatedInBody {
  readonly id: string;
  readonly words: readonly string[];
}

/**
 * The controls `body` answers by one sentence of its own, with the words that show it. `periods`: whether a period
 * answers too, for a section under a heading that names no topic of its own; a log's period only for a log the
 * provider keeps of its own kind (sign-ins, audit, access), not the product's "Logs" a customer sends it.
 */
export function statedInBody(body: string, { periods = false }: { periods?: boolean } = {}): StatedInBody[] {
  const found: StatedInBody[] = [];
  for (const { start, end } of splitSentences(body)) {
    const sentence = body.slice(start, end).normalize('NFKC');
    if (!found.some((f) => f.id === '6.1.3')) {
      const kept = DATA_KEPT.exec(sentence);
      const place = kept && (/\b(?:in|within)$/i.test(kept[0]) ? placeAfterIn(sentence.slice(kept.index)) : namedPlace(sentence) ?? DOMESTIC.exec(sentence)?.[0]);
      if (kept && place) found.push({ id: '6.1.3', words: [kept[0].trim().slice(0, 40), place] });
    }
    if (!found.some((f) => f.id === '18.1.1')) {
      const governed = GOVERNED.exec(sentence);
      const place = governed && namedPlace(sentence);
      if (governed && place) found.push({ id: '18.1.1', words: [governed[0], place] });
    }
    const review = found.some((f) => f.id === '18.2.1') ? undefined : ownReview(sentence);
    if (review !== undefined) found.push({ id: '18.2.1', words: [review] });
    const apart = found.some((f) => f.id === '13.1.3') ? undefined : networkApart(sentence);
    if (apart !== undefined) found.push({ id: '13.1.3', words: [apart.slice(0, 60)] });
    if (!found.some((f) => f.id === '12.3.1') && statesProvidersBackups(sentence) && !endsTheData(sentence)) found.push({ id: '12.3.1', words: [sentence.trim().slice(0, 40)] });
    const trained = found.some((f) => f.id === '7.2.2') ? undefined : staffTrained(sentence);
    if (trained !== undefined) found.push({ id: '7.2.2', words: [trained.slice(0, 60)] });
    if (!found.some((f) => f.id === 'CLD.9.5.1') && keepsOwnPlaceApart(sentence)) found.push({ id: 'CLD.9.5.1', words: [sentence.trim().slice(0, 60)] });
    const organised = found.some((f) => f.id === '6.1.1') ? undefined : securityOrganised(sentence);
    if (organised !== undefined) found.push({ id: '6.1.1', words: [organised] });
  }
  const ledList = found.some((f) => f.id === '7.2.2') ? undefined : staffListTrained(body.normalize('NFKC'));
  if (ledList !== undefined) found.push({ id: '7.2.2', words: [ledList.slice(0, 60)] });
  for (const fact of periods ? extractFacts(body) : []) {
    const id = fact.topic === undefined ? undefined : PERIOD_ANSWERS[fact.topic];
    if (id === undefined || fact.inferred || fact.customerDuty || found.some((f) => f.id === id)) continue;
    if (id === '12.4.1' && (fact.logKind === undefined || fact.logKind === 'general' || fact.logKind === 'described' || fact.logKind === 'named')) continue;
    if (id === '12.3.1' && endsTheData(body.slice(fact.sentence.start, fact.sentence.end).normalize('NFKC'))) continue;
    if (fact.kind === 'duration' || fact.kind === 'generations') found.push({ id, words: [body.slice(fact.sentence.start, fact.sentence.end).trim().slice(0, 40), fact.text] });
  }
  return found;
}
