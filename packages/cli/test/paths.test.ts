import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userCwd } from '../src/run.ts';

describe('the folder paths are relative to', () => {
  const here = mkdtempSync(join(tmpdir(), 'budgetlint-cwd-'));

  it('is where the user typed `pnpm budgetlint`, not the repository root pnpm runs the script in', () => {
    expect(userCwd({ INIT_CWD: here, npm_lifecycle_event: 'budgetlint' }, '/repo')).toBe(here);
  });

  it('is the process folder otherwise: another script, no INIT_CWD, or an INIT_CWD that is gone', () => {
    expect(userCwd({ INIT_CWD: here, npm_lifecycle_event: 'test' }, '/repo')).toBe('/repo');
    expect(userCwd({}, '/repo')).toBe('/repo');
    expect(userCwd({ INIT_CWD: join(here, 'missing'), npm_lifecycle_event: 'budgetlint' }, '/repo')).toBe('/repo');
    expect(userCwd({ INIT_CWD: 'relative/dir', npm_lifecycle_event: 'budgetlint' }, '/repo')).toBe('/repo');
  });
});
