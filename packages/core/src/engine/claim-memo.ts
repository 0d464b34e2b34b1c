/**
 * Findings of a rule that looks at each claim on its own (RuleMeta.eachClaim), reused while a
 * draft is edited: a claim placed from a kept block reading (engine/incremental.ts) and not
 * changed since says exactly what it said when it was placed before — the same words, the same
 * figures read from the same text — so the rule finds the same, moved to where the claim's block
 * now is. After a one-digit edit such a rule checks the claims the edit touched, not the whole
 * document's.
 *
 * A claim is known by the template it was placed from, which the block memo keeps (and forgets),
 * and by the distances between the blocks it was read from (a block between them may have grown).
 * A claim computed afresh, built outside a block reading, or changed after it was placed (a later
 * pass that completes it) is checked every time. The differential test (incremental.property.test.ts)
 * compares the findings with a lint that checks every claim afresh (withoutBlockReuse).
 */
import type { Claim } from '../relations/types.ts';
import type { FindingInput } from './findings.ts';
import { placedClaim } from './incremental.ts';

/** Findings as they were for a claim, their offsets relative to the first character of the claim's block. */
type Template = unknown[];

/** Settings (rule, options, block distances) kept per claim template: an edit that moves blocks adds one. */
const PER_TEMPLATE = 4;
const memo = new WeakMap<object, Map<string, Template>>();
const counts = { checked: 0, reused: 0 };

/** Claims checked by an eachClaim rule, and claims whose findings were reused, since the last reset: for tests. */
export function claimCheckStats(): { checked: number; reused: number } {
  return { ...counts };
}

export function resetClaimCheckStats(): void {
  counts.checked = counts.reused = 0;
}

class Shift {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}
class Unplaceable extends Error {}

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The findings with every range ({start, end}) written relative to `anchor`; undefined if any cannot be. */
function templateOf(findings: FindingInput[], anchor: number): Template | undefined {
  const walk = (v: unknown, key: string): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, ''));
    if (!isPlain(v)) return v;
    const o = v as Record<string, unknown>;
    if ('start' in o || 'end' in o) {
      if (key !== 'range' || Object.keys(o).length !== 2 || typeof o.start !== 'number' || typeof o.end !== 'number') throw new Unplaceable();
      return new Shift(o.start - anchor, o.end - anchor);
    }
    const t: Record<string, unknown> = {};
    for (const k of Object.keys(o)) t[k] = walk(o[k], k);
    return t;
  };
  try {
    return findings.map((f) => walk(f, ''));
  } catch (e) {
    if (e instanceof Unplaceable) return undefined;
    throw e;
  }
}

function place(t: unknown, anchor: number): unknown {
  if (t === null || typeof t !== 'object') return t;
  if (t instanceof Shift) return { start: anchor + t.start, end: anchor + t.end };
  if (Array.isArray(t)) return t.map((x) => place(x, anchor));
  if (!isPlain(t)) return t;
  const o = t as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) out[k] = place(o[k], anchor);
  return out;
}

const settings = new Map<string, number>();
let nextSetting = 0;

/** A short name for a rule's setting (its id, options, rounding, domain); never given to another setting. */
export function settingId(setting: string): number {
  let id = settings.get(setting);
  if (id === undefined) {
    // Settings change when a config does: a long session sees a few, never many.
    if (settings.size >= 4096) settings.clear();
    settings.set(setting, (id = ++nextSetting));
  }
  return id;
}

/**
 * Runs `check` on one claim, or reports what it reported for this claim's reading in a recent
 * lint. `setting` names everything else the check may read (rule, options, rounding, domain).
 */
export function checkClaim(claim: Claim, setting: number, check: (report: (f: FindingInput) => void) => void, report: (f: FindingInput) => void): void {
  const at = placedClaim(claim);
  if (!at) {
    counts.checked++;
    check(report);
    return;
  }
  const key = `${setting}\u0002${at.shape}`;
  let kept = memo.get(at.template);
  const found = kept?.get(key);
  if (found) {
    counts.reused++;
    for (const t of found) report(place(t, at.anchor) as FindingInput);
    return;
  }
  counts.checked++;
  const now: FindingInput[] = [];
  // A check that throws has reported what it found so far, as a whole-rule check would; nothing is kept.
  check((f) => {
    now.push(f);
    report(f);
  });
  const t = templateOf(now, at.anchor);
  if (!t) return;
  if (!kept) memo.set(at.template, (kept = new Map()));
  if (kept.size >= PER_TEMPLATE) kept.delete(kept.keys().next().value!);
  kept.set(key, t);
}
