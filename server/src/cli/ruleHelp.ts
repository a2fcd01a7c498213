// Each rule's docs page (docs/rules/<id>.md), for SARIF's `help`: GitHub code
// scanning shows it beside the alert, so a reviewer in CI reads why the rule
// exists and how to fix it without leaving the pull request.
import { readShippedFile } from '../config/shippedFile';

export function ruleHelp(id: string): string | undefined {
  return readShippedFile(`docs/rules/${id}.md`);
}
