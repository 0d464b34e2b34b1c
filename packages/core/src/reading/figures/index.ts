export * from './types.ts';
export { readFigures } from './read-figures.ts';
export { intervalOf, baseValue } from './interval-of.ts';
export { parseChineseNumeral } from './chinese-numerals.ts';
export { matchUnit, moneyUnit } from './units.ts';
