// The words the publication itself prints, in the document's language (a
// Japanese whitepaper gets Japanese headings whatever the reader's UI says).
// Findings are the reviewer's, so their labels follow the reviewer's locale.
import type { Localized } from '../core/locale';

export const LABELS = {
  service: { en: 'Service', ja: 'サービス' },
  provider: { en: 'Provider', ja: '提供事業者' },
  model: { en: 'Service model', ja: 'サービス形態' },
  platform: { en: 'Platform', ja: '基盤' },
  url: { en: 'URL', ja: 'URL' },
  version: { en: 'Version', ja: '版' },
  published: { en: 'Published', ja: '発行日' },
  contact: { en: 'Contact', ja: 'お問い合わせ' },
  history: { en: 'Revision history', ja: '改訂履歴' },
  date: { en: 'Date', ja: '日付' },
  note: { en: 'Changes', ja: '改訂内容' },
  contents: { en: 'Contents', ja: '目次' },
  notApplicable: { en: 'Controls not applicable', ja: '適用除外の管理策' },
  reason: { en: 'Reason', ja: '理由' },
  control: { en: 'Control', ja: '管理策' },
  coverage: { en: 'Appendix: coverage of the expected controls', ja: '付録: 開示が期待される管理策の対応状況' },
  coverageNote: {
    en: '{answered} of {expected} expected controls answered (numbering of ISO/IEC 27002:{numbering}, {profile} profile).',
    ja: '期待される管理策 {expected} 件のうち {answered} 件に回答しています(ISO/IEC 27002:{numbering} の番号、{profile} の基準)。',
  },
  status: { en: 'Status', ja: '状態' },
  where: { en: 'Where', ja: '記載箇所' },
  covered: { en: 'Covered', ja: '記載あり' },
  'to-write': { en: 'To write', ja: '未記入' },
  'not-applicable': { en: 'Not applicable', ja: '適用除外' },
  missing: { en: 'Missing', ja: '記載なし' },
  dropped: { en: 'Not expected here', ja: '対象外' },
  untitled: { en: 'Untitled section', ja: '無題の節' },
  noSections: { en: 'This whitepaper has no sections yet.', ja: 'この文書にはまだ節がありません。' },
  image: { en: 'Image', ja: '画像' },
} satisfies Record<string, Localized>;

/** The reviewer's words: the findings summary and the inline notes. */
export const REVIEW_LABELS = {
  summary: { en: 'Review findings', ja: 'レビューでの指摘' },
  counts: { en: '{errors} errors, {warnings} warnings, {infos} info', ja: 'エラー {errors} 件、警告 {warnings} 件、情報 {infos} 件' },
  none: { en: 'No findings: every check passed.', ja: '指摘はありません。すべての検査に合格しました。' },
  document: { en: 'About the document as a whole', ja: '文書全体について' },
  line: { en: 'line {line}', ja: '{line} 行目' },
  error: { en: 'Error', ja: 'エラー' },
  warning: { en: 'Warning', ja: '警告' },
  info: { en: 'Info', ja: '情報' },
} satisfies Record<string, Localized>;
