import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A fund's allocation table laid out with spaces: a 序号 column whose numbers are set right (so each row starts
// further in than its head), a 备注 column most rows leave empty, and a 合计 row with no number. Snippets written for
// these tests; none is copied from a real disclosure.
const TABLE = (second: string) =>
  [
    '某市2025年市级农村公路养护专项资金分配结果的公示',
    '',
    '                     2025年市级农村公路养护专项资金分配结果表',
    '                                                                          单位：万元',
    '    序号  县（市、区）/单位           分配金额        第一批        第二批      备注',
    '     1    东河县                           620           380           240',
    '     2    西岭县                           540           320           220      含示范路补助50万元',
    '     3    南溪区                           410           250           160',
    '     4    市交通运输局                     230           230             0      市本级统筹',
    `          合计                           1,800         1,180           ${second}`,
    '',
  ].join('\n');
ruleTester(rule, {
  valid: [{ why: 'every column adds up: 1,800 = 1,180 + 620; 240 + 220 + 160 + 0 = 620', code: TABLE('620') }],
  invalid: [
    {
      why: 'the same with the note’s figure spaced as Word spaces digits (含示范路补助 50 万元)',
      code: TABLE('720').replace('补助50万元', '补助 50 万元'),
      errors: [{ message: '表中合计行“第二批”列720万元，但分项之和为620万元（240 + 220 + 160 + 0），相差100万元', line: 10, column: 70 }],
    },
    {
      why: 'the same laid out with no-break spaces (a web copy)',
      code: TABLE('720').replace(/ /g, '\u00a0'),
      errors: [{ message: '表中合计行“第二批”列720万元，但分项之和为620万元（240 + 220 + 160 + 0），相差100万元', line: 10, column: 70 }],
    },
    {
      why: 'the 合计 row’s 第二批 720 against its column’s 620',
      code: TABLE('720'),
      errors: [{ message: '表中合计行“第二批”列720万元，但分项之和为620万元（240 + 220 + 160 + 0），相差100万元', line: 10, column: 70 }],
    },
  ],
});
