// What a log records is not how access is controlled. An audit-log or login-history help page, or a section that lists
// what the log captures, names its events by category ("Authentication: sign-ins, failed attempts", "Identity & Roles",
// "Member Role Changed | …", 「二段階認証を利用している場合」 over the rows the history shows): those words describe the
// log's content (12.4.1), not the provider's practice of access control. The subject is read from the page's title or
// from the section's own announcement of what is logged, not from one heading's words.
import { DESCRIBES_LOGS } from '../catalog/logWords';

/** The access controls whose words name events in a log. */
export const ACCESS_CONTROLS: ReadonlySet<string> = new Set(['9.1.2', '9.2.1', '9.2.2', '9.2.3', '9.2.4', '9.4.1']);

const LOG_CONTROLS = new Set(['12.4.1', '12.4.3']);

/**
 * Whether a page's title is about a log alone ("Audit log", "Understanding activity logs", 「ログイン履歴を確認する」):
 * `named` are the controls the title's words name; a title naming any other topic too is no log page.
 */
export function logPage(named: readonly string[]): boolean {
  return named.some((id) => LOG_CONTROLS.has(id)) && named.every((id) => LOG_CONTROLS.has(id));
}

// A heading that names log events or entries ("Event coverage", "Project Events", 「記録される操作」, 「表示される項目」 on
// a history page); a lead line that announces what the log records ("The following activity is written to the audit
// log:", "These logs document …", 「履歴には、次の行が表示されます」).
const EVENTS_HEADING = /\bevents?(?:\s+(?:coverage|types?|categories|list|reference))?\s*$|^\s*(?:logged|recorded|audited)\s+(?:events?|activit(?:y|ies)|actions?)\b|記録される(?:操作|内容|項目|イベント)|(?:ログ|履歴)(?:の|に)(?:項目|内容)/iu;
const ANNOUNCES =
  /\b(?:is|are)\s+(?:written|recorded|captured|logged)\s+(?:to|in)\s+the\s+(?:\w+\s+)?(?:log|history|trail)\b|\b(?:these|the|this)\s+(?:\w+\s+)?(?:logs?|entries|events?)\s+(?:record|document|capture|track|show|list|include|contain)s?\b|(?:ログ|履歴)(?:に|には)[、,]?[^。\n]{0,20}(?:記録|表示|含まれ)/iu;

/** Whether a section lists what a log records: its first line speaks of the log, and announces them or the heading names events. */
export function logContentSection(heading: string, body: string): boolean {
  const lead = body.split('\n').find((line) => line.trim() !== '') ?? '';
  // A heading on events alone may be an incident's ("Reporting security events"): the lead line says they are a log's.
  return DESCRIBES_LOGS.test(lead) && (EVENTS_HEADING.test(heading.normalize('NFKC')) || ANNOUNCES.test(lead.normalize('NFKC')));
}
