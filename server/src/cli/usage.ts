// The --help text, in the reader's language.
import type { Locale } from '../core/locale';

const EN = `Usage: wp27017 check <files|folders|globs>... [options]
       wp27017 coverage <files|folders|globs>... [--format text|json]
       wp27017 import <paper.txt|paper.md> [-o paper.wp.yaml]
       wp27017 render <files|folders|globs>... [-o out.html|-] [--review] [--pdf]

check     reports what is wrong or missing in ISO/IEC 27017 whitepapers written
          as *.wp.yaml (and in .wp27017.yaml config files).
coverage  prints, per whitepaper, every expected control (2013 and 2022 ids),
          whether it is answered, declared not applicable or missing, and where.
import    turns a published whitepaper (text or Markdown) into a *.wp.yaml:
          sections from headings, controls from the references in them.
render    writes each whitepaper as a standalone, print-ready HTML file next to
          its source (paper.wp.yaml -> paper.html): title block, history,
          contents, sections with their controls in both numberings, the
          not-applicable list and a coverage matrix. --review adds every
          finding where it applies; --pdf prints an A4 PDF with Chromium
          (found on PATH, or set WP27017_CHROMIUM).
check and coverage also read .txt and .md files directly, through the importer,
and report lines and columns of the original file.
Folders are searched for *.wp.yaml and *.wp.yml.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
  -c, --config <file>             use this .wp27017.yaml instead of the nearest one
      --lang <en|ja>              language of the messages (default: your locale,
                                  from LC_ALL, LC_MESSAGES or LANG) and, for
                                  render, of the page (default: the
                                  whitepaper's own lang)
  -o, --output <file>             write the report to a file (render: the
                                  HTML or PDF; "-" for stdout)
      --fix                       check: first apply the fixes that are clearly
                                  right (misspelt keys, values, ids, names) to
                                  the files, then report what is left
      --review                    render: show the findings (reviewer view)
      --pdf                       render: print a PDF instead of HTML
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 no errors; 1 errors found; 2 bad usage, an input that could not
be read (missing, not a regular file, over 20 MB) or an output that could not
be written. Every file that can be read is still checked. Outputs are never
written over an input, nor through a symbolic link.
`;

const JA = `使い方: wp27017 check <ファイル|フォルダ|glob>... [オプション]
        wp27017 coverage <ファイル|フォルダ|glob>... [--format text|json]
        wp27017 import <paper.txt|paper.md> [-o paper.wp.yaml]
        wp27017 render <ファイル|フォルダ|glob>... [-o out.html|-] [--review] [--pdf]

check     *.wp.yaml 形式の ISO/IEC 27017 ホワイトペーパー(および設定ファイル
          .wp27017.yaml)の誤りや記載漏れを報告します。
coverage  ホワイトペーパーごとに、記載が期待される管理策(2013年版・2022年版の番号)が
          記載済み・適用除外・未記載のどれか、どこに書かれているかを一覧します。
import    公開済みのホワイトペーパー(テキストまたは Markdown)を *.wp.yaml に変換します。
          見出しからセクションを、見出し中の参照から管理策を読み取ります。
render    ホワイトペーパーを、そのまま配布・印刷できる単独の HTML ファイルとして
          原稿の隣に書き出します(paper.wp.yaml → paper.html)。表紙、改訂履歴、
          目次、両方の版の管理策番号を付けた各節、適用除外の一覧、対応状況の
          一覧表を含みます。--review で指摘を該当箇所に表示し、--pdf で
          Chromium(PATH 上、または WP27017_CHROMIUM で指定)を使って A4 の PDF にします。
check と coverage は .txt と .md も変換して直接読み、元のファイルの行・桁で報告します。
フォルダを指定すると *.wp.yaml と *.wp.yml を探します。

オプション:
  -f, --format <text|json|sarif>  出力形式 (既定: text)
  -c, --config <file>             最寄りの .wp27017.yaml の代わりにこの設定を使う
      --lang <en|ja>              メッセージの言語(既定: LC_ALL、LC_MESSAGES、
                                  LANG によるロケール)。render ではページの言語
                                  (既定: ホワイトペーパーの lang)
  -o, --output <file>             結果をファイルに書き出す(render: HTML または
                                  PDF の出力先。「-」で標準出力)
      --fix                       check: 明らかに正しい修正(キー・値・ID・名前の
                                  綴り)をファイルに適用してから、残りを報告する
      --review                    render: 指摘を表示する(レビュー表示)
      --pdf                       render: HTML の代わりに PDF を出力する
  -h, --help                      このヘルプを表示
  -v, --version                   バージョンを表示

終了コード: 0 エラーなし、1 エラーあり、2 使い方の誤り、読み込めない入力(存在しない、
通常のファイルでない、20MB 超)または書き込めない出力。読み込めるファイルはすべて
検査します。入力ファイルへの上書きやシンボリックリンク先への書き込みはしません。
`;

export function usage(locale: Locale): string {
  return locale === 'ja' ? JA : EN;
}
