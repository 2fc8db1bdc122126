/**
 * How a grid of the compact org chart splits its units into columns, pure: in reading order, down
 * each column and then to the next, with the columns as even in height as they can be.
 */

/** Height of a column of cards one below the other. */
export const stackHeight = (heights: number[], gap: number) =>
  heights.reduce((a, b) => a + b, 0) + gap * Math.max(0, heights.length - 1)

/**
 * Splits cards, in reading order, into `count` columns read top to bottom then left to right,
 * making the tallest column as short as it can be. Returns the index where each column starts.
 */
export function balancedColumns(heights: number[], gap: number, count: number): number[] {
  const splits = balancedSplits(heights, gap, count)
  return splits[splits.length - 1]!
}

/**
 * `balancedColumns` for every count from 1 to `maxCount` (at most one column a card) at once:
 * element c − 1 is the split into c columns.
 *
 * The classic partition by dynamic programming, in O(count · n · log n): with the first j cards in
 * k − 1 columns (`best[j]`, rising with j) and cards j..i in the last (`cost(j, i)`, falling with j),
 * the best place for the last column's start is where the two cross, found by bisection. Of equal
 * splits it keeps the one whose last column starts earliest. The pass for k columns is the same
 * whatever the count asked for, so one pass to the largest count gives every smaller one too: a
 * layout that tries each count of a grid of n units does n − 1 fewer passes.
 */
export function balancedSplits(heights: number[], gap: number, maxCount: number): number[][] {
  const n = heights.length
  const c = Math.max(1, Math.min(maxCount, n))
  const sum = [0]
  for (const h of heights) sum.push(sum[sum.length - 1]! + h)
  const cost = (from: number, to: number) => sum[to]! - sum[from]! + gap * (to - from - 1)
  // best[i]: the tallest column when the first i cards fill k columns; cut[k][i]: where the last starts.
  let best = [0, ...Array<number>(n).fill(Infinity)]
  const cut: number[][] = [[]]
  for (let k = 1; k <= c; k++) {
    const next = Array<number>(n + 1).fill(Infinity)
    const cuts = Array<number>(n + 1).fill(0)
    for (let i = k; i <= n; i++) {
      // The first j in [k − 1, i − 1] where the earlier columns are at least as tall as the last.
      let lo = k - 1
      let hi = i - 1
      if (best[hi]! < cost(hi, i)) lo = hi + 1
      else
        while (lo < hi) {
          const mid = (lo + hi) >> 1
          if (best[mid]! >= cost(mid, i)) hi = mid
          else lo = mid + 1
        }
      let j = lo
      let tallest = j <= i - 1 ? best[j]! : Infinity
      // Just before the crossing the last column is the taller one: that may be lower still.
      if (j - 1 >= k - 1 && cost(j - 1, i) <= tallest) {
        j -= 1
        tallest = cost(j, i)
      }
      next[i] = tallest
      cuts[i] = j
    }
    best = next
    cut.push(cuts)
  }
  const splits: number[][] = []
  for (let count = 1; count <= c; count++) {
    const starts: number[] = []
    for (let k = count, i = n; k > 0; k--) {
      i = cut[k]![i]!
      starts.unshift(i)
    }
    splits.push(starts)
  }
  return splits
}

/** The fewest columns whose tallest is no taller than `budget` (a card taller than it stands alone). */
export function columnsWithin(heights: number[], gap: number, budget: number): number {
  let count = 1
  let used = -gap
  for (const h of heights) {
    if (used + gap + h > budget && used >= 0) {
      count += 1
      used = h
    } else used += gap + h
  }
  return count
}

/** The tallest column of a split into columns starting at `starts`. */
export function tallestOf(heights: number[], gap: number, starts: number[]): number {
  return Math.max(
    ...starts.map((s, i) => stackHeight(heights.slice(s, starts[i + 1] ?? heights.length), gap)),
  )
}
