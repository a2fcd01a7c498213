// The commands for published whitepapers and the reviewer's outputs, registered together.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCheckPublished } from './checkPublished';
import { registerReviewExports } from './reviewExports';

export function registerPublishedCommands(client: LanguageClient): vscode.Disposable[] {
  return [registerCheckPublished(client), registerReviewExports(client)];
}
