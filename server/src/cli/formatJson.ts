// Machine-readable findings for scripts: stable keys, 1-based positions.
import type { FileReport } from './fileReport';

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify({ files: reports }, null, 2)}\n`;
}
