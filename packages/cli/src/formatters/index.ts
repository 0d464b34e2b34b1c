import type { Formatter } from '../types.ts';

// Each formatter is a chunk of its own (scripts/build.mjs splits the bundle), loaded by the runs
// that print in its format: the default run does not compile the HTML report or SARIF.
// Formatters owned by the inputs/reporting helper register here, one entry each:
const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.ts')).stylish,
  json: async () => (await import('./json.ts')).json,
  sarif: async () => (await import('./sarif.ts')).sarif,
  github: async () => (await import('./github.ts')).github,
  html: async () => (await import('./html.ts')).html,
};

/** The formats whose report quotes the document's text (a warm --cache run reads such files again for them). */
export const READS_SOURCE: ReadonlySet<string> = new Set(['json', 'sarif', 'html']);

/** Every `--format` name the CLI accepts. */
export const FORMAT_NAMES: readonly string[] = Object.keys(loaders);

/** The formatter for a `--format` name, undefined for an unknown name. */
export function loadFormatter(name: string): Promise<Formatter> | undefined {
  return Object.hasOwn(loaders, name) ? loaders[name]() : undefined;
}
