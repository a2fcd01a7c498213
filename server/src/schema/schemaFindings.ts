// Turns ajv's errors into findings. An `anyOf` that failed is reported once,
// by itself, not through each branch's errors (which would contradict each other).
import type { ErrorObject } from 'ajv';
import type { Finding } from '../core/finding';
import type { Rule } from '../rules/rule';
import type { SchemaErrorContext } from './schemaErrorContext';
import { toFinding } from '../rules/toFinding';

function withoutBranchErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const branches = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  return errors.filter(
    (e) => !branches.some((b) => e !== b && e.instancePath.startsWith(b.instancePath) && e.schemaPath.startsWith(`${b.schemaPath}/`)),
  );
}

export function schemaFindings(errors: readonly ErrorObject[] | null | undefined, context: SchemaErrorContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const error of withoutBranchErrors(errors ?? [])) {
    for (const rule of rules) {
      const report = rule.fromSchemaError?.(error, context);
      if (report === undefined) continue;
      if (report) findings.push(toFinding(rule, report));
      break;
    }
  }
  return findings;
}
