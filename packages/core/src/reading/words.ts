import type { Direction } from './types.ts';
import { DELTA_VERBS, HEDGED_FLAT, NEW_VALUE_SUFFIXES, RATE_NOUNS, directionOfWord } from '../domain/lexicon.ts';

/** Verbs and nouns that state a change, with the direction they state (from the lexicon). */
export const DIRECTION_WORDS: Array<[string, Direction]> = [...DELTA_VERBS, ...RATE_NOUNS].map(([w, d]) => [w, d]);

// 降至, 升到: the verb of a move to a new level states its direction as the verb alone does.
const NEW_VALUE_SUFFIX = new RegExp(`(?:${NEW_VALUE_SUFFIXES.join('|')})$`);
export function directionOf(word: string): Direction | undefined {
  return directionOfWord(word) ?? (NEW_VALUE_SUFFIX.test(word) ? directionOfWord(word.replace(NEW_VALUE_SUFFIX, '')) : undefined);
}
/** The direction a word and its figure state together: 增幅-14.55% and 增加-3.1万元 are falls. */
export function statedDirection(word: string | undefined, value?: { isNegative(): boolean }): Direction | undefined {
  const d = word ? directionOf(word) : undefined;
  if (!d || !value?.isNegative()) return d;
  return d === 'up' ? 'down' : 'up';
}

/** Whether a 持平 word as read (基本持平, 基本与年初预算持平) is hedged: it tolerates a small change, so proves none wrong. */
export const hedgedFlat = (word: string): boolean => HEDGED_FLAT.test(word);
