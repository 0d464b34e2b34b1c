import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

ruleTester(rule, {
  valid: [
    {
      why: 'a higher heading resets the numbering below it',
      code: '一、预算绩效管理工作开展情况\n（一）绩效目标管理全面覆盖\n县级部门预算项目全部编报绩效目标，绩效目标与预算同步批复、同步公开。\n（二）绩效运行监控有序开展\n对预算执行进度和绩效目标完成情况实行“双监控”，发现问题及时纠偏。\n二、下一步工作打算\n（一）扩大重点评价范围\n选取社会关注度高、资金量大的项目开展重点绩效评价。',
    },
    {
      why: 'a table of contents with dot leaders is not part of the numbering',
      code: '目录\n一、关于“三公”经费支出情况的说明..............1\n二、关于税收返还和转移支付情况的说明..........2\n三、关于地方政府债务情况的说明................3\n\n一、关于“三公”经费支出情况的说明\n2025年区级“三公”经费预算数216万元，比上年减少12万元。\n二、关于税收返还和转移支付情况的说明\n2025年上级财政提前下达我区转移支付资金86432万元。',
    },
    {
      why: 'a contents list without dot leaders, and a part heading that lost its number in the body',
      code: '目 录\n第一部分 区民政局概况\n一、主要职能\n二、部门决算单位构成\n第二部分 区民政局2024年度部门决算表\n第三部分 区民政局2024年度部门决算情况说明\n\n第一部分 区民政局概况\n一、主要职能\n负责全区社会救助、养老服务和社区治理等工作。\n区民政局2024年度部门决算表收入支出决算总表\n第三部分 区民政局2024年度部门决算情况说明\n一、收入支出决算总体情况说明',
    },
    {
      why: 'a contents heading letter-spaced onto two lines, each part heading in the body set apart from its title, the tables part untitled',
      code: '目\n\n录\n\n第一部分 区水务局概况\n一、主要职能\n第二部分 区水务局2024年度部门决算表\n第三部分 区水务局2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n第四部分 名词解释\n\n第一部分\n\n区水务局概况\n\n一、主要职能\n负责全区水资源管理、河湖管护和供排水行业监管等工作。\n\n区水务局2024年度部门决算表\n收入支出决算总表\n单位：万元\n\n第三部分\n\n区水务局2024年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n区水务局2024年度收入、支出决算总计均为3,215.60万元。\n\n第四部分\n\n名词解释',
    },
    {
      why: 'the same with 目次 and the body titles on the marker lines',
      code: '目\n次\n第一部分 县教育局概况\n第二部分 县教育局2025年部门预算表\n第三部分 县教育局2025年部门预算情况说明\n\n第一部分 县教育局概况\n负责全县学前教育、义务教育和高中教育的统筹管理。\n\n县教育局2025年部门预算表\n部门收支总表\n单位：万元\n\n第三部分 县教育局2025年部门预算情况说明\n一、收支预算总体情况\n县教育局2025年收支预算总额为18,406.20万元。',
    },
    {
      why: 'the part that holds the tables titled without its number, standing as the first line of a flattened table (its year set apart by a PDF)',
      code: '目 录\n第一部分 区文旅局概况\n第二部分 区文旅局 2024 年度部门决算表\n第三部分 区文旅局 2024 年度部门决算情况说明\n\n第一部分 区文旅局概况\n一、主要职能\n负责全区文化和旅游事业发展规划、公共文化服务和旅游市场监管等工作。\n区文旅局 2024 年度部门决算表\n收入支出决算总表\n单位：万元\n项目 决算数 项目 决算数\n一、一般公共预算财政拨款收入 612.40 一、一般公共服务支出 35.10\n二、政府性基金预算财政拨款收入 二、文化旅游体育与传媒支出 577.30\n本年收入合计 612.40 本年支出合计 612.40\n第三部分 区文旅局 2024 年度部门决算情况说明\n一、收入支出决算总体情况说明',
    },
    {
      why: 'the same with the title unspaced and the table laid out with wide gaps',
      code: '目 录\n第一部分 镇政府概况\n第二部分 青石镇2025年部门预算表\n第三部分 青石镇2025年部门预算情况说明\n\n第一部分 镇政府概况\n一、主要职能\n负责全镇经济社会事务管理和公共服务。\n青石镇2025年部门预算表\n收支总表\n单位：万元\n项目        预算数\n一般公共预算拨款收入        1,326.00\n政府性基金预算拨款收入        80.00\n收入总计        1,406.00\n第三部分 青石镇2025年部门预算情况说明\n一、收支预算总体情况',
    },
    {
      why: 'a marker inside a paragraph (PDF text run together) fills the gap',
      code: '（六）全面推进预算和绩效管理一体化改革，加快建成全方位、全过程、全覆盖的预算绩效管理体系。\n（七）负责本区会计管理工作，监督和规范会计行为。（八）负责本区非税收入管理、政府性基金管理，按照分工管理行政事业性收费。\n（九）拟订和组织实施本区国库管理制度，监督考核预算执行进度。',
    },
    {
      why: '一是…二是… inside a paragraph are not headings',
      code: '1.强化绩效评价结果应用。一是将评价结果与预算编制相结合。二是将评价结果与日常管理相结合。四是将评价结果与行政监督相结合。\n2.加快预算绩效信息化建设。依托预算管理一体化系统，逐步实现绩效管理全流程线上运行。',
    },
    {
      why: 'numbering that starts again at 一、 is a new list (a table flattened from a PDF)',
      code: '二十五、债务付息支出\n二十六、抗疫特别国债安排的支出\n本年收入合计 2,940.05 本年支出合计 2,940.05\n一、一般公共预算财政拨款 21.63\n二、政府性基金预算财政拨款\n三、国有资本经营预算财政拨款',
    },
    {
      why: 'the same number twice is a two-column table row split across lines',
      code: '一、一般公共预算财政拨款 307.82 一、一般公共服务支出 264.87\n二、政府性基金预算财政拨\n款\n二、外交支出\n三、国有资本经营预算财政拨款 三、国防支出\n四、公共安全支出',
    },
    {
      why: 'the first heading at a level may follow an unnumbered one: （二） right after 一、 proves nothing',
      code: '一、2024年预算绩效工作开展情况\n绩效管理基础支撑体系全面夯实\n1.全面加强组织领导，完善绩效管理制度。\n2.加强交流培训，提高财会人员业务能力。\n（二）优化财政资源配置，科学做好事前评估\n（三）全面实施预算绩效目标管理',
    },
    {
      why: 'word-processor residue before a marker: 2、 is still read',
      code: '（二）2025年预算绩效管理的思路和重点\n1、以政领财，实行大事要事保障机制。\n[bookmark: _GoBack]2、厉行节约，将过“紧日子”落到实处。\n3、以收定支，合理确定支出预算。',
    },
    {
      why: 'an item whose text opens with a year: 2.2024年 is the marker 2. and a year, not the number 2.2024',
      code: '（一）工作开展情况\n1.全面实施预算绩效目标管理，实现绩效目标编报全覆盖。\n2.2024年全县共对37个重点项目开展事前绩效评估。\n3.深入开展财政支出绩效评价，提高评价质量。',
    },
    {
      why: '1、 and 1. are told apart: two lists, each in order',
      code: '三、主要措施\n1、强化预算约束。\n2、加强绩效管理。\n1.建立事前评估机制。\n2.完善评价指标体系。\n3.推进结果公开。\n3、严肃财经纪律。',
    },
    {
      why: 'row labels of a two-column table flattened one cell a line are not headings',
      code: [
        '四、部门预算编制说明',
        '2025年本部门收入预算9,831.62万元，全部为财政拨款收入，比上年减少612.40万元。',
        '2025年部门财务收支预算总表',
        '单位：元',
        '本年收入',
        '本年支出',
        '一、财政拨款收入',
        '98,316,200 一、一般公共服务支出',
        '3,120,400',
        '二、事业收入',
        '二、公共安全支出',
        '1,205,000',
        '三、其他收入',
        '五、社会保障和就业支出',
        '12,730,500',
        '七、城乡社区支出',
        '81,260,300',
        '收入总计',
        '98,316,200',
        '五、其他相关情况说明',
        '2025年“三公”经费预算数为6.20万元，与上年持平。',
      ].join('\n'),
    },
    {
      why: 'a numbered table title after a table names the table, not a section',
      code: [
        '一、部门收支情况',
        '本部门2024年度收入支出决算总计2,995.39万元。',
        '一、收入支出决算总表',
        '单位：万元',
        '一、一般公共预算财政拨款收入 2,940.05 一、一般公共服务支出 2,106.66',
        '二、政府性基金预算财政拨款收入 二、社会保障和就业支出 326.71',
        '九、其他收入 6.20 九、住房保障支出 445.69',
        '四、财政拨款收入支出决算总表',
        '单位：万元',
        '一、一般公共预算财政拨款 2,940.05 一、一般公共服务支出 2,106.66',
        '二、政府性基金预算财政拨款 二、住房保障支出 445.69',
        '二、收入决算情况',
        '本年收入合计2,946.25万元，其中财政拨款收入2,940.05万元。',
      ].join('\n'),
    },
    {
      why: 'the categories of a flattened table may skip one (no 工程 row: 一、货物 then 三、服务)',
      code: [
        '三、政府采购预算情况',
        '2026年度本单位政府采购预算38.20万元，明细如下：',
        '单位：万元',
        '一、货物',
        '7.80',
        '三、服务',
        '30.40',
        '合计',
        '38.20',
        '四、绩效目标设置情况',
        '本单位编报绩效目标的项目共19个。',
      ].join('\n'),
    },
    {
      why: 'items numbered inside a paragraph are not headings of the document',
      code: '（一）主要措施\n主要做了以下工作：1.完善制度；2.加强监控；4.强化应用，取得了明显成效。\n（二）存在问题\n部分项目绩效目标设置不够细化。',
    },
    {
      why: 'a table title numbered in the series of the tables stands over its rows, not in the outline',
      code: [
        '一、预算收支情况',
        '2025年本部门收入预算1,200.00万元，全部为财政拨款收入。',
        '三、财政拨款收支预算总表',
        '单位：万元',
        '项目 预算数',
        '财政拨款收入 1,200.00',
        '其他收入 0.00',
        '合计 1,200.00',
        '二、其他相关情况说明',
        '2025年“三公”经费预算数为3.10万元。',
      ].join('\n'),
    },
    {
      why: 'items of a list set one a line inside a sentence (each ends on ；) are clauses, not headings',
      code: '（二）下一步工作打算\n围绕提质增效，重点做好以下工作：\n1.完善预算绩效管理制度；\n2.扩大重点绩效评价范围；\n4.强化评价结果与预算安排挂钩。\n（三）其他事项\n无。',
    },
    {
      why: 'a numbered clause after a line left on a comma continues that sentence',
      code: '三、政府采购情况\n2024年度政府采购支出总额1.34亿元，其中，\n（1）货物采购0.42亿元，\n（3）服务采购0.92亿元。\n四、国有资产占用情况\n截至2024年底，本部门共有车辆16辆。',
    },
  ],
  invalid: [
    {
      why: 'a letter-spaced contents heading ends where the body starts again, its first marker set on a line of its own: the body\'s own gap is still seen',
      code: '目\n\n录\n\n一、部门主要职责\n二、部门预算单位构成\n三、收支预算总体情况\n四、财政拨款支出预算情况\n\n一、\n\n部门主要职责\n\n三、收支预算总体情况\n\n2025年本部门收支预算总额均为2,318.40万元。',
      errors: [
        {
          message: '标题“三、收支预算总体情况”序号由“一、”跳至“三、”，缺少“二、”',
          line: 14,
          column: 1,
          endLine: 14,
          endColumn: 3,
          text: '三、',
          severity: 'warning',
          related: ['上一个同级标题“一、”'],
        },
      ],
    },
    {
      why: 'markers set on lines of their own without a contents list, as pdftotext leaves a letter-spaced heading',
      code: '一、\n\n部门基本情况\n\n本局内设科室5个，下属事业单位1个，年末实有人员46人。\n\n三、\n\n部门预算安排情况\n\n2025年本局收支预算总额均为1,276.35万元。',
      errors: [
        {
          message: '标题序号由“一、”跳至“三、”，缺少“二、”',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 3,
          text: '三、',
          severity: 'warning',
          related: ['上一个同级标题“一、”'],
        },
      ],
    },
    {
      why: 'titles numbered with a gap where 、 stood, one of them opening with its year',
      code: '一 收支预算总体情况\n2025年本部门收支预算总额均为1,840.50万元。\n二 2025年财政拨款支出预算情况\n财政拨款支出预算1,702.30万元。\n四 其他重要事项的情况说明\n本部门无政府采购预算。',
      errors: [
        {
          message: '标题“四 其他重要事项的情况说明”序号由“二”跳至“四”，缺少“三”',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 2,
          text: '四',
          severity: 'warning',
          related: ['上一个同级标题“二”'],
        },
      ],
    },
    {
      why: 'the same numbered with ideographic spaces, the sections wrapped over lines as a PDF gives them',
      code: '一\u3000部门基本情况\n本局内设机构6个，所属事业单位2个，编制\n人数共计58人。\n二\u3000财政拨款收入支出决算总体情况\n2024年度财政拨款收入总计846.20万元。\n二\u3000一般公共预算财政拨款支出决算情况\n2024年度一般公共预算财政拨款支出812.64万元。',
      errors: [
        {
          message: '标题“二 一般公共预算财政拨款支出决…”序号“二”与上一个同级标题重复，应为“三”',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 2,
          text: '二',
          severity: 'warning',
          related: ['上一个同级标题“二”'],
        },
      ],
    },
    {
      why: 'chapters numbered 第一章 and sections numbered 一. with a half-width point',
      code: '第一章 部门概况\n一.主要职能\n负责全县农业农村发展规划和政策实施。\n二.机构设置\n局机关内设股室7个。\n第二章 预算情况说明\n一.收支总体情况\n收支总预算2,318.00万元。\n三.“三公”经费情况\n“三公”经费预算12.40万元。',
      errors: [
        {
          message: '标题“三.“三公”经费情况”序号由“一.”跳至“三.”，缺少“二.”',
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 3,
          text: '三.',
          severity: 'warning',
          related: ['上一个同级标题“一.”'],
        },
      ],
    },
    {
      why: 'sub-headings written （一）、 with a 、 after the bracket',
      code: '一、机关运行经费\n（一）、机关运行经费预算情况\n2025年机关运行经费预算86.10万元。\n（三）、机关运行经费增减原因\n主要是在职人员减少。',
      errors: [
        {
          message: '标题“（三）、机关运行经费增减原因”序号由“（一）、”跳至“（三）、”，缺少“（二）、”',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 5,
          text: '（三）、',
          severity: 'warning',
          related: ['上一个同级标题“（一）、”'],
        },
      ],
    },
    {
      code: '一、“三公”经费预算增减变化说明\n2025年我县“三公”经费预算数318万元，与上年持平。\n二、财政转移支付安排情况说明\n2025年上级财政提前下达我县转移支付资金95120万元。\n四、预算绩效开展情况说明\n全县预算部门项目支出全部纳入绩效目标管理。',
      errors: [
        {
          message: '标题“四、预算绩效开展情况说明”序号由“二、”跳至“四、”，缺少“三、”',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 3,
          text: '四、',
          severity: 'warning',
          related: ['上一个同级标题“二、”'],
        },
      ],
    },
    {
      code: '一、2025年预算绩效工作开展情况说明\n（一）完善绩效管理制度\n出台预算绩效管理暂行办法，明确部门主体责任。\n（二）科学做好事前评估\n对新增重大项目开展事前绩效评估。\n（六）全面推进预算绩效信息公开，接受社会监督\n绩效目标随部门预算同步在政府门户网站公开。',
      errors: [
        {
          message: '标题“（六）全面推进预算绩效信息公开”序号由“（二）”跳至“（六）”，缺少“（三）”至“（五）”',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 4,
          text: '（六）',
          severity: 'warning',
          related: ['上一个同级标题“（二）”'],
        },
      ],
    },
    {
      code: '一、税收返还和转移支付情况\n二、举借政府债务情况\n三、预算绩效管理工作开展情况\n（一）工作开展情况\n二、预算绩效管理工作存在的问题\n三、下一步预算绩效管理工作思路',
      errors: [
        {
          message: '标题“二、预算绩效管理工作存在的问题”序号“二、”出现在“三、”之后',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 3,
          text: '二、',
          severity: 'warning',
          related: ['上一个同级标题“三、”'],
        },
      ],
    },
    {
      code: '二、预算绩效管理工作存在的问题\n1.预算绩效管理理念有待提高。部分单位重分配、轻管理的观念尚未根除。\n2.预算绩效管理体系不完善。绩效指标设置不够科学。\n4.缺乏预算绩效信息化管理。信息平台建设相对滞后。',
      errors: [
        {
          message: '标题“4.缺乏预算绩效信息化管理”序号由“2.”跳至“4.”，缺少“3.”',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 3,
          text: '4.',
          severity: 'warning',
          related: ['上一个同级标题“2.”'],
        },
      ],
    },
    {
      code: '（三）一般公共预算财政拨款支出决算具体情况\n（1）一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，支出决算为1511.89万元。\n（3）一般公共服务支出（类）财政事务（款）信息化建设（项）。年初预算为135.9万元，支出决算为135.25万元。',
      errors: [
        {
          message: '标题“（3）一般公共服务支出（类）财政…”序号由“（1）”跳至“（3）”，缺少“（2）”',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 4,
          text: '（3）',
          severity: 'warning',
          related: ['上一个同级标题“（1）”'],
        },
      ],
    },
    {
      code: '1.主要做法\n①建立绩效目标审核机制\n②推行绩效运行双监控\n④开展重点绩效评价\n⑤强化评价结果应用',
      errors: [
        {
          message: '标题“④开展重点绩效评价”序号由“②”跳至“④”，缺少“③”',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 2,
          text: '④',
          severity: 'warning',
          related: ['上一个同级标题“②”'],
        },
      ],
    },
    {
      code: '第一部分 区财政局概况\n一、主要职能\n负责全区财政收支管理等工作。\n第三部分 区财政局2024年度部门决算情况说明\n一、收入支出决算总体情况说明',
      errors: [
        {
          message: '标题“第三部分区财政局2024年度部门决…”序号由“第一部分”跳至“第三部分”，缺少“第二部分”',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 5,
          text: '第三部分',
          severity: 'warning',
          related: ['上一个同级标题“第一部分”'],
        },
      ],
    },
    {
      format: 'markdown',
      code: '# 2025年预算绩效管理工作情况\n\n## 一、预算绩效管理取得的成效\n\n全面铺开绩效目标管理，部门整体绩效目标与部门预算同步申报。\n\n## 三、下阶段加强预算绩效管理的工作举措\n\n进一步完善预算绩效管理制度框架。\n',
      errors: [
        {
          message: '标题“三、下阶段加强预算绩效管理的工…”序号由“一、”跳至“三、”，缺少“二、”',
          line: 7,
          column: 4,
          endLine: 7,
          endColumn: 6,
          text: '三、',
          severity: 'warning',
          related: ['上一个同级标题“一、”'],
        },
      ],
    },
    {
      code: '一、预算绩效管理取得的成效\n（一）制度体系逐步完善\n（二）评价范围持续扩大\n二、存在的主要问题\n（一）项目管理水平有待提高\n（三）会计核算管理有待加强',
      errors: [
        {
          message: '标题“（三）会计核算管理有待加强”序号由“（一）”跳至“（三）”，缺少“（二）”',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 4,
          text: '（三）',
          severity: 'warning',
          related: ['上一个同级标题“（一）”'],
        },
      ],
    },
    {
      code: '二、主要措施\n1、严把绩效目标。\n2、推进项目评价。\n3、开展绩效监控。\n5、强化绩效理念。',
      errors: [
        {
          message: '标题“5、强化绩效理念”序号由“3、”跳至“5、”，缺少“4、”',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 3,
          text: '5、',
          severity: 'warning',
          related: ['上一个同级标题“3、”'],
        },
      ],
    },
    {
      why: 'a heading missing after a flattened table is still reported: the table rows are left out, not the headings',
      code: ['一、收入预算情况', '2025年本部门收入预算1,200.00万元。', '单位：万元', '项目 预算数', '财政拨款收入 1,200.00', '其他收入 0.00', '合计 1,200.00', '三、支出预算情况', '2025年本部门支出预算1,200.00万元。'].join('\n'),
      errors: [
        {
          message: '标题“三、支出预算情况”序号由“一、”跳至“三、”，缺少“二、”',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 3,
          text: '三、',
          severity: 'warning',
          related: ['上一个同级标题“一、”'],
        },
      ],
    },
    {
      why: 'the same number twice with text between: the second should have been the next number',
      code: '一、一般公共预算收支决算\n1.收入决算\n全乡一般公共预算收入完成826万元，比上年增长6.3%。\n2.支出决算\n全乡一般公共预算支出4,752万元，年终结余105万元。\n农林水支出1,538万元，主要用于农田水利建设。\n2.支出结构变化\n与上年相比，全乡支出增加312万元。',
      errors: [
        {
          message: '标题“2.支出结构变化”序号“2.”与上一个同级标题重复，应为“3.”',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 3,
          text: '2.',
          severity: 'warning',
          related: ['上一个同级标题“2.”'],
        },
      ],
    },
    {
      format: 'markdown',
      code: '## 一、绩效目标管理\n\n全面推行绩效目标管理，新增项目绩效目标全部同步申报。\n\n## 二、绩效运行监控\n\n对重点项目实行“双监控”。\n\n## 三、绩效评价\n\n选取12个项目开展重点评价。\n\n## 三、评价结果应用\n\n评价结果与下年度预算安排挂钩。\n',
      errors: [
        {
          message: '标题“三、评价结果应用”序号“三、”与上一个同级标题重复，应为“四、”',
          line: 13,
          column: 4,
          endLine: 13,
          endColumn: 6,
          text: '三、',
          severity: 'warning',
          related: ['上一个同级标题“三、”'],
        },
      ],
    },
  ],
});

