// The config schema (zod) in a chunk of its own: loaded by the runs that find a config file.
export { parseConfig } from '@budgetlint/core';
