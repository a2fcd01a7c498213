// The validators the build compiled, by schema id (standaloneValidators.ts): esbuild.mjs writes the whitepaper
// schema's validators here in the bundles as ajv's standalone code, so a worker's first check runs compiled code instead
// of compiling the schema first. Empty where the sources run as they are (tests, scripts): validators.ts compiles
// them then. Never written by hand: the schema in schemas/ is the only source, read again by every build.
import type { BuiltValidators } from './validators';

export const VALIDATORS_AT_BUILD: Readonly<Record<string, BuiltValidators>> = {};
