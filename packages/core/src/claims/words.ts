import type { Direction } from './types.ts';

/** Verbs that state a change, with the direction they state. */
export const DIRECTION_WORDS: Array<[string, Direction]> = [
  ['增加', 'up'],
  ['增长', 'up'],
  ['上升', 'up'],
  ['提高', 'up'],
  ['上涨', 'up'],
  ['增幅', 'up'],
  ['涨幅', 'up'],
  ['增', 'up'],
  ['减少', 'down'],
  ['下降', 'down'],
  ['降低', 'down'],
  ['下滑', 'down'],
  ['压减', 'down'],
  ['降幅', 'down'],
  ['减幅', 'down'],
  ['减', 'down'],
  ['降', 'down'],
];


export function directionOf(word: string): Direction | undefined {
  return DIRECTION_WORDS.find(([w]) => w === word)?.[1];
}

/** The direction a word and its figure state together: 增幅-14.55% and 增加-3.1万元 are falls. */
export function statedDirection(word: string | undefined, value?: { isNegative(): boolean }): Direction | undefined {
  const d = word ? directionOf(word) : undefined;
  if (!d || !value?.isNegative()) return d;
  return d === 'up' ? 'down' : 'up';
}

