// The per-workspace settings (.wp27017.yaml) as the checker uses them.
import type { ServiceModel } from '../catalog';
import type { SeveritySetting } from '../core/finding';
import type { Locale } from '../core/locale';

export interface WorkspaceConfig {
  readonly locale?: Locale;
  /** Overrides `service.model` when weighing a missing control. */
  readonly profile?: ServiceModel;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly controls: {
    /** Expected in addition to the catalog's list (2013 ids). */
    readonly add: readonly string[];
    /** No longer expected, with the reason shown in coverage. */
    readonly drop: Readonly<Record<string, string>>;
  };
}

export const DEFAULT_CONFIG: WorkspaceConfig = { rules: {}, controls: { add: [], drop: {} } };
