// From an analysed document to what the preview shows or the CLI writes:
// severities from the configuration, coverage, then the renderer. The server
// and `wp27017 render` both call this, so they cannot drift apart.
import type { Analysis } from '../analyze/analyzer';
import type { WorkspaceConfig } from '../config/config';
import { applySeverities } from '../config/workspaceConfig';
import type { Locale } from '../core/locale';
import { computeCoverage } from '../coverage/coverage';
import { renderWhitepaper } from './renderWhitepaper';
import { standaloneHtml } from './standalone';

export interface RenderRequest {
  readonly locale: Locale;
  readonly review: boolean;
  /** A whole HTML file (stylesheet inlined) rather than the contents of <body>. */
  readonly standalone: boolean;
  readonly fallbackTitle: string;
  /** Named in the standalone file's generator meta tag. */
  readonly generator: string;
  /** Where a finding sits in the original of an imported published file. */
  readonly where?: (offset: number) => string | undefined;
}

export function renderAnalysis(analysis: Analysis, config: WorkspaceConfig, request: RenderRequest): { title: string; html: string } {
  const rendered = renderWhitepaper(analysis.model, {
    locale: request.locale,
    review: request.review,
    findings: request.review ? applySeverities(analysis.findings, config) : [],
    coverage: computeCoverage(analysis.model, config, { gaps: false }),
    fallbackTitle: request.fallbackTitle,
    where: request.where,
  });
  return { title: rendered.title, html: request.standalone ? standaloneHtml(rendered, request.generator) : rendered.html };
}
