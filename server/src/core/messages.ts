// A finding's message in the reader's language.
import type { Finding, Fix, RelatedSpan } from './finding';
import { formatMessage, type Locale } from './locale';
import { ruleById } from '../rules';

export function findingMessage(finding: Finding | RelatedSpan, ruleId: string, locale: Locale): string {
  const template = ruleById(ruleId)?.messages[finding.messageId];
  return template ? formatMessage(template, locale, finding.data) : `${ruleId}/${finding.messageId}`;
}

export function fixTitle(fix: Fix, ruleId: string, locale: Locale): string {
  const template = ruleById(ruleId)?.messages[fix.messageId];
  return template ? formatMessage(template, locale, fix.data) : fix.messageId;
}
