// A finding on a web page points at its own words in the page's source, not at the start of their block: entities,
// collapsed whitespace, tags between words and a Japanese line the author wrapped all leave the words where they are.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { offsetDescriber } from '../../../server/src/read/describePlace';
import { readHtml } from '../../../server/src/read/readHtml';

/** The source from the place the reader gives for the first occurrence of each of `probes` in the document's text. */
async function sourceAt(source: string, probes: readonly string[]): Promise<Record<string, string>> {
  const doc = await readHtml(source);
  const lines = source.split('\n');
  const found: Record<string, string> = {};
  for (const words of probes) {
    const place = doc.place?.(doc.text.indexOf(words));
    assert.ok(place?.sourceLine !== undefined && place.sourceColumn !== undefined, words);
    found[words] = lines[place.sourceLine - 1].slice(place.sourceColumn - 1);
  }
  return found;
}

test('words after entities and inline tags, and over a line break, are found where the source writes them', async () => {
  const source = [
    '<html><body>',
    '<h2>Backup &amp; restore</h2>',
    '<p>We keep <b>access logs</b> for a',
    '    <a href="/terms">certain&nbsp;period</a> and &#x3042;then delete them.</p>',
    '</body></html>',
  ].join('\n');
  const at = await sourceAt(source, ['restore', 'access logs', 'for a', 'certain', 'period', 'then delete']);
  assert.equal(at.restore, 'restore</h2>');
  assert.equal(at['access logs'], 'access logs</b> for a');
  assert.equal(at['for a'], 'for a');
  assert.equal(at.certain, 'certain&nbsp;period</a> and &#x3042;then delete them.</p>');
  assert.equal(at.period, 'period</a> and &#x3042;then delete them.</p>');
  assert.equal(at['then delete'], 'then delete them.</p>');
});

test('nested list items and table cells point at their own words', async () => {
  const source = [
    '<main>',
    '<ul>',
    '  <li>Outer item',
    '    <ol><li>Inner <em>item</em> kept for 30 days</li></ol>',
    '  </li>',
    '</ul>',
    '<table>',
    '  <tr><th>Data</th><th>Period</th></tr>',
    '  <tr><td>Audit logs</td>  <td>for a reasonable time</td></tr>',
    '</table>',
    '</main>',
  ].join('\n');
  const at = await sourceAt(source, ['Outer', 'kept for 30', 'Audit', 'reasonable']);
  assert.equal(at.Outer, 'Outer item');
  assert.equal(at['kept for 30'], 'kept for 30 days</li></ol>');
  assert.equal(at.Audit, 'Audit logs</td>  <td>for a reasonable time</td></tr>');
  assert.equal(at.reasonable, 'reasonable time</td></tr>');
});

test('a Japanese paragraph wrapped in the source is found on the line that holds its words', async () => {
  const source = ['<body>', '<p>ログは', '  一定期間保存し、その後<strong>削除</strong>します。</p>', '</body>'].join('\n');
  const doc = await readHtml(source);
  assert.match(doc.text, /ログは一定期間保存し、その後削除します。/);
  const at = await sourceAt(source, ['ログ', '一定期間', '削除']);
  assert.equal(at['ログ'], 'ログは');
  assert.equal(at['一定期間'], '一定期間保存し、その後<strong>削除</strong>します。</p>');
  assert.equal(at['削除'], '削除</strong>します。</p>');
});

test('preformatted text that opens on a line break keeps its columns', async () => {
  const at = await sourceAt('<pre>\nKeys are rotated\n  every year.</pre>', ['rotated', 'every']);
  assert.equal(at.rotated, 'rotated');
  assert.equal(at.every, 'every year.</pre>');
});

test('CRLF line ends and loose words outside any paragraph keep their columns', async () => {
  const source = '<div>\r\n  Loose words\r\n  over two lines\r\n</div>';
  const doc = await readHtml(source);
  const place = doc.place?.(doc.text.indexOf('over'));
  assert.deepEqual([place?.sourceLine, place?.sourceColumn], [3, 3]);
  assert.equal(doc.place?.(doc.text.indexOf('words'))?.sourceColumn, 9);
});

test('a place further into a run of words moves column by column; a Word file\'s HTML still has none', async () => {
  const source = '<p>Logs are kept for a certain period.</p>';
  const doc = await readHtml(source);
  const start = doc.text.indexOf('certain');
  assert.equal(doc.place?.(start)?.sourceColumn, source.indexOf('certain') + 1);
  assert.equal(doc.place?.(start + 'certain'.length)?.sourceColumn, source.indexOf('certain') + 1 + 'certain'.length);
  assert.equal(doc.place?.(start)?.paragraph, 1);
  const docx = await readHtml(source, 'docx');
  assert.deepEqual(docx.place?.(start), { paragraph: 1, headingPath: [] });
});

test('a long page is placed word by word in one pass: its last paragraph as exactly as its first', async () => {
  const paragraph = '<p>We keep <b>logs</b> &amp; backups for a certain period, then delete them.</p>\n';
  const started = performance.now();
  const doc = await readHtml(`<body>${paragraph.repeat(5000)}</body>`);
  // Work that grew with the square of 400 kB would take hours, not seconds, even on a loaded machine.
  assert.ok(performance.now() - started < 30000);
  const last = doc.text.lastIndexOf('backups');
  assert.deepEqual([doc.place?.(last)?.sourceLine, doc.place?.(last)?.sourceColumn], [5000, paragraph.indexOf('backups') + 1]);
});

test('the reviewer is told a web page\'s line and column of the words, in either language', async () => {
  const doc = await readHtml('<h2>Logs</h2>\n<p>Kept <i>for a</i> certain period.</p>');
  const offset = doc.text.indexOf('certain');
  assert.equal(offsetDescriber(doc, 'en')(offset), 'line 2, column 22, under "Logs"');
  assert.equal(offsetDescriber(doc, 'ja')(offset), '2行22列目(「Logs」内)');
});

test("pages' sources joined into one text each keep their <main>: every page's article is read, with its words in place", async () => {
  const page = (title: string, heading: string, text: string) =>
    ['<!doctype html>', '<html lang="ja">', `<head><title>${title}</title></head>`, '<body>', '<nav>メニュー</nav>', '<main>', `<h1>${title}</h1>`, `<h2>${heading}</h2>`, `<p>${text}</p>`, '</main>', '<footer>著作権</footer>', '</body>', '</html>'];
  const source = [...page('利用規約', '第1条（適用）', '本規約は本サービスに適用される。'), '', ...page('プライバシーポリシー', '5. 情報の保存先', '情報は東京リージョンに保存する。')].join('\n');
  const doc = await readHtml(source);
  assert.ok(doc.text.includes('第1条（適用）') && doc.text.includes('5. 情報の保存先'), doc.text);
  assert.ok(!doc.text.includes('メニュー') && !doc.text.includes('著作権'));
  const at = await sourceAt(source, ['情報は東京リージョン']);
  assert.equal(at['情報は東京リージョン'], '情報は東京リージョンに保存する。</p>');
});
