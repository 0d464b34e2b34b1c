import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '@budgetlint/core';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ruleIds } from '@budgetlint/rules';
import { setConfigParser, ConfigLoader, CONFIG_FILE_NAME, IgnoreMatcher } from '@budgetlint/core/node';
import { discover, splitGlob } from '../src/discover.ts';
import { tempTree } from './helpers.ts';

// The CLI loads the config schema on demand (see run.ts); these tests use the loader directly.
beforeAll(() => setConfigParser(parseConfig));

function run(root: string, patterns: string[], errorOnUnmatchedPattern = true) {
  const loader = new ConfigLoader({ cwd: root, knownRules: ruleIds() });
  const d = discover(patterns, { cwd: root, loader, errorOnUnmatchedPattern });
  return { rels: d.files.map((f) => f.rel), errors: d.errors };
}

describe('discover', () => {
  const tree = () =>
    tempTree({
      'docs/a.md': '',
      'docs/b.txt': '',
      'docs/c.docx': '',
      'docs/d.markdown': '',
      'docs/notes.csv': '',
      'docs/~$c.docx': 'lock',
      'docs/sub/e.md': '',
      'docs/node_modules/f.md': '',
      'docs/.hidden/g.md': '',
      'other/h.txt': '',
      'odd.text': '',
    });

  it('walks directories for the default extensions, skipping node_modules, dot-folders and Word lock files', () => {
    const root = tree();
    expect(run(root, ['docs']).rels).toEqual(['docs/a.md', 'docs/b.txt', 'docs/c.docx', 'docs/d.markdown', 'docs/sub/e.md']);
  });

  it('lints an explicit file whatever its extension', () => {
    const root = tree();
    expect(run(root, ['odd.text', 'docs/notes.csv']).rels).toEqual(['docs/notes.csv', 'odd.text']);
  });

  it('expands globs, filtering by extension unless the glob names one', () => {
    const root = tree();
    expect(run(root, ['docs/**/*']).rels).toEqual(['docs/a.md', 'docs/b.txt', 'docs/c.docx', 'docs/d.markdown', 'docs/sub/e.md']);
    expect(run(root, ['**/*.csv']).rels).toEqual(['docs/notes.csv']);
    expect(run(root, ['*.text']).rels).toEqual(['odd.text']);
  });

  it('expands absolute globs', () => {
    const root = tree();
    expect(run(root, [join(root, 'other', '*.txt')]).rels).toEqual(['other/h.txt']);
  });

  it('de-duplicates and sorts', () => {
    const root = tree();
    expect(run(root, ['other', 'docs/a.md', 'docs/*.md', './docs/a.md']).rels).toEqual(['docs/a.md', 'other/h.txt']);
  });

  it('honours config extensions and ignores (relative to the config file)', () => {
    const root = tempTree({
      [`docs/${CONFIG_FILE_NAME}`]: JSON.stringify({ extensions: ['md', '.text'], ignores: ['old/**', 'draft-*.md'] }),
      'docs/a.md': '',
      'docs/b.txt': '',
      'docs/c.text': '',
      'docs/draft-1.md': '',
      'docs/old/x.md': '',
      'docs/new/y.md': '',
    });
    expect(run(root, ['docs']).rels).toEqual(['docs/a.md', 'docs/c.text', 'docs/new/y.md']);
    // Named explicitly, an ignored file is skipped with a warning naming where the pattern came from (ESLint does the same).
    const loader = new ConfigLoader({ cwd: root, knownRules: ruleIds() });
    const named = discover(['docs/draft-1.md', 'docs/a.md'], { cwd: root, loader });
    expect(named.files.map((f) => f.rel)).toEqual(['docs/a.md']);
    expect(named.warnings).toEqual([
      'warning: docs/draft-1.md: file ignored because of a matching ignore pattern ("ignores" in docs/budgetlint.config.json); use --no-ignore to lint it',
    ]);
    // --no-ignore lints it.
    const all = discover(['docs/draft-1.md'], { cwd: root, loader, ignore: new IgnoreMatcher({ cwd: root, enabled: false }) });
    expect(all.files.map((f) => f.rel)).toEqual(['docs/draft-1.md']);
  });

  it('honours .budgetlintignore files (gitignore syntax, relative to their folder) and --ignore-pattern', () => {
    const root = tempTree({
      '.budgetlintignore': '# 已归档的旧稿\narchive/\n*-草稿.md\n!重要-草稿.md\n',
      'drafts/.budgetlintignore': 'tmp-*.txt\n',
      'archive/2019.md': '',
      'drafts/a.md': '',
      'drafts/一-草稿.md': '',
      'drafts/重要-草稿.md': '',
      'drafts/tmp-1.txt': '',
      'drafts/b.txt': '',
      'other/tmp-2.txt': '',
      'other/c.md': '',
    });
    expect(run(root, ['.']).rels).toEqual(['drafts/a.md', 'drafts/b.txt', 'drafts/重要-草稿.md', 'other/c.md', 'other/tmp-2.txt']);
    const loader = new ConfigLoader({ cwd: root, knownRules: ruleIds() });
    const d = discover(['.'], { cwd: root, loader, ignore: new IgnoreMatcher({ cwd: root, patterns: ['other/', '*.txt'] }) });
    expect(d.files.map((f) => f.rel)).toEqual(['drafts/a.md', 'drafts/重要-草稿.md']);
    // A folder named explicitly but ignored is a warning, not an error.
    const archived = discover(['archive'], { cwd: root, loader });
    expect(archived.errors).toEqual([]);
    expect(archived.warnings[0]).toMatch(/^warning: archive: folder ignored because of a matching ignore pattern \(\.budgetlintignore\)/);
  });

  it('follows symlinked files but not symlinked directories', () => {
    const root = tempTree({ 'real/a.md': '', 'd/b.md': '' });
    symlinkSync(join(root, 'real'), join(root, 'd', 'loop'));
    symlinkSync(join(root, 'real', 'a.md'), join(root, 'd', 'link.md'));
    expect(run(root, ['d']).rels).toEqual(['d/b.md', 'd/link.md']);
  });

  it('reports one line per missing path or empty pattern', () => {
    const root = tree();
    const { errors } = run(root, ['missing.md', 'docs/*.pdf', 'docs/a.md']);
    expect(errors).toEqual(['missing.md: no such file or directory', 'docs/*.pdf: no files match this pattern']);
  });

  it('reports a directory with nothing to lint, unless told not to', () => {
    const root = tempTree({ 'empty/readme.csv': '' });
    expect(run(root, ['empty']).errors).toHaveLength(1);
    expect(run(root, ['empty'], false)).toEqual({ rels: [], errors: [] });
  });

  it('reports config problems met while walking', () => {
    const root = tempTree({ [`docs/${CONFIG_FILE_NAME}`]: '{ nope', 'docs/a.md': '' });
    const { errors } = run(root, ['docs']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^docs\/budgetlint\.config\.json: invalid JSON/);
  });
});

describe('splitGlob', () => {
  it('splits the static base from the pattern', () => {
    expect(splitGlob('a/b/**/*.md')).toEqual({ base: 'a/b', rest: '**/*.md' });
    expect(splitGlob('*.md')).toEqual({ base: '.', rest: '*.md' });
    expect(splitGlob('/abs/x/*.txt')).toEqual({ base: '/abs/x', rest: '*.txt' });
  });
});
