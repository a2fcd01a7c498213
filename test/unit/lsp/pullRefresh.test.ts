// The editor is asked to pull again only for documents whose first report of an open it holds while the full one is
// ready: once each, one request for those ready together, never again once it has pulled.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PullRefresh } from '../../../server/src/lsp/pullRefresh';

function editor() {
  const answers: (() => void)[] = [];
  let sent = 0;
  const refresh = new PullRefresh(() => {
    sent++;
    return new Promise<void>((resolve) => answers.push(resolve));
  });
  const answer = async () => {
    answers.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { refresh, answer, sent: () => sent };
}

test('one document ready: one refresh', async () => {
  const { refresh, answer, sent } = editor();
  refresh.request('a');
  assert.equal(sent(), 1);
  refresh.pulled('a');
  await answer();
  assert.equal(sent(), 1);
});

test('documents ready while a refresh is under way share one more, after it', async () => {
  const { refresh, answer, sent } = editor();
  refresh.request('a');
  refresh.request('b');
  refresh.request('c');
  assert.equal(sent(), 1, 'one at a time');
  refresh.pulled('a');
  await answer();
  assert.equal(sent(), 2, 'b and c were not covered by the first');
  refresh.pulled('b');
  refresh.pulled('c');
  await answer();
  assert.equal(sent(), 2);
});

test('a document the editor has pulled again, or closed, asks for nothing more', async () => {
  const { refresh, answer, sent } = editor();
  refresh.request('a');
  refresh.request('b');
  refresh.pulled('b');
  await answer();
  assert.equal(sent(), 1);
});

test('a document the editor did not pull after its refresh does not ask again by itself', async () => {
  const { refresh, answer, sent } = editor();
  refresh.request('a');
  await answer();
  assert.equal(sent(), 1);
});

test('a failed refresh does not stop the next one', async () => {
  let sent = 0;
  const refresh = new PullRefresh(() => (sent++, Promise.reject(new Error('no editor'))));
  refresh.request('a');
  await new Promise((resolve) => setImmediate(resolve));
  refresh.pulled('a');
  refresh.request('b');
  assert.equal(sent, 2);
});
