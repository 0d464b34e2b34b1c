import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, parse as parsePath, resolve } from 'node:path';
import { emptySuppressions, parseSuppressions, serializeSuppressions, SuppressionsError, SUPPRESSIONS_FILE_NAME, type Suppressions } from '../suppressions.ts';
import { lazyBuiltin } from './builtin.ts';
import { describeFsError, describeJsonError } from './config-loader.ts';

// Only --suppress asks git for a name.
const childProcess = lazyBuiltin<typeof import('node:child_process')>('node:child_process');

/** Reads a suppressions file; a missing file is an empty one. Throws SuppressionsError with one line naming `shown`. */
export function readSuppressionsFile(file: string, shown: string = file): Suppressions {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptySuppressions();
    throw new SuppressionsError(`${shown}: ${describeFsError(e)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SuppressionsError(`${shown}: ${describeJsonError(text, e)}`);
  }
  try {
    return parseSuppressions(raw);
  } catch (e) {
    throw new SuppressionsError(`${shown}: ${(e as Error).message}`);
  }
}

/** Writes through a temporary file and a rename, so a reader never sees half of it. */
export function writeSuppressionsFile(file: string, s: Suppressions): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    writeFileSync(tmp, serializeSuppressions(s));
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The nearest budgetlint-suppressions.json in `dir` or above, or undefined. */
export function findSuppressionsFile(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, SUPPRESSIONS_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* not here */
    }
    if (d === parsePath(d).root || dirname(d) === d) return undefined;
  }
}

/** Who is adding a suppression: git's user.name for `dir`, else the login name. */
export function whoAmI(dir: string, env: Record<string, string | undefined> = process.env): string | undefined {
  try {
    const name = childProcess().execFileSync('git', ['config', 'user.name'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim();
    if (name) return name;
  } catch {
    /* no git, or no name set */
  }
  return env.USER || env.USERNAME || env.LOGNAME || undefined;
}
