// Machine-readable findings for scripts: stable keys, 1-based positions; `messages` (only when there are any) holds what stderr said:
// inputs that could not be read, files that could not be written, fixes applied.
import type { FileReport } from './fileReport';

export function formatJson(reports: readonly FileReport[], errors: readonly string[] = []): string {
  return `${JSON.stringify(errors.length > 0 ? { files: reports, messages: errors } : { files: reports }, null, 2)}\n`;
}
