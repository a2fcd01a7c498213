// Everything the CLI says on stderr, in both languages: usage errors, what
// could not be read or written, what was written. One wording per situation,
// whichever command meets it.
import { formatMessage, type Locale, type Localized, type MessageData } from '../core/locale';

const MESSAGES = {
  unknownOption: { en: 'unknown option {option}', ja: '不明なオプションです: {option}' },
  optionNeedsValue: { en: 'option {option} needs a value', ja: 'オプション {option} には値が必要です' },
  optionTakesNoValue: { en: 'option {option} takes no value', ja: 'オプション {option} は値を取りません' },
  badArguments: { en: 'cannot read the arguments: {detail}', ja: '引数を解釈できません: {detail}' },
  badLang: { en: '--lang must be "en" or "ja", not "{value}"', ja: '--lang には "en" か "ja" を指定してください("{value}" は使えません)' },
  unknownCommand: { en: 'unknown command "{command}"', ja: '不明なコマンドです: "{command}"' },
  noCommand: { en: 'no command given', ja: 'コマンドが指定されていません' },
  badFormat: { en: '--format must be text, json or sarif, not "{value}"', ja: '--format には text、json、sarif のいずれかを指定してください("{value}" は使えません)' },
  noFiles: { en: 'no files given to {command}', ja: '{command} に渡すファイルが指定されていません' },
  fixWithCheck: { en: '--fix goes with check', ja: '--fix は check と一緒に使います' },
  renderOnly: { en: '--{option} goes with render', ja: '--{option} は render と一緒に使います' },
  renderOneOutput: {
    en: 'render -o takes one file; without -o each file is written next to its source',
    ja: 'render の -o に渡せるファイルは1つです。-o を省くと各ファイルを原稿の隣に書き出します',
  },
  pdfToStdout: { en: '--pdf writes a file: give -o out.pdf or leave -o out', ja: '--pdf はファイルに書き出します。-o out.pdf を指定するか、-o を省いてください' },
  importOne: { en: 'import takes one file: wp27017 import paper.txt -o paper.wp.yaml', ja: 'import に渡せるファイルは1つです: wp27017 import paper.txt -o paper.wp.yaml' },
  badAs: {
    en: '--as must be one of {kinds}, not "{value}"',
    ja: '--as には {kinds} のいずれかを指定してください("{value}" は使えません)',
  },
  coverageFormat: { en: 'coverage prints text or json', ja: 'coverage の出力形式は text か json です' },
  reportFormat: { en: 'report --format must be xlsx, csv or md, not "{value}"', ja: 'report の --format には xlsx、csv、md のいずれかを指定してください("{value}" は使えません)' },
  xlsxNeedsOutput: { en: 'report --format xlsx writes a file: give -o report.xlsx', ja: 'report --format xlsx はファイルに書き出します。-o report.xlsx を指定してください' },
  docxOrPdf: { en: 'render writes --pdf or --docx, not both', ja: 'render で指定できるのは --pdf か --docx のどちらか一方です' },
  docxToStdout: { en: '--docx writes a file: give -o out.docx or leave -o out', ja: '--docx はファイルに書き出します。-o out.docx を指定するか、-o を省いてください' },
  missing: { en: '{path}: no such file or folder', ja: '{path}: ファイルまたはフォルダがありません' },
  emptyFolder: { en: '{path}: no *.wp.yaml files in this folder', ja: '{path}: このフォルダに *.wp.yaml ファイルがありません' },
  noMatch: { en: '{path}: the pattern matches no file', ja: '{path}: このパターンに一致するファイルがありません' },
  notAFile: { en: '{path}: not a regular file (a device, a pipe or a folder): not read', ja: '{path}: 通常のファイルではありません(デバイス、パイプ、フォルダなど)。読み込みません' },
  tooLarge: { en: '{path}: larger than {limit} MB: not read', ja: '{path}: {limit}MB を超えているため読み込みません' },
  cannotRead: { en: '{path}: cannot read ({code})', ja: '{path}: 読み込めません({code})' },
  configHasErrors: {
    en: '{path} has errors; run "wp27017 check {path}" to see them. Valid settings in it still apply.',
    ja: '{path} に誤りがあります。「wp27017 check {path}」で確認してください。正しい設定は適用されます。',
  },
  cannotWrite: { en: '{path}: cannot write: {why}', ja: '{path}: 書き込めません: {why}' },
  isFolder: { en: 'it is a folder; name a file', ja: 'フォルダです。ファイル名を指定してください' },
  noFolder: { en: 'the folder {folder} does not exist', ja: 'フォルダ {folder} がありません' },
  denied: { en: 'permission denied', ja: 'アクセス権がありません' },
  readOnly: { en: 'the file is read-only', ja: 'ファイルが読み取り専用です' },
  isInput: { en: 'it is an input of this command; name another file', ja: 'このコマンドの入力ファイルです。別のファイル名を指定してください' },
  outsideFolder: {
    en: 'it is a symbolic link to {target}, outside the folder being fixed: not fixed',
    ja: '修正対象のフォルダの外({target})を指すシンボリックリンクのため、修正しません',
  },
  nothingWritten: { en: 'no input could be read; {path} was not written', ja: '読み込める入力がないため、{path} は書き出していません' },
  fixedOne: { en: '{path}: fixed 1 problem', ja: '{path}: 1件の問題を修正しました' },
  fixed: { en: '{path}: fixed {count} problems', ja: '{path}: {count}件の問題を修正しました' },
  wrote: { en: 'wrote {path}', ja: '{path} を書き出しました' },
  imported: {
    en: "wrote {path}: {sections} sections; check the service details and each section's controls",
    ja: '{path} を書き出しました({sections}節)。サービス情報と各節の管理策を確認してください',
  },
  configNotRendered: { en: '{path}: a configuration file, not a whitepaper: skipped', ja: '{path}: 設定ファイルでありホワイトペーパーではないため、スキップしました' },
  renderManyToOne: {
    en: '{input} holds {count} whitepapers and -o names one file; leave -o out to write each next to its source',
    ja: '{input} には{count}件のホワイトペーパーがありますが、-o で指定できるのは1ファイルです。-o を省くと各ファイルを原稿の隣に書き出します',
  },
  internal: {
    en: 'internal error: {detail} (please report this; set WP27017_DEBUG=1 for the stack)',
    ja: '内部エラー: {detail}(不具合として報告してください。WP27017_DEBUG=1 でスタックを表示します)',
  },
} satisfies Record<string, Localized>;

export type CliMessageId = keyof typeof MESSAGES;

/** One line for stderr: "wp27017: …" and a line break. */
export function cliLine(locale: Locale, id: CliMessageId, data: MessageData = {}): string {
  return `wp27017: ${cliText(locale, id, data)}\n`;
}

export function cliText(locale: Locale, id: CliMessageId, data: MessageData = {}): string {
  return formatMessage(MESSAGES[id], locale, data);
}
