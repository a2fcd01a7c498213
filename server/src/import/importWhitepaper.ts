// Turns a published whitepaper as plain text or Markdown into the source
// format, through the text reader and the sectioner every format shares.
import type { Finding } from '../core/finding';
import { owesAnswer } from './publishedKind';
import { readText } from '../read/readText';
import { textFormatOf } from '../read/markdownText';
import { announcesWithoutLeadTime } from '../facts/advanceNotice';
import { speaksOfHosting } from '../facts/hosting';
import { promisesBreachNotice, promisesBreachNoticeWithoutTime } from '../facts/breachNotice';
import { CUSTOMERS_LOGS_TAKEN_IN, customerExports, NO_LOGGING, statesProvidersLogs } from '../facts/providersLogs';
import { DESCRIBES_LOGS } from '../catalog/logWords';
import { affirmedRowStatement, declinedRow } from './answeredRows';
import { backupOwnership, namesBackupCadence, statesProvidersBackups, takesOwnBackups } from '../facts/backupOwner';
import { extractFacts, splitSentences } from '../facts';
import { accountLeaving, saysWhatBecomesOfData } from '../facts/leaving';
import { sectionize, type ImportedControl, type ImportResult } from './sectionize';
import { fromWordsAlone } from './evidence';
import { changesOwnText } from './documentUpkeep';
import { wordGaps } from '../core/wordGaps';

export type { ImportedControl, ImportResult } from './sectionize';

export function importWhitepaper(source: string, fileName: string): ImportResult {
  const bom = source.startsWith('\ufeff') ? 1 : 0;
  const result = sectionize(readText(source, textFormatOf(fileName, source)), fileName);
  return bom === 0 ? result : { ...result, toSource: (offset) => result.toSource(offset) + bom };
}

/** Published whitepapers the checker reads through the importer, by their extension. */
export function isPublishedText(path: string): boolean {
  return /\.(txt|md|markdown)$/i.test(path);
}

/** Moves findings on imported YAML to the original text. */
export function mapFindings(findings: readonly Finding[], toSource: (offset: number) => number): Finding[] {
  return findings.map((f) => {
    const start = toSource(f.start);
    // Fixes edit the imported YAML, not the published text: they do not carry over.
    return {
      ...f,
      fixes: undefined,
      start,
      end: Math.max(start, toSource(f.end)),
      related: f.related?.map((r) => ({ ...r, start: toSource(r.start), end: Math.max(toSource(r.start), toSource(r.end)) })),
    };
  });
}

/**
 * In a published text, which sections answer a control is the importer's inference, not the author's claim: two
 * sections on one topic are no duplicate, and a chapter number ("8.6. ISO27001取得について") that differs from
 * the control read from the heading's words is no contradiction a reviewer should hear about.
 */
const ABOUT_INFERRED_CONTROLS = new Set(['control-duplicate', 'title-numbering']);

/**
 * The rules that judge what the sections of a control say, by the controls they read. They ask their question
 * only of a control the importer read from an id or a heading: a section that merely mentions backups in
 * passing ("…and restore from backups") is not the text's backup policy, and owes no retention period.
 */
const CONTENT_RULES: Readonly<Record<string, readonly string[]>> = {
  'deletion-policy': ['CLD.8.1.5'],
  'backup-retention': ['12.3.1'],
  'log-retention-missing': ['12.4.1', '12.4.3', '18.1.3'],
  'incident-notification': ['16.1.2'],
  'change-notice': ['12.1.2'],
  'data-location': ['6.1.3', '18.1.1'],
  'governing-law': ['18.1.1'],
  'clock-source': ['12.4.4'],
};

/** The line of the text an offset stands on. */
const lineAround = (text: string, offset: number) => text.slice(text.lastIndexOf('\n', offset - 1) + 1, (text.indexOf('\n', offset) + 1 || text.length + 1) - 1);

/** The imported section an offset stands in, from its line to the next section's title. */
const sectionAround = (yaml: string, offset: number) => {
  const start = yaml.lastIndexOf('\n', offset - 1) + 1;
  const next = yaml.indexOf('\n  - title:', offset);
  return yaml.slice(start, next === -1 ? yaml.length : next);
};

/**
 * A questionnaire's row asked of the provider's logs and answered yes ("Do you have event logging on every component? |
 * Yes"): the provider's own logging, said as a sentence would say it.
 */
function affirmsLogging(line: string): boolean {
  const stated = affirmedRowStatement(line);
  return stated !== undefined && DESCRIBES_LOGS.test(stated) && !NO_LOGGING.test(stated) && !customerExports(stated) && !CUSTOMERS_LOGS_TAKEN_IN.test(stated);
}

/** The controls the text answers only through its body's words: no id, no heading, no title names them. */
export function weaklyRecognised(controls: readonly ImportedControl[]): Set<string> {
  const strong = new Set(controls.filter((c) => !fromWordsAlone(c.via)).map((c) => c.id));
  return new Set(controls.filter((c) => !strong.has(c.id)).map((c) => c.id));
}

/**
 * The findings of an imported text that are about what its author wrote, not about the controls the importer inferred,
 * nor about a service name it only guessed (a page title such as "セキュリティ情報" is no name to spell).
 */
export function withoutInferredControlFindings(
  findings: readonly Finding[],
  imported?: Pick<ImportResult, 'serviceNameRead' | 'controls'> & Partial<Pick<ImportResult, 'kind' | 'leaving'>> & { readonly yaml?: string },
): Finding[] {
  const guessedName = imported !== undefined && !imported.serviceNameRead;
  const controls = imported?.controls ?? [];
  const weak = weaklyRecognised(controls);
  const recognised = new Set(controls.map((c) => c.id));
  const aboutWeakControl = (ruleId: string) => {
    const read = (CONTENT_RULES[ruleId] ?? []).filter((id) => recognised.has(id));
    return read.length > 0 && read.every((id) => weak.has(id));
  };
  // deletion-policy's question stands on a published text by the text's own words, not by the controls the importer
  // read: once a sentence says what becomes of customer data when the customer leaves, a control read from body words
  // (or none at all) must not silence it. So does change-notice on a sentence that announces changes "in advance" with
  // no lead time: the author's own promise. So does incident-notification on a sentence that promises customers word of a
  // breach "promptly" or "without undue delay" (ruling P6).
  // So does backup-retention's question of the period once a sentence says the provider backs up on a cadence ("We back
  // up every database to a second host each day"): the text states its own backups, whatever heading they stand under;
  // and both its questions where the finding's own sentence says the provider has backups (ruling P3: "regular backups",
  // 「バックアップに努めます」 with no period, or a period with no cadence).
  // So does log-retention-missing's on a sentence that says the provider keeps logs ("every administrative session is
  // recorded and logged"): a bullet under a measures heading is the text's own logging, whatever the heading reads as;
  // and on a line of the information the provider says it collects that names a log (ruling Q2: 「アクセスログ」 among
  // what a privacy policy's 「取得する情報」 lists), which the rule reports only there.
  // So does data-location's on a statement that names who hosts the data, says it goes abroad or speaks of its residency
  // (rulings P8, Q3: "for region-specific data residency, reach out to us", a list item of the services used for hosting):
  // a 6.1.3 read from body words alone still owes the country.
  let cadence: boolean | undefined;
  const backsUpOnCadence = () => (cadence ??= imported?.yaml !== undefined && statesBackupCadence(imported.yaml, imported.kind?.kind === 'whitepaper'));
  const standsAlone = (f: Finding) =>
    (f.ruleId === 'deletion-policy' && imported?.leaving === true) ||
    (f.ruleId === 'backup-retention' && ((f.messageId === 'noRetention' && backsUpOnCadence()) || (imported?.yaml !== undefined && takesOwnBackups(imported.yaml.slice(f.start, f.end))))) ||
    (f.ruleId === 'change-notice' && imported?.yaml !== undefined && announcesWithoutLeadTime(imported.yaml.slice(f.start, f.end))) ||
    (f.ruleId === 'incident-notification' && imported?.yaml !== undefined && (promisesBreachNoticeWithoutTime(lineAround(imported.yaml, f.start)) || promisesBreachNotice(lineAround(imported.yaml, f.start)))) ||
    (f.ruleId === 'log-retention-missing' && (f.messageId === 'collectedNoRetention' || (imported?.yaml !== undefined && (statesProvidersLogs(imported.yaml.slice(f.start, f.end)) || affirmsLogging(lineAround(imported.yaml, f.start)))))) ||
    (f.ruleId === 'data-location' && imported?.yaml !== undefined && (speaksOfHosting(lineAround(imported.yaml, f.start)) || speaksOfHosting(imported.yaml.slice(f.start, f.end))));
  // CLD.8.1.5 asks what becomes of customer data when the customer leaves. A text that never says (a retention schedule,
  // a section on exports, a manual on deleting records, traces or logs during use, staff leaving) gives no reason to ask
  // it, unless it names CLD.8.1.5 by its id: the gap sits on the statement of the data's fate at the leaving (ruling P2),
  // and a whitepaper's section read as CLD.8.1.5 from words of deleting ("Trace deletes", 「操作ログの古いデータ削除」)
  // without one is the customer's own deleting during use.
  const deletion = controls.filter((c) => c.id === 'CLD.8.1.5');
  const leavingUnsaid = (ruleId: string) =>
    ruleId === 'deletion-policy' &&
    imported?.leaving === false &&
    !deletion.some((c) => c.via === 'reference');
  // A help article, an FAQ entry, a privacy policy or a product page owes the facts of the practice its finding's own
  // statement states (ruling Q1, publishedKind.ts); the data's fate there only where that statement says what becomes of
  // it when the customer leaves otherwise than by deleting their own account (ruling P2: a privacy policy's retention by
  // purpose is no deletion at leaving, the user's own account deletion is optional). Nor did it set out to answer the 44
  // expected controls: the ones it leaves out are no gap of its own (coverage still shows them).
  // A privacy policy's change article announces its own changes, not the service's (ruling Q5); its promise to tell users
  // of a breach owes the time whatever words it says it in, unless it promises only the law's notice (ruling Q4).
  const statesPractice = (f: Finding) => {
    if (imported?.yaml === undefined) return standsAlone(f);
    if (f.ruleId === 'deletion-policy') return fateAtLeaving(lineAround(imported.yaml, f.start));
    if (f.ruleId === 'change-notice') return standsAlone(f) && !changesOwnText(lineAround(imported.yaml, f.start));
    if (f.ruleId === 'incident-notification') return standsAlone(f) || promisesBreachNotice(sectionAround(imported.yaml, f.start));
    return standsAlone(f);
  };
  const notOwed = (f: Finding) =>
    imported?.kind !== undefined &&
    (f.ruleId === 'control-missing' ? !owesAnswer(imported.kind, []) : CONTENT_RULES[f.ruleId] !== undefined && !owesAnswer(imported.kind, CONTENT_RULES[f.ruleId], statesPractice(f)));
  // A page on one topic (terms, an SLA, a help or FAQ answer, a policy) asks backup-retention's question only where it
  // says the provider takes backups itself: terms of a backup product, a guide to planning recovery or a tool's login page
  // name backups in their title and definitions, and those are the customer's copies or no regime at all. A whitepaper
  // answers 12.3.1 under its heading whatever it says there.
  let ownBackups: boolean | undefined;
  const backupsUnsaid = (ruleId: string) =>
    ruleId === 'backup-retention' && imported?.kind !== undefined && imported.kind.kind !== 'whitepaper' && imported.yaml !== undefined && !(ownBackups ??= statesOwnBackups(imported.yaml));
  // A questionnaire's row answered "No" states no practice whose details a rule could ask for.
  const onDeclinedRow = (f: Finding) => CONTENT_RULES[f.ruleId] !== undefined && imported?.yaml !== undefined && declinedRow(lineAround(imported.yaml, f.start));
  return findings.filter(
    (f) =>
      !ABOUT_INFERRED_CONTROLS.has(f.ruleId) &&
      !onDeclinedRow(f) &&
      (!aboutWeakControl(f.ruleId) || standsAlone(f)) &&
      !notOwed(f) &&
      !leavingUnsaid(f.ruleId) &&
      !backupsUnsaid(f.ruleId) &&
      !(guessedName && f.ruleId === 'service-name-spelling'),
  );
}

/** The statement says what becomes of customer data when the customer leaves, by a way other than deleting their own account. */
const fateAtLeaving = (statement: string) => saysWhatBecomesOfData(statement) && accountLeaving(statement).otherwise;

// Something backed up, said in the passive ("Every workspace is backed up"): the provider's act, unless the customer's.
const BACKED_UP = wordGaps(/\b(?:is|are|be|been|gets?)\s{1,3}(?:\w+\s{1,3})?backed\s{1,3}up\b/i);

/** Some sentence of the imported text's titles and bodies (not its controls' comments) says the provider takes or keeps its own backups. */
function statesOwnBackups(yaml: string): boolean {
  const text = yaml
    .split('\n')
    .filter((line) => !/^\s*(?:-\s+)?controls:/.test(line))
    .join('\n');
  return someSentence(text, (sentence) => statesProvidersBackups(sentence) || (BACKED_UP.test(sentence) && !backupOwnership(sentence, true).customers));
}

/**
 * Some sentence of the text says the provider takes its own backups on a cadence, with a number or without ("regular"). A
 * security disclosure's list of measures says it in nouns too ("Daily backups to a different host"): its items are the
 * provider's own practice, where a product page's are features.
 */
function statesBackupCadence(text: string, disclosure: boolean): boolean {
  return someSentence(
    text,
    (sentence) => (statesProvidersBackups(sentence) && extractFacts(sentence).some((f) => f.kind === 'frequency' || f.vagueness === 'frequency')) || (disclosure && namesBackupCadence(sentence)),
  );
}

function someSentence(text: string, holds: (sentence: string) => boolean): boolean {
  return splitSentences(text).some(({ start, end }) => holds(text.slice(start, end)));
}
