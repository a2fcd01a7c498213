// Why a published file could not be read, in the reader's words: one line a
// user can act on, in either language. The CLI prints it and exits 2; the
// editor shows it as an error message.
import type { Locale, Localized } from '../core/locale';

export type ReadErrorCode = 'encrypted' | 'no-text' | 'corrupt' | 'unsupported' | 'too-large' | 'timeout' | 'missing' | 'not-a-file' | 'unreadable';

const MESSAGES: Record<ReadErrorCode, Localized> = {
  encrypted: {
    en: 'this PDF is encrypted (a password is needed to open it); save an unprotected copy and check that',
    ja: 'この PDF は暗号化されています(開くにはパスワードが必要です)。保護を解除したコピーを保存して検査してください',
  },
  'no-text': {
    en: 'no text in this PDF (scanned pages?); run OCR first',
    ja: 'この PDF には文字情報がありません(スキャンした画像?)。先に OCR(文字認識)をかけてください',
  },
  corrupt: {
    en: 'the file is damaged or not a {format} file: {detail}',
    ja: 'ファイルが壊れているか、{format} ファイルではありません: {detail}',
  },
  unsupported: {
    en: 'unsupported format {format}: give a .pdf, .docx, .html, .txt or .md file (or a .wp.yaml whitepaper)',
    ja: '{format} は読めない形式です。.pdf、.docx、.html、.txt、.md(または .wp.yaml)を指定してください',
  },
  'too-large': {
    en: 'the file is {size} MB, over the limit of {limit} MB',
    ja: 'ファイルが {size} MB あり、上限の {limit} MB を超えています',
  },
  missing: { en: 'no such file or folder', ja: 'ファイルまたはフォルダがありません' },
  'not-a-file': { en: 'not a regular file (a device, a pipe or a folder): not read', ja: '通常のファイルではありません(デバイス、パイプ、フォルダなど)。読み込みません' },
  unreadable: { en: 'cannot read ({code})', ja: '読み込めません({code})' },
  timeout: {
    en: 'reading took longer than {seconds} s and was stopped',
    ja: '読み取りが {seconds} 秒を超えたため中止しました',
  },
};

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly data: Readonly<Record<string, string | number>> = {},
  ) {
    super(describe(code, data, 'en'));
  }

  localized(locale: Locale): string {
    return describe(this.code, this.data, locale);
  }
}

function describe(code: ReadErrorCode, data: Readonly<Record<string, string | number>>, locale: Locale): string {
  return MESSAGES[code][locale].replace(/\{(\w+)\}/g, (slot, name: string) => (data[name] !== undefined ? String(data[name]) : slot));
}
