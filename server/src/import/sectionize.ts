// Builds the source format from a published whitepaper read as blocks
// (read/block.ts), whatever its format: sections from headings (list items and
// table rows are always body), controls from the whole section
// (recognizeControls.ts), prose kept verbatim in block scalars. It also keeps
// a map from every offset of the generated YAML back to the document's text,
// so findings are reported where a reviewer reads them. The YAML is valid by
// construction: no empty body or title, every scalar quoted or a block.
import { frontMatterTitle } from './frontMatterTitle';
import { ownOutline } from './headingControls';
import { headingRole, OPENING_HEADING } from './headingRole';
import type { ReadDocument } from '../read/block';
import { serviceNameFromText } from '../facts/serviceName';
import { judgePublishedKind, type KindJudgement } from './publishedKind';
import { DELETE_WORDS, END_OF_CONTRACT, fateBeyondLeaving, KEPT, RETURN_WORDS, saysWhatBecomesOfDataAnywhere, saysWhatBecomesOfDataUnder } from '../facts/leaving';
import { splitSentences } from '../facts/sentences';
import { recognizeControls, wordsByControl, type RecognizedControl } from './recognizeControls';
import { openedDocument, pageKind, type PageKind } from './pageKind';
import { runInLabels } from './runInLabel';
import { MEASURES_CONTEXT } from './listedMeasures';
import { logPage } from './logContent';
import { withoutPartyNames } from './partyNames';
import { backupProductTerms } from './backupProduct';
import { deletesStaffRecords } from './staffRecords';
import { deletedAtLapse, lapseWords } from './accountLapses';
import { howToAnswer } from './howToAnswer';
import { lineAt, lineStarts as textLineStarts } from '../core/lines';

interface Heading {
  /** 0-based line number in the text. */
  readonly line: number;
  readonly text: string;
  readonly level: number;
}

/** A recognised control of one imported section, and why. */
export interface ImportedControl extends RecognizedControl {
  /** The section's title as imported. */
  readonly section: string;
  /** Offset in the document's text of the section's heading (or the start). */
  readonly at: number;
}

/** A heading of the document that became a section, and the controls that section was read as answering. */
export interface ImportedHeading {
  readonly title: string;
  /** Offsets in the document's text of the heading's words. */
  readonly start: number;
  readonly end: number;
  /** How deep in the document's outline: 0 for a top section, 1 for its subsections… */
  readonly depth: number;
  readonly controls: readonly RecognizedControl[];
}

export interface ImportResult {
  readonly yaml: string;
  readonly lang: 'ja' | 'en';
  readonly sections: number;
  /** Whether the service name was read from the text (its definition, its title, a name it repeats), not guessed. */
  readonly serviceNameRead: boolean;
  /** Every control given to a section, with what it was recognised from. */
  readonly controls: readonly ImportedControl[];
  /** Every heading that became a section, in document order: where a reviewer asks what it was read as. */
  readonly headings: readonly ImportedHeading[];
  /** What kind of document the text is (a whitepaper, a help article…), and so which questions it owes an answer to. */
  readonly kind: KindJudgement;
  /**
   * Whether a sentence of the text says what becomes of customer data when the customer leaves (the end of the
   * contract, closing the account, 退会): deleted, returned, or kept for a while after.
   */
  readonly leaving: boolean;
  /** The original offset of a generated one; generated-only text maps to its section's heading or the start. */
  toSource(offset: number): number;
}

interface LineOrigin {
  /** Offset of the generated line in the YAML. */
  readonly at: number;
  /** Characters the YAML adds before the original text starts (indentation, `- title: "`). */
  readonly shift: number;
  /** Offset of the original text, or of the heading that stands for a generated line. */
  readonly source: number;
  /** Whether the rest of the line is the original text, character for character. */
  readonly verbatim: boolean;
}

interface Node {
  readonly heading: Heading;
  readonly body: readonly number[];
  readonly children: Node[];
}

const REASON: Record<RecognizedControl['via'], string> = { reference: 'id in text', heading: 'heading words', label: 'label', title: 'title words', body: 'body words', learned: 'body words (learnt)' };

/** Why each control was given, for the comment on the imported `controls:` line. */
function whyComment(recognised: readonly RecognizedControl[]): string {
  return recognised
    .map((c) => `${c.id} ${REASON[c.via]}: ${c.words.join(', ')}${c.support && c.support.length > 0 ? ` (body: ${c.support.join(', ')})` : ''}`)
    .join('; ')
    .replace(/[\r\n]+/g, ' ');
}

function detectLang(text: string): 'ja' | 'en' {
  // Counted, not collected: a long text would otherwise build an array of every character.
  let japanese = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) japanese++;
  }
  return japanese > Math.max(20, text.length * 0.05) ? 'ja' : 'en';
}

function guessProvider(text: string): string | undefined {
  const match = /(?:株式会社|有限会社|合同会社)[^\s、。,（(）)「」]{1,30}|[^\s、。,（(「」]{1,30}(?:株式会社|有限会社|合同会社)|[A-Z][\w&.-]{0,39}(?: [A-Z][\w&.-]{0,39}){0,4},? (?:Inc\.|Ltd\.|LLC|Corporation|K\.K\.|GmbH)/.exec(text.slice(0, 20_000));
  // "株式会社サンプルは…": drop the particle that follows the name in a sentence.
  return match?.[0].replace(/[はがのをにでとも]+$/, '');
}

/** Product names written as one word with an inner capital or digit: "ExampleDrive", "cloudBox", "Foo365". */
const PRODUCT_WORD = /(?<![A-Za-z0-9])[A-Za-z][a-z0-9]*(?:[A-Z0-9][A-Za-z0-9]*)+(?![A-Za-z0-9])/g;

/**
 * The service's name: the title without its boilerplate. When the text names
 * a product of the same family (same first four letters) far more often than
 * the title does, that is the service the paper describes, and near-misses
 * of it are the ones worth reporting.
 */
function guessServiceName(title: string, text: string, fallback: string): { name: string; read: boolean } {
  const name = title
    .replace(/ISO\/IEC\s*2701[78](?::20\d\d)?|ISMAP|[(（[［【].*?[)）\]］】]/gi, '')
    .replace(/セキュリティ\s*ホワイト\s*ペーパー|ホワイトペーパー|に(?:おける|関する)|について|security\s+white\s*paper|white\s*paper/gi, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  // A name the text defines, its title carries or it repeats in 「」 is read, not guessed.
  const read = serviceNameFromText(text, title);
  if (!name) return read ? { name: read, read: true } : { name: fallback, read: false };
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(PRODUCT_WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const family = [...counts].filter(([word]) => word !== name && word.length >= 5 && word.slice(0, 4).toLowerCase() === name.slice(0, 4).toLowerCase());
  const [common, uses] = family.sort((a, b) => b[1] - a[1])[0] ?? [];
  return common && uses! >= 3 && uses! >= 3 * (counts.get(name) ?? 0) ? { name: common, read: true } : read ? { name: read, read: true } : { name, read: false };
}

// Characters YAML cannot hold in a scalar (controls, a carriage return inside a line, the line
// separators YAML 1.1 readers break at, lone surrogates, non-characters) become spaces, one for one,
// so offsets stay aligned.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A heading that asks: a FAQ's question ("Q3. 解約できますか？", "Where is my data stored?"). */
const ASKS = /^(?:Q[0-9０-９]*[.．:：)）]?\s*\S|[\s\S]*[?？]$)/u;
/** A heading's number ("1.", "第1章", "(1)", "1-1") before its words. */
const NUMBERING = /^(?:第\s*[0-9０-９一二三四五六七八九十]+\s*[章節部]|[(（]?[0-9０-９]{1,2}(?:[.．\-－][0-9０-９]{1,2})*[)）.．]?)[\s\u3000]*/;

/** A sentence, not a bare value: a few words that end with a full stop. */
/** A clause's number at the start of its line ("4. "), before its words. */
const NUMBERED_CLAUSE = /^[ \t]*\d{1,2}\.[ \t]+(?=\p{Lu})/u;
const SENTENCE = /\S.{8,}[。．.!?！？]["”」』)）]?\s*$/u;

/** Headings with neither text nor subsections under them are read as text of the section before. */
function headingsWithContent(headings: readonly Heading[], hasText: (from: number, to: number) => boolean, lineCount: number): Heading[] {
  const kept: Heading[] = [];
  for (let i = headings.length - 1; i >= 0; i--) {
    const next = kept[0];
    if (hasText(headings[i].line + 1, next?.line ?? lineCount) || (next !== undefined && next.level > headings[i].level)) kept.unshift(headings[i]);
  }
  return kept;
}

export function sectionize(document: ReadDocument, fileName: string): ImportResult {
  const text = document.text;
  const lines = text.split('\n').map((line) => line.replace(/\r$/, '').replace(UNPRINTABLE, ' '));
  const lineStarts = textLineStarts(text);

  // Which lines carry text a section holds: those of its blocks; contents entries and page furniture belong to none.
  const inBody = new Array<boolean>(lines.length).fill(false);
  const headingLines = new Map<number, Heading>();
  // The first and last lines of each paragraph: a run-in label may open it.
  const paragraphs = new Map<number, number>();
  // The first and last lines of each numbered item: an agreement's clause may open with its caption ("4. Deletion. Within …").
  const clauses = new Map<number, number>();
  for (const block of document.blocks) {
    const from = lineAt(lineStarts, block.start);
    const to = lineAt(lineStarts, Math.max(block.start, block.end - 1));
    if (block.kind === 'paragraph') paragraphs.set(from, to);
    else if (block.kind === 'list-item' && NUMBERED_CLAUSE.test(lines[from])) clauses.set(from, to);
    if (block.kind === 'heading') {
      const title = (block.title ?? text.slice(block.start, block.end)).replace(UNPRINTABLE, ' ').trim();
      headingLines.set(from, { line: from, text: title || lines[from].trim(), level: Math.max(1, block.level) });
    }
    for (let n = from; n <= to; n++) inBody[n] = true;
  }
  // The title is the heading on the first line; a document that opens with prose has none, and keeps that prose.
  const opening = inBody.indexOf(true);
  const firstLine = headingLines.has(opening) ? opening : -1;
  const hasText = (from: number, to: number) => {
    for (let n = from; n < to; n++) if (inBody[n] && lines[n].trim() !== '') return true;
    return false;
  };
  const headings = headingsWithContent([...headingLines.values()].filter((h) => h.line !== firstLine && h.text !== ''), hasText, lines.length);
  const demoted = new Set([...headingLines.keys()].filter((n) => !headings.some((h) => h.line === n)));
  const titleLine = firstLine === -1 ? '' : (headingLines.get(firstLine)?.text ?? lines[firstLine].trim().replace(/^#+\s*/, ''));
  const title = document.title?.replace(UNPRINTABLE, ' ').trim() || titleLine || fileName.replace(/\.[^.]+$/, '').trim() || 'Whitepaper';
  const lang = detectLang(text);
  const bodyLines = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k).filter((n) => (inBody[n] || lines[n].trim() === '') && (!headingLines.has(n) || demoted.has(n)));

  // Headings nest by level; each one's body runs to the next heading.
  const roots: Node[] = [];
  const stack: Node[] = [];
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.line ?? lines.length;
    const node: Node = { heading, body: bodyLines(heading.line + 1, end), children: [] };
    while (stack.length > 0 && stack[stack.length - 1].heading.level >= heading.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  });
  const preamble = bodyLines(firstLine + 1, headings[0]?.line ?? lines.length);

  // Where a run-in label's paragraph became its own section, the label is its title and its line's text starts after it.
  const cut = new Map<number, number>();
  const lineText = (n: number) => lines[n].slice(cut.get(n) ?? 0);

  const out: string[] = [];
  const origins: LineOrigin[] = [];
  let at = 0;
  const emit = (line: string, origin?: { source: number; shift: number; verbatim: boolean }) => {
    origins.push({ at, shift: origin?.shift ?? 0, source: origin?.source ?? lineStarts[Math.max(0, firstLine)] ?? 0, verbatim: origin?.verbatim ?? false });
    out.push(line);
    at += line.length + 1;
  };
  const quote = (value: string) => JSON.stringify(value);

  emit(`# Imported by wp27017 from ${fileName}: check the service details, then each section's controls.`);
  emit('whitepaper: 1');
  emit(`lang: ${lang}`);
  emit(`title: ${quote(title)}`, { source: lineStarts[Math.max(0, firstLine)] ?? 0, shift: 8, verbatim: false });
  emit('service:');
  const serviceName = guessServiceName(title, text, fileName.replace(/\.[^.]+$/, ''));
  emit(`  name: ${quote(serviceName.name.replace(UNPRINTABLE, ' ').trim() || title)}`);
  emit(`  provider: ${quote(guessProvider(text) ?? (lang === 'ja' ? '(提供者名)' : '(provider)'))}`);
  emit('  model: SaaS # imported: check IaaS, PaaS or SaaS');
  emit('numbering: "2013"');
  emit('sections:');

  const writeBody = (lineNumbers: readonly number[], indent: string) => {
    let from = 0;
    let to = lineNumbers.length;
    while (from < to && lineText(lineNumbers[from]).trim() === '') from++;
    while (to > from && lineText(lineNumbers[to - 1]).trim() === '') to--;
    if (from === to) return false;
    // An explicit indentation indicator when the text itself starts indented.
    emit(`${indent}body: |${/^\s/.test(lineText(lineNumbers[from])) ? '2' : ''}`);
    for (const n of lineNumbers.slice(from, to)) {
      const line = lineText(n);
      if (line.trim() === '') emit('', { source: lineStarts[n], shift: 0, verbatim: false });
      else emit(`${indent}  ${line}`, { source: lineStarts[n] + (cut.get(n) ?? 0), shift: indent.length + 2, verbatim: true });
    }
    return true;
  };

  // Which controls each section answers; what the title names ("Backup Policy") is answered by the opening text.
  interface Part {
    readonly heading?: Heading;
    readonly title: string;
    readonly body: readonly number[];
    readonly children: readonly Part[];
    readonly fromTitle?: boolean;
    /** A run-in label's paragraph, made its own section: its controls are named by the label. */
    readonly label?: boolean;
  }
  // Paragraphs of a section that each open with a run-in label ("Logging: …", "【バックアップ】…") are its subsections,
  // as if each label were a heading, so a label's topic is read with its own paragraph's facts. Two labels at least, and
  // half the paragraphs from the first one: a page's "Updated: …" line over prose heads nothing. A list item's label
  // is a value under a topic ("・操作ログ：3年間"), never a section; so is a label over a bare value ("Copies kept: 14"):
  // a label heads a section only over a sentence. An agreement's numbered clauses that open with their captions ("4. Deletion.
  // Within 30 days …") are its sections the same way, titled by number and caption.
  const withRunIns = (part: Part, level: number): Part => {
    const children = part.children.map((child) => withRunIns(child, child.heading?.level ?? level + 1));
    const opens = part.body.flatMap((n, i) => {
      const end = paragraphs.get(n) ?? clauses.get(n);
      if (end === undefined) return [];
      const number = clauses.has(n) ? NUMBERED_CLAUSE.exec(lines[n])![0] : '';
      const [found] = runInLabels(lines[n].slice(number.length), false);
      // A numbered item's caption ends with its full stop, as an agreement's do; "3. Risk assessment: …" is an item's label.
      if (found === undefined || (number !== '' && !lines[n].slice(number.length).startsWith(`${found.label}.`))) return [];
      const rest = number.length + found.rest;
      const said = [lines[n].slice(rest), ...lines.slice(n + 1, end + 1)].join(' ');
      return found.at === 0 && SENTENCE.test(said) ? [{ i, n, label: `${number.trim()} ${found.label}`.trim(), rest }] : [];
    });
    const from = opens[0]?.i ?? part.body.length;
    const paragraphsFrom = part.body.slice(from).filter((n) => paragraphs.has(n) || clauses.has(n)).length;
    if (opens.length < 2 || opens.length * 2 < paragraphsFrom) return { ...part, children };
    const labelled: Part[] = opens.map((open, k) => {
      cut.set(open.n, open.rest);
      const body = part.body.slice(open.i, opens[k + 1]?.i ?? part.body.length);
      return { heading: { line: open.n, text: open.label, level: level + 1 }, title: open.label, body, children: [], label: true };
    });
    return { ...part, body: part.body.slice(0, from), children: [...labelled, ...children] };
  };
  const partOf = (node: Node): Part => ({ heading: node.heading, title: node.heading.text, body: node.body, children: node.children.map(partOf) });
  // A party's defined name ("SUBPROCESSOR", 「委託先」) is blanked in what is read for controls, never in what is written.
  const readable = withoutPartyNames(text);
  const textOf = (lineNumbers: readonly number[]) => readable(lineNumbers.map(lineText).join('\n'));
  // The start of a section's subsections, enough to bear out its heading: a cap keeps deep nesting linear.
  const BELOW = 4000;
  const below = (part: Part): string => {
    const taken: string[] = [];
    let length = 0;
    const visit = (children: readonly Part[]) => {
      for (const child of children) {
        if (length >= BELOW) return;
        const text = readable(`${child.title}\n${child.body.slice(0, 200).map((n) => lineText(n).slice(0, BELOW)).join('\n')}`.slice(0, BELOW - length));
        taken.push(text);
        length += text.length + 1;
        visit(child.children);
      }
    };
    visit(part.children);
    return taken.join('\n');
  };
  const parts: Part[] = [];
  // Text before a first heading that is itself the introduction ("1. はじめに") opens that section, not one more of the same name.
  const introduces = roots.length > 0 && OPENING_HEADING.test(roots[0].heading.text.replace(NUMBERING, '').trim());
  const openingText = preamble.some((n) => lines[n].trim() !== '') && !introduces;
  if (openingText) parts.push({ title: lang === 'ja' ? 'はじめに' : 'Introduction', body: preamble, children: [], fromTitle: firstLine !== -1 });
  for (const root of roots) parts.push(partOf(root));
  if (introduces && preamble.some((n) => lines[n].trim() !== '')) {
    const opening = preamble.slice(0, preamble.findLastIndex((n) => lines[n].trim() !== '') + 1);
    parts[0] = { ...parts[0], body: [...opening, ...parts[0].body] };
  }
  if (parts.length === 0) parts.push({ title, body: [], children: [] });
  parts.forEach((part, i) => (parts[i] = withRunIns(part, part.heading?.level ?? 0)));
  const recognisedIn = new Map<Part, RecognizedControl[]>();
  // A web page's title names its site after a bar ("データの取扱い | clook law"): the site's name is no topic. Nor are the
  // tags of a page saved with its markup (<span class="section-label">): their names and classes are no words of its.
  const titleTopic = readable(title.replace(/<[^>]*>/g, ' ').replace(/\s[|｜]\s.*$/, ''));
  // An introduction stands among the first sections, before any on a topic ("1. はじめに", "2. 想定読者"); an "Overview"
  // further on, or after a section on backups, heads a topic.
  const LEADING = 3;
  const leading = (part: Part) => {
    const index = parts.indexOf(part);
    return index !== -1 && index < LEADING && parts.slice(0, index).every((before) => before.fromTitle || headingRole(before.heading?.text ?? '') === 'introduction');
  };
  // A page's kind is told by its own name: the line it opens with, else its front matter's title, where that line is
  // none ("*Last updated: …*", "## 第1条（目的）" once the front matter is set aside).
  const kindNamed = (name: string) => pageKind({ title: name, text, headings: headings.map((h) => h.text) });
  const ownName = frontMatterTitle(text);
  const page = document.title?.trim() ? kindNamed(document.title.trim()) : [titleLine, ...(ownName ? [ownName] : [])].map(kindNamed).find((kind) => kind !== 'whitepaper') ?? 'whitepaper';
  // Text before the first heading of a document with other sections introduces it; the title names what two or more of
  // those sections take up in their own words ("Data deletion instructions" over sections on requests and their scope).
  // A word that only supports its topic ("policies", 削除) takes up none: "Our policies on SPF records" under a page
  // titled "Security Policy" is no security policy.
  const others = parts.length > 1;
  const takenUpBy = new Map<string, number>();
  for (const part of parts.filter((p) => !p.fromTitle)) for (const id of wordsByControl(`${part.title}\n${textOf(part.body)}\n${below(part)}`, 2).keys()) takenUpBy.set(id, (takenUpBy.get(id) ?? 0) + 1);
  const pageTopics = new Set([...takenUpBy].filter(([, n]) => n >= 2).map(([id]) => id));
  // A text of two documents (a privacy statement, then a DPA under its own title) reads each part as its own kind of page.
  const kindOf = new Map<Part, PageKind>();
  let current = page;
  for (const part of parts) {
    const opened = part.heading && openedDocument(part.heading.text, `${textOf(part.body)}\n${below(part)}`, part.children.map((c) => c.title));
    if (opened) current = opened;
    kindOf.set(part, current);
  }
  // A page titled for its security measures ("Security at …", セキュリティ対策) reads the lists of its opening as
  // measures (a short statement is all opening); a later section's lists count under a heading of measures of their
  // own: on a whitepaper "security" is in every title, and the title alone over-read every topic-less section's list.
  const measuresPage = MEASURES_CONTEXT.test(titleTopic);
  // An audit-log or login-history page names access words as the events it records.
  const logs = logPage([...wordsByControl(titleTopic).keys()]);
  // A document that numbers its own outline reads a heading's number as its chapter's, not a control's.
  const outline = ownOutline(headings.map((h) => h.text));
  const recognise = (part: Part, inherited: readonly string[], kind = kindOf.get(part) ?? page, measuresAbove = measuresPage, parent = '') => {
    const measures = measuresAbove || MEASURES_CONTEXT.test(part.title);
    // A FAQ's group title ("ご契約について", "Billing and contracts") over questions: each question is answered by its
    // own answer, so a common word of the group's title finds no evidence in any of them.
    const questions = part.children.length > 0 && part.children.every((child) => ASKS.test(child.title.trim()));
    // A label's section is read as its paragraph was, label and all: the label names its topic by the bars of a label.
    const found = part.label
      ? recognizeControls('', readable(part.body.map((n) => lines[n]).join('\n')), inherited, { page: kind, borne: pageTopics, measures, logs })
      : recognizeControls(readable(part.heading?.text ?? (part.fromTitle ? titleTopic : '')), textOf(part.body), inherited, { below: below(part), title: part.fromTitle, questions, leading: leading(part), opening: part.fromTitle === true && others, page: kind, borne: pageTopics, measures, logs, outline, parent });
    recognisedIn.set(part, found);
    for (const child of part.children) recognise(child, [...inherited, ...found.map((c) => c.id)], kind, measures, readable(part.heading?.text ?? ''));
  };
  for (const part of parts) recognise(part, [], kindOf.get(part) ?? page, part.fromTitle === true && measuresPage);
  // Without text before the first heading, the first section stands for the title; among other sections, its words
  // answer there only where that section's words, or two of the page's sections, bear them out.
  if (!openingText && firstLine !== -1) {
    const first = recognisedIn.get(parts[0])!;
    const borne = recognizeControls(titleTopic, others ? textOf(parts[0].body) : '', [], { title: true, opening: others, page, borne: pageTopics, logs }).filter((c) => c.via === 'title');
    for (const c of borne) if (!first.some((d) => d.id === c.id)) first.unshift(c);
  }

  // A title whose topic the opening text does not bear out ("Data retention policy" over a paragraph on personal
  // data) is answered where another section answers it, not by the opening.
  const elsewhere = (part: Part, id: string) => [...recognisedIn].some(([other, found]) => other !== part && found.some((c) => c.id === id && c.via !== 'title'));
  for (const [part, found] of recognisedIn) recognisedIn.set(part, found.filter((c) => c.via !== 'title' || c.support !== undefined || !elsewhere(part, c.id)));
  // A backup product's terms sell backups: their words name the product, not the provider's own backups.
  if (backupProductTerms(page, titleTopic, text)) for (const [part, found] of recognisedIn) recognisedIn.set(part, found.filter((c) => c.id !== '12.3.1' || c.via === 'reference'));
  // A page on deleting the records of the customer's own staff who left answers no question of the customer leaving.
  if (deletesStaffRecords(text)) for (const [part, found] of recognisedIn) recognisedIn.set(part, found.filter((c) => c.id !== 'CLD.8.1.5' || c.via === 'reference'));
  // A short page on leaving ("Close your account", a 退会 help article, an account that lapses) answers CLD.8.1.5 where it says what becomes of
  // the data then, whatever its headings name; a schedule's line may leave that data to its heading ("Customer content").
  // A customer's requirements of its providers ("事業者は、契約終了後にデータを消去できること") say it of no provider.
  if (page !== 'procurement' && ![...recognisedIn.values()].some((found) => found.some((c) => c.id === 'CLD.8.1.5'))) {
    for (const [part, found] of recognisedIn) {
      const body = textOf(part.body);
      // The steps to close an account in the product say what the customer clicks, not what becomes of the data.
      if (howToAnswer(part.title, body)) continue;
      const said = END_OF_CONTRACT.test(body) ? splitSentences(body).map(({ start, end }) => body.slice(start, end)).find((sentence) => saysWhatBecomesOfDataUnder(part.title, sentence) && fateBeyondLeaving(sentence)) : undefined;
      if (said !== undefined) {
        // The sentence may say the leaving in words of non-payment or a downgrade rather than of the contract's end.
        const words = [END_OF_CONTRACT.exec(said)?.[0] ?? lapseWords(said), (DELETE_WORDS.exec(said) ?? RETURN_WORDS.exec(said) ?? KEPT.exec(said))?.[0]];
        found.push({ id: 'CLD.8.1.5', via: 'body', words: words.filter((w) => w !== undefined) });
        break;
      }
      // An account that lapses (payments failing) or a plan that shrinks (a downgrade) deletes data as a cancellation
      // does; a one-question FAQ's question (the page's title) or the sentence before may say the lapse or the leaving
      // its answer follows.
      const lapsed = deletedAtLapse(part.fromTitle ? titleTopic : part.title, body, titleTopic);
      if (lapsed === undefined) continue;
      found.push({ id: 'CLD.8.1.5', via: 'body', words: [lapseWords(`${lapsed}\n${part.fromTitle ? titleTopic : part.title}\n${titleTopic}`), (DELETE_WORDS.exec(lapsed) ?? RETURN_WORDS.exec(lapsed))?.[0]].filter((w) => w !== undefined) });
      break;
    }
  }

  let count = 0;
  const controls: ImportedControl[] = [];
  const headingsRead: ImportedHeading[] = [];
  const writeSection = (part: Part, depth: number) => {
    count++;
    const pad = '  '.repeat(depth * 2 + 1);
    const headingStart = part.heading ? lineStarts[part.heading.line] + Math.max(0, lines[part.heading.line].indexOf(part.title)) : lineStarts[Math.max(0, firstLine)] ?? 0;
    emit(`${pad}- title: ${quote(part.title)}`, { source: headingStart, shift: pad.length + 10, verbatim: part.heading !== undefined && JSON.stringify(part.title) === `"${part.title}"` && lines[part.heading.line].includes(part.title) });
    const recognised = recognisedIn.get(part) ?? [];
    const headingEnd = part.label ? headingStart + part.title.length : part.heading ? lineStarts[part.heading.line] + lines[part.heading.line].trimEnd().length : 0;
    if (part.heading) headingsRead.push({ title: part.title, start: headingStart, end: Math.max(headingStart, headingEnd), depth, controls: recognised });
    if (recognised.length > 0) {
      emit(`${pad}  controls: [${recognised.map((c) => c.id).join(', ')}] # ${whyComment(recognised)}`, { source: headingStart, shift: 0, verbatim: false });
      for (const c of recognised) controls.push({ ...c, section: part.title, at: headingStart });
    }
    const hasBody = writeBody(part.body, `${pad}  `);
    if (part.children.length > 0) {
      emit(`${pad}  sections:`, { source: headingStart, shift: 0, verbatim: false });
      for (const child of part.children) writeSection(child, depth + 1);
    } else if (!hasBody) {
      // Only the title page or an empty document: the section states its title, never an empty body.
      emit(`${pad}  body: ${quote(part.title)}`, { source: headingStart, shift: 0, verbatim: false });
    }
  };
  for (const part of parts) writeSection(part, 0);

  const yaml = `${out.join('\n')}\n`;
  const ownTitle = document.title?.replace(UNPRINTABLE, ' ').trim() || titleLine;
  const kind = judgePublishedKind({ title: ownTitle, text, headings: headingsRead.map((h) => h.title), controls, requirements: page === 'procurement' });
  return {
    yaml,
    lang,
    sections: count,
    serviceNameRead: serviceName.read,
    controls,
    headings: headingsRead,
    kind,
    leaving: saysWhatBecomesOfDataAnywhere(text),
    toSource(offset) {
      let lo = 0;
      let hi = origins.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (origins[mid].at <= offset) lo = mid;
        else hi = mid - 1;
      }
      const origin = origins[lo];
      return origin.verbatim ? origin.source + Math.max(0, offset - origin.at - origin.shift) : origin.source;
    },
  };
}
