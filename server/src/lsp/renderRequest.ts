// Answers wp27017/render from the document's cached analysis: the preview and
// "Export to HTML" get what `wp27017 render` would write for the same text.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RenderParams, RenderResult } from '../../../protocol/render';
import type { Analysis } from '../analyze/analyzer';
import type { WorkspaceConfig } from '../config/config';
import type { Locale } from '../core/locale';
import { renderAnalysis } from '../render/renderAnalysis';

const VERSION = process.env.WP27017_VERSION ?? 'dev';

export function renderResult(document: TextDocument, analysis: Analysis, config: WorkspaceConfig, locale: Locale, params: RenderParams): RenderResult {
  const fileName = decodeURIComponent(document.uri.slice(document.uri.lastIndexOf('/') + 1));
  const { title, html } = renderAnalysis(analysis, config, {
    locale,
    review: params.review,
    standalone: !!params.standalone,
    fallbackTitle: fileName,
    generator: `wp27017 ${VERSION}`,
  });
  return { uri: document.uri, version: document.version, title, html };
}
