// A section its heading marks as a plan ("Roadmap", "Hosted service (roadmap; not in MVP)", "Coming soon",
// ロードマップ, 今後の取り組み) lists measures not yet taken: an auditor counts what is done, so its words answer no
// control; an id written in it still does. "Planned maintenance" and メンテナンス予定 are a schedule of work the service
// does, not a plan of measures, so neither "planned" nor 予定 alone marks one.
const PLAN = /\broad-?map\b|\bcoming soon\b|\bnot (?:yet|in (?:the )?mvp)\b|\bfuture (?:plans?|work|improvements)\b|ロードマップ|今後の(?:取り組み|取組|計画|展望)|(?:対応|導入|取得|実装)予定/iu;

/** Whether a heading marks its section as measures still to come. */
export function plannedSection(heading: string): boolean {
  return PLAN.test(heading.normalize('NFKC'));
}
