/**
 * Suppressions: findings a person checked by hand and chose to silence, kept
 * in `budgetlint-suppressions.json` beside the drafts instead of in them, so a
 * .txt, .docx or PDF draft can be silenced as well as Markdown. The model is
 * ESLint's bulk suppressions file, with one entry per finding rather than a
 * count per rule, because a reviewer wants to know which finding was waived,
 * why, and by whom.
 *
 * Pure (no fs, no node:crypto): the CLI, the language server and the web page
 * all match with this module, so a suppression written by one is honoured by
 * the others.
 */

export const SUPPRESSIONS_FILE_NAME = 'budgetlint-suppressions.json';

export interface SuppressionEntry {
  ruleId: string;
  /** suppressionFingerprint() of the finding: its rule, figures and the words before it in its sentence. */
  fingerprint: string;
  /** Why it is not a contradiction (free text, for the reviewer). */
  reason?: string;
  /** Who added it (git user.name or the login name). */
  by?: string;
  /** When (ISO 8601). */
  at?: string;
  /** The finding's message when it was suppressed, so the file reads without running the linter. */
  message?: string;
}

export interface Suppressions {
  version: 1;
  /** By path relative to the suppressions file's folder, `/`-separated. */
  files: Record<string, SuppressionEntry[]>;
}

export class SuppressionsError extends Error {}

export const emptySuppressions = (): Suppressions => ({ version: 1, files: {} });

/** What matching needs of a finding: the engine's Finding has all of it. */
export interface SuppressibleFinding {
  ruleId: string;
  /** The rule's stable text about the figures involved. */
  fingerprint: string;
  range: { start: number; end: number };
  message?: string;
}

/** At most this many non-blank characters before the finding go into its fingerprint. */
const CONTEXT_CHARS = 40;

/**
 * A finding's identity that survives edits elsewhere in the document: the
 * rule, the figures it names, the characters it points at and the words
 * before them back to the start of their sentence (blanks dropped, so
 * re-wrapping or CRLF does not matter) — never line numbers or offsets. The
 * sentence start tells apart the same figures said twice ("本年…合计86.4万元"
 * and "上年…合计86.4万元").
 */
export function suppressionFingerprint(f: SuppressibleFinding, source: string): string {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const target = squeeze(source.slice(f.range.start, f.range.end));
  let before = '';
  let newlines = 0; // in the current run of blanks: two mean a paragraph break, which ends the context too
  for (let i = f.range.start - 1; i >= 0 && before.length < CONTEXT_CHARS; i--) {
    const ch = source[i];
    if ('。！？；!?;'.includes(ch)) break;
    if (ch === '\n' && ++newlines === 2) break;
    if (!/\s/.test(ch)) {
      before = ch + before;
      newlines = 0;
    }
  }
  return hash64(`${f.ruleId}\u0000${f.fingerprint}\u0000${before}\u0000${target}`);
}

/**
 * 64 bits of a string as 16 hex digits: two independent 32-bit FNV-1a style
 * lanes with murmur finalisers. Not cryptographic; it only has to keep the
 * findings of one file apart and be the same on every platform.
 */
export function hash64(s: string): string {
  let h1 = 0x811c9dc5 ^ s.length;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  const fmix = (h: number) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  };
  return fmix(h1).toString(16).padStart(8, '0') + fmix(h2 ^ h1).toString(16).padStart(8, '0');
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Checks parsed JSON; each problem names its place ("files.a.txt[0].ruleId: …"). Throws SuppressionsError. */
export function parseSuppressions(raw: unknown): Suppressions {
  const expected = 'expected {"version": 1, "files": {"<path>": [{"ruleId", "fingerprint", "reason", "by", "at"}]}}';
  if (!isObject(raw)) throw new SuppressionsError(`not a budgetlint suppressions file; ${expected}`);
  if (raw.version !== 1) throw new SuppressionsError(`version: expected 1, got ${JSON.stringify(raw.version)}`);
  if (!isObject(raw.files)) throw new SuppressionsError(`files: expected an object keyed by file path; ${expected}`);
  for (const key of Object.keys(raw)) {
    if (!['version', 'files', '$comment'].includes(key)) throw new SuppressionsError(`${key}: unknown key`);
  }
  const files: Record<string, SuppressionEntry[]> = {};
  for (const [path, list] of Object.entries(raw.files)) {
    if (!Array.isArray(list)) throw new SuppressionsError(`files.${path}: expected a list of entries`);
    files[path] = list.map((e, i) => {
      const where = `files.${path}[${i}]`;
      if (!isObject(e)) throw new SuppressionsError(`${where}: expected an object`);
      for (const k of ['ruleId', 'fingerprint'] as const) {
        if (typeof e[k] !== 'string' || !e[k]) throw new SuppressionsError(`${where}.${k}: expected a non-empty string`);
      }
      for (const k of ['reason', 'by', 'at', 'message'] as const) {
        if (e[k] !== undefined && typeof e[k] !== 'string') throw new SuppressionsError(`${where}.${k}: expected a string`);
      }
      for (const k of Object.keys(e)) {
        if (!['ruleId', 'fingerprint', 'reason', 'by', 'at', 'message'].includes(k)) throw new SuppressionsError(`${where}.${k}: unknown key`);
      }
      return e as unknown as SuppressionEntry;
    });
  }
  return { version: 1, files };
}

/** Sorted by path, then rule and fingerprint: a stable file that diffs well. */
export function serializeSuppressions(s: Suppressions): string {
  const files: Record<string, SuppressionEntry[]> = {};
  for (const path of Object.keys(s.files).sort()) {
    const list = s.files[path];
    if (!list.length) continue;
    files[path] = [...list].sort((a, b) => cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
  }
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const keyOf = (ruleId: string, fingerprint: string) => `${ruleId}\u0000${fingerprint}`;

/**
 * Splits one file's findings into those still reported and those a
 * suppression silences, each with the entry that silenced it. `path` is the
 * file's path relative to the suppressions file.
 */
export function applySuppressions<F extends SuppressibleFinding>(
  s: Suppressions | undefined,
  path: string,
  findings: readonly F[],
  source: string | (() => string),
): { kept: F[]; suppressed: Array<{ finding: F; entry: SuppressionEntry }> } {
  const entries = s?.files[path];
  if (!entries?.length) return { kept: [...findings], suppressed: [] };
  // A cached result's text is read only now, when the file has entries to match (the CLI's warm --cache).
  if (typeof source !== 'string') source = source();
  const byKey = new Map(entries.map((e) => [keyOf(e.ruleId, e.fingerprint), e]));
  const kept: F[] = [];
  const suppressed: Array<{ finding: F; entry: SuppressionEntry }> = [];
  for (const f of findings) {
    const entry = byKey.get(keyOf(f.ruleId, suppressionFingerprint(f, source)));
    if (entry) suppressed.push({ finding: f, entry });
    else kept.push(f);
  }
  return { kept, suppressed };
}

export interface SuppressionMeta {
  reason?: string;
  by?: string;
  /** ISO 8601; the caller's clock, so this module stays pure. */
  at?: string;
}

/** A copy of `s` with entries added for `findings` of the file at `path`; entries already there are kept as they are. */
export function addSuppressions(
  s: Suppressions | undefined,
  path: string,
  findings: readonly SuppressibleFinding[],
  source: string,
  meta: SuppressionMeta = {},
): { suppressions: Suppressions; added: number } {
  const files = { ...(s?.files ?? {}) };
  const list = [...(files[path] ?? [])];
  const have = new Set(list.map((e) => keyOf(e.ruleId, e.fingerprint)));
  let added = 0;
  for (const f of findings) {
    const fingerprint = suppressionFingerprint(f, source);
    const k = keyOf(f.ruleId, fingerprint);
    if (have.has(k)) continue;
    have.add(k);
    added++;
    const entry: SuppressionEntry = { ruleId: f.ruleId, fingerprint };
    if (meta.reason) entry.reason = meta.reason;
    if (meta.by) entry.by = meta.by;
    if (meta.at) entry.at = meta.at;
    if (f.message) entry.message = f.message;
    list.push(entry);
  }
  files[path] = list;
  return { suppressions: { version: 1, files }, added };
}

/**
 * Drops the entries of files that were checked and no longer produce the
 * finding (fixed, or the text changed), and of files that are gone. `checked`
 * maps each linted file's path to its findings *before* suppression; files not
 * in it and still present keep their entries (a partial run prunes only what
 * it saw).
 */
export function pruneSuppressions(
  s: Suppressions,
  checked: ReadonlyMap<string, { findings: readonly SuppressibleFinding[]; source: string }>,
  exists: (path: string) => boolean,
): { suppressions: Suppressions; removed: number } {
  const files: Record<string, SuppressionEntry[]> = {};
  let removed = 0;
  for (const [path, entries] of Object.entries(s.files)) {
    const run = checked.get(path);
    if (!run) {
      if (exists(path)) files[path] = entries;
      else removed += entries.length;
      continue;
    }
    const live = new Set(run.findings.map((f) => keyOf(f.ruleId, suppressionFingerprint(f, run.source))));
    const keep = entries.filter((e) => live.has(keyOf(e.ruleId, e.fingerprint)));
    removed += entries.length - keep.length;
    if (keep.length) files[path] = keep;
  }
  return { suppressions: { version: 1, files }, removed };
}
