import { describe, expect, it } from 'vitest';
import { parseArgs, parseRuleOverrides, parseShard, UsageError } from '../src/args.ts';

describe('parseArgs', () => {
  it('collects paths and defaults', () => {
    const o = parseArgs(['a.md', 'dir', 'docs/**/*.txt']);
    expect(o.patterns).toEqual(['a.md', 'dir', 'docs/**/*.txt']);
    expect(o.format).toBe('stylish');
    expect(o.color).toBeUndefined();
    expect(o.maxWarnings).toBeUndefined();
  });

  it('reads values in both spellings and short aliases', () => {
    const o = parseArgs(['--format', 'json', '--max-warnings=3', '-o', 'out.json', '-c', 'cfg.json', 'x.md']);
    expect(o).toMatchObject({ format: 'json', maxWarnings: 3, output: 'out.json', config: 'cfg.json' });
    expect(parseArgs(['-f', 'sarif', 'x']).format).toBe('sarif');
  });

  it('supports --color/--no-color', () => {
    expect(parseArgs(['--color', 'x']).color).toBe(true);
    expect(parseArgs(['--no-color', 'x']).color).toBe(false);
  });

  it('collects repeated --rule overrides, comma lists included', () => {
    const o = parseArgs(['--rule', 'sum-mismatch:off', '--rule=stale-year:warn,heading-sequence:2', 'x']);
    expect(o.rules).toEqual([
      { id: 'sum-mismatch', severity: 'off' },
      { id: 'stale-year', severity: 'warning' },
      { id: 'heading-sequence', severity: 'error' },
    ]);
  });

  it('treats everything after -- as paths', () => {
    expect(parseArgs(['--', '--weird-name.md']).patterns).toEqual(['--weird-name.md']);
  });

  it.each([
    [['--bogus', 'x'], /unknown option '--bogus'/],
    [['--no-format', 'x'], /unknown option '--no-format'/],
    [['x', '--format'], /needs a value/],
    [['--max-warnings', '-1', 'x'], /whole number/],
    [['--max-warnings', 'many', 'x'], /whole number/],
    [['--rule', 'sum-mismatch', 'x'], /ID:SEVERITY/],
    [['--rule', 'sum-mismatch:loud', 'x'], /severity 'loud'/],
    [['--shard', '3/2', 'x'], /out of range/],
    [['--shard', 'half', 'x'], /I\/N/],
    [['--stdin', 'x.md'], /no paths/],
    [['--quiet=yes', 'x'], /does not take a value/],
  ])('rejects %j', (argv, re) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(re);
  });

  it('lints the current folder when no paths are given, as ESLint does', () => {
    expect(parseArgs([]).patterns).toEqual(['.']);
    expect(parseArgs(['--format', 'json']).patterns).toEqual(['.']);
  });

  it('collects ignore patterns and suppression options', () => {
    const o = parseArgs(['--ignore-pattern', 'old/**', '--ignore-pattern=*.txt', '--suppress-rule', 'sum-mismatch,stale-year', '--suppress-rule', 'count-mismatch', '--no-ignore']);
    expect(o.ignorePatterns).toEqual(['old/**', '*.txt']);
    expect(o.suppressRules).toEqual(['sum-mismatch', 'stale-year', 'count-mismatch']);
    expect(o.ignore).toBe(false);
    expect(() => parseArgs(['--suppress-all', '--prune-suppressions'])).toThrow(/one after the other/);
  });

  it('allows no paths with --help, --version, --stdin and --print-config', () => {
    expect(parseArgs(['--help']).help).toBe(true);
    expect(parseArgs(['-v']).version).toBe(true);
    expect(parseArgs(['--stdin']).stdin).toBe(true);
    expect(parseArgs(['--print-config', 'a.md']).printConfig).toBe('a.md');
  });

  it('--stdin-filename implies --stdin', () => {
    expect(parseArgs(['--stdin-filename', 'a.md'])).toMatchObject({ stdin: true, stdinFilename: 'a.md' });
  });
});

describe('value parsers', () => {
  it('parses shards', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(() => parseShard('0/3')).toThrow(UsageError);
    expect(() => parseShard('1/0')).toThrow(UsageError);
    expect(() => parseShard('1.5/3')).toThrow(UsageError);
  });

  it('parses rule severities', () => {
    expect(parseRuleOverrides('a:0,b=1,c:error,d:info')).toEqual([
      { id: 'a', severity: 'off' },
      { id: 'b', severity: 'warning' },
      { id: 'c', severity: 'error' },
      { id: 'd', severity: 'info' },
    ]);
  });
});
