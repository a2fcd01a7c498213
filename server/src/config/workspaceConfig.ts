// Reads .wp27017.yaml into a WorkspaceConfig. Values the schema rejects are
// ignored here; the config file's own diagnostics say why.
import { withSeverity, type Finding, type SeveritySetting } from '../core/finding';
import { createAnalyzer, type Analysis } from '../analyze/analyzer';
import { CONFIG } from '../analyze/documentKind';
import type { WorkspaceConfig } from './config';

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readConfig(text: string): { config: WorkspaceConfig; analysis: Analysis } {
  const analysis = createAnalyzer(CONFIG).analyze(text);
  const data = analysis.model.data;
  const rules: Record<string, SeveritySetting> = {};
  if (isRecord(data.rules)) {
    for (const [id, value] of Object.entries(data.rules)) if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as SeveritySetting;
  }
  const controls = isRecord(data.controls) ? data.controls : {};
  const drop: Record<string, string> = {};
  if (isRecord(controls.drop)) for (const [id, reason] of Object.entries(controls.drop)) drop[id] = String(reason ?? '');
  return {
    analysis,
    config: {
      locale: data.locale === 'ja' || data.locale === 'en' ? data.locale : undefined,
      profile: data.profile === 'IaaS' || data.profile === 'PaaS' || data.profile === 'SaaS' ? data.profile : undefined,
      rules,
      controls: { add: Array.isArray(controls.add) ? controls.add.map(String) : [], drop },
    },
  };
}

/** Applies per-rule severity overrides; findings of rules set to "off" disappear. */
export function applySeverities(findings: readonly Finding[], config: WorkspaceConfig): Finding[] {
  const overrides = config.rules;
  if (Object.keys(overrides).length === 0) return [...findings];
  return findings.flatMap((finding) => {
    const setting = overrides[finding.ruleId];
    if (setting === undefined) return [finding];
    return setting === 'off' ? [] : [withSeverity(finding, setting)];
  });
}
