/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, "Reciprocal Rank Fusion outperforms Condorcet and
 * individual Rank Learning Methods", SIGIR 2009): each list gives an item 1 / (k + rank), rank 1-based, and the
 * sums order the fused list. Items are identified by `key`; ties keep the order of first appearance.
 */
export function reciprocalRankFusion<T>(lists: T[][], key: (item: T) => string, k = 60): T[] {
  const scores = new Map<string, { item: T; score: number; first: number }>();
  let seen = 0;
  for (const list of lists)
    list.forEach((item, index) => {
      const id = key(item);
      const entry = scores.get(id) ?? { item, score: 0, first: seen++ };
      entry.score += 1 / (k + index + 1);
      scores.set(id, entry);
    });
  return [...scores.values()].sort((a, b) => b.score - a.score || a.first - b.first).map((e) => e.item);
}
