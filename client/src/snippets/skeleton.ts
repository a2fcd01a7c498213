// The text of new sections and whole whitepapers, as VS Code snippet syntax.
// Pure and free of the vscode module: the New Whitepaper command builds its
// skeleton here, and scripts/genSnippets.ts builds the snippet files from the
// same functions, so both always say the same thing about each control.
// Type-only imports: the shapes are the catalog's, and nothing of the server enters the client bundle.
import type { Edition, ExpectedControl, LocalizedList, ServiceModel } from '../../../server/src/catalog/types';
import type { Locale, Localized } from '../../../server/src/core/locale';

export type { ServiceModel };
export type Lang = Locale;
export type Numbering = Edition;
export type Texts = Localized;
export type TextLists = LocalizedList;

/** One expected control as the catalog gives it (2013 or CLD id). */
export type ExpectedControlData = Pick<ExpectedControl, 'id' | 'ids2022' | 'title' | 'points'>;

export interface SkeletonData {
  /** In ISO/IEC 27017 order. */
  readonly controls: readonly ExpectedControlData[];
  /** Titles of the 2022 counterparts, for sections written in the 2022 numbering. */
  readonly titles2022: Readonly<Record<string, Texts>>;
}

/** What one section of a new whitepaper lists, titles and asks for. */
export interface SectionPlan {
  /** The ids `controls:` lists, in the document's numbering. */
  readonly ids: readonly string[];
  readonly title: Texts;
  readonly points: TextLists;
  /** The expected controls (2013 or CLD ids) the section answers. */
  readonly answers: readonly string[];
}

export interface SkeletonOptions {
  readonly lang: Lang;
  readonly name: string;
  readonly provider: string;
  readonly model: ServiceModel;
  readonly numbering: Numbering;
}

// The markers are ones the placeholder rule reports, so an unanswered prompt never passes for finished text.
const PROMPT: Texts = { en: '[TODO] Disclose:', ja: '［要記入］ 記載すべき事項:' };
const DOCUMENT_TITLE = { en: (name: string) => `${name} Security Whitepaper`, ja: (name: string) => `${name} セキュリティホワイトペーパー` };

/** Text shown as is inside a snippet: `$`, `}` and `\` would otherwise start or end a placeholder. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** A choice list also ends its items at `,` and `|`. */
export function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, '\\$&');
}

// A plain scalar must not start with an indicator, hold ": " or " #", or read as a number, boolean, null, date or time.
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/u;
const PLAIN_BREAKERS = /[\n\r\t]|:\s|\s#|[:\s]$|[\p{Cc}\u2028\u2029\ufeff]/u;
const NOT_A_STRING =
  /^(?:~|true|false|yes|no|on|off|null|y|n|[-+]?(?:[\d_]+(?:\.[\d_]*)?(?:e[-+]?\d+)?|\.\d+|0x[\da-f_]+|0o[0-7_]+|0b[01_]+|\.inf|\.nan)|\d+(?::[0-5]?\d)+(?:\.\d*)?|\d{4}-\d\d?-\d\d?(?:[Tt\s].*)?)$/i;

/** A YAML scalar that reads back as exactly `value`, as a string: plain where that is safe, double-quoted otherwise. */
export function yamlString(value: string): string {
  return PLAIN_START.test(value) && !PLAIN_BREAKERS.test(value) && !NOT_A_STRING.test(value) ? value : JSON.stringify(value);
}

/** A control id in a flow sequence: "8.13" unquoted would be read as a number. */
export function yamlControlId(id: string): string {
  return /^\d+\.\d+$/.test(id) ? `"${id}"` : id;
}

/** A file name for the new whitepaper, from the service name: `Example Cloud` → `example-cloud.wp.yaml`. */
export function whitepaperFileName(name: string): string {
  const stem = name
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .toLowerCase();
  return `${stem || 'whitepaper'}.wp.yaml`;
}

const compareIds = (a: string, b: string) => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
};

/**
 * The sections a whitepaper needs to answer every expected control. In the 2013
 * numbering, one per control in ISO/IEC 27017 order. In the 2022 numbering,
 * controls that merged into one 2022 control share its section, sections follow
 * the 2022 ids, and each CLD control stays after the control it follows in ISO/IEC 27017.
 */
export function sectionPlans(data: SkeletonData, numbering: Numbering): SectionPlan[] {
  const alone = (c: ExpectedControlData): SectionPlan => ({ ids: [c.id], title: c.title, points: c.points, answers: [c.id] });
  if (numbering === '2013') return data.controls.map(alone);
  const groups = new Map<string, { members: ExpectedControlData[]; followers: ExpectedControlData[] }>();
  let previous: { followers: ExpectedControlData[] } | undefined;
  for (const control of data.controls) {
    if (control.id.startsWith('CLD.') && previous) {
      previous.followers.push(control);
      continue;
    }
    const key = control.ids2022.join(', ');
    const group = groups.get(key) ?? { members: [], followers: [] };
    group.members.push(control);
    groups.set(key, group);
    previous = group;
  }
  return [...groups.values()]
    .map(({ members, followers }) => ({ lead: members[0], members, followers }))
    .sort((a, b) => compareIds(a.lead.ids2022[0].replace(/^CLD\./, ''), b.lead.ids2022[0].replace(/^CLD\./, '')))
    .flatMap(({ lead, members, followers }) => [
      {
        ids: lead.ids2022,
        title: data.titles2022[lead.ids2022[0]] ?? lead.title,
        points: { en: members.flatMap((m) => m.points.en), ja: members.flatMap((m) => m.points.ja) },
        answers: members.map((m) => m.id),
      },
      ...followers.map(alone),
    ]);
}

/**
 * A section item, `- title:` first, as snippet lines relative to the dash.
 * The body is a placeholder listing what to disclose; the title is one too when `titleTabstop` is given.
 * The title is the control's name alone: its id is in `controls:` (and on the preview's badges), and the
 * author numbers headings by the document's own chapters or by control, as the house style has it.
 */
export function sectionSnippetLines(plan: SectionPlan, lang: Lang, bodyTabstop: number, titleTabstop?: number): string[] {
  const title = escapeSnippet(yamlString(plan.title[lang]));
  const body = [PROMPT[lang], ...plan.points[lang].map((point) => `- ${point}`)].map(escapeSnippet);
  body[0] = `\${${bodyTabstop}:${body[0]}`;
  body[body.length - 1] += '}';
  return [
    `- title: ${titleTabstop === undefined ? title : `\${${titleTabstop}:${title}}`}`,
    `  controls: [${plan.ids.map(yamlControlId).join(', ')}]`,
    '  body: |',
    ...body.map((line) => `    ${line}`),
  ];
}

/** A whole whitepaper with a section per expected control, each body a placeholder saying what to disclose. */
export function whitepaperSkeleton(data: SkeletonData, options: SkeletonOptions): string {
  const { lang, name, provider, model, numbering } = options;
  const header = {
    title: `\${1:${escapeSnippet(yamlString(DOCUMENT_TITLE[lang](name)))}}`,
    name: escapeSnippet(yamlString(name)),
    provider: escapeSnippet(yamlString(provider)),
    model,
  };
  return skeletonText(data, lang, numbering, header, 2);
}

/**
 * The same skeleton to fill in where it stands ("Start a whitepaper here" in an empty file): the service's
 * name, its provider and model are tab stops too, the name typed once for the title and the service.
 */
export function whitepaperSkeletonToFill(data: SkeletonData, lang: Lang, numbering: Numbering = '2013'): string {
  const header = {
    title: `\${1:${escapeSnippet(EXAMPLE_NAME[lang])}}${escapeSnippet(DOCUMENT_TITLE[lang](''))}`,
    name: '$1',
    provider: `\${2:${escapeSnippet(EXAMPLE_PROVIDER[lang])}}`,
    model: '${3|SaaS,PaaS,IaaS|}',
  };
  return skeletonText(data, lang, numbering, header, 4);
}

const EXAMPLE_NAME: Texts = { en: 'Example Cloud', ja: 'サンプルクラウド' };
const EXAMPLE_PROVIDER: Texts = { en: 'Example Inc.', ja: '株式会社サンプル' };

function skeletonText(data: SkeletonData, lang: Lang, numbering: Numbering, header: { title: string; name: string; provider: string; model: string }, firstBodyTabstop: number): string {
  const lines = [
    'whitepaper: 1',
    `lang: ${lang}`,
    `title: ${header.title}`,
    'service:',
    `  name: ${header.name}`,
    `  provider: ${header.provider}`,
    `  model: ${header.model}`,
    `numbering: "${numbering}"`,
    'version: "1.0"',
    'published: ${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}',
    'sections:',
  ];
  sectionPlans(data, numbering).forEach((plan, i) => {
    lines.push(...sectionSnippetLines(plan, lang, i + firstBodyTabstop).map((line) => `  ${line}`));
  });
  return `${lines.join('\n')}\n`;
}
