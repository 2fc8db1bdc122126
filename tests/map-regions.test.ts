/**
 * The region presets and the tap markers, in pure geometry: on a phone every country in the data
 * is a 24-px target in World or one of the presets, and every preset is needed for that.
 */
import { describe, expect, it } from 'vitest'
import { markersFor } from '../src/features/map/geo'
import type { MapViewport } from '../src/features/map/map-figure'
import { mapBox, MAX_ZOOM, regionViewport, zoomedAbout } from '../src/features/map/map-regions'
import { TAP_TARGET_PX, tapMarkers } from '../src/features/map/tap-markers'
import { MAP_REGIONS, type MapRegion } from '../src/store/map-view-slice'
import { countries, worldGeometry } from './helpers/atlas'

const geometry = worldGeometry
const iso3s = countries.map((c) => c.iso3)
const always = markersFor(geometry, iso3s).markers

/** Phone frames: 350–390 px wide, 300–460 px tall. */
const PHONE_FRAMES = [350, 370, 390].flatMap((width) =>
  [300, 340, 380, 420, 460].map((height) => ({ width, height })),
)
/** The map's controls lie over its top and bottom edges: a target there is covered. */
const CONTROLS_PX = 44

/** The countries that are a 24-px target in a view of a frame: a marker, or a shape that big. */
function targetsIn(view: MapViewport, frame: { width: number; height: number }): Set<string> {
  const box = mapBox(frame.width, frame.height)
  const pxPerUnit = (view.zoom * frame.width) / box.width
  const [cx, cy] = geometry.projection(view.center)!
  const x = (u: number) => frame.width / 2 + (u - cx) * pxPerUnit
  const y = (v: number) => frame.height / 2 + (v - cy) * pxPerUnit
  const [top, bottom] = [CONTROLS_PX, frame.height - CONTROLS_PX]
  const half = TAP_TARGET_PX / 2
  const found = new Set<string>()
  for (const m of [...always, ...tapMarkers(geometry, iso3s, always, pxPerUnit)]) {
    const [mx, my] = [x(m.point[0]), y(m.point[1])]
    if (mx >= half && mx <= frame.width - half && my >= top + half && my <= bottom - half) found.add(m.iso3)
  }
  for (const iso3 of iso3s) {
    const shape = geometry.byIso3.get(iso3)
    if (!shape || found.has(iso3)) continue
    const [[x0, y0], [x1, y1]] = shape.main.bounds
    const width = Math.min(frame.width, x(x1)) - Math.max(0, x(x0))
    const height = Math.min(bottom, y(y1)) - Math.max(top, y(y0))
    if (width >= TAP_TARGET_PX && height >= TAP_TARGET_PX) found.add(iso3)
  }
  return found
}

function missing(regions: readonly MapRegion[], frame: { width: number; height: number }): string[] {
  const box = mapBox(frame.width, frame.height)
  const found = new Set(regions.flatMap((r) => [...targetsIn(regionViewport(geometry, r, box), frame)]))
  return iso3s.filter((iso3) => !found.has(iso3))
}

describe('the region presets', () => {
  it('make every country in the data a 24-px target on a phone, through a zoom or a marker', () => {
    for (const frame of PHONE_FRAMES) expect(missing(MAP_REGIONS, frame), JSON.stringify(frame)).toEqual([])
  })

  it('are each needed: without any one, some country is too small on some phone', () => {
    for (const region of MAP_REGIONS.filter((r) => r !== 'world')) {
      const others = MAP_REGIONS.filter((r) => r !== region)
      const lost = PHONE_FRAMES.flatMap((frame) => missing(others, frame))
      expect(lost.length, region).toBeGreaterThan(0)
    }
  })

  it('make Belgium a target of at least 24 px in Europe on a 390-px phone', () => {
    const frame = { width: 390, height: 330 }
    const view = regionViewport(geometry, 'europe', mapBox(frame.width, frame.height))
    expect(targetsIn(view, frame).has('BEL')).toBe(true)
    expect(targetsIn(regionViewport(geometry, 'world', mapBox(390, 330)), frame).has('BEL')).toBe(false)
  })

  it('show the whole world at zoom 1, and stay within the zoom limits', () => {
    expect(regionViewport(geometry, 'world', mapBox(600, 400)).zoom).toBe(1)
    for (const region of MAP_REGIONS)
      for (const frame of [...PHONE_FRAMES, { width: 900, height: 420 }]) {
        const { zoom } = regionViewport(geometry, region, mapBox(frame.width, frame.height))
        expect(zoom).toBeGreaterThanOrEqual(1)
        expect(zoom).toBeLessThanOrEqual(MAX_ZOOM)
      }
  })
})

describe('the drawing box', () => {
  it('has the shape of the frame and holds the whole 800×400 map', () => {
    expect(mapBox(390, 330)).toEqual({ width: 800, height: 677 })
    expect(mapBox(1000, 400)).toEqual({ width: 1000, height: 400 })
    expect(mapBox(0, 0)).toEqual({ width: 800, height: 400 })
  })
})

describe('zooming about a point', () => {
  it('keeps the map point under the pointer where it is', () => {
    const box = mapBox(600, 400)
    const view = regionViewport(geometry, 'europe', box)
    const at: [number, number] = [150, 90]
    const under = (v: MapViewport) => {
      const [cx, cy] = geometry.projection(v.center)!
      return [cx + (at[0] - box.width / 2) / v.zoom, cy + (at[1] - box.height / 2) / v.zoom]
    }
    const zoomed = zoomedAbout(geometry, view, box, at, 1.5)
    expect(zoomed.zoom).toBeCloseTo(view.zoom * 1.5)
    const [a, b] = [under(view), under(zoomed)]
    expect(a[0]).toBeCloseTo(b[0]!, 3)
    expect(a[1]).toBeCloseTo(b[1]!, 3)
  })
})

describe('tap markers', () => {
  it('mark a small country alone in its part of the map, and leave a crowd of them to a zoom', () => {
    // At World on a 390-px phone: New Zealand stands alone; the Low Countries are a crowd.
    const pxPerUnit = 390 / 800
    const marked = tapMarkers(geometry, iso3s, always, pxPerUnit).map((m) => m.iso3)
    expect(marked).toContain('NZL')
    expect(marked).not.toContain('BEL')
    expect(marked).not.toContain('NLD')
    // No two markers' targets overlap.
    const all = [...always.filter((m) => !['XKX', 'MNE', 'MKD'].includes(m.iso3))]
    for (const m of tapMarkers(geometry, iso3s, always, pxPerUnit))
      for (const other of all)
        expect(
          Math.hypot(m.point[0] - other.point[0], m.point[1] - other.point[1]) * pxPerUnit,
        ).toBeGreaterThanOrEqual(TAP_TARGET_PX)
    // Zoomed in far enough, no shape needs one.
    expect(tapMarkers(geometry, ['FRA', 'DEU', 'POL'], always, 10)).toEqual([])
  })
})
