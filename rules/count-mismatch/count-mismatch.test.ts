import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

ruleTester(rule, {
  valid: [
    {
      why: 'an inline list whose later items stand on lines of their own: the list goes on past the block, so two read items prove nothing',
      code: '评价发现，项目管理中主要存在以下四个方面问题：（一）部分项目前期论证不充分；（二）绩效目标设置不够细化；\n（三）资金拨付进度偏慢；\n（四）项目验收不够及时。',
    },
    {
      why: 'a PDF\'s text keeps the gap Word sets around digits: 共 5 个，包括局本级和 4 个所属单位 is one and four',
      code: '纳入本局 2024 年度部门决算编制范围的单位共 5 个，包括局本级和 4 个所属事业单位。',
    },
    {
      why: 'the same count and parts with the gaps, in a budget: 共 3 个，包括机关本级和 2 个下属中心',
      code: '纳入青山街道 2025 年部门预算编制范围的预算单位共 3 个，包括街道机关本级和 2 个下属服务中心。',
    },
    {
      why: 'a count, what the counted things undergo, an amount, then 分别是 and as many names; a list closed by 等 is open',
      code: '全区共4个单位纳入2024年度部门决算编制范围，决算支出合计2,316.80万元，分别是区委办公室、区政府办公室、区机关事务管理局、区信访局。\n本年度共3个项目开展事前绩效评估，涉及资金1.26亿元，分别为城区道路提升、背街小巷整治等。',
    },
    {
      why: 'the last two names joined by 和, the first ending unlike the others (…管理所和区…中心, …方志办和市…中心): every name opens like the others, so 和 joins two of them',
      code: '所属预算单位共4个，即区体育中心、区青少年业余体校、区体育场馆管理所和区社会体育指导中心。\n下设事业单位3家，即市档案馆、市方志办和市史志研究中心。\n本系统共有公立医院4家，即县人民医院、县中医院、县妇幼保健院和县精神卫生中心。',
    },
    {
      why: 'the counted noun named again before 分别是 a clause later, three named for 3家; a count between (其中2个) leaves the second list unread',
      code: '本部门预算由局机关和所属3家事业单位的预算组成，所属事业单位分别是：区青少年活动中心、区教师进修学院和区教育技术装备中心。\n区城管执法局下设4个中队负责日常巡查，其中2个中队实行24小时值守，中队分别为：一中队、二中队、三中队、四中队。',
    },
    {
      why: 'a table title counting its rows right',
      format: 'markdown',
      code: '表2  2024年度镇级项目绩效自评结果（共3个项目）\n\n| 项目名称 | 自评得分 | 自评等级 |\n|---|---|---|\n| 农村道路日常养护 | 92.5 | 优 |\n| 生活垃圾分类收运 | 84.0 | 良 |\n| 村级文化活动补助 | 65.0 | 中 |\n',
    },
    {
      why: 'a table with a 合计 row: the rows are not simply the items, no claim',
      format: 'markdown',
      code: '表3 部门预算单位收支情况（共3家单位）\n\n| 单位 | 收入 | 支出 |\n|---|---|---|\n| 局机关 | 120.00 | 118.00 |\n| 执法大队 | 80.00 | 79.50 |\n| 合计 | 200.00 | 197.50 |\n',
    },
    {
      why: 'a table a page split goes on in the next one: the title counts both',
      format: 'markdown',
      code: '表1 重点项目绩效评价结果（共4个项目）\n| 项目 | 得分 | 等级 |\n| --- | --- | --- |\n| 校舍维修 | 91 | 优 |\n| 学生资助 | 86 | 良 |\n\n| 项目 | 得分 | 等级 |\n| --- | --- | --- |\n| 教师培训 | 78 | 中 |\n| 营养改善 | 88 | 良 |\n',
    },
    {
      why: 'inline （1）…；（2）…；（3）… after a colon, as many as 三个方面',
      code: '支出增长主要集中在三个方面：（1）教育支出增加1.2亿元；（2）卫生健康支出增加0.8亿元；（3）农林水支出增加0.5亿元。',
    },
    {
      why: '依次为 with as many names as the count',
      code: '局属事业单位四家，依次为：县农业技术推广中心、县农机服务中心、县动物疫病预防控制中心和县种子管理站。',
    },
    {
      why: '依次是 with as many items as the count',
      code: '本次评价的重点项目共三个，依次是城乡供水一体化项目、农村公路提档升级项目、公共就业服务补助项目。',
    },
    {
      why: '“三公” is a name, and the list after the colon belongs to the nearer count 两个',
      code: '“三公”经费减少的原因主要有两个：一是严格执行中央八项规定精神，压减公务接待；二是推进公务用车制度改革，车辆运行成本下降。',
    },
    {
      why: 'a coined “四下基层” before 三项举措：一是…三是: the nearer count owns the list',
      code: '坚持“四下基层”工作方法，重点推进三项举措：一是下访接待；二是现场办公；三是调查研究。',
    },
    {
      why: 'two counts before one colon: 五个乡镇 names where, 两类 what is listed',
      code: '在五个乡镇开展试点的主要做法有两类：一是整合涉农资金，二是建立项目库。',
    },
    {
      why: "inline 1.…；2.…；3.… after a colon, as many as the count; decimals in the items are not markers",
      code: "2024年县财政局完成绩效管理重点任务共三项：1.对新增项目开展事前绩效评估，涉及资金3.5亿元；2.实现绩效目标编报全覆盖；3.对2.8亿元项目资金开展运行监控。",
    },
    {
      why: "inline 1、2、 items after a colon, two for 两个方面",
      code: "预算安排重点保障两个方面：1、机关正常运转所需的基本支出；2、全民健身公共服务项目支出。",
    },
    {
      why: "inline （一）（二）（三） items after a colon, three for 三类",
      code: "本次评价发现的问题主要有三类：（一）绩效目标不够细化；（二）支付进度偏慢；（三）制度执行不到位。",
    },
    {
      why: "a count, then 包括 a list closed by 等 and the count again: the list is open",
      code: "2024年共对镇级12个项目开展绩效自评，包括农村道路养护、河道保洁、村级公益事业奖补等12个项目，自评结果已报镇人大备案。",
    },
    {
      why: "the same with 涉及 and a count in words after 等",
      code: "今年重点评价五个领域的资金，包括教育、医疗卫生、农业农村等五个领域，涉及资金3.2亿元。",
    },
    {
      why: "the same with 等共 and a different noun",
      code: "全区共有8家预算单位纳入本次公开范围，即区财政局本级、区国库支付中心、区财政投资评审中心等共8家单位。",
    },
    {
      why: 'a coinage of two counts (“三增两降”): the five taxes listed are three and two, not three',
      code: '前三季度主要税种呈现“三增两降”态势：增值税、企业所得税、个人所得税同比分别增长4.1%、2.6%、5.3%，契税和土地增值税分别下降11.2%、8.4%。',
    },
    {
      why: 'numbered items on lines of their own after a colon, as many as the count',
      code: '2025年部门预算重点保障以下三个方面：\n1.机关正常运转所需的人员经费和公用经费；\n2.全民健身设施的日常维护；\n3.青少年体育赛事的组织承办。\n以上支出均已细化到具体项目。',
    },
    {
      why: '（一）（二） items separated by prose: where the list ends is unclear, no claim',
      format: 'markdown',
      code: '评价发现的问题主要有以下两类：\n\n（一）目标设置不够细化。\n\n部分项目只设置了产出指标，缺少可衡量的效益指标，难以反映资金使用效果。\n\n（二）支付进度偏慢。\n\n（三）制度执行不到位。',
    },
    {
      why: 'a list numbered 1. after a colon that is not led by a count',
      code: '具体安排如下：\n1.基本支出3,206.40万元；\n2.项目支出1,418.20万元；\n3.预备费50.00万元。',
    },
    {
      why: 'two items in brackets after 即, each a whole phrase',
      code: '我县坚持问题导向和结果导向，着力实现两个转变（即由重分配向重管理转变、由重投入向重绩效转变），推动预算绩效管理提质增效。',
    },
    {
      why: 'five numbered items inside the brackets of a numeral coinage',
      code: '以“五统一”（（1）统一标准（2）统一流程（3） 统一平台（4）统一考核（5）统一公开）为抓手，稳步推进全过程预算绩效管理体系建设。',
    },
    {
      why: 'items with years, hyphens and quotes: 、 inside quotes does not split',
      code: '今年开展“四评”的项目有四个，即区卫健局2024年基层医疗机构能力提升专项经费、区住建局2022-2023年“老旧小区改造、加装电梯”补助资金、区交通局2024年农村公路养护专项资金、区商务局2024年消费券发放资金。',
    },
    {
      why: 'a gloss joined by 和: one phrase may stand for two',
      code: '推进绩效评价“两个全覆盖”，即覆盖全区所有预算单位和所有财政资金，财政重点评价项目逐年增加。',
    },
    {
      why: '与 and 和 inside items: 、 may group what each 结合 joins',
      code: '坚持“五个结合”，即预算安排与预算执行进度、绩效管理、项目细化程度、存量资金规模和审计查出问题相结合，对不符合规定的项目按比例压减。',
    },
    {
      why: 'a count partition is a sum, not a list',
      code: '今年共完成重点绩效评价项目17个，其中评价等级为优的项目１个，等级为良的11个，等级为中的５个，评价结果已反馈各主管部门。',
    },
    {
      why: 'a note in brackets after a count is not a list',
      code: '自评价抽查复核单位70个、重点项目8个（其中一个事前绩效）、2个部门整体，评价金额12多亿元。',
    },
    {
      why: 'examples after 如 in brackets are not the whole list',
      code: '今年共选取3个项目（如城区供热管网改造项目、农村公路提质项目）开展事前绩效评估，评估结果作为预算安排的重要依据。',
    },
    {
      why: 'the list ends in 等: it names some, not all',
      code: '围绕四个重点领域，即教育、医疗卫生等，选取社会关注度高的项目开展重点绩效评价。',
    },
    {
      why: 'the list runs into a comma: more items may follow in the next clause',
      code: '实行三个同步，即预算编制与绩效目标同步、预算执行与绩效监控同步，确保绩效管理贯穿预算管理全过程。',
    },
    {
      why: 'a definition after the colon, not a list',
      code: '十、“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。',
    },
    {
      why: '一是…二是… across blocks: the third item is on the next line',
      code: '我区加强政府债务管理主要采取了三个方面措施：一是争取扩大债券规模，积极向省市财政部门争取新增债券额度支持。二是夯实专项债券项目储备，提前梳理项目清单。\n三是足额偿还到期债券本息，维护政府良好信用。',
    },
    {
      why: 'the colon ends the line and the items stand inline in the next paragraph: three for 三个方面, not one',
      code: '为进一步提高财政资金使用效益，我单位下一步将重点做好三个方面工作：\n一是加强预算绩效目标管理，提高目标编报质量；二是加快项目资金支付进度；三是强化绩效评价结果运用。',
    },
    {
      why: 'the same in Markdown, a blank line between: 两项 with two inline items',
      format: 'markdown',
      code: '针对自评发现的问题，镇财政所拟采取两项整改措施：\n\n一是细化项目绩效目标，做到可衡量、可考核；二是建立支付进度月通报制度。\n',
    },
    {
      why: 'inline items in the next paragraph, the last one on a line of its own after them',
      code: '下一步，区农业农村局将从三个方面加以改进：\n一是科学设置绩效指标；二是加快资金拨付进度，对滞后项目及时督办；\n三是强化自评结果应用。',
    },
    {
      why: 'numbered items inline in the paragraph after a colon that ends its line: three for 三个方面',
      code: '为巩固整改成果，区市场监管局将重点抓好三个方面工作：\n（一）健全预算绩效目标审核机制；（二）规范政府采购意向公开；（三）加强固定资产日常管理。',
    },
    {
      why: 'the same with 1. 2. markers in Markdown, two for 两项',
      format: 'markdown',
      code: '结合评价结论，项目单位提出两项改进措施：\n\n1.完善项目库动态调整机制；2.按月通报资金支付进度。\n',
    },
    {
      why: 'inline numbered items in the next paragraph, wrapped so that the third opens a line: three for 三个方面',
      code: '下一步将从三个方面加以改进：\n（一）细化绩效指标；（二）加快支付进度；\n（三）强化结果应用。',
    },
    {
      why: 'one item a block after the colon, as many as the count',
      code: '下一步，我区将重点做好三个方面工作：\n一是强化绩效目标管理，提高目标编报质量。\n二是扩大重点评价范围，提升评价报告质量。\n三是加强结果应用，将评价结果与预算安排挂钩。\n（二）其他事项',
    },
      {
      why: "规划与建设科 is one office: five offices for 5个科室",
      code: "局机关内设5个科室，分别是办公室、人事科、规划与建设科、财务审计科、执法监督科。",
    },
    {
      why: "促和谐 is one item: three for 三项",
      code: "今年重点抓好三项工作：稳投资、促和谐、保民生。",
    },
    {
      why: "a 一是 list after 从三个方面推进…：",
      code: "区财政从三个方面推进绩效管理：一是扩大评价范围；二是健全指标体系；三是强化结果应用。",
    },
    {
      why: "局机关和信息中心 may be two units",
      code: "本部门下设2个单位，即局机关和信息中心。",
    },
    {
      why: "a 一是 list wrapped onto the next line may go on there: no claim on the part read",
      code: "2024年，县财政局围绕四个方面深化预算管理改革：一是完善预算编制，二是强化执行\n监控，三是推进绩效评价结果应用。",
    },
      {
      why: "a list after 包括 closed by its count, which agrees",
      code: "纳入本部门2025年预算编制范围的单位包括局机关、信息中心、执法大队3个单位。",
    },
    {
      why: "no opener before the list (投向): the count is not read as closing a list",
      code: "转移支付资金主要投向教育、卫生健康、交通运输等四个领域。",
    },
    {
      why: "共 between the list and its count",
      code: "包括办公室、财务科、业务科共3个科室。",
    },
      {
      why: "a 一是 list whose later items a page broke onto lines of their own, four for 四个方面",
      code: "2024年，县财政围绕四个方面推进预算绩效管理：一是扩大事前绩效评估范围，\n二是健全绩效指标体系，三是开展绩效运行监控，四是强化评价结果与\n预算安排挂钩。\n全年组织52个部门开展绩效自评。",
    },
    {
      why: 'a one-word bracket after the noun glosses it (办（中心）) and the colon after it opens the list: five named for 五个',
      code: '镇政府下设五个办（中心）：党政综合办公室、经济发展办公室、社会事务办公室、平安建设办公室、便民服务中心。',
    },
    {
      why: 'a bracket holding a list is the list itself, not a gloss: 两个转变（A、B）',
      code: '2025年预算编制着力推动两个转变（由重投入向重绩效转变、由分散安排向统筹安排转变），提高资金使用效益。',
    },
    {
      why: 'a count opening its sentence, its 分别是 list at the end: ten classes named, 社会保障和就业 and 文化旅游体育与传媒 each one class',
      code: '1-9月，十项民生支出合计148230万元，占一般公共预算支出的79.5%，分别是教育、社会保障和就业、卫生健康、节能环保、城乡社区、农林水、交通运输、住房保障、文化旅游体育与传媒、灾害防治及应急管理。',
    },
    {
      why: 'the nearest count owns the 分别是: 三个 completed, three named (the 十二个 of the sentence start is not the list\'s)',
      code: '十二个乡镇全部开展了预算绩效自评，其中三个获评优秀，分别是青石镇、白沙镇、河口镇。',
    },
    {
      why: 'figures after 分别为 pair with something else: no list of names is read for 四项',
      code: '四项重点支出合计3,260万元，分别为1,200万元、860万元、700万元和500万元。',
    },
    {
      why: '具体为： with three named for 三个',
      code: "本局下设事业单位三个，具体为：信息中心、档案馆、培训中心。",
    },
  ],
  invalid: [
    {
      why: 'an inline list a page wrapped so that its second item opens a line: 四个方面 with three',
      code: '评价发现，项目管理中主要存在以下四个方面问题：（一）部分项目前期论证不充分；\n（二）绩效目标设置不够细化；（三）资金拨付进度偏慢。',
      errors: [{ message: '所述“四个方面问题”，但其后只列举了3项', line: 1, column: 17 }],
    },
    {
      why: 'the same wrap in 1. 2. 3. items: 五项措施 with four',
      code: '为加强预算管理，本局重点落实五项措施：1.严格执行预算；2.规范政府采购；\n3.强化资产管理；4.推进绩效评价。',
      errors: [{ message: '所述“五项措施”，但其后只列举了4项', line: 1, column: 15 }],
    },
    {
      why: 'the colon ends the line and three items stand inline in the next paragraph: 两个方面 with three',
      code: '针对绩效自评发现的问题，我局将从两个方面加以改进：\n一是科学设置绩效目标；二是加快资金支付进度；三是强化自评结果应用。',
      errors: [{ message: '所述“两个方面加以改进”，但其后列举了3项', line: 1, column: 17 }],
    },
    {
      why: 'the same with the items split over two paragraphs (一是…二是… then 三是…四是…): 三个方面 with four',
      code: '今后，街道将重点做好三个方面工作：\n一是加强预算编制管理；二是严格控制一般性支出；\n三是推进预算公开；四是加强资产管理。',
      errors: [{ message: '所述“三个方面工作”，但其后列举了4项', line: 1, column: 11 }],
    },
    {
      why: 'numbered items inline in the paragraph after a colon that ends its line: 两个方面 with three',
      code: '为进一步提高资金效益，镇财政所将重点做好两个方面工作：\n（一）加强预算绩效目标管理；（二）加快项目资金支付进度；（三）强化绩效评价结果运用。',
      errors: [{ message: '所述“两个方面工作”，但其后列举了3项', line: 1, column: 21 }],
    },
    {
      why: 'the same wrap in （1）（2） items, the third item wrapped again: 两个方面 with three',
      code: '下一步，我们将重点做好两个方面工作：（1）加快预算执行进度，确保资金及时拨付到位；\n（2）加强绩效目标管理，提高资金使用效益；（3）严格控制一般性支出。',
      errors: [{ message: '所述“两个方面工作”，但其后列举了3项', line: 1, column: 12 }],
    },
    {
      why: 'the gaps Word sets around digits, kept by a PDF\'s text: 共 9 个项目…分别为 eight names',
      code: '2025 年本部门共有 9 个项目实行绩效目标管理，涉及项目预算资金 3,930.25 万元，分别为全民健身赛事活动、体育场馆开放、青少年体育培训、社会体育指导员培训、体育设施维护、智慧体育平台运维、体育彩票公益金项目、竞技体育后备人才培养。',
      errors: [{ message: '所述“9个项目”，但其后只列举了8项', line: 1, column: 13 }],
    },
    {
      why: '9个项目实行绩效目标管理，涉及…，分别为 eight names',
      code: '2025年本部门共有9个项目实行绩效目标管理，涉及项目预算资金3,930.25万元，分别为全民健身赛事活动、体育场馆开放、青少年体育培训、社会体育指导员培训、体育设施维护、智慧体育平台运维、体育彩票公益金项目、竞技体育后备人才培养。',
      errors: [{ message: '所述“9个项目”，但其后只列举了8项', line: 1, column: 11 }],
    },
    {
      why: '5个单位纳入…范围，决算支出合计…，分别是 four names',
      code: '全区共5个单位纳入2024年度部门决算编制范围，决算支出合计2,316.80万元，分别是区委办公室、区政府办公室、区机关事务管理局、区信访局。',
      errors: [{ message: '所述“5个单位”，但其后只列举了4项', line: 1, column: 4 }],
    },
    {
      why: '6个项目开展事前绩效评估，涉及资金…，分别为 seven names',
      code: '本年度共6个项目开展事前绩效评估，涉及资金1.26亿元，分别为城区道路提升、背街小巷整治、农贸市场改造、公厕新建、停车场建设、口袋公园建设、老旧管网改造。',
      errors: [{ message: '所述“6个项目”，但其后列举了7项', line: 1, column: 5 }],
    },
    {
      why: 'four names with 和 joining the last two, counted as 5个',
      code: '所属预算单位共5个，即区体育中心、区青少年业余体校、区体育场馆管理所和区社会体育指导中心。',
      errors: [{ message: '所属预算单位所述数量为“5个”，但其后只列举了4项', line: 1, column: 8 }],
    },
    {
      why: 'three names with 和 joining the last two, counted as 4家',
      code: '下设事业单位4家，即市档案馆、市方志办和市史志研究中心。',
      errors: [{ message: '下设事业单位所述数量为“4家”，但其后只列举了2项', line: 1, column: 7 }],
    },
    {
      why: 'four 财政所 with 和 joining the last two, counted as 6个',
      code: '全县设有乡镇财政所6个，即城关财政所、东乡财政所、西乡财政所和南乡财政所。',
      errors: [{ message: '全县设有乡镇财政所所述数量为“6个”，但其后只列举了4项', line: 1, column: 10 }],
    },
    {
      why: '所属5家事业单位…，所属事业单位分别是: the list comes a clause later, after the noun is named again; three are named',
      code: '本部门预算由局机关和所属5家事业单位的预算组成，所属事业单位分别是：市图书馆、市文化馆和市博物馆。',
      errors: [{ message: '所述“5家事业单位”，但其后只列举了2项', line: 1, column: 13 }],
    },
    {
      why: '3个二级预算单位, then 二级预算单位具体包括 four names',
      code: '纳入2024年度部门决算编制范围的有3个二级预算单位，二级预算单位具体包括：县疾控中心、县妇幼保健院、县卫生监督所、县急救站。',
      errors: [{ message: '所述“3个二级预算单位”，但其后列举了4项', line: 1, column: 19 }],
    },
    {
      why: 'a count closing its own list earlier in the sentence (…、市场管理股4个内设机构) is settled there: the later count owns the list after it',
      code: '本局设办公室、公共服务股、产业发展股、市场管理股4个内设机构，所属事业单位3个，分别为：县图书馆、县文化馆、县博物馆、县非物质文化遗产保护中心。\n局内设综合科、规划科、执法科3个科室，下属单位2家，即县测绘队、县国土整治中心、县不动产登记中心。\n设党政办、经发办、社事办3个办公室，所辖社区五个，分别是东门社区、西门社区、南街社区、北街社区。',
      errors: [
        { message: '所属事业单位所述数量为“3个”，但其后列举了4项', line: 1, column: 38 },
        { message: '下属单位所述数量为“2家”，但其后列举了3项', line: 2, column: 24 },
        { message: '所辖社区所述数量为“五个”，但其后只列举了4项', line: 3, column: 23 },
      ],
    },
    {
      why: 'a count of another thing further back in the sentence (支持项目22个，…，重点用于三个方面：) leaves the list to the count before it',
      code: '2024年新增债券资金10.40亿元，支持项目22个，涉及交通、水利、教育、卫生、市政五个领域，重点用于三个方面：一是续建项目资金保障；二是农村供水和灌区改造；三是城区学校扩容；四是县医院综合楼建设。\n全年安排资金3.2亿元，惠及农户1,200户，覆盖12个乡镇，主要开展两项工作：一是改厕；二是污水治理；三是村庄绿化。',
      errors: [
        { message: '所述“三个方面”，但其后列举了4项', line: 1, column: 53 },
        { message: '所述“两项工作”，但其后列举了3项', line: 2, column: 36 },
      ],
    },
    {
      why: '6个基层站所…，基层站所分别为 five names',
      code: '区水务局下设6个基层站所构成全区水务执法网络，基层站所分别为：东片水务站、西片水务站、南片水务站、北片水务站、城区水务站。',
      errors: [{ message: '所述“6个基层站所”，但其后只列举了5项', line: 1, column: 7 }],
    },
    {
      why: 'a Markdown table title says 共5个项目 over four rows',
      format: 'markdown',
      code: '表2  2024年度镇级项目绩效自评结果（共5个项目）\n\n| 项目名称 | 自评得分 | 自评等级 |\n|---|---|---|\n| 农村道路日常养护 | 92.5 | 优 |\n| 生活垃圾分类收运 | 84.0 | 良 |\n| 小型水利设施维修 | 78.5 | 中 |\n| 村级文化活动补助 | 65.0 | 中 |\n',
      errors: [{ message: '所述“5个项目”，但其后只列举了4项', line: 1, column: 23 }],
    },
    {
      why: 'a Word table under a title counting 共三家单位, four rows with a 序号 column',
      format: 'paragraphs',
      code: '附表 2024年度部门整体支出绩效自评单位名单（共三家单位）\n| 序号 | 单位名称 | 自评得分 |\n| --- | --- | --- |\n| 1 | 县水利局 | 91 |\n| 2 | 县林业局 | 86 |\n| 3 | 县商务局 | 83 |\n| 4 | 县审计局 | 88 |\n',
      errors: [{ message: '所述“三家单位”，但其后列举了4项', line: 1, column: 26 }],
    },
    {
      why: 'a title counting 计6个 with five rows',
      format: 'markdown',
      code: '表4 2025年区级国有企业资本金注入项目计6个\n\n| 项目 | 金额（万元） |\n|---|---|\n| 城投集团 | 500.00 |\n| 交投公司 | 400.00 |\n| 水务集团 | 300.00 |\n| 文旅公司 | 262.00 |\n| 农发公司 | 200.00 |\n',
      errors: [{ message: '所述数量为“6个”，但其后只列举了5项', line: 1, column: 23 }],
    },
    {
      why: '两方面 but （1）…（3） after the colon, items closed by ；',
      code: '收入增长主要受以下两方面因素影响：（1）重点企业增值税入库增加；（2）存量房交易回暖带动个人所得税增长；（3）上年同期留抵退税基数较高。',
      errors: [{ message: '所述“两方面因素影响”，但其后列举了3项', line: 1, column: 10 }],
    },
    {
      why: '四点 but （1）…（3）',
      code: '下一步将重点做好四点：（1）加强收入征管；（2）严控一般性支出；（3）防范化解债务风险。',
      errors: [{ message: '下一步将重点做好所述数量为“四点”，但其后只列举了3项', line: 1, column: 9 }],
    },
    {
      why: '十三家，依次为 twelve names',
      code: '所属事业单位十三家，依次为：区人民医院、区中医医院、区妇幼保健院、区疾病预防控制中心、区卫生健康综合监督执法大队、区急救中心、区血站、城关街道社区卫生服务中心、东关街道社区卫生服务中心、南湖镇卫生院、北坪镇卫生院、西岭镇卫生院。',
      errors: [{ message: '所属事业单位所述数量为“十三家”，但其后只列举了12项', line: 1, column: 7 }],
    },
    {
      why: '五个，依次是 four names',
      code: '纳入整体支出评价的二级单位有五个，依次是县水利工程管理站、县河道管理所、县水土保持站、县防汛抗旱服务中心。',
      errors: [{ message: '所述数量为“五个”，但其后只列举了4项', line: 1, column: 15 }],
    },
    {
      why: 'after “三公” the nearer count 三个 owns the list, and two items follow',
      code: '“三公”经费减少的原因主要有三个：一是严格执行中央八项规定精神，压减公务接待；二是推进公务用车制度改革。',
      errors: [{ message: '所述数量为“三个”，但其后只列举了2项', line: 1, column: 15 }],
    },
    {
      why: '四个，具体为： with three named',
      code: "本部门共有二级预算单位四个，具体为：河西区教育局机关、河西区教师发展中心、河西区学生资助管理中心。",
      errors: [{ message: '共有二级预算单位所述数量为“四个”，但其后只列举了3项', line: 1, column: 12 }],
    },
    {
      why: '五个，具体是： with four named',
      code: "全县共设置乡镇财政所五个，具体是：城关所、东坝所、西河所、南坪所。",
      errors: [{ message: '全县共设置乡镇财政所所述数量为“五个”，但其后只列举了4项', line: 1, column: 11 }],
    },
    {
      why: 'a one-word bracket after the noun, then a colon list: 五个办（中心） but six named',
      code: '镇政府下设五个办（中心）：党政综合办公室、经济发展办公室、社会事务办公室、平安建设办公室、综合行政执法队、便民服务中心。',
      errors: [{ message: '所述“五个办”，但其后列举了6项', line: 1, column: 6 }],
    },
    {
      why: 'a gloss in ASCII brackets before 分别是: 三所学校(园) but four named',
      code: '本单位下属三所学校(园),分别是城关一小、城关二小、实验中学、机关幼儿园。',
      errors: [{ message: '所述“三所学校”，但其后列举了4项', line: 1, column: 6 }],
    },
    {
      why: 'a count opening its sentence, amounts and a share between, 分别是 at the end: 十项 but nine classes named',
      code: '十项民生支出合计148230万元，占一般公共预算支出的79.5%，分别是教育、社会保障和就业、卫生健康、节能环保、城乡社区、农林水、交通运输、住房保障、文化旅游体育与传媒。',
      errors: [{ message: '所述“十项民生支出”，但其后只列举了9项', line: 1, column: 1 }],
    },
    {
      why: 'the same shape with 具体包括 after a total: 六个重点片区 but five named',
      code: '六个重点片区共安排建设资金4.6亿元，较上年增长12%，具体包括东湖片区、西河片区、老城片区、高铁新城、滨江片区。',
      errors: [{ message: '所述“六个重点片区”，但其后只列举了5项', line: 1, column: 1 }],
    },
    {
      why: 'a department name with 和 is one item: 三个部门 but four named after 分别为',
      code: '三个部门共获得绩效奖励资金120万元，分别为区人力资源和社会保障局、区住房和城乡建设局、区文化和旅游局、区教育局。',
      errors: [{ message: '所述“三个部门”，但其后列举了4项', line: 1, column: 1 }],
    },
    {
      why: "共五项 and four items numbered 1. inline after the colon, each closed by ；",
      code: "2024年，县财政局牵头完成绩效管理重点任务共五项：1.全面开展事前绩效评估；2.实现绩效目标编报全覆盖；3.开展绩效运行监控；4.组织部门绩效自评。",
      errors: [{ message: "所述数量为“五项”，但其后只列举了4项", line: 1, column: 24 }],
    },
    {
      why: "三个方面 and four items numbered 1、 inline",
      code: "重点支持三个方面：1、教育均衡发展；2、基层医疗能力提升；3、农村人居环境整治；4、城区老旧小区改造。",
      errors: [{ message: "所述“三个方面”，但其后列举了4项", line: 1, column: 5 }],
    },
    {
      why: "四类问题 and three （一） items inline",
      code: "审核发现四类问题：（一）目标值偏低；（二）指标不可衡量；（三）测算依据不足。",
      errors: [{ message: "所述“四类问题”，但其后只列举了3项", line: 1, column: 5 }],
    },
    {
      why: 'numbered items 1.–5. on lines of their own after “以下四个方面：”',
      code: '财政拨款支出主要用于以下四个方面：\n1.一般公共服务支出126.40万元；\n2.教育支出2,506.20万元；\n3.社会保障和就业支出412.70万元；\n4.卫生健康支出183.60万元；\n5.住房保障支出197.40万元。',
      errors: [{ message: '所述“四个方面”，但其后列举了5项', line: 1, column: 13 }],
    },
    {
      why: '（一）…（四） paragraphs, blank lines between, after “以下三类：” (三类 in words, no 个)',
      format: 'markdown',
      code: '# 三、主要问题\n\n评价中发现的问题主要包括以下三类：\n\n（一）绩效目标设置不够细化。\n\n（二）资金支付进度偏慢。\n\n（三）项目管理制度执行不到位。\n\n（四）结果应用不充分。\n\n# 四、结果应用',
      errors: [{ message: '所述数量为“三类”，但其后列举了4项', line: 3, column: 15 }],
    },
    {
      why: 'a Markdown ordered list of three after “两个方面工作：”',
      format: 'markdown',
      code: '下一步，我们将重点做好以下两个方面工作：\n\n1. 加强收入组织，确保全年收入目标完成；\n2. 从严控制一般性支出；\n3. 做好下年度预算编制准备工作。\n',
      errors: [{ message: '所述“两个方面工作”，但其后列举了3项', line: 1, column: 14 }],
    },
    {
      why: "a 一是 list broken over lines (…范围，⏎二是…): read to its end, four items for 五个方面",
      code: "2024年，县财政围绕五个方面推进预算绩效管理：一是扩大事前绩效评估范围，\n二是健全绩效指标体系，三是开展绩效运行监控，四是强化评价结果与\n预算安排挂钩。\n全年组织52个部门开展绩效自评。",
      errors: [
        {
          message: "所述“五个方面”，但其后只列举了4项",
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 14,
          text: "五个",
          related: ["第1项“一是扩大事前绩效评估范围，”", "第4项“四是强化评价结果与预算安排挂钩。”"],
        },
      ],
    },
    {
      why: "a list before its count, the last two joined by 和 (A、B和C 4个单位)",
      code: "本部门预算包括局机关、档案馆和信息中心4个单位的预算。",
      errors: [
        {
          message: "所述“4个单位”，但其前只列举了3项",
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 22,
          text: "4个",
          related: ["第1项“局机关”", "第3项“信息中心”"],
        },
      ],
    },
    {
      why: "等 before a count closes the list: four named for 3个领域",
      code: "涉及教育、卫生、交通、农业等3个领域。",
      errors: [
        {
          message: "所述“3个领域”，但其前列举了4项",
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 17,
          text: "3个",
          related: ["第1项“教育”", "第4项“农业”"],
        },
      ],
    },
    {
      why: "a list of offices: 基础设施与装备科 is one office, since every item ends like an office and 基础设施 does not",
      code: "本局机关内设6个科室，分别是办公室、政策法规科、计划财务科、基础设施与装备科、安全监督科。",
      errors: [
        {
          message: "所述“6个科室”，但其后只列举了5项",
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 9,
          text: "6个",
          related: ["第1项“办公室”", "第5项“安全监督科”"],
        },
      ],
    },
    {
      why: "促和谐 holds 和 without joining two things: four items against 三项",
      code: "2025年本单位重点任务有三项：保基本、促和谐、强队伍、优服务。",
      errors: [
        {
          message: "重点任务所述数量为“三项”，但其后列举了4项",
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 16,
          text: "三项",
          related: ["第1项“保基本”", "第4项“优服务”"],
        },
      ],
    },
    {
      why: "a verb phrase between the count and the colon (围绕四个方面深化…：一是…)",
      code: "2024年，县财政局围绕四个方面深化预算管理改革：一是完善预算编制，二是强化执行监控，三是推进绩效评价结果应用。\n全年共组织15个部门开展绩效自评。",
      errors: [
        {
          message: "所述“四个方面”，但其后只列举了3项",
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 15,
          text: "四个",
          related: ["第1项“一是完善预算编制，”", "第3项“三是推进绩效评价结果应用。”"],
        },
      ],
    },
    {
      code: '今年纳入财政重点绩效评价的项目有五个，即区教育局2024年学生营养改善专项经费、区农业农村局2023-2024年高标准农田建设资金、区交通运输局2024年农村公路养护专项资金、区文旅局2024年公共文化服务补助资金。',
      errors: [
        {
          message: '所述数量为“五个”，但其后只列举了4项',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 19,
          text: '五个',
          severity: 'error',
          related: ['第1项“区教育局2024年学生营养改善…”', '第4项“区文旅局2024年公共文化服务…”'],
        },
      ],
    },
    {
      code: '全面实施预算绩效管理以来，我县着力实现三个转变（即由重分配向重管理转变、由重投入向重绩效转变），预算绩效管理水平稳步提升。',
      errors: [
        {
          message: '所述“三个转变”，但其后只列举了2项',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 22,
          text: '三个',
          severity: 'error',
          related: ['第1项“由重分配向重管理转变”', '第2项“由重投入向重绩效转变”'],
        },
      ],
    },
    {
      code: '实行两个同步（绩效目标申报同步、预算批复下达同步、绩效信息公开同步），绩效目标随预算一同批复、一同下达。',
      errors: [
        {
          message: '所述“两个同步”，但其后列举了3项',
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 5,
          text: '两个',
          severity: 'error',
          related: ['第1项“绩效目标申报同步”', '第3项“绩效信息公开同步”'],
        },
      ],
    },
    {
      code: '以“四全”（（1）参与人员全面（2）管理环节全面（3）覆盖范围全面（4）技术手段全面（5）监督指导全面）为抓手，推进预算绩效管理体系建设。',
      errors: [
        {
          message: '所述数量为“四全”，但其后列举了5项',
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 5,
          text: '四全',
          severity: 'error',
          related: ['第1项“（1）参与人员全面”', '第5项“（5）监督指导全面”'],
        },
      ],
    },
    {
      code: '我区加强政府债务管理主要采取了三个方面措施：一是争取扩大债券规模，积极争取新增债券额度支持。二是足额偿还到期债券本息，维护政府良好信用。',
      errors: [
        {
          message: '所述“三个方面措施”，但其后只列举了2项',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 18,
          text: '三个',
          severity: 'error',
          related: ['第1项“一是争取扩大债券规模，积极争取…”', '第2项“二是足额偿还到期债券本息，维护…”'],
        },
      ],
    },
    {
      code: '坚持“三个统一”：“统一绩效目标模板”、“统一评价指标体系”、“统一结果公开口径”、“统一整改跟踪机制”，切实提高绩效管理规范化水平。',
      errors: [
        {
          message: '所述“三个统一”，但其后列举了4项',
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 6,
          text: '三个',
          severity: 'error',
          related: ['第1项“统一绩效目标模板”', '第4项“统一整改跟踪机制”'],
        },
      ],
    },
    {
      code: '2024年区财政重点评价共涉及三个部门，分别是区教育局、区卫生健康委员会。',
      errors: [
        {
          message: '所述“三个部门”，但其后只列举了2项',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 18,
          text: '三个',
          severity: 'error',
          related: ['第1项“区教育局”', '第2项“区卫生健康委员会”'],
        },
      ],
    },
    {
      code: '本年度重点评价项目有三个，即2021-2022年“污水管网、泵站改造”专项资金、2024年农村公路养护专项资金。',
      errors: [
        {
          message: '本年度重点评价项目所述数量为“三个”，但其后只列举了2项',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 13,
          text: '三个',
          severity: 'error',
          related: ['第1项“2021-2022年“污水管网…”', '第2项“2024年农村公路养护专项资金”'],
        },
      ],
    },
    {
      code: '今年开展事前绩效评估的重大项目有3个，即城北片区综合管廊工程、职教园区二期工程、中心医院门诊楼改造工程、体育公园建设工程。',
      errors: [
        {
          message: '所述数量为“3个”，但其后列举了4项',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 19,
          text: '3个',
          severity: 'error',
          related: ['第1项“城北片区综合管廊工程”', '第4项“体育公园建设工程”'],
        },
      ],
    },
    {
      why: 'Arabic digits and a bracketed list with 即',
      code: '区财政局对2个部门（即区城市管理局、区市场监督管理局、区退役军人事务局）开展部门整体支出绩效评价，评价结果已向区人大报告。',
      errors: [
        {
          message: '所述“2个部门”，但其后列举了3项',
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 8,
          text: '2个',
          severity: 'error',
          related: ['第1项“区城市管理局”', '第3项“区退役军人事务局”'],
        },
      ],
    },
    {
      code: '下一步，我区将重点做好四个方面工作：\n一是强化绩效目标管理，提高目标编报质量。\n二是扩大重点评价范围，提升评价报告质量。\n三是加强结果应用，将评价结果与预算安排挂钩。\n（二）其他事项',
      errors: [
        {
          message: '所述“四个方面工作”，但其后只列举了3项',
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 14,
          text: '四个',
          severity: 'error',
          related: ['第1项“一是强化绩效目标管理，提高目标…”', '第3项“三是加强结果应用，将评价结果与…”'],
        },
      ],
    },
  ],
});


// A list whose items are themselves counted is a breakdown by numbers, not one thing per item.
ruleTester(rule, {
  valid: [
    { why: '局本级 and 4 units: 1 + 4 = 5, not two items', code: '纳入本局2024年度部门决算编制范围的单位共5个，包括局本级和4个所属事业单位。' },
    { why: '办公室 and 6 business sections: 7 in all', code: '本部门内设机构7个，包括办公室和6个业务科室，均为行政机构。' },
    { why: 'two counted groups after 即', code: '纳入2025年部门预算编制范围的预算单位共3家，即部门本级和两家下属事业单位。' },
  ],
  invalid: [
    {
      why: 'items counted as one each (一张、一套、一个) are still one item each: four named, three listed',
      code: '区财政形成了“四个一”工作机制：一张目标清单、一套指标体系、一个监控平台。',
      errors: [{ message: '所述“四个一工作机制”，但其后只列举了3项', line: 1, column: 8, text: '四个' }],
    },
  ],
});

// A count whose opener ends in a colon after a comma (，分别是：, ，具体如下：), with the items on
// paragraphs of their own — as Word's numbered lists come out (docx-numbering.ts writes 1. （一） in).
ruleTester(rule, {
  valid: [
    {
      why: 'three items for 三个, numbered 1.–3., after ，具体如下：; and （一）（二） for 两方面 after ，分别是：',
      format: 'paragraphs',
      code: '2025年安排重点项目三个，具体如下：\n1.义务教育学校公用经费保障项目，安排1,268.00万元；\n2.学前教育普惠扶持项目，安排315.00万元；\n3.教师培训项目，安排42.60万元。\n存在的问题主要有两方面，分别是：\n（一）绩效目标不够细化；\n（二）预算执行进度前慢后快。',
    },
    {
      why: 'counts of several kinds in one sentence (1 + 1 + 4 = 6 units), then one numbered list of them all',
      format: 'paragraphs',
      code: '本部门中，行政单位1家，参公单位1家，事业单位4家，具体包括：\n1.区民政局（本级）。\n2.区社会救助事务管理中心。\n3.区婚姻登记中心。\n4.区殡葬管理所。\n5.区福利院。\n6.区救助站。\n所属学校中，小学3所，初中2所，分别是：\n（一）城关小学；\n（二）东街小学；\n（三）西街小学；\n（四）城关中学；\n（五）实验中学。',
    },
    {
      why: '包括局机关和所属13所学校, 和下属两家: a part after 和 is itself counted (1 + 13 = 14), whatever word places it',
      code: '纳入2025年部门预算编制范围的预算单位共14家，包括局机关和所属13所中小学校、幼儿园。\n本部门预算单位共3个，包括局机关和下属两家事业单位。',
    },
  ],
  invalid: [
    {
      why: '五个，具体如下： then four paragraphs numbered 1.–4.',
      format: 'paragraphs',
      code: '2025年安排重点项目五个，具体如下：\n1.义务教育学校公用经费保障项目，安排12,680.00万元；\n2.学前教育普惠性幼儿园扶持项目，安排3,150.00万元；\n3.中小学校舍维修改造项目，安排2,860.50万元；\n4.教师培训项目，安排426.00万元。',
      errors: [{ message: '所述数量为“五个”，但其后只列举了4项', line: 1, column: 12 }],
    },
    {
      why: '两个方面，分别是： then three paragraphs numbered （一）…（三）',
      format: 'paragraphs',
      code: '下一步改进措施有两个方面，分别是：\n（一）细化绩效目标；\n（二）加快预算执行；\n（三）强化结果应用。',
      errors: [{ message: '所述“两个方面”，但其后列举了3项', line: 1, column: 9 }],
    },
  ],
});

// Whole-budget reports (heldout8): a list after 即 that a clause about its items closes (…，均已…, …，都…).
ruleTester(rule, {
  valid: [
    {
      why: '三个，即 three names, then …，均已…: the list ends at the comma and is right',
      code: '全县纳入重点评价的项目三个，即农村公路养护、学生营养餐补助、乡镇污水处理设施运维，均已按要求提交自评报告。',
    },
    {
      why: '五个，即 three, then 其余两个…: the list says more remain, so it is not all',
      code: '本单位内设科室五个，即办公室、财务科、业务科，其余两个科室为今年新设。',
    },
    {
      why: '五个，即 three, then 另有两个…: more remain',
      code: '全区共有街道五个，即东城街道、西城街道、南湖街道，另有两个街道由开发区代管。',
    },
  ],
  invalid: [
    {
      why: '四个，即 three names, then …，均已按要求…: the clause speaks of the items listed, so the list ends there',
      code: '全镇共有镇属事业单位四个，即农业综合服务中心、社会事务服务中心、综合行政执法队，均已按要求编制部门预算。',
      errors: [{ message: '全镇共有镇属事业单位所述数量为“四个”，但其后只列举了3项', line: 1, column: 11 }],
    },
    {
      why: '六家，即 five, then …，都纳入了…',
      code: '区属国有企业六家，即城投集团、水务集团、交投集团、文旅集团、农发集团，都纳入了国有资本经营预算编制范围。',
      errors: [{ message: '区属国有企业所述数量为“六家”，但其后只列举了5项', line: 1, column: 7 }],
    },
    {
      why: '三个方面，即 four, then …，均在年内完工',
      code: '今年重点抓好三个方面的项目，即校舍改造、饮水安全、乡村道路、危房改造，均在年内完工。',
      errors: [{ message: '所述“三个方面的项目”，但其后列举了4项', line: 1, column: 7 }],
    },
  ],
});

// Whole-budget reports (heldout8): a count of jurisdictions glossed with their levels in brackets.
ruleTester(rule, {
  valid: [
    {
      why: '12个县（市、区）: the bracket glosses the noun with its variants; 9 + 2 + 1 = 12 follow as a 其中',
      code: '全市共有12个县（市、区），其中收入增长的9个，下降的2个，持平的1个。',
    },
    {
      why: '104个县（市、区） with no list after it',
      code: '全省104个县（市、区）全部实现“三保”支出足额保障。',
    },
    {
      why: '18个乡（镇、街道）: levels of jurisdiction in brackets, not two things counted',
      code: '全县18个乡（镇、街道）均已完成预算公开。',
    },
  ],
  invalid: [
    {
      why: 'a bracket of names after the count is still its list: 三个 with two',
      code: '本部门下属单位三个（机关服务中心、信息中心），均已纳入部门预算。',
      errors: [{ message: '下属单位所述数量为“三个”，但其后只列举了2项', line: 1, column: 8 }],
    },
  ],
});
