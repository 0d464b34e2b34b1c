// Config validation: every problem is one line naming its key path; rule options are checked by each rule's schema.
import { describe, expect, it } from 'vitest';
import { rules } from '../../../../rules/index.ts';
import { ConfigError, defaultConfig, mergeConfig } from './resolve.ts';
import { parseConfig } from './parse.ts';

function problems(raw: unknown, known: Parameters<typeof parseConfig>[1] = rules): string[] {
  try {
    parseConfig(raw, known);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

const BANDS = [
  { labels: ['优'], min: 90, max: 100, maxInclusive: true },
  { labels: ['良'], min: 80, max: 90 },
  { labels: ['中'], min: 60, max: 80 },
  { labels: ['差'], min: 0, max: 60 },
];

describe('rule options', () => {
  it('accepts the options a rule declares, with the right types', () => {
    const cfg = parseConfig({ rules: { 'share-mismatch': ['error', { namedTotals: false }], 'debt-balance-identity': ['warn', { assumeNoRefinancing: true }] } }, rules);
    const resolved = mergeConfig(defaultConfig(), cfg);
    expect(resolved.rules['share-mismatch']).toEqual({ severity: 'error', options: { namedTotals: false } });
    expect(resolved.rules['debt-balance-identity'].options).toEqual({ assumeNoRefinancing: true });
    expect(problems({ rules: { 'sum-mismatch': ['error'], 'stale-year': ['off', {}] } })).toEqual([]);
  });

  it('names an unknown option by its key path (it used to pass silently)', () => {
    expect(problems({ rules: { 'sum-mismatch': ['error', { foo: 1 }] } })).toEqual(['rules.sum-mismatch.options.foo: unknown key']);
    expect(problems({ rules: { 'share-mismatch': ['error', { namedTotal: false, purposeList: true }] } })).toEqual([
      'rules.share-mismatch.options.namedTotal: unknown key',
      'rules.share-mismatch.options.purposeList: unknown key',
    ]);
  });

  it('rejects a wrong type: "no" is not false (it used to count as true)', () => {
    const p = problems({ rules: { 'debt-balance-identity': ['warn', { assumeNoRefinancing: 'no' }] } });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^rules\.debt-balance-identity\.options\.assumeNoRefinancing: .*boolean/);
  });

  it('rejects malformed settings in one line each', () => {
    expect(problems({ rules: { 'sum-mismatch': 'loud' } })).toEqual(['rules.sum-mismatch: severity must be "off", "warn", "error" or "info" (or 0, 1, 2), got "loud"']);
    expect(problems({ rules: { 'sum-mismatch': ['error', 5] } })).toEqual(['rules.sum-mismatch.options: expected an object of options, got 5']);
    expect(problems({ rules: { 'sum-mismatch': ['error', [], {}] } })).toEqual(['rules.sum-mismatch: expected [severity] or [severity, {options}], got 3 elements']);
    expect(problems({ rules: { 'sum-mismatch': [] } })).toEqual(['rules.sum-mismatch.0: severity must be "off", "warn", "error" or "info" (or 0, 1, 2), got nothing']);
    expect(problems({ rules: { 'sum-mismatch': true } })[0]).toMatch(/^rules\.sum-mismatch: severity/);
  });

  it('given only rule ids, still checks severities and ids', () => {
    const ids = rules.map((r) => r.id);
    expect(problems({ rules: { 'sum-mismatch': ['error', { anything: 1 }] } }, ids)).toEqual([]);
    expect(problems({ rules: { nope: 'off' } }, ids)[0]).toMatch(/^rules\.nope: unknown rule id/);
  });
});

describe('grade bands', () => {
  it('accepts the default bands, highest first or lowest first', () => {
    expect(problems({ grades: { bands: BANDS } })).toEqual([]);
    expect(problems({ grades: { bands: [...BANDS].reverse() } })).toEqual([]);
  });

  it('rejects min above max (it used to pass)', () => {
    const bands = BANDS.map((b, i) => (i === 1 ? { ...b, min: 95, max: 90 } : b));
    expect(problems({ grades: { bands } })).toContain('grades.bands.1: min (95) must be below max (90)');
    expect(problems({ grades: { bands: [{ labels: ['满分'], min: 100, max: 100 }] } })).toEqual([
      'grades.bands.0: min (100) must be below max (100) unless maxInclusive is true',
    ]);
    expect(problems({ grades: { bands: [{ labels: ['满分'], min: 100, max: 100, maxInclusive: true }] } })).toEqual([]);
  });

  it('rejects overlapping bands, naming both', () => {
    const bands = BANDS.map((b, i) => (i === 2 ? { ...b, max: 85 } : b));
    expect(problems({ grades: { bands } })).toEqual(['grades.bands.2: overlaps grades.bands.1 (80 is in both)']);
    // A closed upper end touching the next band's lower end: 90 would be both.
    const touching = BANDS.map((b, i) => (i === 1 ? { ...b, maxInclusive: true } : b));
    expect(problems({ grades: { bands: touching } })).toEqual(['grades.bands.1: overlaps grades.bands.0 (90 is in both)']);
  });

  it('rejects bands out of order', () => {
    const bands = [BANDS[0], BANDS[2], BANDS[1], BANDS[3]];
    expect(problems({ grades: { bands } })).toEqual(['grades.bands.2: bands out of order; list them from the highest to the lowest (or lowest to highest)']);
  });

  it('rejects a label that names two bands', () => {
    const bands = BANDS.map((b, i) => (i === 3 ? { ...b, labels: ['差', '良'] } : b));
    expect(problems({ grades: { bands } })).toEqual(['grades.bands.3.labels: "良" already names grades.bands.1']);
  });
});

describe('other keys', () => {
  it('names unknown top-level and nested keys one per line', () => {
    expect(problems({ rule: {}, grades: { bands: BANDS, extra: 1 } }).sort()).toEqual(['grades.extra: unknown key', 'rule: unknown key']);
  });
});
