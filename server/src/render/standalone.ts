// A published whitepaper as one self-contained HTML file: the stylesheet
// inlined, no script, and a Content-Security-Policy that allows only that
// stylesheet (by hash), so the file stays inert wherever it is opened.
import { createHash } from 'node:crypto';
import { readShippedFile } from '../config/shippedFile';
import { escapeHtml } from './escape';
import type { RenderedWhitepaper } from './renderWhitepaper';

export const STYLESHEET_PATH = 'media/whitepaper.css';

export function standaloneHtml(rendered: RenderedWhitepaper, generator: string): string {
  const css = readShippedFile(STYLESHEET_PATH) ?? '';
  const hash = createHash('sha256').update(css).digest('base64');
  return [
    '<!DOCTYPE html>',
    `<html lang="${rendered.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; img-src data:; form-action 'none'; base-uri 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(generator)}">`,
    `<title>${escapeHtml(rendered.title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body class="wp-standalone">${rendered.html}</body>`,
    '</html>',
    '',
  ].join('\n');
}
