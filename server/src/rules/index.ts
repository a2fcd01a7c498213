// Every rule, in the order their hooks are asked. To add a rule: write
// rules/<id>.ts, docs/rules/<id>.md and test/unit/rules/<id>.test.ts, list it
// here; the meta-test says what is missing.
import { appliesTo, type DocumentKindName, type Rule } from './rule';
import yamlSyntax from './yaml-syntax';
import duplicateKey from './duplicate-key';
import unknownKey from './unknown-key';
import missingKey from './missing-key';
import invalidValue from './invalid-value';
import placeholder from './placeholder';
import controlUnknown from './control-unknown';
import controlMissing from './control-missing';
import controlDuplicate from './control-duplicate';
import notApplicableReason from './not-applicable-reason';
import titleNumbering from './title-numbering';
import controlReferenceFormat from './control-reference-format';
import deletionPolicy from './deletion-policy';
import backupRetention from './backup-retention';
import logRetentionMissing from './log-retention-missing';
import logRetentionConsistency from './log-retention-consistency';
import vaguePeriod from './vague-period';
import backupOutlivesDeletion from './backup-outlives-deletion';
import incidentNotification from './incident-notification';
import changeNotice from './change-notice';
import dataLocation from './data-location';
import governingLaw from './governing-law';
import clockSource from './clock-source';
import factContradiction from './fact-contradiction';
import serviceNameSpelling from './service-name-spelling';
import unusedSuppression from './unused-suppression';
import ruleUnknown from './rule-unknown';
import analysisIncomplete from './analysis-incomplete';

// Rules that claim schema errors (control-unknown, not-applicable-reason, rule-unknown, placeholder) come before invalid-value, which takes any.
export const rules: readonly Rule[] = [
  yamlSyntax,
  duplicateKey,
  unknownKey,
  missingKey,
  controlUnknown,
  notApplicableReason,
  ruleUnknown,
  placeholder,
  invalidValue,
  controlMissing,
  controlDuplicate,
  titleNumbering,
  controlReferenceFormat,
  deletionPolicy,
  backupRetention,
  logRetentionMissing,
  logRetentionConsistency,
  vaguePeriod,
  backupOutlivesDeletion,
  incidentNotification,
  changeNotice,
  dataLocation,
  governingLaw,
  clockSource,
  factContradiction,
  serviceNameSpelling,
  unusedSuppression,
  analysisIncomplete,
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));
const byKind = new Map<DocumentKindName, readonly Rule[]>();

/** The rules that read a kind of file, in the order their hooks are asked. */
export function rulesFor(kind: DocumentKindName): readonly Rule[] {
  let list = byKind.get(kind);
  if (!list) {
    list = rules.filter((rule) => appliesTo(rule, kind));
    byKind.set(kind, list);
  }
  return list;
}

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
