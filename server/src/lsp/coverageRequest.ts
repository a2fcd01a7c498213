// Answers wp27017/coverage from the document's cached analysis.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CoverageResult } from '../../../protocol/coverage';
import type { WorkspaceConfig } from '../config/config';
import type { Span } from '../core/finding';
import type { Locale } from '../core/locale';
import { computeCoverage } from '../coverage/coverage';
import type { WhitepaperModel } from '../model/whitepaper';

export function coverageResult(document: TextDocument, model: WhitepaperModel, config: WorkspaceConfig, locale: Locale): CoverageResult {
  const range = (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  const coverage = computeCoverage(model, config);
  return {
    uri: document.uri,
    version: document.version,
    numbering: coverage.numbering,
    profile: coverage.profile,
    answered: coverage.answered,
    expected: coverage.expected,
    items: coverage.rows.map((row) => ({
      id: row.id,
      ids2022: row.ids2022,
      title: row.title[locale],
      status: row.status,
      severity: row.severity,
      places: row.places.map((place) => ({ label: place.label, range: range(place.span) })),
      reason: row.reason,
      gapAt: row.gapAt && range(row.gapAt),
    })),
  };
}
