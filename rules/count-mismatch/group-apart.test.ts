import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 辖6个行政村：A、B、C、D、E，另有岩坪场镇社区1个: a 另有 clause that counts a group of its own (another kind, or a
// count the listed and it do not make the stated one) is beside the counted, not the rest of it: the list is whole.
ruleTester(rule, {
  valid: [
    {
      why: 'another two of the same kind: the rest of the six',
      code: '全镇辖6个行政村：青山村、白水村、石桥村、柳湾村，另有2个村正在撤并。',
    },
    {
      why: 'the third 教学部 may be the one named after 另有 (2 + 1 = 3)',
      code: '学校设有3个教学部：初中部、高中部，另有国际部1个，在校生共2,860人。',
    },
    {
      why: 'every 村 named',
      code: '全乡辖5个行政村：岩坪村、龙潭村、石门村、茶园村、高坎村，另有岩坪场镇社区1个。',
    },
  ],
  invalid: [
    {
      why: '社区 is no 行政村: five named of six',
      code: '全乡辖6个行政村：岩坪村、龙潭村、石门村、茶园村、高坎村，另有岩坪场镇社区1个，户籍人口1.86万人。',
      errors: [{ message: '所述“6个行政村”，但其后只列举了5项', line: 1, column: 4 }],
    },
    {
      why: '4 named and 9 more is not 5',
      code: '医院有市级临床重点专科5个：心血管内科、神经内科、骨科、重症医学科，另有区级重点专科9个。',
      errors: [{ message: '所述数量为“5个”，但其后只列举了4项', line: 1, column: 12 }],
    },
    {
      why: '卫生服务中心 is no 卫生院',
      code: '全县有乡镇卫生院8所：城关卫生院、河口卫生院、双溪卫生院、石门卫生院、茶园卫生院、高坪卫生院，另有社区卫生服务中心2个。',
      errors: [{ message: '全县有乡镇卫生院所述数量为“8所”，但其后只列举了6项', line: 1, column: 9 }],
    },
  ],
});
