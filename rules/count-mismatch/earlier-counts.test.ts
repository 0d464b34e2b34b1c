import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Several counts in one sentence, then a list after the last (内设机构十一个，下属事业单位三个，分别为…): when the
// counts before already number more than the list holds, the list cannot be of them all, and is the last count's.
ruleTester(rule, {
  valid: [
    {
      why: 'counts of several kinds, then one list of them all: 1 + 1 + 4 = 6 names',
      code: '本部门共有预算单位6家，其中行政单位1家，参公单位1家，事业单位4家，具体包括：局机关、执法大队、规划中心、测绘院、档案馆、信息中心。',
    },
    {
      why: 'the last count with as many names as it says',
      code: '本局内设机构九个，下属事业单位两个，分别为县土地储备中心、县不动产登记中心。',
    },
    {
      why: 'the counts before (1) do not outnumber the list (3): it may be of them all (1 + 2 = 3)',
      code: '纳入本部门决算的有行政单位1个，事业单位2个，分别为局机关、县农技推广站、县种子管理站。',
    },
    {
      why: 'a colon list of all the units the counts name: 1 + 2 = 3',
      code: '本部门包括机关1个、所属事业单位2个，具体包括：局机关、县公证处、县法律援助中心。',
    },
  ],
  invalid: [
    {
      why: '十一个司法所，分别为： ten names, after 内设机构8个 (8 + 11 is not 10 either)',
      code: '本部门内设机构8个，下辖司法所十一个，分别为：城关司法所、潭溪司法所、樟村司法所、日峰司法所、龙安司法所、宏村司法所、熊村司法所、湖坊司法所、德胜司法所、厚村司法所。',
      errors: [{ message: '下辖司法所所述数量为“十一个”，但其后只列举了10项', line: 1, column: 16 }],
    },
    {
      why: '三个，分别为 two names, after 内设机构十一个 that no list of two could be',
      code: '本部门内设机构十一个，下属事业单位三个，分别为云岭市土地储备中心、云岭市不动产登记中心。',
      errors: [{ message: '下属事业单位所述数量为“三个”，但其后只列举了2项', line: 1, column: 18 }],
    },
    {
      why: '4个，分别是 five names, after 科室12个',
      code: '局机关设科室12个，所属二级单位4个，分别是县水文站、县灌溉试验站、县河道管理所、县水土保持站、县防汛物资仓库。',
      errors: [{ message: '所属二级单位所述数量为“4个”，但其后列举了5项', line: 1, column: 17 }],
    },
  ],
});
