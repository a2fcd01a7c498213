// The fixes that add a missing statement: for each rule, ask the server for
// the action, apply it, and see that the finding is gone and that the only
// new findings are the markers left for the author to fill in. The texts the
// fixes write, in English and Japanese, are pinned in a golden file.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { workspaceWithoutCoverage } from '../fixtures/minimal';
import { checkGolden } from '../helpers/golden';
import type { InsertSnippetArgs } from '../../protocol/insertSnippet';
import { applyAction as apply, LspClient } from '../helpers/lspClient';
import { expandSnippet } from '../helpers/snippets';

const WS = pathToFileURL(workspaceWithoutCoverage()).href;

const header = (lang: 'en' | 'ja') =>
  `whitepaper: 1\nlang: ${lang}\ntitle: ${lang === 'en' ? 'Example Cloud Security Whitepaper' : 'サンプルクラウド セキュリティホワイトペーパー'}\nservice: {name: Example Cloud, provider: Example Inc., model: SaaS}\nsections:\n`;

interface Case {
  readonly rule: string;
  /** The start of the message, when a rule has more than one. */
  readonly message?: RegExp;
  readonly sections: { en: string; ja: string };
}

// Each layout the insertion must handle: a literal block body, a one-line plain body, no body, facts already there, nested sections.
const CASES: readonly Case[] = [
  {
    rule: 'deletion-policy',
    message: /no deletion timing|削除の時期/,
    sections: {
      en: '  - title: Removal of customer data\n    controls: [CLD.8.1.5]\n    body: |\n      Customers can export their data from the console.\n',
      ja: '  - title: 契約終了時のデータの除去\n    controls: [CLD.8.1.5]\n    body: |\n      お客様はコンソールからデータをエクスポートできます。\n',
    },
  },
  {
    rule: 'deletion-policy',
    message: /get their data back|取り出せる/,
    sections: {
      en: '  - title: Removal of customer data\n    controls: [CLD.8.1.5]\n    body: Data is erased within 30 days after the contract ends.\n',
      ja: '  - title: 契約終了時のデータの除去\n    controls: [CLD.8.1.5]\n    body: 契約終了後30日以内にデータを消去します。\n',
    },
  },
  {
    rule: 'backup-retention',
    message: /no retention|保存期間/,
    sections: {
      en: '  - title: Backup\n    controls: [12.3.1]\n    body: |\n      Backups run daily.\n    facts:\n      backup.frequency: daily\n',
      ja: '  - title: バックアップ\n    controls: [12.3.1]\n    body: |\n      バックアップは毎日取得します。\n    facts:\n      backup.frequency: daily\n',
    },
  },
  {
    rule: 'backup-retention',
    message: /how often|取得頻度/,
    sections: {
      en: '  - title: Backup\n    controls: [12.3.1]\n    body: Backups are kept for 14 days.\n',
      ja: '  - title: バックアップ\n    controls: [12.3.1]\n    body: バックアップは14日間保持します。\n',
    },
  },
  {
    rule: 'log-retention-missing',
    sections: {
      en: '  - title: Operations\n    sections:\n      - title: Event logging\n        controls: [12.4.1]\n        body: |\n          Access logs are collected centrally.\n',
      ja: '  - title: 運用\n    sections:\n      - title: イベントログ\n        controls: [12.4.1]\n        body: |\n          ログを一元的に収集しています。\n',
    },
  },
  {
    rule: 'incident-notification',
    sections: {
      en: '  - title: Incidents\n    controls: [16.1.2]\n',
      ja: '  - title: インシデント\n    controls: [16.1.2]\n',
    },
  },
  {
    rule: 'change-notice',
    sections: {
      en: '  - title: Changes\n    controls: [12.1.2]\n    body: "Changes are announced on the status page."\n',
      ja: '  - title: 変更管理\n    controls: [12.1.2]\n    body: "変更はステータスページでお知らせします。"\n',
    },
  },
  {
    rule: 'data-location',
    sections: {
      en: '  - title: Legislation\n    controls: [18.1.1]\n    body: |\n      We comply with the laws that apply to us.\n    facts:\n      governing_law: Japan\n',
      ja: '  - title: 法令\n    controls: [18.1.1]\n    body: |\n      適用される法令を順守します。\n    facts:\n      governing_law: 日本法\n',
    },
  },
  {
    rule: 'governing-law',
    sections: {
      en: '  - title: Legislation\n    controls: [18.1.1]\n    body: |\n      Customer data is stored in Japan.\n',
      ja: '  - title: 法令\n    controls: [18.1.1]\n    body: |\n      お客様のデータは日本国内に保存します。\n',
    },
  },
  {
    rule: 'clock-source',
    sections: {
      en: '  - title: Clocks\n    controls: [12.4.4]\n    body: |\n      All servers use the same time.\n',
      ja: '  - title: 時刻同期\n    controls: [12.4.4]\n    body: |\n      すべてのサーバーで同じ時刻を使います。\n',
    },
  },
];

describe('fixes that add a missing statement', () => {
  let client: LspClient;
  const results: string[] = [];
  before(async () => (client = await LspClient.start({ locale: 'en' })));
  after(async () => {
    await client.stop();
    checkGolden('statement-fixes.txt', results.join('\n'));
  });

  for (const [i, c] of CASES.entries()) {
    for (const lang of ['en', 'ja'] as const) {
      test(`${c.rule} (${lang}${c.message ? `, ${c.message.source.split('|')[0]}` : ''})`, async () => {
        const uri = `${WS}/statement-${i}-${lang}.wp.yaml`;
        const text = header(lang) + c.sections[lang];
        client.open(uri, text, 1);
        const before = await client.diagnostics(uri, 1);
        const target = before.find((d) => d.code === c.rule && (!c.message || c.message.test(d.message)));
        assert.ok(target, `${c.rule} is reported: ${JSON.stringify(before.map((d) => d.message))}`);
        const actions = await client.codeActions(uri, target);
        const fix = actions.find((a) => !a.title.startsWith('Disable'));
        assert.ok(fix, `${c.rule} offers a fix`);
        const fixed = apply(text, fix);
        client.change(uri, 2, [{ text: fixed }]);
        const after: Diagnostic[] = await client.diagnostics(uri, 2);
        const key = (d: Diagnostic) => `${d.code} ${d.message}`;
        const was = new Set(before.map(key));
        assert.ok(!after.some((d) => key(d) === key(target)), `the finding is gone: ${JSON.stringify(after.map(key))}`);
        assert.deepEqual([...new Set(after.filter((d) => !was.has(key(d))).map((d) => d.code))], ['placeholder'], 'only the markers to fill in are new');
        results.push(`=== ${c.rule} ${lang}: ${fix.title}\n${fixed}`);
      });
    }
  }
});

describe('the same fixes for an editor that inserts snippets', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'en', snippetCommand: 'wp27017.insertSnippet' })));
  after(() => client.stop());

  test('a fix that leaves markers comes as the snippet command, with a tab stop per marker; accepted as is, it writes the plain fix', async () => {
    const plain = await LspClient.start({ locale: 'en' });
    try {
      for (const [i, c] of CASES.entries()) {
        const uri = `${WS}/snippet-${i}.wp.yaml`;
        const text = header('ja') + c.sections.ja;
        const actionsOf = async (editor: LspClient) => {
          editor.open(uri, text, 1);
          const target = (await editor.diagnostics(uri, 1)).find((d) => d.code === c.rule && (!c.message || c.message.test(d.message)))!;
          return (await editor.codeActions(uri, target))[0]!;
        };
        const viaSnippet = await actionsOf(client);
        assert.equal(viaSnippet.edit, undefined, c.rule);
        assert.equal(viaSnippet.command?.command, 'wp27017.insertSnippet');
        const args = viaSnippet.command!.arguments![0] as InsertSnippetArgs;
        assert.equal(args.range.start.character, 0, 'the snippet starts at column 0, where VS Code adds no indentation');
        assert.match(args.snippet, /\$\{1:［要記入］\}[\s\S]*\$\{2:［要記入］\}/, 'sentence and facts value are tab stops 1 and 2');
        const document = TextDocument.create(uri, 'yaml', 1, text);
        const accepted = TextDocument.applyEdits(document, [{ range: args.range, newText: expandSnippet(args.snippet) }]);
        assert.equal(accepted, apply(text, await actionsOf(plain)), c.rule);
      }
    } finally {
      await plain.stop();
    }
  });
});

describe('a new section for a missing control, as a snippet', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'en', snippetCommand: 'wp27017.insertSnippet' })));
  after(() => client.stop());

  test('the prompt of what to disclose is one tab stop, so typing replaces it', async () => {
    const folder = pathToFileURL(workspaceWithoutCoverage()).href.replace(/\/[^/]+$/, '/');
    const uri = new URL('gaps-snippet/paper.wp.yaml', folder).href;
    const text = header('ja') + '  - title: バックアップ\n    controls: [12.3.1]\n    body: バックアップは毎日取得し、7世代保持します。\n';
    client.open(uri, text, 1);
    const missing = (await client.diagnostics(uri, 1)).find((d) => d.code === 'control-missing' && d.message.startsWith('CLD.8.1.5'))!;
    const actions = await client.codeActions(uri, missing);
    const add = actions.find((a) => a.title === 'Add a section for CLD.8.1.5')!;
    const { snippet } = add.command!.arguments![0] as InsertSnippetArgs;
    assert.match(snippet, /\n      \$\{1:［要記入］ 記載すべき事項: [^\n]*\}\n/);
    assert.doesNotMatch(snippet, /\$\{2:/, 'one prompt, one stop');
  });
});
