// The terms of a backup product ("デュアルバックアップ利用規約", "Acme Cloud Backup Terms of Service", terms whose
// opening says the service provided is a data backup service). What such terms call backups is the product the
// customer buys: its copies are the customer's data, kept as the customer sets them. Its clauses on the backups
// (what is backed up, the customer's duties over it, the equipment lent) say nothing of how the provider backs up
// its own systems, so 12.3.1 is answered there by an id only. A product that names itself "(the Service)" is
// blanked by `partyNames.ts`; this reads the terms that name it only in their title or opening.
import type { PageKind } from './pageKind';

const BACKUP = /バックアップ|\bback-?ups?\b/iu;
// The service the terms cover, said in their opening to be a backup service ("データバックアップサービスを提供します",
// "provides an automated database backup service").
const PROVIDES_BACKUP = /バックアップ(?:サービス|ソリューション)[^。\n]{0,6}(?:を|の)?提供|\bprovides?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}back-?up\s+(?:service|solution|product)s?\b/iu;

/** Whether a page of kind `page` titled `title` and opening with `opening` is the terms of a backup product. */
export function backupProductTerms(page: PageKind, title: string, opening: string): boolean {
  if (page !== 'terms') return false;
  return BACKUP.test(title.normalize('NFKC')) || PROVIDES_BACKUP.test(opening.slice(0, 800).normalize('NFKC'));
}
