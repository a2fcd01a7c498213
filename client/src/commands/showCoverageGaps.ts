// "Show Coverage Gaps": the expected controls the active whitepaper does not
// answer, worst first: those missing, and those whose section holds only its
// prompt (to write); picking one moves the cursor to where it belongs or to its section.
import * as vscode from 'vscode';
import type { LanguageServer } from '../languageServer';
import type { CoverageItem } from '../../../protocol/coverage';
import { requestCoverage } from '../coverageClient';

const ICON = { error: '$(error)', warning: '$(warning)', info: '$(info)' } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

interface GapPick extends vscode.QuickPickItem {
  readonly item?: CoverageItem;
}

export function registerShowCoverageGaps(server: LanguageServer): vscode.Disposable {
  return vscode.commands.registerCommand('wp27017.showCoverageGaps', async () => {
    const editor = vscode.window.activeTextEditor;
    const result = editor ? await requestCoverage(server, editor.document) : null;
    if (!editor || !result) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an ISO 27017 whitepaper (*.wp.yaml) to see its coverage.'));
      return;
    }
    const gaps = result.items.filter((i) => i.status === 'missing' || i.status === 'to-write').sort((a, b) => ORDER[a.severity ?? 'info'] - ORDER[b.severity ?? 'info']);
    if (gaps.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('All {0} expected controls are answered.', result.expected));
      return;
    }
    const picks: GapPick[] = gaps.map((item) => ({
      label: `${ICON[item.severity ?? 'info']} ${item.id} ${item.title}`,
      description: [item.status === 'to-write' ? vscode.l10n.t('to write') : vscode.l10n.t('missing'), ...item.ids2022.filter((id) => id !== item.id)].join(' · '),
      item,
    }));
    const picked = await vscode.window.showQuickPick(picks, {
      title: vscode.l10n.t('Coverage gaps: {0} of {1} expected controls not answered yet', gaps.length, result.expected),
      placeHolder: vscode.l10n.t('Pick a control to go to where it belongs'),
      matchOnDescription: true,
    });
    const range = picked?.item?.gapAt ?? picked?.item?.places[0]?.range;
    if (!range) return;
    const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    editor.selection = new vscode.Selection(target.start, target.end);
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
