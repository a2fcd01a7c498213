// A page's source under a text name goes to the HTML reader, which keeps where each block starts in that source.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPageSource } from '../../../server/src/read/pageSource';
import { detectFormat } from '../../../server/src/read/readDocument';
import { readHtml } from '../../../server/src/read/readHtml';

test('a text opening an HTML document, or PHP that writes one, is a page source', () => {
  assert.ok(isPageSource('\ufeff\n  <!DOCTYPE html>\n<html>'));
  assert.ok(isPageSource('<html lang="ja">\n<body>'));
  assert.ok(isPageSource('<?php include("settings.php"); ?>\n<!DOCTYPE html>\n<html lang="ja">'));
  // A PHP template that leaves the document to an included header is not one: read as text, its headings still come from its tags.
  assert.ok(!isPageSource('<?php get_header(); ?>\n<main>\n<h1>Security</h1>'));
  assert.ok(!isPageSource('# Security\n\nWe keep <html> pages out of this guide.'));
  assert.ok(!isPageSource('<htmlish>'));
});

test('detectFormat reads a .txt page source as HTML, and other .txt as text', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  assert.equal(detectFormat(bytes('<?php require "a.php"; ?>\n<!doctype html>\n<html><body><h1>A</h1></body></html>'), 'page.txt'), 'html');
  assert.equal(detectFormat(bytes('Security\n\nWe encrypt data.'), 'page.txt'), 'text');
});

test('the HTML reader says the source line and column of each block; a Word file\'s HTML has none', async () => {
  const source = ['<!DOCTYPE html>', '<html><body>', '<h1>Security</h1>', '<div>', '  <h2>Backups</h2>', '  <p>We back up', '  nightly.</p>', '  <ul>', '    <li>Encrypted copies</li>', '  </ul>', '  Loose words', '</div>', '</body></html>'].join('\n');
  const doc = await readHtml(source);
  const at = (words: string) => doc.place?.(doc.text.indexOf(words));
  assert.deepEqual([at('Backups')?.sourceLine, at('Backups')?.sourceColumn], [5, 7]);
  assert.equal(at('We back up')?.sourceLine, 6);
  assert.equal(at('Encrypted copies')?.sourceLine, 9);
  assert.deepEqual([at('Loose words')?.sourceLine, at('Loose words')?.sourceColumn], [11, 3]);
  const docx = await readHtml('<h1>Security</h1><p>We back up nightly.</p>', 'docx');
  assert.equal(docx.place?.(0)?.sourceLine, undefined);
});
