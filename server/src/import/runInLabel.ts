// A run-in label: a few words that open a paragraph and name its topic, as a heading would ("Backups: …", "**Logging.**
// We record…", "【通信の暗号化】…", "Staff training. Every employee…"). The importer reads them to name a paragraph's
// controls (recognizeControls.ts) and, where paragraphs of a section each open with one, to make each its own
// subsection (sectionize.ts).
// The label's text follows on its line: a label alone on its line heads text a stored page may have lost. A security
// annex sets its labels in bold or in 【】, or ends them with a full stop ("**Logging.** We record…", "【通信の暗号化】…",
// "Staff training. Every employee…"): a label ending in a full stop is a few words that are no sentence of their own.
const LABEL =
  /^[ \t\u3000]*(?<item>[-*・•■●][ \t\u3000]*)?(?:(?<bold>\*\*|__)(?<boldLabel>[^:：。.!?\n*_]{2,30}?)[:：.．]?\k<bold>[:：]?|【(?<bracketed>[^【】\n]{2,30})】|(?<colon>[^:：。.!?\n・•*]{2,30})[:：]|(?<stop>[A-Z][A-Za-z-]*(?: [A-Za-z-]+){0,2})\.(?=[ \t]+[A-Z][^\n]{20}))[ \t\u3000]*\S/gmu;
// A full stop after a few words ends a short sentence as often as a label: one with a subject or a verb is a sentence.
const SENTENCE_WORDS = /\b(?:we|our|you|your|it|this|that|these|is|are|was|were|be|will|can|may|must|do|does|not|no|yes|see|all|the|a|an)\b/i;

// A template's measure names a goal and offers examples of it ("Virtual access control: no unauthorised use of
// systems, e.g. strong passwords"): what the provider does is not said, so its label answers nothing.
// Its body's words name the examples, not measures taken: such lines are left out of the body's reading too.
const EXAMPLES = /\be\.\s?g\.|\bz\.\s?b\.|例[:：]/iu;

const lineAt = (body: string, at: number) => body.slice(at, body.indexOf('\n', at) === -1 ? body.length : body.indexOf('\n', at));
export const withoutExamples = (body: string) => body.split('\n').map((line) => (EXAMPLES.test(line) ? '' : line)).join('\n');

// A label followed on its line by nothing but a gloss ("**Default limits** (maximums):") heads the list below it, as a
// label alone on its line does: what it heads may be anything.
const HEADS_WHAT_FOLLOWS = /^[(（][^)）\n]*[)）][ \t\u3000]*[:：]?[ \t\u3000]*$/u;
// 【】 also sets off a name: one with a gloss in brackets, or defined for the rest of the text ("【X】(以下「本サービス」)"),
// names a product or a party, not a topic.
const GLOSSED = /[(（]/u;
const DEFINED_AS = /^[(（]以下/u;

/** A run-in label found in a text: its words, the offset of its line and where the text it heads starts on that line. */
export interface RunInLabel {
  readonly label: string;
  readonly at: number;
  readonly rest: number;
  /** Whether the label opens a list item ("・操作ログ：3年間"), a value under a topic rather than a topic of its own. */
  readonly item: boolean;
}

export function runInLabels(body: string, itemsToo: boolean): RunInLabel[] {
  return [...body.matchAll(LABEL)]
    .filter((m) => itemsToo || m.groups!.item === undefined)
    .filter((m) => !EXAMPLES.test(lineAt(body, m.index!)))
    .filter((m) => m.groups!.stop === undefined || !SENTENCE_WORDS.test(m.groups!.stop))
    .filter((m) => !HEADS_WHAT_FOLLOWS.test(lineAt(body, m.index! + m[0].length - 1)))
    .filter((m) => m.groups!.bracketed === undefined || !(GLOSSED.test(m.groups!.bracketed) || DEFINED_AS.test(lineAt(body, m.index! + m[0].length - 1))))
    .map((m) => ({ label: (m.groups!.boldLabel ?? m.groups!.bracketed ?? m.groups!.colon ?? m.groups!.stop!).trim(), at: m.index!, rest: m.index! + m[0].length - 1, item: m.groups!.item !== undefined }))
    .filter(({ label }) => !/https?$/i.test(label) && label.split(/\s+/).length <= 4);
}

// A retention schedule's line: a kind of record over how long it is kept ("Security training records: 3 years",
// "Infrastructure metrics: 90 days", 「研修記録：3年」). Its label names what is kept, not a practice of its topic.
const PERIOD_VALUE = /^[^\n.。]{0,40}?\b\d+\s*(?:years?|months?|weeks?|days?|hours?)\b|^[^\n。]{0,20}?\d+\s*(?:年|か月|ヶ月|カ月|週間|日|時間)/iu;

// A label that names a topic is words. One with quotes, brackets, braces, an underscore or a sign in it is code or data
// (a JSON key, "timestamp": "2021-…"; a request header, -H "Authorization: Bearer …"; front matter, sidebar_label: …; a
// link reference, [aws-kms]: https://…; markup, <span><strong>…): it names a field, not the paragraph's topic.
const CODE = /["'`{}<>$=[\]_\\]/u;
// A label followed on its line by nothing but its colon ("**Supply Chain Security**:", 「**暗号化**：」) or a form's blank
// ("Backup storage location: ____") is alone on its line: it heads a list, or a blank, that says nothing of it.
const SAYS = /[\p{L}\p{N}]/u;

/**
 * The labels a text's paragraphs (and, with `itemsToo`, its list items) open with; a label over a bare period
 * (`kept`: a retention schedule's line) is kept apart, as it names only what is kept; `row`: a flattened table's row,
 * whose period the prose reader does not pair with its label; `paragraph`: what a run-in label heads, where the evidence
 * for a common word of it is sought.
 */
export function labels(body: string, itemsToo: boolean): { label: string; kept: boolean; row?: true; paragraph?: string }[] {
  const runIn = runInLabels(body, itemsToo)
    .filter((l) => !CODE.test(l.label) && SAYS.test(lineAt(body, l.rest)))
    .map((l) => ({ label: l.label, kept: PERIOD_VALUE.test(lineAt(body, l.rest)) && lineAt(body, l.rest).length <= 60, paragraph: paragraphAt(body, l.rest) }));
  return [...runIn, ...scheduleRows(body).map((label) => ({ label, kept: true, row: true as const }))];
}

/** What a label heads: the rest of its paragraph, up to the next blank line. */
function paragraphAt(body: string, at: number): string {
  // Searched from the label on, not in a copy of the rest of the body: a long page has many labels.
  const blank = /\n[ \t\u3000]*\n/gu;
  blank.lastIndex = at;
  const end = blank.exec(body);
  return body.slice(at, end === null ? body.length : end.index);
}

// A line that is nothing but a period ("1 year", " 7 years ", 「3年間」): a retention table's second cell on its own line.
const BARE_PERIOD = /^[ \t\u3000]*(?:\d+\s*(?:years?|months?|weeks?|days?)|\d+\s*(?:年|か月|ヶ月|カ月|週間|日)間?)[ \t\u3000]*$/iu;
// A table's first cell: a few words that end no sentence ("Audit logs", 「監査ログ」).
const ROW_LABEL = /^[ \t\u3000]*[^\s.。:：!?！？|][^.。:：!?！？|\n]{0,40}$/u;

/**
 * A retention table flattened one cell a line ("Audit logs", a blank line, "1 year"): each kind of record over the
 * period it is kept, two rows at least. Its labels name what is kept, as a schedule's "Label: 1 year" lines do.
 */
function scheduleRows(body: string): string[] {
  const lines = body.split('\n').filter((line) => line.trim() !== '');
  const rows = lines.flatMap((line, i) => (i + 1 < lines.length && BARE_PERIOD.test(lines[i + 1]) && !BARE_PERIOD.test(line) && ROW_LABEL.test(line) && line.trim().split(/\s+/).length <= 5 ? [line.trim()] : []));
  return rows.length >= 2 ? rows : [];
}
