// Logging (12.4.1, 12.4.3, 18.1.3) without a retention period leaves the
// customer unable to plan investigations; each log kind named needs one,
// unless a period is given for logs in general.
import { factsFor } from '../model/sectionsFor';
import { defineRule } from './rule';

/** Log kinds a whitepaper names, with the words that name them. */
export const LOG_KINDS: readonly { kind: string; label: { en: string; ja: string }; words: RegExp }[] = [
  { kind: 'audit', label: { en: 'audit log', ja: '監査ログ' }, words: /監査ログ|監査証跡|audit (?:log|trail)/i },
  { kind: 'access', label: { en: 'access log', ja: 'アクセスログ' }, words: /アクセスログ|access log/i },
  { kind: 'operation', label: { en: 'operation log', ja: '操作ログ' }, words: /操作ログ|操作履歴|operation log|activity log/i },
  { kind: 'authentication', label: { en: 'authentication log', ja: '認証ログ' }, words: /認証ログ|ログイン履歴|sign-?in log|login log|authentication log/i },
  { kind: 'application', label: { en: 'application log', ja: 'アプリケーションログ' }, words: /アプリケーションログ|application log/i },
  { kind: 'network', label: { en: 'network log', ja: '通信ログ' }, words: /通信ログ|ネットワークログ|network log|flow log/i },
];

const LOGGING = ['12.4.1', '12.4.3', '18.1.3'];

export default defineRule({
  id: 'log-retention-missing',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'Logging is described (12.4.1, 12.4.3, 18.1.3) but no retention period is given for a log kind the text names.',
    ja: 'ログ(12.4.1、12.4.3、18.1.3)について記載があるのに、挙げられたログの保存期間の記載がありません。',
  },
  messages: {
    noRetention: {
      en: '{id}: logs are described but no retention period is given; say how long logs are kept.',
      ja: '{id}: ログについての記載がありますが、保存期間の記載がありません。ログの保存期間を書いてください。',
    },
    kindNoRetention: {
      en: '{id}: the {kind} is named but its retention period is not given.',
      ja: '{id}: {kind}が挙げられていますが、その保存期間の記載がありません。',
    },
  },
  // Logging is often spread over several sections (what is logged, how long it is kept): they are read together.
  checkDocument(document, report) {
    const { sections, prose, pinned, body } = factsFor(document, LOGGING);
    if (sections.length === 0) return;
    const first = sections[0];
    const id = first.controls.map((c) => c.id).join(', ');
    const retention = prose.filter((f) => f.topic === 'log-retention' && f.kind !== 'vague');
    if (retention.length === 0 && !pinned.some((f) => f.key.startsWith('log.retention'))) {
      report({ ...first.head, messageId: 'noRetention', data: { id } });
      return;
    }
    if (retention.some((f) => !f.logKind || f.logKind === 'general') || pinned.some((f) => f.key === 'log.retention')) return;
    for (const { kind, label, words } of LOG_KINDS) {
      if (!words.test(body)) continue;
      // "Audit logs and access logs are kept for one year" covers both kinds it names.
      const covered = retention.some((f) => f.logKind === kind || words.test(document.text.slice(f.sentence.start, f.sentence.end)));
      if (covered || pinned.some((f) => f.key === `log.retention.${kind}`)) continue;
      report({ ...first.head, messageId: 'kindNoRetention', data: { id, kind: label } });
    }
  },
});
