// The --help text, in the reader's language.
import type { Locale } from '../core/locale';

const EN = `Usage: wp27017 check <files|folders|globs>... [options]

Checks ISO/IEC 27017 whitepapers written as *.wp.yaml (and .wp27017.yaml
config files). Folders are searched for *.wp.yaml and *.wp.yml.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
  -c, --config <file>             use this .wp27017.yaml instead of the nearest one
      --lang <en|ja>              language of the messages
  -o, --output <file>             write the report to a file
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable input.
`;

const JA = `使い方: wp27017 check <ファイル|フォルダ|glob>... [オプション]

*.wp.yaml 形式の ISO/IEC 27017 ホワイトペーパー(および設定ファイル
.wp27017.yaml)を検査します。フォルダを指定すると *.wp.yaml と *.wp.yml を探します。

オプション:
  -f, --format <text|json|sarif>  出力形式 (既定: text)
  -c, --config <file>             最寄りの .wp27017.yaml の代わりにこの設定を使う
      --lang <en|ja>              メッセージの言語
  -o, --output <file>             結果をファイルに書き出す
  -h, --help                      このヘルプを表示
  -v, --version                   バージョンを表示

終了コード: 0 エラーなし、1 エラーあり、2 使い方の誤りまたは読めない入力
`;

export function usage(locale: Locale): string {
  return locale === 'ja' ? JA : EN;
}
