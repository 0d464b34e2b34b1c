import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '@budgetlint/core';
import { join } from 'node:path';
import { rules, ruleIds } from '@budgetlint/rules';
import { setConfigParser, ConfigLoader, ConfigLoadError, describeJsonError, CONFIG_FILE_NAME } from '@budgetlint/core/node';
import { tempTree } from './helpers.ts';

// The CLI loads the config schema on demand (see run.ts); these tests use the loader directly.
beforeAll(() => setConfigParser(parseConfig));

const loaderFor = (cwd: string, extra: Partial<ConstructorParameters<typeof ConfigLoader>[0]> = {}) =>
  new ConfigLoader({ cwd, knownRules: ruleIds(), ...extra });

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigLoadError) return e.lines;
    throw e;
  }
  throw new Error('expected a ConfigLoadError');
}

describe('ConfigLoader', () => {
  it('uses defaults when no config exists', () => {
    const root = tempTree({ 'a/b/x.md': '' });
    const eff = loaderFor(root).forFile(join(root, 'a/b/x.md'));
    expect(eff.file).toBeUndefined();
    expect(eff.config.extensions).toEqual(['.md', '.markdown', '.txt', '.docx', '.pdf']);
  });

  it('finds the nearest config upwards, nearest wins', () => {
    const root = tempTree({
      [CONFIG_FILE_NAME]: JSON.stringify({ rules: { 'sum-mismatch': 'warn' } }),
      [`sub/${CONFIG_FILE_NAME}`]: JSON.stringify({ rules: { 'sum-mismatch': 'off' } }),
      'sub/deeper/x.md': '',
      'other/y.md': '',
    });
    const loader = loaderFor(root);
    expect(loader.forFile(join(root, 'sub/deeper/x.md')).config.rules['sum-mismatch'].severity).toBe('off');
    expect(loader.forFile(join(root, 'other/y.md')).config.rules['sum-mismatch'].severity).toBe('warning');
    expect(loader.forFile(join(root, 'sub/deeper/x.md')).file).toBe(join(root, 'sub', CONFIG_FILE_NAME));
  });

  it('uses --config for every file', () => {
    const root = tempTree({
      'cfg.json': JSON.stringify({ rounding: 'strict' }),
      [`sub/${CONFIG_FILE_NAME}`]: JSON.stringify({ rules: { 'sum-mismatch': 'off' } }),
    });
    const eff = loaderFor(root, { configFile: 'cfg.json' }).forFile(join(root, 'sub/x.md'));
    expect(eff.config.rounding).toBe('strict');
    expect(eff.config.rules['sum-mismatch']).toBeUndefined();
  });

  it('puts --rule overrides last', () => {
    const root = tempTree({ [CONFIG_FILE_NAME]: JSON.stringify({ rules: { 'stale-year': ['error', {}] } }) });
    const eff = loaderFor(root, { overrides: [{ id: 'stale-year', severity: 'off' }] }).forDirectory(root);
    expect(eff.config.rules['stale-year'].severity).toBe('off');
  });

  it('rejects unknown rule ids in --rule', () => {
    expect(() => loaderFor('/', { overrides: [{ id: 'sum-mismatch-typo', severity: 'off' }] })).toThrow(/unknown rule id 'sum-mismatch-typo'/);
  });

  it('reports each schema problem on its own line, naming the file and key path', () => {
    const root = tempTree({ [CONFIG_FILE_NAME]: JSON.stringify({ rules: { 'sum-mismatch': 'loud', nope: 'off' }, rounding: 'fuzzy' }) });
    const lines = problems(() => loaderFor(root).forDirectory(root));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(l.startsWith(`${CONFIG_FILE_NAME}: `)).toBe(true);
    expect(lines.join('\n')).toMatch(/rules\.nope: unknown rule id/);
    expect(lines.join('\n')).toMatch(/rounding/);
  });

  it('checks each rule\'s options against its schema, and grade bands for order and overlap', () => {
    const root = tempTree({
      [CONFIG_FILE_NAME]: JSON.stringify({
        rules: { 'sum-mismatch': ['error', { foo: 1 }], 'debt-balance-identity': ['warn', { assumeNoRefinancing: 'no' }] },
        grades: { bands: [{ labels: ['优'], min: 95, max: 90 }, { labels: ['良'], min: 80, max: 90 }] },
      }),
    });
    const lines = problems(() => loaderFor(root, { knownRules: rules }).forDirectory(root));
    expect(lines).toEqual([
      `${CONFIG_FILE_NAME}: rules.sum-mismatch.options.foo: unknown key`,
      expect.stringMatching(/^budgetlint\.config\.json: rules\.debt-balance-identity\.options\.assumeNoRefinancing: .*boolean/),
      `${CONFIG_FILE_NAME}: grades.bands.0: min (95) must be below max (90)`,
    ]);
  });

  it('reports invalid JSON with a line and column', () => {
    const root = tempTree({ [CONFIG_FILE_NAME]: '{\n  "rules": {\n    "sum-mismatch": "off",\n  }\n}\n' });
    const lines = problems(() => loaderFor(root).forDirectory(root));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^budgetlint\.config\.json: invalid JSON at line 4, column 3/);
  });

  it('reports a missing --config file', () => {
    const root = tempTree({});
    expect(problems(() => loaderFor(root, { configFile: 'missing.json' }).forDirectory(root))).toEqual(['missing.json: no such file']);
  });

  it('accepts a BOM', () => {
    const root = tempTree({ [CONFIG_FILE_NAME]: '\uFEFF{"rounding":"strict"}' });
    expect(loaderFor(root).forDirectory(root).config.rounding).toBe('strict');
  });
});

describe('describeJsonError', () => {
  it('handles an empty file', () => {
    let err: unknown;
    try {
      JSON.parse('');
    } catch (e) {
      err = e;
    }
    expect(describeJsonError('', err)).toMatch(/empty/);
  });
});
