import type { Formatter } from '../types.ts';
import { stylish } from './stylish.ts';
import { json } from './json.ts';
// Formatters owned by the inputs/reporting helper register here, one import and one entry each:
import { sarif } from './sarif.ts';
import { github } from './github.ts';
import { html } from './html.ts';

/** Every `--format` name the CLI accepts. */
export const formatters: Record<string, Formatter> = {
  stylish,
  json,
  sarif,
  github,
  html,
};
