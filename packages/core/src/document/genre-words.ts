/**
 * Words of the genre that a page wraps in the middle ("决算⏎数", "社⏎会保障",
 * "主要用⏎于"): a line that ends on the first part of one and a line that
 * starts with the rest are one line of text.
 */
const WORDS = [
  '决算数', '预算数', '执行数', '决算', '预算', '收入', '支出', '合计', '总计', '小计', '共计',
  '增加', '减少', '增长', '下降', '降低', '提高', '持平', '增幅', '降幅', '同比', '比上年', '上年', '本年',
  '年初', '年末', '年度', '结转', '结余', '完成', '主要', '原因', '用于', '包括', '其中', '分别', '情况', '说明',
  '万元', '亿元', '百分点', '社会', '保障', '就业', '财政', '拨款', '经费', '公务', '接待', '用车', '购置',
  '运行', '维护', '出国', '一般', '公共', '服务', '政府', '基金', '国有', '资本', '经营', '项目', '基本',
  '人员', '公用', '转移', '支付', '返还', '债务', '债券', '余额', '限额', '还本', '付息', '利息', '发行',
  '新增', '再融资', '置换', '专项', '绩效', '评价', '目标', '部门', '单位', '事业', '行政', '机关', '卫生',
  '健康', '教育', '科学', '技术', '文化', '旅游', '体育', '传媒', '城乡', '社区', '农林水', '住房', '交通',
  '运输', '节能', '环保', '资源', '灾害', '防治', '应急', '管理', '事务', '采购', '货物', '工程', '资产',
  '车辆', '设备', '占比', '比重', '金额', '安排', '调整', '执行', '实际', '计划', '标准', '补助', '补贴',
  '养老', '医疗', '保险', '缴费', '离退休', '工资', '福利', '办公', '培训', '会议', '差旅', '维修', '租赁',
];

const byLast = new Map<string, Array<[string, string]>>();
for (const w of WORDS) {
  for (let k = 1; k < w.length; k++) {
    const head = w.slice(0, k);
    const last = head[head.length - 1];
    const list = byLast.get(last) ?? [];
    list.push([head, w.slice(k)]);
    byLast.set(last, list);
  }
}

/** Whether the break between `prev` and `next` falls inside one of the genre's words. */
export function splitsWord(prev: string, next: string): boolean {
  const list = byLast.get(prev[prev.length - 1]);
  if (!list) return false;
  return list.some(([head, rest]) => prev.endsWith(head) && next.startsWith(rest));
}
