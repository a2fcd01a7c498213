// SARIF 2.1.0, the format GitHub code scanning uploads: one run, the rules
// that fired as reportingDescriptors, results with physical locations.
import type { Locale } from '../core/locale';
import { rules } from '../rules';
import type { FileReport } from './fileReport';
import { ruleHelp } from './ruleHelp';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(reports: readonly FileReport[], locale: Locale, version: string): string {
  const fired = rules.filter((rule) => reports.some((r) => r.findings.some((f) => f.ruleId === rule.id)));
  const region = (p: { line: number; column: number; endLine: number; endColumn: number }) => ({
    startLine: p.line,
    startColumn: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wp27017',
            informationUri: 'https://marketplace.visualstudio.com/items?itemName=wp27017.iso27017-whitepaper',
            version,
            rules: fired.map((rule) => {
              const help = ruleHelp(rule.id);
              return {
                id: rule.id,
                shortDescription: { text: rule.description[locale] },
                defaultConfiguration: { level: LEVEL[rule.severity] },
                ...(help ? { help: { text: help, markdown: help } } : {}),
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) =>
          report.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: fired.findIndex((rule) => rule.id === f.ruleId),
            level: LEVEL[f.severity],
            message: { text: f.where ? `${f.message} (${f.where})` : f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: report.path.split('\\').join('/') }, region: region(f) } }],
            relatedLocations: f.related.map((r, id) => ({
              id,
              message: { text: r.message },
              physicalLocation: { artifactLocation: { uri: report.path.split('\\').join('/') }, region: region(r) },
            })),
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
