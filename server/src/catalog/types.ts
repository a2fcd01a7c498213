// Shapes shared by the catalog's data tables and its accessors.
import type { Localized } from '../core/locale';

/** The ISO/IEC 27002 numbering a document follows. */
export type Edition = '2013' | '2022';

/** ISO/IEC 27017 CLD controls sit outside both numberings but are valid in each. */
export type ControlSource = Edition | 'cloud';

export type ServiceModel = 'IaaS' | 'PaaS' | 'SaaS';

export type GapSeverity = 'error' | 'warning' | 'info';

/** One row of a control table: id, short English title, short Japanese title. */
export type ControlRow = readonly [id: string, en: string, ja: string];

export interface ControlInfo {
  readonly id: string;
  readonly edition: ControlSource;
  readonly title: Localized;
}

export interface LocalizedList {
  readonly en: readonly string[];
  readonly ja: readonly string[];
}

/** A control a provider's whitepaper is expected to address, in 2013 numbering (or CLD). */
export interface ExpectedControl {
  readonly id: string;
  readonly title: Localized;
  /** The same control in 2022 numbering, so a document written against either edition can be matched. */
  readonly ids2022: readonly string[];
  /** What the provider should tell its customers. */
  readonly points: LocalizedList;
  /** Words by which the topic is recognised in a heading or paragraph. */
  readonly keywords: LocalizedList;
}
