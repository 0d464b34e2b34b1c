import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 下属企业共6家，分别为A公司、…、E公司，均由…履行出资人职责: after 即 or 分别为 (which say the list is all), names of units
// are set apart by 、; a comma after the last one, then a clause that names no further unit ending as theirs do, ends the
// list. 包括 may name some only, 等 and 其余 say so, and a name of the same ending after the comma may be one more.
ruleTester(rule, {
  valid: [
    {
      why: 'five companies for five, then what they share',
      code: '纳入本级国有资本经营预算范围的国有企业共5家，分别为东港城市发展集团有限公司、东港港务集团有限公司、东港燃气集团有限公司、东港农业发展有限公司、东港旅游发展有限公司，均由市国资委履行出资人职责。',
    },
    {
      why: '包括 may name some of them only',
      code: '局属事业单位共6个，包括县图书馆、县文化馆、县博物馆，主要承担全县公共文化服务工作。',
    },
    {
      why: 'a name of the same ending after the comma may be one more of the list',
      code: '局属单位共4个，即县疾病预防控制中心、县卫生监督所，县急救指挥中心、县中心血站。',
    },
    {
      why: 'the names after 另设 end as the listed do: they may be the rest (3 + 2 = 5)',
      code: '机关设有5个科室，即办公室、计划财务科、项目管理科，另设政策法规科和行政审批科，均按“三定”方案履职。',
    },
    {
      why: '其余 after the comma: the list is not all',
      code: '全镇辖7个村民委员会，分别为龙门村、青石村、柏树村、桃园村、水口村，其余2个村为易地搬迁安置点。',
    },
    {
      why: 'a joining word after the comma goes on with the names',
      code: '全县设有乡镇财政所4个，即城关财政所、河口财政所，以及高坪财政所和白沙财政所。',
    },
    {
      why: 'the items are no units: what follows the comma may be another',
      code: '着力推进三个衔接，即预算编制与绩效目标衔接、预算执行与绩效监控衔接，推动资金使用效益持续提升。',
    },
    {
      why: 'the list ends in 等',
      code: '全县共有公立医院5家，即县人民医院、县中医医院等，床位合计1,860张。',
    },
  ],
  invalid: [
    {
      why: 'six stated, five companies named, then a clause of who oversees them',
      code: '纳入本级国有资本经营预算范围的国有企业共6家，分别为东港城市发展集团有限公司、东港港务集团有限公司、东港燃气集团有限公司、东港农业发展有限公司、东港旅游发展有限公司，均由市国资委履行出资人职责。',
      errors: [{ message: '所述数量为“6家”，但其后只列举了5项', line: 1, column: 21 }],
    },
    {
      why: 'seven offices stated, six named, then a clause of another subject',
      code: '医院设有职能科室共7个，即院长办公室、医务科、护理部、质控科、财务科、信息科，临床和医技科室按床位规模设置。',
      errors: [{ message: '所述数量为“7个”，但其后只列举了6项', line: 1, column: 10 }],
    },
    {
      why: 'six 村 stated, five named, then a clause naming a unit of another kind',
      code: '全乡辖6个村民委员会，分别是龙门村、青石村、柏树村、桃园村、水口村，乡本级预算单位包括乡党政办公室、乡财政所和乡农业综合服务中心。',
      errors: [{ message: '所述“6个村民委员会”，但其后只列举了5项', line: 1, column: 4 }],
    },
    {
      why: 'five 处室 stated, four named: the two 年级组 set up besides are another kind',
      code: '学校设有5个处室，即校长办公室、教务处、德育处、后勤处，另设初中和高中两个年级组，负责日常教学管理。',
      errors: [{ message: '所述“5个处室”，但其后只列举了4项', line: 1, column: 5 }],
    },
    {
      why: '依次为 in a Markdown paragraph, then a clause of the money',
      format: 'markdown',
      code: '## 一、基本情况\n\n本镇下辖5个社区居委会，依次为东街社区、西街社区、南街社区、北街社区，社区工作经费由镇财政统筹安排。',
      errors: [{ message: '所述“5个社区居委会”，但其后只列举了4项', line: 3, column: 5 }],
    },
  ],
});
