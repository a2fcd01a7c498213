// The scorer's import artifacts: a section counts as made from a list item only
// when its heading is the list item, not when a contents list repeats its title.
import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error: the scorer is plain JavaScript without types
import { listItemSections } from '../../../scripts/eval/score.mjs';

const TEXT = ['Trash can', 'Sections in this article:', '- Who can restore', '- Where to find it', 'Who can restore', 'Administrators can restore items.', 'Where to find it', 'Open the settings page.'];
const annotation = { lists: [[3, 4]] };

test('a heading whose title a contents list repeats above it is no artifact', () => {
  const sections = [
    { title: 'Who can restore', body: 'Administrators can restore items.\n' },
    { title: 'Where to find it', body: 'Open the settings page.\n' },
  ];
  assert.deepEqual(listItemSections(annotation, sections, TEXT), []);
});

test('a section made from the list item itself still counts', () => {
  const sections = [{ title: 'Who can restore', body: '- Where to find it\nWho can restore\n' }];
  assert.deepEqual(
    listItemSections(annotation, sections, TEXT).map((a: { line: number }) => a.line),
    [3],
  );
});

test('a Markdown heading line inside a list range counts as the section made from it', () => {
  const text = ['# Guides', '+ [', '# Backups', '](backups.md)', 'Backups', 'Taken daily.'];
  const sections = [{ title: 'Guides', body: '' }, { title: 'Backups', body: '](backups.md)\nBackups\nTaken daily.\n' }];
  assert.deepEqual(
    listItemSections({ lists: [[2, 4]] }, sections, text).map((a: { line: number }) => a.line),
    [3],
  );
});

test("a part heading with no text of its own is told from its contents entry by its first article's text", () => {
  const text = ['Terms', '1. General', '1.1 Purpose', '1.2 Fees', '1. General', '1.1 Purpose', 'These terms govern the service.'];
  const sections = [{ title: '1. General', sections: [{ title: '1.1 Purpose', body: 'These terms govern the service.\n' }] }];
  assert.deepEqual(listItemSections({ lists: [[2, 4]] }, sections, text), []);
});

test('the introduction the importer names is no line of the text, even where a list item repeats its name', () => {
  const text = ['Notice of revised terms', '', 'The terms change on 1 April. The changed places are:', '', 'Introduction', 'Article 4 (Service)', '', 'Thank you.'];
  const sections = [{ title: 'Introduction', body: 'The terms change on 1 April. The changed places are:\n\nIntroduction\nArticle 4 (Service)\n\nThank you.\n' }];
  assert.deepEqual(listItemSections({ lists: [[5, 6]] }, sections, text), []);
});

test('markup the importer drops between a heading and its text: the heading is the occurrence just before the text, not a list item above', () => {
  const text = ['# Guide', '+ [', '# Storage', '](storage.md)', '', '## Storage', '<a name="storage"></a>', '', 'Answers are stored in Sydney.'];
  const sections = [{ title: 'Guide', body: '+ [\n\n# Storage\n](storage.md)\n' }, { title: 'Storage', body: 'Answers are stored in Sydney.\n' }];
  assert.deepEqual(listItemSections({ lists: [[2, 4]] }, sections, text), []);
});
