/**
 * The chart's two drawings (overview and full cards) for the rows shown, arranged for the window's
 * shape. A drawing is laid out again only when what it draws changes: the overview shows names
 * alone, so scrubbing the date (which changes status words) leaves it as it is.
 */
import { useMemo } from 'react'
import type { TreeRow } from './org-structure'
import { roughMeasure, type Detail } from './card-size'
import { chartMetrics, otherHeadingHeight } from './chart-metrics'
import { layoutScene, type ChartScene } from './chart-scene'
import type { NodeText } from './node-text'
import { canvasMeasure } from './text-measure'

/**
 * What a drawing depends on, as a key: rows and their state, and the text the level of detail
 * shows, but for the status words (which the date changes). The full cards' status words change
 * only the cards' heights: a drawing made for other words is kept while every height it asked for
 * is the same with the new words (`probes`), so a step of the date lays the chart out again only
 * where a card grows or shrinks.
 */
function sceneKey(detail: Detail, rows: TreeRow[], texts: ReadonlyMap<string, NodeText>, aspect: number) {
  const parts = rows.map((r) => {
    const t = texts.get(r.id)!
    const shown = detail === 'names' ? [t.name, t.conflicted] : [t.name, t.nationalities, t.tags]
    return JSON.stringify([r.id, r.parentId, r.childCount, r.expanded, ...shown])
  })
  return `${detail}|${aspect}|${parts.join('|')}`
}

interface Kept {
  scene: ChartScene
  /** every card height the layout asked for: [row id, width, height] */
  probes: Array<[string, number, number]>
  /** the texts last found to give those heights: a render with the same texts checks nothing */
  checked: ReadonlyMap<string, NodeText>
}

const recent = new Map<string, Kept>()

function sceneFor(
  detail: Detail,
  chainRows: TreeRow[],
  otherRows: TreeRow[],
  texts: ReadonlyMap<string, NodeText>,
  aspect: number,
): ChartScene {
  const key = `${sceneKey(detail, chainRows, texts, aspect)}||${sceneKey(detail, otherRows, texts, aspect)}`
  const known = recent.get(key)
  if (known?.checked === texts) return known.scene
  const measure = canvasMeasure(pageFontFamily()) ?? roughMeasure
  const metrics = chartMetrics(detail, (row) => texts.get(row.id)!, measure)
  if (known) {
    const byId = new Map([...chainRows, ...otherRows].map((r) => [r.id, r]))
    if (known.probes.every(([id, width, height]) => metrics.cardHeight(byId.get(id)!, width) === height)) {
      known.checked = texts
      return known.scene
    }
  }
  const probes: Kept['probes'] = []
  const recorded = {
    ...metrics,
    cardHeight: (row: TreeRow, width: number) => {
      const height = metrics.cardHeight(row, width)
      probes.push([row.id, width, height])
      return height
    },
  }
  const scene = layoutScene(chainRows, otherRows, recorded, {
    aspect,
    headingHeight: otherHeadingHeight(measure),
  })
  // A few recent drawings: scrubbing back and forth finds them again.
  recent.delete(key)
  if (recent.size >= 8) recent.delete(recent.keys().next().value!)
  recent.set(key, { scene, probes, checked: texts })
  return scene
}

export function useChartScenes(
  enabled: boolean,
  chainRows: TreeRow[],
  otherRows: TreeRow[],
  texts: ReadonlyMap<string, NodeText>,
  aspect: number,
): Record<Detail, ChartScene> | null {
  const names = enabled ? sceneFor('names', chainRows, otherRows, texts, aspect) : null
  const full = enabled ? sceneFor('full', chainRows, otherRows, texts, aspect) : null
  // The same object while both drawings stay the same: the window re-chooses its view on change.
  return useMemo(() => (names && full ? { names, full } : null), [names, full])
}

let fontFamily: string | null = null

/** The page's font family, read once: reading computed style on every layout forces a style recalc. */
function pageFontFamily(): string {
  fontFamily ??= getComputedStyle(document.documentElement).fontFamily
  return fontFamily
}
