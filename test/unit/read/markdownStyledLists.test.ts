// A docs manual in Markdown sets some lists in heading marks, and leaves drafts in HTML comments: neither heads a section.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../../server/src/read/readText';

const headings = (lines: string[]) => {
  const doc = readText(lines.join('\n'), 'text');
  return doc.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${b.title}`);
};

test('headings a sentence announces line for line, two levels under their section, are the list it announces', () => {
  const text = ['# Guide', '', '## Access', '', '### Roles', '', 'Members get roles. For example, these roles exist:', '##### Owner', 'Manages billing.', '##### Editor', 'Changes forms.', 'Only owners assign roles.', '', '### Sessions', '', 'Sessions end after an hour of inactivity.'];
  assert.deepEqual(headings(text), ['1 Guide', '2 Access', '3 Roles', '3 Sessions']);
});

test('headings after an announcing sentence at the next level down stay headings', () => {
  const text = ['# Guide', '', '## Events', '', 'The following sections list what is recorded:', '', '### Sign-ins', '', '- Successful sign-ins', '- Failed sign-ins', '', '### Changes', '', '- Role changes'];
  assert.deepEqual(headings(text), ['1 Guide', '2 Events', '3 Sign-ins', '3 Changes']);
});

test('a caption over items that carry its own heading marks is no section (ja)', () => {
  const text = ['# 権限', '', '## 名簿', '', '名簿に対してできる操作です。', '', '##### 権限一覧', '- ##### 名簿の作成', '新しい名簿を追加できます。', '- ##### 名簿の削除', '名簿を削除できます。', '', '## 出欠', '', '出欠に対してできる操作です。'];
  assert.deepEqual(headings(text), ['1 権限', '2 名簿', '2 出欠']);
});

test('a heading over an ordinary list stays a heading', () => {
  const text = ['# Guide', '', '## Encryption', '', '- AES-256 at rest', '- TLS 1.2 in transit', '', '## Backups', '', 'Backups run nightly.'];
  assert.deepEqual(headings(text), ['1 Guide', '2 Encryption', '2 Backups']);
});

test('an HTML comment over many lines hides its headings and its text; one never closed hides nothing', () => {
  const closed = ['# Guide', '', '## Backups', '', 'Backups run nightly.', '', '<!--', '## Notes for writers', '', 'Use sentence case.', '', '```js', "console.log('!')", '```', '-->', '', '## Logs', '', 'Logs are kept for a year.'];
  assert.deepEqual(headings(closed), ['1 Guide', '2 Backups', '2 Logs']);
  const doc = readText(closed.join('\n'), 'text');
  assert.ok(!doc.blocks.some((b) => /sentence case|console/.test(doc.text.slice(b.start, b.end))));
  const open = ['# Guide', '', '<!-- draft', '', '## Backups', '', 'Backups run nightly.'];
  assert.deepEqual(headings(open), ['1 Guide', '2 Backups']);
});

test('a Markdown image alone on its line heads nothing', () => {
  const text = ['# ガイド', '', '## ロール', '', '- 一覧画面で、ロールの行をクリックします。', 'もしくは、［権限設定］リンクをクリックします。', '![ロール画面](img/role.png)', '', '- 権限設定画面で、権限を設定します。', '![ロール画面](img/role2.png)'];
  assert.deepEqual(headings(text), ['1 ガイド', '2 ロール']);
});

test("a front matter value folded over indented lines stays the page's settings", () => {
  const text = ['---', 'title: Upgrades', 'description: >-', '  Pick the version you run and', '  when to roll out upgrades', '---', '', '## Versions', '', 'We support the last two versions.'];
  assert.deepEqual(headings(text), ['1 Versions']);
});

test("a policy's requirement that lost its full stop is one of its list, not a heading", () => {
  const text = ['Data Handling Policy', '', 'Confidential data is subject to these requirements:', 'Access requires approval from the data owner', 'Laptops holding confidential data shall be encrypted', 'Backups shall be encrypted', 'Paper records must be kept in a locked cabinet and destroyed in a secure way once no longer needed.', '', 'Retention', '', 'Records are kept for seven years after the contract ends.'];
  assert.deepEqual(headings(text), ['1 Data Handling Policy', '1 Retention']);
});

test("a knowledge base's settings set as headings between Metadata_Start and Metadata_End head nothing", () => {
  const text = ['## Metadata_Start', '## code: en', '## title: Data protection', '## slug: data-protection', '## Metadata_End', '## Data security', 'Each customer gets a network of its own.', '', '## Backups', 'Backups are kept for 30 days.'];
  assert.deepEqual(headings(text), ['1 Data security', '1 Backups']);
});

test('front matter whose values run on as the page\'s own text is read, not set aside', () => {
  const text = ['---', 'title: Security', 'bodyContent: <h3>Encryption</h3><p>Data is encrypted at rest.</p>', '    <h3>Deletion</h3><p>Data is deleted on request.</p>', '---'];
  const doc = readText(text.join('\n'), 'text');
  assert.ok(doc.blocks.some((b) => doc.text.slice(b.start, b.end).includes('deleted on request')));
});

test('a bulleted item that opens with a count is an item of its list, not a numbered heading', () => {
  const text = ['Security', '', 'Password management', 'We enforce these password rules:', '', '* minimum 12 characters', '* 10 wrong attempts within 5 minutes lock the account', '* passwords are hashed with bcrypt', '', 'Two-factor sign-in is available to every user.'];
  assert.ok(!headings(text).some((h) => h.includes('wrong attempts')));
});
