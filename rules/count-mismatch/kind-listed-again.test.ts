import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two shapes where a count and its list stand apart. A count of places whose names show their kind (4个村, 6个社区),
// and in the next sentence the kind named again as the subject of its list (其中社区为：…；村为：…): the names' endings
// tie the list to the count. And a kind before its count with the same things measured again in another unit before
// 分别为 (团组5个、38人次，分别为：…): the list is the kind's when every name ends as the kind's names do.
// Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'both lists as long as their counts',
      code: '本镇辖6个社区和3个村，共9个村（社区）。其中社区为：东门社区、西关社区、南塘社区、北岭社区、桥头社区、河湾社区；村为：石岗村、柳塘村、下坊村。\n',
    },
    {
      why: 'a list closed by 等 is open',
      code: '全乡共有5个村。村包括：上坪村、中坪村、下坪村等，均已完成集体经济清产核资。\n',
    },
    {
      why: 'a count of the kind between: the list after it is that count’s (其中2个村为…)',
      code: '街道辖4个村，其中2个村为省级美丽乡村示范村。示范村为：南坑村、北坑村。\n',
    },
    {
      why: 'a smaller kind named again (重点村): not the restated kind',
      code: '街道辖4个村和5个社区。其中重点村为：南坑村、北坑村。\n',
    },
    {
      why: 'people listed after a count of groups and their headcount: names of people are no groups',
      code: '全年组织因公出国（境）团组2个、3人，分别为：张某某、李某某、王某某。\n',
    },
    {
      why: 'as many groups listed as counted, with a 人次 between',
      code: '本年度因公出国（境）团组3个、21人次，分别为：赴荷兰农业考察团、赴韩国智慧城市培训团、赴越南边贸交流团。\n',
    },
  ],
  invalid: [
    {
      why: 'four villages counted, three listed in the next sentence after the 社区 list',
      code: '本街道辖7个社区和4个村，共11个村（社区）。其中社区为：东门社区、西关社区、南塘社区、北岭社区、桥头社区、河湾社区、江滨社区；村为：石岗村、柳塘村、下坊村。\n',
      errors: [{ message: '所述“4个村”，但其后只列举了3项', line: 1, column: 10 }],
    },
    {
      why: 'the kind named again at the next sentence’s start with 包括',
      code: '全镇共有5个社区。社区包括：城东社区、城西社区、城南社区、城北社区。\n',
      errors: [{ message: '所述“5个社区”，但其后只列举了4项', line: 1, column: 5 }],
    },
    {
      why: 'five delegations counted with their 人次, four named',
      code: '全年组织因公出国（境）团组5个、42人次，分别为：赴德国职业教育考察团、赴新加坡社区治理培训团、赴日本茶产业交流团、赴泰国旅游推介团。\n',
      errors: [{ message: '所述“5个团组”，但其后只列举了4项', line: 1, column: 14 }],
    },
    {
      why: '团组 with 共…人次 between, three named',
      code: '2025年因公出国（境）团组4个、共26人次，分别为：赴芬兰教育考察团、赴瑞士职业培训团、赴澳大利亚农业交流团。\n',
      errors: [{ message: '所述“4个团组”，但其后只列举了3项', line: 1, column: 15 }],
    },
  ],
});
