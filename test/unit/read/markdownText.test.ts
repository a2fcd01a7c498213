// A .txt is read as Markdown when the whole text writes Markdown, never by a line or two that look like it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMarkdownText, textFormatOf } from '../../../server/src/read/markdownText';
import { importWhitepaper } from '../../../server/src/import/importWhitepaper';
import { readText } from '../../../server/src/read/readText';
import { readDocumentBytes } from '../../../server/src/read/readDocument';

const docsPage = [
  '---',
  'title: Security',
  'sidebar_position: 3',
  '---',
  '',
  '# Security at Example Cloud',
  '',
  'Read the [backup guide](/docs/backups.md) first.',
  '',
  '## Backups',
  '',
  'We back up every database daily and keep each copy for 30 days.',
  '',
  '```bash',
  '# restore the latest copy',
  'example restore --latest',
  '```',
].join('\n');

const japanesePage = ['# セキュリティ', '', '詳しくは[ヘルプ](https://example.jp/help)をご覧ください。', '', '## バックアップ', '', '| 対象 | 保存期間 |', '| --- | --- |', '| データベース | 30日 |'].join('\n');

test('a docs page saved as text is Markdown, in English and in Japanese', () => {
  assert.equal(isMarkdownText(docsPage), true);
  assert.equal(isMarkdownText(japanesePage), true);
});

test('one heading mark is enough with another kind of Markdown syntax, not alone', () => {
  assert.equal(isMarkdownText(['# Security', '', 'See [our status page](https://status.example.com).'].join('\n')), true);
  assert.equal(isMarkdownText(['# Security', '', 'We encrypt data at rest.'].join('\n')), false);
});

test('a plain text numbering its items "#1" or counting "# of users" is no Markdown', () => {
  const numbered = ['Release notes', '', '#1 Faster sign-in', 'Sign-in takes half the time.', '', '#2 Audit log export', 'Admins can export the audit log.', '', '#3 Backups', 'Backups run daily.'].join('\n');
  assert.equal(isMarkdownText(numbered), false);
  const table = ['Usage report', '', '# of users', '120', '', '# of incidents', '0', '', '- Availability 99.9%', '- **Monthly** figures'].join('\n');
  assert.equal(isMarkdownText(table), false);
});

test('a PDF\'s text with numbered headings stays plain text', () => {
  const pdf = ['Example Cloud Security Whitepaper', '', '1. Introduction', 'This paper describes how the service protects customer', 'data and who is responsible for what.', '', '2. Backups', '2.1 Frequency', 'Backups are taken daily.', '- 3 -'].join('\n');
  assert.equal(isMarkdownText(pdf), false);
  assert.equal(textFormatOf('paper.txt', pdf), 'text');
});

test('heading marks inside a fenced block count for nothing', () => {
  assert.equal(isMarkdownText(['Setup', '', '```', '# install', '# configure', '```'].join('\n')), false);
});

test('a Markdown .txt heads its sections with its "#" headings alone, as a .md file does', () => {
  const text = ['# Example Security', '', 'See the [trust centre](https://example.com/trust).', '', '## Backups', '', 'We back up every database.', '', 'Retention', '', 'Snapshots are kept for 30 days in a second region.', '', '1. Restore tests', '', 'We restore one snapshot a month to prove it works.', '', '## Access control', '', 'Staff access needs approval.'].join('\n');
  const titles = (name: string) => [...importWhitepaper(text, name).yaml.matchAll(/^\s*- title: "?(.*?)"?$/gm)].map((m) => m[1]);
  assert.deepEqual(titles('security.txt'), titles('security.md'));
  assert.deepEqual(titles('security.txt').slice(-2), ['Backups', 'Access control']);
  assert.ok(!titles('security.txt').some((t) => /Retention|Restore/.test(t)));
});

test('under "#" headings, a line wholly in bold over its paragraph still heads a subsection, in a .md or a Markdown .txt', () => {
  const text = ['# Security', '', 'See the [trust centre](https://example.com/trust).', '', '## Organisational security', '', '**Third-Party Audits**', '', 'An independent firm audits our controls every year.', '', '**Background Checks**', '', 'Every new employee is screened before joining.'].join('\n');
  for (const name of ['security.md', 'security.txt']) {
    const doc = readText(text, textFormatOf(name, text));
    assert.deepEqual(
      doc.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${b.title}`),
      ['1 Security', '2 Organisational security', '3 Third-Party Audits', '3 Background Checks'],
      name,
    );
  }
});

test('under "#" headings, an agreement\'s numbered clauses captioned in bold on a line of their own head its sections, and count again in each appendix; bold steps do not', () => {
  const text = [
    '# Processing Terms',
    '',
    '## Terms',
    '',
    '1. **Definitions.**',
    '',
    '   1.1 "Service" means the hosted notebook service.',
    '',
    '2. **Deletion of Customer Data.**',
    '',
    'Within 30 days after the agreement ends we erase the customer\'s data from every system.',
    '',
    '3. **Security**',
    '',
    '   3.1 **Encryption** - Data is encrypted at rest and in transit.',
    '',
    '## Annex 1 – Measures',
    '',
    'We apply at least these measures:',
    '',
    '1. **Entry control**',
    '',
    '   Badges open the server rooms to named staff only.',
    '',
    '2. **Access logging**',
    '',
    '   Every sign-in to the console is logged.',
    '',
    '## Leaving',
    '',
    '1. **Open the billing page**',
    '2. **Press "Close account"**',
    '',
    'Your notebooks stay readable until the period you paid for ends.',
  ].join('\n');
  for (const name of ['terms.md', 'terms.txt']) {
    const doc = readText(text, textFormatOf(name, text));
    assert.deepEqual(
      doc.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${b.title}`),
      ['1 Processing Terms', '2 Terms', '3 1. Definitions.', '3 2. Deletion of Customer Data.', '3 3. Security', '2 Annex 1 – Measures', '3 1. Entry control', '3 2. Access logging', '2 Leaving'],
      name,
    );
  }
});

test('a published Markdown .txt read from its bytes is read as Markdown, a plain one as text', async () => {
  assert.equal((await readDocumentBytes(Buffer.from(docsPage), 'security.txt')).format, 'markdown');
  assert.equal((await readDocumentBytes(Buffer.from('Security\n\n#1 Backups run daily.\n'), 'security.txt')).format, 'text');
});
