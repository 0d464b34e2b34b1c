// Kept apart from the config loader (and the ignore matcher it sits beside) so that paths which
// never read a config (--version, --help) load nothing else.
export { describeFsError } from '@budgetlint/core/node/fs-errors';
