// The --help text, in the reader's language.
import type { Locale } from '../core/locale';

const EN = `Usage: wp27017 check <files|folders|globs>... [options]
       wp27017 coverage <files|folders|globs>... [--format text|json]
       wp27017 import <paper.txt|.md|.pdf|.docx|.html> [-o paper.wp.yaml]
       wp27017 render <files|folders|globs>... [-o out.html|-] [--review] [--pdf|--docx]
       wp27017 report <files|folders|globs>... [--format xlsx|csv|md] [-o out]

check     reports what is wrong or missing in ISO/IEC 27017 whitepapers written
          as *.wp.yaml (and in .wp27017.yaml config files).
coverage  prints, per whitepaper, every expected control (2013 and 2022 ids),
          whether it is answered, still to write (its section holds only the
          prompt), declared not applicable or missing, and where.
import    turns a published whitepaper (text, Markdown, PDF, Word or HTML) into a *.wp.yaml:
          sections from the document's layout, controls from each section's
          ids and words (a comment says why).
render    writes each whitepaper as a standalone, print-ready HTML file next to
          its source (paper.wp.yaml -> paper.html): title block, history,
          contents, sections with their controls in both numberings, the
          not-applicable list and a coverage matrix. --review adds every
          finding where it applies; --pdf prints an A4 PDF with Chromium
          (found on PATH, or set WP27017_CHROMIUM); --docx writes a Word file.
report    the reviewer's gap report: one row per expected control with its
          status, where it is answered, the findings and a question to ask the
          provider; xlsx (one sheet per whitepaper and a summary), csv or md.
check, coverage and report also read published whitepapers directly: .txt and
.md (lines and columns of the original), .pdf (findings say page and line),
.docx (findings say the paragraph) and .html (lines and columns of the page's
source).
Folders are searched for *.wp.yaml, *.wp.yml, *.pdf, *.docx and *.html.

Options:
  -f, --format <text|json|sarif>  output format (default: text; report: xlsx,
                                  csv or md, default md)
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
      --docx                      render: write a Word file instead of HTML
      --as <kind>                 read a published text as this kind of document
                                  instead of the kind judged from it: whitepaper
                                  (every section owes its topic's values),
                                  policy, page, help, faq, privacy or product
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 no errors; 1 errors found; 2 bad usage, an input that could not
be read (missing, not a regular file, over 20 MB) or an output that could not
be written. Every file that can be read is still checked. Outputs are never
written over an input, nor through a symbolic link.
`;

const JA = `使い方: wp27017 check <ファイル|フォルダ|glob>... [オプション]
        wp27017 coverage <ファイル|フォルダ|glob>... [--format text|json]
        wp27017 import <paper.txt|.md|.pdf|.docx|.html> [-o paper.wp.yaml]
        wp27017 render <ファイル|フォルダ|glob>... [-o out.html|-] [--review] [--pdf|--docx]
        wp27017 report <ファイル|フォルダ|glob>... [--format xlsx|csv|md] [-o out]

check     *.wp.yaml 形式の ISO/IEC 27017 ホワイトペーパー(および設定ファイル
          .wp27017.yaml)の誤りや記載漏れを報告します。
coverage  ホワイトペーパーごとに、記載が期待される管理策(2013年版・2022年版の番号)が
          記載済み・未記入(節に記載事項の案内だけがある)・適用除外・未記載のどれか、
          どこに書かれているかを一覧します。
import    公開済みのホワイトペーパー(テキスト、Markdown、PDF、Word、HTML)を *.wp.yaml に変換します。
          文書のレイアウトからセクションを、各節の管理策番号と語から管理策を読み取ります
          (根拠をコメントに残します)。
render    ホワイトペーパーを、そのまま配布・印刷できる単独の HTML ファイルとして
          原稿の隣に書き出します(paper.wp.yaml → paper.html)。表紙、改訂履歴、
          目次、両方の版の管理策番号を付けた各節、適用除外の一覧、対応状況の
          一覧表を含みます。--review で指摘を該当箇所に表示し、--pdf で
          Chromium(PATH 上、または WP27017_CHROMIUM で指定)を使って A4 の PDF にします。
          --docx で Word ファイルにします。
report    レビュー用のギャップレポート: 期待される管理策ごとに、状態、記載箇所、
          指摘、事業者への質問を一行にまとめます。xlsx(ホワイトペーパーごとの
          シートと比較のまとめ)、csv、md で出力します。
check、coverage、report は公開済みのホワイトペーパーも直接読みます: .txt と .md
(元のファイルの行・桁)、.pdf(ページと行)、.docx と .html(段落)。
フォルダを指定すると *.wp.yaml、*.wp.yml、*.pdf、*.docx、*.html を探します。

オプション:
  -f, --format <text|json|sarif>  出力形式 (既定: text。report は xlsx、csv、md で
                                  既定は md)
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
      --docx                      render: HTML の代わりに Word ファイルを出力する
      --as <kind>                 公開済みの文書を、判定した種類の代わりにこの種類
                                  として読む: whitepaper(各節がその話題の値を
                                  示すべき文書)、policy、page、help、faq、
                                  privacy、product
  -h, --help                      このヘルプを表示
  -v, --version                   バージョンを表示

終了コード: 0 エラーなし、1 エラーあり、2 使い方の誤り、読み込めない入力(存在しない、
通常のファイルでない、20MB 超)または書き込めない出力。読み込めるファイルはすべて
検査します。入力ファイルへの上書きやシンボリックリンク先への書き込みはしません。
`;

export function usage(locale: Locale): string {
  return locale === 'ja' ? JA : EN;
}
