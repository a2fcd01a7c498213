// Which snippets the completion list offers where: a whole whitepaper at the
// top of an empty file only; sections and facts under `sections:` only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snippetPlace } from '../../../client/src/snippets/snippetContext';

/** `|` marks the cursor. */
function placeAt(text: string) {
  const before = text.slice(0, text.indexOf('|'));
  const lines = before.split('\n');
  return snippetPlace(lines.slice(0, -1), lines[lines.length - 1]);
}

const HEADER = 'whitepaper: 1\nlang: en\ntitle: X Security Whitepaper\nservice:\n  name: X\n  provider: Y\n  model: SaaS\n';

test('the top of an empty file (comments allowed) takes a whole whitepaper, and nothing else does', () => {
  assert.equal(placeAt('wp-|'), 'top');
  assert.equal(placeAt('# draft\n\nwp-e|'), 'top');
  assert.equal(placeAt(`${HEADER}wp|`), undefined);
  assert.equal(placeAt('  wp|'), undefined);
});

test('under sections: a new item, a word inside an item, a nested sections:', () => {
  assert.equal(placeAt(`${HEADER}sections:\n  cld.8|`), 'sections');
  assert.equal(placeAt(`${HEADER}sections:\n  - title: Backup\n    controls: [12.3.1]\n    body: Daily.\n  - 12.4|`), 'sections');
  assert.equal(placeAt(`${HEADER}sections:\n  - title: Backup\n    controls: [12.3.1]\n    body: Daily.\n    facts-b|`), 'sections');
  assert.equal(placeAt(`${HEADER}sections:\n- title: Backup\n  body: Daily.\n- back|`), 'sections');
});

test('not in prose, not under another key, not in a sentence', () => {
  assert.equal(placeAt(`${HEADER}sections:\n  - title: Backup\n    body: |\n      Backups run daily.\n      back|`), undefined);
  assert.equal(placeAt('whitepaper: 1\nservice:\n  name|'), undefined);
  assert.equal(placeAt(`${HEADER}sections:\n  - title: Backup\n    body: Daily and back|`), undefined);
  assert.equal(placeAt(`${HEADER}notes|`), undefined);
});
