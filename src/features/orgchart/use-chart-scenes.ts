/**
 * The chart's two drawings (overview and full cards) for the rows shown, arranged for the window's
 * shape. A drawing is laid out again only when what it draws changes: the overview shows names
 * alone, so scrubbing the date (which changes status words) leaves it as it is.
 */
import { useMemo } from 'react'
import type { TreeRow } from './org-structure'
import { roughMeasure, type Detail } from './card-size'
import { chartMetrics, fullCardsArea, otherHeadingHeight } from './chart-metrics'
import { layoutScene, type ChartScene } from './chart-scene'
import type { NodeText } from './node-text'
import { canvasMeasure } from './text-measure'
import type { ChartScenes } from './view-choice'

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

/** The status words of the full cards, the one text `sceneKey` leaves out; the overview shows none. */
function statusKey(detail: Detail, rows: TreeRow[], texts: ReadonlyMap<string, NodeText>): string {
  return detail === 'names' ? '' : rows.map((r) => texts.get(r.id)!.status ?? '').join('\u0000')
}

/** One layout of a set of rows and the status words it was made for or found to fit. */
interface Kept {
  scene: ChartScene
  /** every card height the layout asked for: [row id, width, height] */
  probes: Array<[string, number, number]>
  /** the status words found to give those heights: the same words again check nothing */
  fits: Set<string>
}

/**
 * The drawings made, most recent last, by what they draw but the status words (`sceneKey`): for
 * each, the layouts made for different heights of the cards. A scrub back and forth finds them
 * again, and so do the dates laid out ahead (`use-scene-prefetch`). The chart draws one thing from
 * one change date to the next: this holds every date's drawings for up to 60 change dates.
 */
const recent = new Map<string, Kept[]>()
const KEPT = 120
const LAYOUTS_PER_KEY = 8

export function sceneFor(
  detail: Detail,
  chainRows: TreeRow[],
  otherRows: TreeRow[],
  texts: ReadonlyMap<string, NodeText>,
  aspect: number,
): ChartScene {
  const key = `${sceneKey(detail, chainRows, texts, aspect)}||${sceneKey(detail, otherRows, texts, aspect)}`
  const known = recent.get(key) ?? []
  const words = statusKey(detail, [...chainRows, ...otherRows], texts)
  const found = known.find((k) => k.fits.has(words))
  if (found) return remember(key, known, found)
  const measure = pageMeasure()
  const metrics = chartMetrics(detail, (row) => texts.get(row.id)!, measure)
  if (known.length) {
    const byId = new Map([...chainRows, ...otherRows].map((r) => [r.id, r]))
    const fitting = known.find((k) =>
      k.probes.every(([id, width, height]) => metrics.cardHeight(byId.get(id)!, width) === height),
    )
    if (fitting) {
      fitting.fits.add(words)
      return remember(key, known, fitting)
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
  const made = { scene, probes, fits: new Set([words]) }
  return remember(key, [...known.slice(1 - LAYOUTS_PER_KEY), made], made)
}

/** Keeps a key's layouts as the most recent, forgets the oldest key beyond KEPT, and gives `used`'s scene. */
function remember(key: string, layouts: Kept[], used: Kept): ChartScene {
  recent.delete(key)
  if (recent.size >= KEPT) recent.delete(recent.keys().next().value!)
  recent.set(key, layouts)
  return used.scene
}

export function useChartScenes(
  enabled: boolean,
  chainRows: TreeRow[],
  otherRows: TreeRow[],
  texts: ReadonlyMap<string, NodeText>,
  aspect: number,
): ChartScenes | null {
  // Looked up again only when what they draw changes: rows and texts are the same objects across
  // date steps that change no card (chart-rows.ts), so such a step does not even build a key.
  const names = useMemo(
    () => (enabled ? sceneFor('names', chainRows, otherRows, texts, aspect) : null),
    [enabled, chainRows, otherRows, texts, aspect],
  )
  // The full cards are laid out when first read: a chart that opens on the names (a big one, whose
  // full cards' area alone is more than the window holds) never waits for them on a date step.
  return useMemo(() => {
    if (!names) return null
    let full: ChartScene | null = null
    const measure = pageMeasure()
    return {
      names,
      get full() {
        return (full ??= sceneFor('full', chainRows, otherRows, texts, aspect))
      },
      fullArea: fullCardsArea(
        chainRows,
        otherRows,
        chartMetrics('full', (row) => texts.get(row.id)!, measure),
      ),
    }
  }, [names, chainRows, otherRows, texts, aspect])
}

let fontFamily: string | null = null

/** The page's font family, read once: reading computed style on every layout forces a style recalc. */
/** Text measured in the page's fonts where a canvas can, else estimated. */
const pageMeasure = () => canvasMeasure(pageFontFamily()) ?? roughMeasure

function pageFontFamily(): string {
  fontFamily ??= getComputedStyle(document.documentElement).fontFamily
  return fontFamily
}
