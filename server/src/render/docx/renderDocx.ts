// The whitepaper as a Word file, for providers whose legal and sales teams
// edit in Word: the title block, the revision history, a contents list,
// every section under a Word heading style (Heading 1, 2, … by depth, so
// Word's navigation pane and its own table of contents work) with its control
// ids in both numberings, the not-applicable list and the coverage matrix as
// tables. Fonts are ones Word has: Yu Gothic (游ゴシック) for Japanese,
// which Word replaces with MS Gothic where it is missing; Calibri for Latin.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { counterparts, lookupControl, normalizeControlId } from '../../catalog';
import type { Coverage } from '../../coverage/coverage';
import { formatMessage } from '../../core/locale';
import { langOf } from '../../model/documentFacts';
import type { ControlRef, SectionModel, WhitepaperModel } from '../../model/whitepaper';
import { scalarText } from '../escape';
import { LABELS } from '../labels';
import { append } from '../../core/arrays';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
// A line break in a Japanese body is the author's wrapping, not a space.
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const FONTS = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Yu Gothic', cs: 'Calibri' };

/** `**bold**` kept as bold runs; other Markdown marks are left as written (the body reads as prose either way). */
function runs(text: string): TextRun[] {
  return text.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((part) => (/^\*\*[^*]+\*\*$/.test(part) ? new TextRun({ text: part.slice(2, -2), bold: true }) : new TextRun(part)));
}

/** A body as Word paragraphs: blank lines part paragraphs, "- " and "1. " lines are list items, other line breaks are soft. */
function bodyParagraphs(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const lines = block.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
    let prose: string[] = [];
    const flush = () => {
      if (prose.length > 0) out.push(new Paragraph({ children: runs(prose.reduce((text, line) => (CJK.test(text.slice(-1)) || CJK.test(line[0]) ? text + line : `${text} ${line}`))) }));
      prose = [];
    };
    for (const line of lines) {
      const bullet = /^\s*[-*・]\s+(.*)$/.exec(line);
      const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
      if (bullet || numbered) {
        flush();
        out.push(new Paragraph({ children: runs((bullet ?? numbered)![1]), numbering: { reference: bullet ? 'bullets' : 'numbers', level: 0 } }));
      } else {
        prose.push(line.trim());
      }
    }
    flush();
  }
  return out;
}

function controlLine(controls: readonly ControlRef[]): Paragraph | undefined {
  if (controls.length === 0) return undefined;
  const parts = controls.map((control) => {
    const id = normalizeControlId(control.id);
    const info = lookupControl(id);
    if (!info) return control.id;
    if (info.edition === 'cloud') return `ISO/IEC 27017 ${info.id}`;
    const other = info.edition === '2013' ? '2022' : '2013';
    const alternates = counterparts(info.id, info.edition);
    return `${info.edition}: ${info.id}${alternates.length ? ` (${other}: ${alternates.join(', ')})` : ''}`;
  });
  return new Paragraph({ style: 'ControlIds', children: [new TextRun(parts.join(' · '))] });
}

const cell = (text: string, header = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E1F2' } } : {}),
  });

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

export interface DocxOptions {
  readonly coverage: Coverage;
  readonly fallbackTitle: string;
}

export async function renderDocx(model: WhitepaperModel, options: DocxOptions): Promise<Buffer> {
  const lang = langOf(model);
  const data = model.data;
  const service = data.service && typeof data.service === 'object' ? (data.service as Record<string, unknown>) : {};
  const title = scalarText(data.title) ?? scalarText(service.name) ?? options.fallbackTitle;
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] })];

  const fields: [string, string | undefined][] = [
    [LABELS.service[lang], scalarText(service.name)],
    [LABELS.provider[lang], scalarText(service.provider)],
    [LABELS.model[lang], scalarText(service.model)],
    [LABELS.platform[lang], scalarText(service.platform)],
    [LABELS.url[lang], scalarText(service.url)],
    [LABELS.version[lang], scalarText(data.version)],
    [LABELS.published[lang], scalarText(data.published)],
    [LABELS.contact[lang], scalarText(data.contact)],
  ];
  for (const [label, value] of fields) if (value !== undefined) children.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));

  const history = Array.isArray(data.history) ? data.history.filter((h): h is Record<string, unknown> => !!h && typeof h === 'object') : [];
  if (history.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(LABELS.history[lang])] }));
    children.push(table([LABELS.version[lang], LABELS.date[lang], LABELS.note[lang]], history.map((h) => [scalarText(h.version) ?? '', scalarText(h.date) ?? '', scalarText(h.note) ?? ''])));
  }

  const untitled = LABELS.untitled[lang];
  const contents: Paragraph[] = [];
  const body: (Paragraph | Table)[] = [];
  const visit = (sections: readonly SectionModel[], depth: number) => {
    for (const section of sections) {
      const heading = section.title ?? untitled;
      contents.push(new Paragraph({ text: heading, indent: { left: depth * 360 } }));
      body.push(new Paragraph({ heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)], children: [new TextRun(heading)] }));
      const ids = controlLine(section.controls);
      if (ids) body.push(ids);
      if (section.body) append(body, bodyParagraphs(section.body));
      visit(section.sections, depth + 1);
    }
  };
  visit(model.sections, 0);
  if (contents.length > 0) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(LABELS.contents[lang])] }), ...contents);
  else children.push(new Paragraph({ text: LABELS.noSections[lang] }));
  append(children, body);

  if (model.notApplicable.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(LABELS.notApplicable[lang])] }));
    children.push(table([LABELS.control[lang], LABELS.reason[lang]], model.notApplicable.map((entry) => [`${entry.id} ${lookupControl(normalizeControlId(entry.id))?.title[lang] ?? ''}`.trim(), String(entry.reason ?? '')])));
  }

  const { coverage } = options;
  const editions = coverage.numbering === '2022' ? ['2022', '2013'] : ['2013', '2022'];
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(LABELS.coverage[lang])] }));
  children.push(new Paragraph({ text: formatMessage(LABELS.coverageNote, lang, { answered: coverage.answered, expected: coverage.expected, numbering: coverage.numbering, profile: coverage.profile }) }));
  children.push(
    table(
      [editions[0], editions[1], LABELS.control[lang], LABELS.status[lang], LABELS.where[lang]],
      coverage.rows.map((row) => {
        const ids = coverage.numbering === '2022' ? [row.ids2022.join(', ') || '–', row.id] : [row.id, row.ids2022.join(', ') || '–'];
        const where = row.status === 'not-applicable' || row.status === 'dropped' ? (row.reason ?? '') : [...new Set(row.places.map((p) => p.label))].join(', ');
        return [ids[0], ids[1], row.title[lang], LABELS[row.status][lang], where];
      }),
    ),
  );

  const document = new Document({
    creator: scalarText(service.provider) ?? 'wp27017',
    title,
    description: 'ISO/IEC 27017 whitepaper',
    styles: {
      default: { document: { run: { font: FONTS, size: 21 } }, title: { run: { font: FONTS } }, heading1: { run: { font: FONTS } }, heading2: { run: { font: FONTS } }, heading3: { run: { font: FONTS } } },
      paragraphStyles: [{ id: 'ControlIds', name: 'Control IDs', basedOn: 'Normal', run: { font: FONTS, size: 18, color: '44546A' }, paragraph: { spacing: { after: 120 } } }],
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] },
        { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
