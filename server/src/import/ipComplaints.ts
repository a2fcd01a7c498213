// A section that gives a process for complaints of infringed intellectual property (a DMCA notice, notice and takedown,
// 著作権侵害の申立て, 権利侵害のご申告 received at a desk): 27017's cloud guidance on 18.1.2 asks the provider for exactly
// that process (ruling R3 of the thirty-fifth session). An article dividing the rights between the parties (知的財産権,
// 権利帰属, "Ownership") touches 18.1.2 only in passing, and an indemnity against infringement claims is no process for them.

const COMPLAINTS =
  /\bDMCA\b|\btake-?downs?\b|\bnotices? of (?:alleged |claimed )?(?:copyright )?infringement\b|\bcopyright (?:agent|complaints?|notices?)\b|\breport (?:copyright|intellectual property|IP) infringement\b|\binfringement (?:reports?|notices?)\b|(?:著作権|知的財産権?|権利)(?:等)?(?:の)?侵害(?:等)?(?:の|に関する)?(?:ご)?(?:申告|申立|申し立て|通報|通知|報告)/iu;

/** The words that give the complaints' process, else undefined. */
export function ipComplaints(body: string): string | undefined {
  return COMPLAINTS.exec(body.normalize('NFKC'))?.[0];
}
