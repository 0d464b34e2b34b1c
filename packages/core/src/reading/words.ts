import type { Direction } from './types.ts';
import { DELTA_VERBS, RATE_NOUNS, directionOfWord } from '../domain/lexicon.ts';

/** Verbs and nouns that state a change, with the direction they state (from the lexicon). */
export const DIRECTION_WORDS: Array<[string, Direction]> = [...DELTA_VERBS, ...RATE_NOUNS].map(([w, d]) => [w, d]);

export function directionOf(word: string): Direction | undefined {
  return directionOfWord(word);
}
/** The direction a word and its figure state together: 增幅-14.55% and 增加-3.1万元 are falls. */
export function statedDirection(word: string | undefined, value?: { isNegative(): boolean }): Direction | undefined {
  const d = word ? directionOf(word) : undefined;
  if (!d || !value?.isNegative()) return d;
  return d === 'up' ? 'down' : 'up';
}

