/**
 * What the domain knows, in one place: which components make up a total
 * completely, and which score each grade word stands for. Rules and
 * extractors consult these tables; nothing else spells out the partitions.
 */

export interface PartitionMember {
  name: string;
  pattern: RegExp;
}

export interface Partition {
  name: string;
  /** The total's label must match this for the partition to apply. */
  total: RegExp;
  members: PartitionMember[];
}

export const PARTITIONS: Partition[] = [
  {
    name: '税收返还和转移支付',
    total: /转移支付/,
    members: [
      { name: '返还性收入', pattern: /返还性收入|税收返还/ },
      { name: '一般性转移支付', pattern: /一般性转移支付/ },
      { name: '专项转移支付', pattern: /专项转移支付/ },
    ],
  },
  {
    name: '政府债务（按类型）',
    total: /债务|债券|还本|付息|利息/,
    members: [
      { name: '一般债务', pattern: /一般(?:债务|债券|政府债)/ },
      { name: '专项债务', pattern: /专项(?:债务|债券|政府债)/ },
    ],
  },
  {
    name: '“三公”经费',
    total: /三公/,
    members: [
      { name: '因公出国（境）费', pattern: /出国|出境/ },
      { name: '公务用车购置及运行（维护）费', pattern: /公务用车|车辆/ },
      { name: '公务接待费', pattern: /接待/ },
    ],
  },
  {
    name: '公务用车购置及运行（维护）费',
    total: /公务用车|车辆/,
    members: [
      { name: '公务用车购置费', pattern: /购置/ },
      { name: '公务用车运行维护费', pattern: /运行/ },
    ],
  },
];

/**
 * The partition a total and its components cover completely, if any: the
 * total's label names the partition and every member is matched by a
 * different component.
 */
export function completePartition(totalLabel: string, componentLabels: string[]): Partition | undefined {
  for (const p of PARTITIONS) {
    if (!p.total.test(totalLabel)) continue;
    const used = new Set<number>();
    const covered = p.members.every((m) => {
      const i = componentLabels.findIndex((l, j) => !used.has(j) && m.pattern.test(l) && !otherMemberFirst(p, m, l));
      if (i < 0) return false;
      used.add(i);
      return true;
    });
    if (covered) return p;
  }
  return undefined;
}

// "公务用车购置及运行维护费" names both 购置 and 运行: it belongs to the member it names first.
function otherMemberFirst(p: Partition, m: PartitionMember, label: string): boolean {
  const at = label.search(m.pattern);
  return p.members.some((o) => o !== m && o.pattern.test(label) && label.search(o.pattern) < at && p.name !== '“三公”经费');
}

export interface GradeBand {
  /** Every word that names this grade (优, 优秀, A…). */
  labels: string[];
  min: number;
  /** Exclusive upper bound, except for the top band, whose max is included. */
  max: number;
  maxInclusive: boolean;
}

/** 财预〔2020〕10号: 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60). Label sets vary by region. */
export const DEFAULT_GRADE_BANDS: GradeBand[] = [
  { labels: ['优', '优秀', 'A'], min: 90, max: 100, maxInclusive: true },
  { labels: ['良', '良好', 'B'], min: 80, max: 90, maxInclusive: false },
  { labels: ['中', '中等', '合格', '一般', 'C'], min: 60, max: 80, maxInclusive: false },
  { labels: ['差', '较差', '不合格', 'D'], min: 0, max: 60, maxInclusive: false },
];

export interface DomainTables {
  partitions: Partition[];
  gradeBands: GradeBand[];
}

export const DEFAULT_DOMAIN: DomainTables = { partitions: PARTITIONS, gradeBands: DEFAULT_GRADE_BANDS };
