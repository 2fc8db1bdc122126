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
  const n = heights.length
  const c = Math.max(1, Math.min(count, n))
  const sum = [0]
  for (const h of heights) sum.push(sum[sum.length - 1]! + h)
  const cost = (from: number, to: number) => sum[to]! - sum[from]! + gap * (to - from - 1)
  // best[k][i]: the tallest column when the first i cards fill k columns; cut[k][i]: where the last starts.
  let best = [0, ...Array<number>(n).fill(Infinity)]
  const cut: number[][] = [[]]
  for (let k = 1; k <= c; k++) {
    const next = Array<number>(n + 1).fill(Infinity)
    const cuts = Array<number>(n + 1).fill(0)
    for (let i = k; i <= n; i++)
      for (let j = k - 1; j < i; j++) {
        const tallest = Math.max(best[j]!, cost(j, i))
        if (tallest < next[i]!) {
          next[i] = tallest
          cuts[i] = j
        }
      }
    best = next
    cut.push(cuts)
  }
  const starts: number[] = []
  for (let k = c, i = n; k > 0; k--) {
    i = cut[k]![i]!
    starts.unshift(i)
  }
  return starts
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

/** The tallest column when cards of these heights fill `count` balanced columns. */
export function tallestColumn(heights: number[], gap: number, count: number): number {
  const starts = balancedColumns(heights, gap, count)
  return Math.max(
    ...starts.map((s, i) => stackHeight(heights.slice(s, starts[i + 1] ?? heights.length), gap)),
  )
}
