import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

ruleTester(rule, {
  valid: [
    {
      why: 'a part heading and a self-reference naming the title\'s own year; a heading on last year\'s execution and a comparison base are topics',
      code: '莲花镇2024年财政决算报告\n第二部分 2024年财政决算说明\n全年完成镇级一般公共预算收入2,865万元，比2023年财政决算数增长4.5%。\n本报告所列本镇2024年财政决算数据已经镇人大主席团审议。\n一、2023年预算执行情况说明',
    },
    {
      why: 'a debt report compares with the same half of the year before: 与…相比 names another period on purpose',
      code: '鸣山县2025年上半年政府债务管理情况报告\n\n全县债务余额增幅低于与2024年上半年政府债务管理情况相比的水平。\n以上为鸣山县2025年上半年政府债务管理情况报告。',
    },
    {
      why: 'a performance report closing with its own year',
      code: '龙溪县农业农村局2024年度项目支出绩效自评报告\n\n现将我局2024年度项目支出绩效自评情况报告如下。',
    },
    {
      why: '本期反映 the title\'s own period: no other year',
      code: '凤禾区2025年1-9月财政收支情况\n区财政局\n本期反映全区2025年1-9月财政收支执行情况，数据为快报数，最终以决算为准。',
    },
    {
      why: '本期反映 a comparison with the same months of the year before: 与…同期 names another period on purpose',
      code: '临川县2025年1-6月财政收支情况\n本期反映的是全县2025年1-6月收支执行情况，并与2024年1-6月财政收支情况作了对比。',
    },
    {
      why: 'last year\'s 国有资本经营预算 whose execution is the topic',
      code: '金坡区2025年区级国有资本经营预算说明\n\n金坡区2024年区级国有资本经营预算执行情况良好，收入完成3,104万元。',
    },
    {
      why: "last year's draft named as something approved: a topic, not this document",
      code: "双峰县2025年预算（草案）编制说明\n\n我县2024年预算草案经县十九届人大三次会议审议批准后，各项收支执行情况良好。",
    },
    {
      why: "this year's draft named by the writer: the title's year",
      code: "双峰县2025年预算（草案）编制说明\n\n以上是我县2025年预算草案的编制情况，请予审议。",
    },
    {
      why: "last year's draft whose adjustment is the topic",
      code: "石湾镇2025年预算草案说明\n\n本镇2024年预算草案调整方案已于9月报镇人大主席团审议。",
    },
    {
      why: 'an execution report compares this year\'s execution with the year before: 与…相比 names another year on purpose',
      code: '关于岩溪县2024年预算执行情况和2025年预算草案的报告\n\n各位代表：\n全县一般公共预算收入完成14.20亿元，与岩溪县2023年预算执行情况相比，收入结构有所改善。',
    },
    {
      why: 'a heading of an execution report names its year without the issuer: the year being reported on is the title\'s',
      code: '关于云渡市2024年市本级预算执行情况和2025年市本级预算草案的报告\n\n一、2024年预算执行情况\n市本级一般公共预算收入完成32.60亿元，为预算的100.8%。',
    },
    {
      why: 'a 财政决算 title and a 财政决算 of another year named for comparison',
      code: '松岭县2024年财政决算说明\n\n与松岭县2023年财政决算相比，全县一般公共预算支出增加2.16亿元，主要是教育和社会保障支出增加。',
    },
    {
      why: 'a title ending in 有关说明 and the next year\'s budget named as a plan',
      code: '翠屏区2025年预算有关说明\n\n区级各部门应在翠屏区2025年区级预算批复后二十日内公开部门预算，2026年预算编制工作将于9月启动。',
    },
    {
      why: 'a final-accounts document for 2024 talks about the 2024 budget and the 2025 budget: 决算 is compared with 决算 only',
      code: '区卫生健康委员会2024年度部门决算\n\n区卫生健康委员会2024年度一般公共预算财政拨款支出年初预算为3861.2万元，支出决算为3702.45万元，完成年初预算的95.89%；2025年部门预算公开时将同步公开绩效目标。',
    },
    {
      why: 'another year named on purpose, to compare with',
      code: '2024年度部门决算\n\n与2023年度部门决算相比，本年收入支出总计减少56.95万元，下降1.87%，主要原因是人员进出及退休变化。',
    },
    {
      why: 'years of other things are not the document: 2023年底 debt, 2023年 evaluation results',
      code: '2025年政府预算公开相关说明\n\n截至2024年底，全区政府债务余额87452万元，控制在省财政厅核定的债务限额之内。2024年项目绩效评价结果已作为2025年预算安排的重要依据。',
    },
    {
      why: 'last year\'s budget execution is a topic of this year\'s budget, not a stale date',
      code: '2025年政府预算公开相关说明\n\n2024年政府预算执行情况良好，一般公共预算收入完成年初预算的102.3%，为2025年预算编制打下了基础。',
    },
    {
      why: 'the title names no document kind (预算绩效管理 is a topic), so there is nothing to compare with',
      code: '中阳县2025年预算绩效管理工作开展情况\n\n为方便社会公众对我县2024年政府预算的理解和监督，现将预算绩效管理工作开展情况说明如下。',
    },
    {
      why: 'a government budget and a departmental budget are different documents',
      code: '2025年政府预算公开相关说明\n\n按照预算公开要求，各部门应于批复后20日内完成2024年部门预算公开的整改工作。',
    },
    {
      why: 'a year inside a cited title names that document, not this one',
      code: '2025年政府预算公开相关说明\n\n我区按照《关于做好2024年政府预算公开工作的通知》要求，细化公开内容，扩大公开范围。',
    },
    {
      why: 'no title: a document that opens with its contents list',
      code: '目录\n一、关于“三公”经费支出情况的说明..............1\n二、关于预算绩效管理工作情况的说明..........2\n\n为方便社会公众对我区2024年政府预算的理解和监督，现将有关事项说明如下。',
    },
    {
      why: 'the same year in the body, written with spaces as PDFs do',
      code: '中共某区委社会工作部\n2024 年度\n部门决算\n\n纳入中共某区委社会工作部 2024 年度部门决算编制范围的单位包括：本级和下属事业单位。',
    },
      {
      why: "the title's issuer naming last year's budget execution: a topic, not this document",
      code: "松阳县2025年政府预算公开相关说明\n\n松阳县2024年政府预算执行情况总体平稳，全县一般公共预算收入完成年初预算的101.2%。",
    },
    {
      why: "the title's issuer naming another year's document to compare with",
      code: "北塘市林业局\n2024年度部门决算\n\n与北塘市林业局2023年度部门决算相比，本年收入总计增加120.5万元。",
    },
    {
      why: "the title's issuer naming last year's budget as something that was approved and carried out",
      code: "河湾区2025年区级预算相关事项的说明\n\n河湾区2024年区级预算经区人民代表大会批准后，严格按程序执行。",
    },
    {
      why: 'a sentence presenting the report names both its years as the title does',
      code: '关于青石县2025年预算执行情况和2026年预算草案的报告\n\n受县人民政府委托，现将青石县2025年预算执行情况和2026年县级预算草案提请大会审议。',
    },
    {
      why: 'a presented name with another year after 与: a comparison, named on purpose',
      code: '河口镇2024年财政决算说明\n\n现将河口镇2024年财政决算与2023年决算对比情况说明如下。',
    },
    {
      why: 'a monthly report presented for another period is not the title\'s name (1-8月 against 1-9月): no year claim is compared',
      code: '松浦县2025年1-9月财政收支情况\n\n现将松浦县2025年1-8月财政收支情况通报如下，9月数据另行补充。',
    },
    {
      why: 'a cited notice inside the presenting sentence is another document',
      code: '白石区2025年部门预算\n\n根据《关于做好2024年度部门预算公开工作的通知》，现将白石区2025年部门预算公开如下。',
    },
    {
      why: 'presented with a colon and no 如下, the title\'s own year',
      code: "河西区教育局2024年度部门决算\n现将我局2024年度部门决算向社会公开：",
    },
  ],
  invalid: [
    {
      why: 'a PDF\'s text keeps the gap Word sets around digits: 2025 年 in the title, 2024 年 in the body',
      code: '青峰县林业局 2025 年部门预算说明\n一、部门基本情况\n现将我局 2024 年部门预算公开如下。',
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 3, column: 6 }],
    },
    {
      why: 'the same gaps in a town\'s final accounts, the stale year in a part heading',
      code: '石桥镇 2024 年度部门决算\n第一部分 部门概况\n本镇负责全镇经济社会事务管理。\n第二部分 2023 年度部门决算说明\n2024 年度收入、支出决算总计均为 1,226.15 万元。',
      errors: [{ message: '标题为2024年部门决算，正文此处却写作2023年部门决算', line: 4, column: 6 }],
    },
    {
      why: 'years in full-width digits (a web page in a Chinese font), in the body or in the title',
      code: '青峰县林业局2025年部门预算说明\n一、部门基本情况\n现将我局２０２４年部门预算公开如下。',
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 3, column: 5 }],
    },
    {
      why: 'the title\'s year in full-width digits',
      code: '青峰县林业局２０２５年部门预算说明\n一、部门基本情况\n现将我局2024年部门预算公开如下。',
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 3, column: 5 }],
    },
    {
      why: 'a part heading of this document naming last year (第二部分 2025年部门预算编制说明 in a 2026 budget)',
      code: '沙洲区教育局2026年部门预算\n第一部分 部门概况\n沙洲区教育局是主管全区教育工作的区政府工作部门。\n第二部分 2025年部门预算编制说明\n2026年，沙洲区教育局收入预算286,452.38万元。',
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 4, column: 6 }],
    },
    {
      why: 'a part heading 第二部分 2023年度部门决算说明 in a 2024 final accounts',
      code: '某某区卫生健康委员会2024年度部门决算\n第一部分 部门概况\n本部门负责全区卫生健康工作。\n第二部分 2023年度部门决算说明\n2024年度收入、支出决算总计均为22,226.15万元。',
      errors: [{ message: '标题为2024年部门决算，正文此处却写作2023年部门决算', line: 4, column: 6 }],
    },
    {
      why: '本报告所列本镇2023年财政决算数据: the report pointing at itself names last year',
      code: '莲花镇2024年财政决算报告\n全年完成镇级一般公共预算收入2,865万元。\n本报告所列本镇2023年财政决算数据已经镇人大主席团审议。',
      errors: [{ message: '标题为2024年决算，正文此处却写作2023年决算', line: 3, column: 8 }],
    },
    {
      why: 'a debt report closing with another year: 以上为…2024年上半年政府债务管理情况报告',
      code: '鸣山县2025年上半年政府债务管理情况报告\n\n以上为鸣山县2024年上半年政府债务管理情况报告，有关数据以年度决算为准。',
      errors: [{ message: '标题为2025年上半年债务，正文此处却写作2024年上半年债务', line: 3, column: 7 }],
    },
    {
      why: 'a performance report presented with another year: 现将我局2023年度项目支出绩效自评情况报告如下',
      code: '龙溪县农业农村局2024年度项目支出绩效自评报告\n\n一、基本情况\n现将我局2023年度项目支出绩效自评情况报告如下。',
      errors: [{ message: '标题为2024年绩效，正文此处却写作2023年绩效', line: 4, column: 5 }],
    },
    {
      why: 'a debt note presented with another year: 现将2024年度全市政府债务情况说明如下',
      code: '江城市2025年度政府债务情况说明\n\n根据有关规定，现将2024年度全市政府债务情况说明如下。',
      errors: [{ message: '标题为2025年债务，正文此处却写作2024年债务', line: 3, column: 10 }],
    },
    {
      why: '本期反映 another year\'s months under the title (收支执行 and 收支 name one kind of report)',
      code: '凤禾区2025年1-9月财政收支情况\n区财政局\n本期反映全区2024年1-9月财政收支执行情况，数据为快报数，最终以决算为准。',
      errors: [{ message: '标题为2025年1-9月财政收支，正文此处却写作2024年1-9月财政收支', line: 3, column: 7 }],
    },
    {
      why: '本报告反映 another year',
      code: '南溪县2025年1-10月财政收支执行情况\n本报告反映全县2024年1-10月财政收支执行情况。一、一般公共预算收入',
      errors: [{ message: '标题为2025年1-10月财政收支，正文此处却写作2024年1-10月财政收支', line: 2, column: 8 }],
    },
    {
      why: 'the basis a note is written from names a 国有资本经营预算 draft of another year',
      code: '金坡区2025年区级国有资本经营预算说明\n\n本说明依据区财政局会同区国资委编制的金坡区2024年区级国有资本经营预算草案编写。',
      errors: [{ message: '标题为2025年预算，正文此处却写作2024年预算', line: 3, column: 22 }],
    },
    {
      why: '我县…政府性基金预算 of another year, presented as this document',
      code: '桐江县2025年政府性基金预算公开说明\n\n现将我县2024年政府性基金预算公开如下。',
      errors: [{ message: '标题为2025年预算，正文此处却写作2024年预算', line: 3, column: 5 }],
    },
    {
      why: 'a presenting sentence closed by a colon (通报：), short and right under the title: it opens the body, it is no line of the title',
      code: "萧山区2024年1-10月财政收支执行情况\n区财政局\n现将区财政局2023年1-10月财政收支执行情况通报：\n一、一般公共预算收支",
      errors: [{ message: '标题为2024年1-10月财政收支，正文此处却写作2023年1-10月财政收支', line: 3, column: 7 }],
    },
    {
      why: '向社会公开： after 我局 and the year',
      code: "河西区教育局2024年度部门决算\n第一部分 部门概况\n现将我局2023年度部门决算向社会公开：",
      errors: [{ message: '标题为2024年部门决算，正文此处却写作2023年部门决算', line: 3, column: 5 }],
    },
    {
      why: 'a monthly report in traditional characters with ASCII punctuation, the issuing bureau between the 现将 and the year',
      code: '松浦縣2025年1-9月財政收支情況\n根據有關規定,現將松浦縣財政局2024年1-9月全縣財政收支情況公佈如下:',
      errors: [{ message: '标题为2025年1-9月财政收支，正文此处却写作2024年1-9月财政收支', line: 2, column: 16 }],
    },
    {
      why: 'a debt note presented with the year before the county: 现将2023年度青水县政府债务决算情况公开如下',
      code: '青水县2024年度政府债务限额及余额决算情况说明\n\n根据预算法规定，现将2023年度青水县政府债务决算情况公开如下：',
      errors: [{ message: '标题为2024年债务决算，正文此处却写作2023年债务决算', line: 3, column: 11 }],
    },
    {
      why: 'a draft presented for deliberation with the government between: 县人民政府2025年县级预算草案 in the report on the 2026 draft',
      code: '关于南岭县2025年预算执行情况和2026年预算草案的报告\n\n受县人民政府委托，现将南岭县2025年预算执行情况和县人民政府2025年县级预算草案提请大会审议。',
      errors: [{ message: '标题为2026年预算草案，正文此处却写作2025年预算草案', line: 3, column: 32 }],
    },
    {
      why: 'a closing sentence naming the document: 以上为…2023年度…“三公”经费决算公开说明 under a 2024 title',
      code: '云峰区2024年度区本级“三公”经费决算情况说明\n\n2024年区本级“三公”经费支出1,286.40万元。\n\n以上为云峰区2023年度区本级“三公”经费决算公开说明。',
      errors: [{ message: '标题为2024年三公决算，正文此处却写作2023年三公决算', line: 5, column: 7 }],
    },
    {
      why: "a title with （草案） in brackets; the closing sentence names the writer's draft with another year",
      code: "双峰县2025年预算（草案）编制说明\n\n一、预算编制的总体思路\n以上是我县2024年预算草案的编制情况，请予审议。",
      errors: [{ message: "标题为2025年预算，正文此处却写作2024年预算", line: 4, column: 6 }],
    },
    {
      why: "本镇 and a draft followed by 中",
      code: "石湾镇2025年预算草案说明\n\n本镇2024年预算草案中，“三公”经费安排12.5万元，比上年下降4.2%。",
      errors: [{ message: "标题为2025年预算，正文此处却写作2024年预算", line: 3, column: 3 }],
    },
    {
      why: "a bracketed draft in the body too",
      code: "桐林区2026年区级预算（草案）的说明\n\n现将我区2025年区级预算（草案）主要内容说明如下。",
      errors: [{ message: "标题为2026年预算，正文此处却写作2025年预算", line: 3, column: 5 }],
    },
    {
      why: 'a title ending in 有关说明; the opening sentence introduces the draft with the previous year',
      code: '翠屏区2025年预算有关说明\n\n受区政府委托，现将翠屏区2024年区级预算草案的有关情况说明如下，请予审议。',
      errors: [{ message: '标题为2025年预算，正文此处却写作2024年预算', line: 3, column: 13 }],
    },
    {
      why: 'a title with 财政 before the kind (区本级财政决算); 本级 and the wrong year in the body',
      code: '石门区2024年区本级财政决算说明\n\n石门区财政局编制了本级2023年决算，现就有关情况说明如下。',
      errors: [{ message: '标题为2024年决算，正文此处却写作2023年决算', line: 3, column: 12 }],
    },
    {
      why: 'a title with 公共财政预算 and a body naming the issuer\'s budget of another year',
      code: '青檀镇2025年公共财政预算公开说明\n\n现就青檀镇2024年预算中的“三公”经费和政府采购情况说明如下。',
      errors: [{ message: '标题为2025年预算，正文此处却写作2024年预算', line: 3, column: 6 }],
    },
    {
      why: 'an execution report opens by presenting another year\'s execution under the issuer\'s name',
      code: '关于岩溪县2024年预算执行情况和2025年预算草案的报告\n\n各位代表：\n受县人民政府委托，现将岩溪县2023年预算执行情况和2025年预算草案提请大会审议。',
      errors: [{ message: '标题为2024年预算执行，正文此处却写作2023年预算执行', line: 4, column: 15 }],
    },
    {
      why: 'the same with a 市本级 level, the issuer shortened in the body',
      code: '关于云渡市2024年市本级预算执行情况和2025年市本级预算草案的报告\n\n现将云渡市2022年市本级预算执行情况报告如下，请予审议。',
      errors: [{ message: '标题为2024年预算执行，正文此处却写作2022年预算执行', line: 3, column: 6 }],
    },
    {
      why: 'an execution report in another word order: the execution named after the verb, ending in 如下',
      code: '关于松岭县2025年预算执行情况的报告\n\n县人民政府向县人大常委会报告松岭县2024年预算执行情况如下。',
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 3, column: 18 }],
    },
    {
      code: '2025年政府预算公开相关说明\n 根据《地方预决算公开操作规程》要求，为方便社会公众对我区2024年政府预算的理解和监督，现将有关重要事项说明如下：',
      errors: [
        {
          message: '标题为2025年政府预算，正文此处却写作2024年政府预算',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 35,
          text: '2024年',
          severity: 'warning',
          related: ['标题中的“2025年政府预算”'],
        },
      ],
    },
    {
      code: '上海市某区财政局\n2024年度部门决算\n\n从预算单位构成看，本局部门决算包括本级决算和下属事业单位决算。纳入本局2023年度部门决算编制范围的单位包括：本级、财政所和国库收付中心。',
      errors: [
        {
          message: '标题为2024年部门决算，正文此处却写作2023年部门决算',
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 42,
          text: '2023年度',
          severity: 'warning',
          related: ['标题中的“2024年度部门决算”'],
        },
      ],
    },
    {
      code: '某区教育局2025年部门预算\n\n现将我局2024年部门预算公开如下，欢迎社会各界监督。',
      errors: [
        {
          message: '标题为2025年部门预算，正文此处却写作2024年部门预算',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 10,
          text: '2024年',
          severity: 'warning',
          related: ['标题中的“2025年部门预算”'],
        },
      ],
    },
    {
      code: '2025年预算公开相关说明\n\n为方便社会公众对本区2024年政府预算的理解和监督，现就有关事项说明如下。',
      errors: [
        {
          message: '标题为2025年预算，正文此处却写作2024年政府预算',
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 16,
          text: '2024年',
          severity: 'warning',
          related: ['标题中的“2025年预算”'],
        },
      ],
    },
    {
      format: 'markdown',
      code: '# 2025年部门预算\n\n本部门按规定编制了2024年部门预算表，并在区政府门户网站同步公开。\n',
      errors: [
        {
          message: '标题为2025年部门预算，正文此处却写作2024年部门预算',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 15,
          text: '2024年',
          severity: 'warning',
          related: ['标题中的“2025年部门预算”'],
        },
      ],
    },
    {
      code: '中共某区委社会工作部\n2025 年度\n部门决算\n\n第三部分 中共某区委社会工作部 2024 年度部门决算情况说明',
      errors: [
        {
          message: '标题为2025年部门决算，正文此处却写作2024年部门决算',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 24,
          text: '2024 年度',
          severity: 'warning',
          related: ['标题中的“2025 年度部门决算”'],
        },
      ],
    },
    {
      code: '2025年区级政府预算公开相关说明\n\n为便于人大代表和社会公众审查监督，现将2024年区级政府预算相关说明如下。',
      errors: [
        {
          message: '标题为2025年政府预算，正文此处却写作2024年政府预算',
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 25,
          text: '2024年',
          severity: 'warning',
          related: ['标题中的“2025年政府预算”'],
        },
      ],
    },
    {
      code: '2025年政府预算公开相关说明\n\n为方便社会公众对我区2024年政府预算的理解和监督，现将2024年政府预算相关说明如下。',
      errors: [
        {
          message: '标题为2025年政府预算，正文此处却写作2024年政府预算',
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 16,
          text: '2024年',
          severity: 'warning',
          related: ['标题中的“2025年政府预算”'],
        },
        {
          message: '标题为2025年政府预算，正文此处却写作2024年政府预算',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 34,
          text: '2024年',
          severity: 'warning',
          related: ['标题中的“2025年政府预算”'],
        },
      ],
    },
      {
      why: "the title's issuer names its document with another year (…2024年政府预算中…说明如下)",
      code: "松阳县2025年政府预算公开相关说明\n\n根据预算公开的有关规定，现就松阳县2024年政府预算中社会关注的几个事项说明如下。\n一、“三公”经费预算情况",
      errors: [
        {
          message: "标题为2025年政府预算，正文此处却写作2024年政府预算",
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 23,
          text: "2024年",
          severity: 'warning',
          related: ["标题中的“2025年政府预算”"],
        },
      ],
    },
    {
      why: "a closing sentence naming the document with another year, 镇级 between year and kind",
      code: "桐溪镇2025年镇级预算编制说明\n\n各位代表：\n2025年镇级一般公共预算收入安排1,320万元，比上年增长2.3%。\n以上是桐溪镇2024年镇级预算编制情况，请各位代表审议。",
      errors: [
        {
          message: "标题为2025年预算，正文此处却写作2024年预算",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 12,
          text: "2024年",
          severity: 'warning',
          related: ["标题中的“2025年预算”"],
        },
      ],
    },
    {
      why: "a 草案 of the title's issuer is this document: listed in it",
      code: "河湾区2025年区级预算相关事项的说明\n\n2025年区级“三公”经费预算安排856万元，以上“三公”经费预算数，已在河湾区2024年区级预算草案中全额列示。",
      errors: [
        {
          message: "标题为2025年预算，正文此处却写作2024年预算",
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 46,
          text: "2024年",
          severity: 'warning',
          related: ["标题中的“2025年预算”"],
        },
      ],
    },
    {
      why: "a page number printed under a two-line title does not hide the title",
      code: "北塘市林业局\n2024年度部门决算\n— 1 —\n第一部分 部门概况\n纳入北塘市林业局2023年度部门决算编制范围的单位共3个，包括局本级和2个所属事业单位。",
      errors: [
        {
          message: "标题为2024年部门决算，正文此处却写作2023年部门决算",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 15,
          text: "2023年度",
          severity: 'warning',
          related: ["标题中的“2024年度部门决算”"],
        },
      ],
    },
    {
      why: "a definition sentence names the document with the next year",
      format: 'markdown',
      code: "# 南屏市2025年市本级预算相关重要事项说明\n\n本说明所称“市本级预算”，是指提请市人大常委会审查的南屏市2026年市本级预算。",
      errors: [
        {
          message: "标题为2025年预算，正文此处却写作2026年预算",
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 35,
          text: "2026年",
          severity: 'warning',
          related: ["标题中的“2025年预算”"],
        },
      ],
    },
  ],
});
