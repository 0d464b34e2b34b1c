/**
 * Words the count reader needs: how items of an enumeration are joined, and the
 * words in which a joining character is only part of a word (促和谐, 及时, 涉及).
 */
export const ENUMERATION_LEXICON = {
  /** 和/与/及 between two things: an item may name two. */
  conjunction: '以及|和|与|及|并',
  /** Words that hold a conjunction's character without joining anything. */
  notJoining: '和谐|祥和|温和|平和|缓和|及时|及早|涉及|普及|危及|惠及|波及|顾及|以及时|参与|给与|与会|与否|和平|总和|并且|并重|合并|兼并|并网|并轨',
  /** How a count's list is introduced: 即, 分别是, 包括, a colon. */
  introducers: '即|分别是|分别为|具体包括|包括',
} as const;
