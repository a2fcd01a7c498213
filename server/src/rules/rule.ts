// The contract every rule module fulfils. A rule is data (id, severity,
// bilingual messages) plus the hooks through which the pipeline asks it for
// findings: from YAML errors, from schema errors, per section (cached with the
// section's text) and per document (run on every analysis, so it must only
// read what the model already holds).
import type { ErrorObject } from 'ajv';
import type { YAMLError } from 'yaml';
import type { WorkspaceConfig } from '../config/config';
import type { Fix, RelatedSpan, Severity, Span } from '../core/finding';
import type { Localized, MessageData } from '../core/locale';
import type { SchemaErrorContext } from '../schema/schemaErrorContext';
import type { ModelPart, SectionModel, WhitepaperModel } from '../model/whitepaper';
import type { SourceText } from '../core/sourceText';

export interface Report<M extends string> extends Span {
  readonly messageId: M;
  /** Overrides the rule's default, e.g. by the weight of a control in the service model's profile. */
  readonly severity?: Severity;
  readonly data?: MessageData;
  readonly related?: readonly RelatedSpan[];
  /**
   * A function is called when the finding's fixes are first read (a code action, `--fix`, the JSON report), not on
   * every analysis: for fixes that cost a search of the document on every keystroke. It must be read before the
   * next analysis of the same document moves the model it reads.
   */
  readonly fixes?: readonly (Fix & { readonly messageId: M })[] | (() => readonly (Fix & { readonly messageId: M })[]);
}

export interface Rule<M extends string = string> {
  /** Stable, kebab-case; the diagnostic `code` and the name of docs/rules/<id>.md. */
  readonly id: string;
  readonly severity: Severity;
  /** One line for listings, SARIF and hovers. */
  readonly description: Localized;
  readonly messages: Readonly<Record<M, Localized>>;
  /** The kinds of file the rule reads; YAML and schema rules read every kind. */
  readonly appliesTo?: readonly DocumentKindName[];
  readonly fromYamlError?: (error: YAMLError, text: string) => Report<NoInfer<M>> | undefined;
  /**
   * Called once per ajv error; undefined lets the next rule try, null claims the
   * error without a finding (the rule reports the problem itself, with more context).
   */
  readonly fromSchemaError?: (error: ErrorObject, context: SchemaErrorContext) => Report<NoInfer<M>> | null | undefined;
  /** Spans in `section` and in reports are offsets into `context.text`, the section's own source. */
  readonly checkSection?: (section: SectionModel, report: (r: Report<NoInfer<M>>) => void, context: SectionContext) => void;
  readonly checkDocument?: (document: WhitepaperModel, report: (r: Report<NoInfer<M>>) => void, context: DocumentContext) => void;
  /**
   * Document findings that each belong to one segment (a claim, a not-applicable entry) and depend on the rest of
   * the document only through what `inputs` names: asked once per analysis, see PartCheck.
   */
  readonly checkParts?: (document: WhitepaperModel, context: DocumentContext, parts: readonly ModelPart[], startOf: (index: number) => number) => PartCheck<NoInfer<M>>;
}

/**
 * A document rule asked segment by segment. `inputs` is called for every segment's part in document order (it may
 * gather as it goes), each call followed by `check` for the same part when that part needs it; `check` runs only when a part's inputs differ from the last analysis's (compared one by one,
 * with ===), else the findings kept with the segment, moved with it, stand: an edit re-checks what it touched.
 */
export interface PartCheck<M extends string> {
  /**
   * What the part's findings depend on besides the part itself; `at` is where the part's segment starts, `index` the
   * part's place in the list checkParts was given (what the rule read from each part is asked by it: keptByPart).
   * The array may be the rule's own, written again by the next call: the caller compares it at once and keeps a copy.
   */
  inputs(part: ModelPart, at: number, index: number): readonly unknown[];
  /** Spans in `part` and in reports are offsets into `text`, the document. */
  check(part: ModelPart, report: (r: Report<M>) => void, text: SourceText, index: number): void;
}

export interface SectionContext {
  readonly text: string;
}

export interface DocumentContext {
  readonly config: WorkspaceConfig;
}

export type DocumentKindName = 'whitepaper' | 'config';

export function appliesTo(rule: Rule, kind: DocumentKindName): boolean {
  return rule.appliesTo === undefined || rule.appliesTo.includes(kind);
}

export const defineRule = <M extends string>(rule: Rule<M>): Rule<M> => rule;
