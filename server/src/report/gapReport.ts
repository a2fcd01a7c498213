// The reviewer's gap report: for one whitepaper, one row per expected control
// with its status (answered, answered with gaps, not applicable, missing),
// where the document answers it, the findings on that answer and the question
// to send the provider, all in the reviewer's language. Pure: the CLI and the
// server format it as xlsx, CSV or Markdown.
import type { Analysis } from '../analyze/analyzer';
import { questionFor } from '../catalog/questions';
import type { WorkspaceConfig } from '../config/config';
import { applySeverities } from '../config/workspaceConfig';
import type { Finding, Severity, Span } from '../core/finding';
import type { Locale, Localized } from '../core/locale';
import { findingMessage } from '../core/messages';
import { computeCoverage } from '../coverage/coverage';
import type { SourcePlace } from '../read/block';
import { offsetDescriber } from '../read/describePlace';
import type { SectionModel } from '../model/whitepaper';
import { controlRefs } from '../model/documentFacts';

export type GapStatus = 'answered' | 'answered-with-gaps' | 'not-applicable' | 'missing';

export const STATUS_LABELS: Record<GapStatus, Localized> = {
  answered: { en: 'Answered', ja: '記載あり' },
  'answered-with-gaps': { en: 'Answered with gaps', ja: '記載に不足あり' },
  'not-applicable': { en: 'Not applicable', ja: '適用除外' },
  missing: { en: 'Missing', ja: '記載なし' },
};

export interface GapRow {
  readonly id: string;
  readonly ids2022: readonly string[];
  readonly title: string;
  readonly status: GapStatus;
  /** Sections that answer it, each with its place in the original; or the not-applicable reason. */
  readonly where: readonly string[];
  readonly findings: readonly string[];
  /** What to ask the provider; empty for a control answered without gaps. */
  readonly question: string;
}

export interface GapReport {
  readonly path: string;
  readonly title: string;
  readonly provider?: string;
  readonly answered: number;
  readonly expected: number;
  readonly rows: readonly GapRow[];
}

export interface ReportInput {
  readonly path: string;
  readonly text: string;
  readonly config: WorkspaceConfig;
  readonly analysis: Analysis;
  /** From the analysed (imported) YAML to `text`, for a published whitepaper. */
  readonly toSource?: (offset: number) => number;
  readonly place?: (offset: number) => SourcePlace | undefined;
}

const GAP_SEVERITIES: ReadonlySet<Severity> = new Set(['error', 'warning']);
/** Findings about the control list itself, said already by the status column. */
const NOT_GAPS = new Set(['control-missing', 'control-duplicate', 'title-numbering']);

export function gapReport(input: ReportInput, locale: Locale): GapReport {
  const { analysis, config, text } = input;
  const model = analysis.model;
  const to = input.toSource ?? ((offset: number) => offset);
  const placeText = offsetDescriber({ text, place: input.place }, locale);
  const coverage = computeCoverage(model, config);
  const findings = applySeverities(analysis.findings, config).filter((f) => !NOT_GAPS.has(f.ruleId));
  const sectionsFor = new Map<string, SectionModel[]>();
  for (const ref of controlRefs(model)) {
    for (const row of coverage.rows) if (row.places.some((p) => p.span.start === ref.span.start)) sectionsFor.set(row.id, [...(sectionsFor.get(row.id) ?? []), ref.section]);
  }
  // Findings are on the original text; section spans are on the analysed YAML.
  const inside = (f: Finding, span: Span) => f.start >= to(span.start) && f.start < to(span.end);
  const describe = (f: Finding) => `${findingMessage(f, f.ruleId, locale)} [${f.ruleId}, ${placeText(f.start)}]`;

  const rows: GapRow[] = [];
  for (const row of coverage.rows) {
    if (row.status === 'dropped') continue;
    const title = row.title[locale];
    const question = questionFor(row.id, row.title)[locale];
    const base = { id: row.id, ids2022: row.ids2022, title };
    if (row.status === 'missing') {
      rows.push({ ...base, status: 'missing', where: [], findings: [], question });
    } else if (row.status === 'not-applicable') {
      rows.push({ ...base, status: 'not-applicable', where: [row.reason ? row.reason : locale === 'ja' ? '(理由の記載なし)' : '(no reason given)'], findings: [], question: row.reason ? '' : question });
    } else {
      const sections = sectionsFor.get(row.id) ?? [];
      const own = findings.filter((f) => sections.some((s) => inside(f, s.span)));
      const gaps = own.some((f) => GAP_SEVERITIES.has(f.severity));
      rows.push({
        ...base,
        status: gaps ? 'answered-with-gaps' : 'answered',
        where: sections.map((s) => `${s.title ?? row.id} (${placeText(to(s.head.start))})`),
        findings: own.map(describe),
        question: gaps ? question : '',
      });
    }
  }
  const data = model.data as { title?: unknown; service?: { provider?: unknown; name?: unknown } };
  return {
    path: input.path,
    title: typeof data.title === 'string' ? data.title : typeof data.service?.name === 'string' ? data.service.name : input.path,
    provider: typeof data.service?.provider === 'string' ? data.service.provider : undefined,
    answered: coverage.answered,
    expected: coverage.expected,
    rows,
  };
}

/** Column headings, shared by every output format. */
export const COLUMNS = {
  file: { en: 'File', ja: 'ファイル' },
  control: { en: 'Control (2013)', ja: '管理策 (2013)' },
  control2022: { en: '2022', ja: '2022' },
  title: { en: 'Title', ja: '名称' },
  status: { en: 'Status', ja: '状態' },
  where: { en: 'Where answered', ja: '記載箇所' },
  findings: { en: 'Findings', ja: '指摘' },
  question: { en: 'Question to the provider', ja: '事業者への質問' },
  summary: { en: 'Summary', ja: 'まとめ' },
  answered: { en: 'Answered', ja: '回答数' },
} satisfies Record<string, Localized>;
