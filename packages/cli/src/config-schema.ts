// The config schema (zod) in a chunk of its own: loaded by the runs that find a config file.
import { parseConfig } from '@budgetlint/core';
import { setConfigParser } from '@budgetlint/core/node';

export function installConfigSchema(): void {
  setConfigParser(parseConfig);
}
