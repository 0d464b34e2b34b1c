// Everything a lint run needs besides the linter itself, as one module that run.ts loads with
// one import(): the bundle then holds it in a few chunks instead of one chunk per module and
// per combination of importers. Each ES module a run loads is resolved, read, compiled and
// linked on its own, and the two dozen a one-file run used to load cost it about 20 ms.
// Named re-exports only: what the Word, PDF and GB18030 readers, the config schema, the
// baseline and the other formatters need stays in their own chunks, loaded on demand.
export {
  addSuppressions,
  applySuppressions,
  pruneSuppressions,
  serializeSuppressions,
  SUPPRESSIONS_FILE_NAME,
  SuppressionsError,
  ConfigLoader,
  ConfigLoadError,
  describeConfig,
  SchemaNotLoaded,
  IgnoreMatcher,
  readSuppressionsFile,
  whoAmI,
} from './engine.ts';
export { loadLintCore, ruleCatalogue, saveLintCoreCache } from './load-lint-core.ts';
export { discover, relPath, toPosix } from './discover.ts';
export { selectShard } from './shard.ts';
export { FORMAT_NAMES, loadFormatter, READS_SOURCE } from './formatters/index.ts';
export { lintFile, revive, isFileError, withSource, storedLines } from './lint-file.ts';
export { fileId, OutputRefused, planWrite, writePlanned } from './write-output.ts';
export { addPlaces } from './inputs/places.ts';
export { readSource, InputError, decodeText, loadLegacyDecoder } from './inputs/index.ts';
export { poolLikely, prestart, poolSize, runPool, workerScript } from './pool.ts';
