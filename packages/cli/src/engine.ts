// What the CLI's main thread needs from core and core/node besides the linter, imported by name in one
// chunk of its own. run.ts loads this instead of `import('@budgetlint/core')`: a dynamic import
// of a whole package keeps every export alive (the namespace could be read by any key), which
// pulled the config schema and zod (0.75 MB) into every run; named imports let the bundler
// leave them in the config-schema chunk, loaded only when a config file is read. The linter and
// the rules come from load-lint-core.ts (compiled with V8's code cache).
export { addSuppressions, applySuppressions, pruneSuppressions, serializeSuppressions, SUPPRESSIONS_FILE_NAME, SuppressionsError } from '@budgetlint/core';
export { ConfigLoader, ConfigLoadError, describeConfig, SchemaNotLoaded, IgnoreMatcher, readSuppressionsFile, whoAmI } from '@budgetlint/core/node';
