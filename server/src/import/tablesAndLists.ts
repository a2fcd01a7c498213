// Controls a section answers by the shape of what it holds, where its words
// alone are too few or too scattered to name them: a table of who does what
// (provider and customer as columns) is the division of responsibilities
// (CLD.6.3.1); a list whose entries each name a country in their words (not in
// their links' addresses) is where data goes (6.1.3).
import { namedPlace } from '../catalog/places';
import { withoutLinkTargets } from './controlVocabulary';

export interface ShapeEvidence {
  readonly id: string;
  readonly words: readonly string[];
}

/**
 * The cells of a table row: pipes, tabs or wide gaps between them; a short line of a PDF's table keeps single spaces
 * between its cells ("項目 当社 お客様").
 */
function cells(line: string): string[] | undefined {
  const trimmed = line.trim().replace(/^\||\|$/g, '');
  const separator = /\||\t/.test(trimmed) ? /[|\t]/ : / {2,}|\u3000+/.test(trimmed) || trimmed.length > 40 ? / {2,}|\u3000+/ : /\s+/;
  const parts = trimmed.split(separator).map((c) => c.trim()).filter((c) => c !== '');
  return parts.length >= 2 ? parts : undefined;
}

// The two parties as a column header names them ("当社", "お客様の責任", "Customer responsibility", "Provider").
const PROVIDER = /^(?:当社|弊社|事業者|提供者|クラウドサービス事業者|サービス提供者|provider|cloud provider|service provider|vendor|we|us)(?:の責任|側|の役割|\s+responsibilit(?:y|ies))?$/iu;
const CUSTOMER = /^(?:お客様|利用者|顧客|ユーザー?|契約者|クラウドサービス利用者|customers?|clients?|users?|you)(?:の責任|側|の役割|\s+responsibilit(?:y|ies))?$/iu;
const SYMBOL = /^[○◯●◎△×✓✔✗]$/u;
const MARK = /^(?:[○◯●◎△×✓✔✗-]|yes|no|[RACI](?:\/[RACI])*)$/iu;

/**
 * A table whose header names the customer beside another party (the provider, or the provider by its name), over
 * rows that mark who does each task: the division of responsibilities, whatever the section is called.
 */
export function responsibilityMatrix(body: string): ShapeEvidence | undefined {
  const rows = body.split('\n').map(cells);
  for (let i = 0; i < rows.length; i++) {
    const header = rows[i];
    if (header === undefined || header.length > 6) continue;
    const customer = header.slice(1).find((c) => CUSTOMER.test(c));
    if (customer === undefined) continue;
    const provider = header.slice(1).find((c) => PROVIDER.test(c)) ?? header.slice(1).find((c) => c !== customer && c.length <= 30);
    if (provider === undefined) continue;
    // A header read from single spaces may be a short sentence ("How do we protect you", "Managing users"): it needs
    // both parties by name and rows marked with symbols, not words or letters a sentence holds ("No", "I", "-").
    const spaced = !/\||\t| {2,}|\u3000/.test(body.split('\n')[i].trim());
    const mark = spaced ? SYMBOL : MARK;
    const marked = rows.slice(i + 1, i + 12).filter((row) => row !== undefined && row.slice(1).some((c) => mark.test(c))).length;
    if (spaced ? PROVIDER.test(provider) && marked >= 2 : PROVIDER.test(provider) || marked >= 2) return { id: 'CLD.6.3.1', words: [provider, customer] };
  }
  return byRow(body);
}

// A row or item that gives a task to one party: "| 物理セキュリティ | 当社 |", "Physical security: Provider", "・アカウント管理：お客様".
const LABELLED = /^[^:：|\t\n]{2,60}[:：]/u;

function partyOf(line: string): string | undefined {
  const label = LABELLED.exec(line);
  const value = label ? line.slice(label[0].length).trim() : cells(line)?.at(-1);
  return value !== undefined && value.length <= 30 ? value : undefined;
}

/** Three rows or more that each give a task to one party, both parties among them. */
function byRow(body: string): ShapeEvidence | undefined {
  let provider: string | undefined;
  let customer: string | undefined;
  let rows = 0;
  for (const line of body.split('\n')) {
    const party = partyOf(line.trim());
    if (party === undefined) continue;
    if (PROVIDER.test(party)) provider ??= party;
    else if (CUSTOMER.test(party)) customer ??= party;
    else continue;
    rows++;
  }
  return provider !== undefined && customer !== undefined && rows >= 3 ? { id: 'CLD.6.3.1', words: [provider, customer] } : undefined;
}

// What a list of places is about when it says where data is: the data, its servers, storage, hosting or regions, or who
// processes it. Support hours by region, maintenance windows per city or payment methods per country name places too.
const REGION_CODE = /^[a-z]{2,}(?:-[a-z]+)+-?\d+[a-z]?$/i;
const ABOUT_DATA = /データ|サーバ|保存|保管|格納|リージョン|拠点|所在|ホスティング|クラウド|委託先|\bdata\b|\bservers?\b|\bhost(?:s|ed|ing)?\b|\bstor(?:e|ed|es|age|ing)\b|\bregions?\b|\bdata ?cent(?:er|re)s?\b|\bprocess(?:es|ed|ing|ors?)?\b|\blocat(?:ed|ion|ions)\b|\bsub-?processors?\b|\bresiden(?:cy|t)\b|\binfrastructure\b|\bclusters?\b|\binstances?\b|\bdeploy/iu;

/**
 * A list or table where two entries or more each name a country or region, in a section about data: where the data is,
 * or who holds it where. `heading`: the section's heading, which may say what the list is about.
 */
export function locationList(body: string, heading = ''): ShapeEvidence | undefined {
  const aboutData = ABOUT_DATA.test(withoutLinkTargets(`${heading}\n${body}`.normalize('NFKC')));
  const places: string[] = [];
  let entries = 0;
  for (const line of body.split('\n')) {
    if (cells(line) === undefined && !/^\s*(?:[-*・•●■◆]|\(?\d{1,2}[).．]|[①-⑳])\s*/u.test(line)) continue;
    // Named places only: "国内" is no place of its own ("国内の別リージョン" row after row of a backup table says where
    // copies go, not where data is). Where a link points is no place either: a list of app-store links
    // ("…/us/app/…", "&gl=US") names the store's country, not the data's.
    const place = namedPlace(withoutLinkTargets(line));
    if (place === undefined) continue;
    entries++;
    if (!places.includes(place)) places.push(place);
  }
  // A cloud's region codes ("eu-west-1", "asia-northeast1") are where data is kept, whatever the section calls them.
  const regionCodes = places.every((place) => REGION_CODE.test(place));
  return entries >= 2 && (aboutData || regionCodes) ? { id: '6.1.3', words: places.slice(0, 4) } : undefined;
}
