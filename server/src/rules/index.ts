// Every rule, in the order their hooks are asked. To add a rule: write
// rules/<id>.ts, docs/rules/<id>.md and test/unit/rules/<id>.test.ts, list it
// here; the meta-test says what is missing.
import type { Rule } from './rule';
import yamlSyntax from './yaml-syntax';
import duplicateKey from './duplicate-key';
import unknownKey from './unknown-key';
import missingKey from './missing-key';
import invalidValue from './invalid-value';
import placeholder from './placeholder';

export const rules: readonly Rule[] = [yamlSyntax, duplicateKey, unknownKey, missingKey, invalidValue, placeholder];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
