// The commands for published whitepapers and the reviewer's outputs, registered together.
import type * as vscode from 'vscode';
import type { LanguageServer } from '../languageServer';
import { registerCheckPublished } from './checkPublished';
import { registerReviewExports } from './reviewExports';

export function registerPublishedCommands(server: LanguageServer): vscode.Disposable[] {
  return [registerCheckPublished(server), registerReviewExports(server)];
}
