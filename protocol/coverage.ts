// The custom request `wp27017/coverage`, shared by the client and the server.
// The client sends it for the document in the active editor (status bar,
// "Show Coverage Gaps"); the server answers with the same coverage rows the CLI
// prints, titles in the user's language and places as editor ranges.

export const COVERAGE_METHOD = 'wp27017/coverage';

export interface CoverageParams {
  readonly textDocument: { readonly uri: string };
}

export interface CoverageRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export interface CoverageItem {
  /** 2013 numbering, CLD ids as they are. */
  readonly id: string;
  readonly ids2022: readonly string[];
  readonly title: string;
  /** `to-write`: claimed only by sections that still hold nothing but draft prompts. */
  readonly status: 'covered' | 'to-write' | 'not-applicable' | 'missing' | 'dropped';
  readonly severity?: 'error' | 'warning' | 'info';
  readonly places: readonly { readonly label: string; readonly range: CoverageRange }[];
  readonly reason?: string;
  /** For a missing control, where its finding sits. */
  readonly gapAt?: CoverageRange;
}

/** Null when the document is not an open whitepaper. */
export type CoverageResult = {
  readonly uri: string;
  readonly version: number;
  readonly numbering: '2013' | '2022';
  readonly profile: 'IaaS' | 'PaaS' | 'SaaS';
  readonly answered: number;
  readonly expected: number;
  readonly items: readonly CoverageItem[];
} | null;
