/**
 * The map's region presets and the box the drawing is shown in. Pure: no React, no DOM.
 *
 * How the regions were chosen. On a 390-px phone the whole world is drawn at 0.49 CSS px per map
 * unit, so at World only 8 of the 73 countries the data draws as shapes are 24 px across (the
 * WCAG 2.5.8 target). A small country with no other small one near it gets a tap marker at any
 * zoom (tap-markers.ts). Where the data has several small countries close together their markers
 * would overlap, and only a zoom separates them: each preset below is one such crowd of the
 * data's countries, boxed as tightly as a phone needs.
 * - Europe: the Low Countries, the Alps, Central Europe (most of the data's rows).
 * - Baltic and Nordic: Estonia, Latvia and Lithuania, each under 6 map units tall, with Finland and
 *   Norway, whose south alone shows in Europe.
 * - Balkans: Kosovo, Montenegro, Albania and North Macedonia side by side, with Serbia, Croatia,
 *   Bulgaria, Greece, Romania and Moldova around them.
 * - Middle East and Caucasus: Israel, Syria, Georgia and Azerbaijan, by Turkey and Iran.
 * - South and South-East Asia: Sri Lanka, Cambodia, Thailand, Vietnam, Malaysia, Singapore.
 * - East Asia: South Korea, Japan, Taiwan and Hong Kong.
 * - Central America and Caribbean: Costa Rica, Cuba, and Mexico to Ecuador.
 * - South America: Uruguay between Argentina and Brazil, Chile, Peru.
 * - Africa: Senegal, Nigeria, Algeria and South Africa, too small on a phone at World and too
 *   close to one another there for markers.
 * tests/map-regions.test.ts checks both halves of this: on phones 350–390 px wide (maps 300–460 px
 * tall) every country in the data is a 24-px target (its largest polygon, or its marker, clear of
 * the map's controls) in World or one of these presets, and without any one preset some is not.
 */
import type { MapRegion } from '../../store/map-view-slice'
import { MAP_HEIGHT, MAP_WIDTH, type WorldGeometry } from './geo'
import { wholeWorld, type MapViewport } from './map-figure'

/** West, south, east, north, in degrees. */
export type LonLatBox = readonly [number, number, number, number]

export const REGION_BOUNDS: Record<Exclude<MapRegion, 'world'>, LonLatBox> = {
  europe: [-10, 36, 30, 62],
  baltic: [5, 53, 32, 68],
  balkans: [13, 38, 30, 47],
  'middle-east': [26, 24, 72, 46],
  'south-asia': [60, 0, 125, 30],
  'east-asia': [100, 15, 146, 46],
  caribbean: [-92, 2, -62, 27],
  'south-america': [-82, -45, -34, 12],
  africa: [-18, -35, 52, 37],
}

/** The deepest zoom, by buttons, gestures or a preset: the Balkans on a phone need about 20. */
export const MAX_ZOOM = 20

/** The drawing's viewBox, in map units. */
export interface MapBox {
  width: number
  height: number
}

/**
 * The viewBox for a frame of this size: the 800×400 map widened or heightened to the frame's
 * shape, so the drawing fills the frame and the world is whole and centred at zoom 1.
 */
export function mapBox(frameWidth: number, frameHeight: number): MapBox {
  if (frameWidth <= 0 || frameHeight <= 0) return { width: MAP_WIDTH, height: MAP_HEIGHT }
  const aspect = frameWidth / frameHeight
  return aspect >= MAP_WIDTH / MAP_HEIGHT
    ? { width: Math.round(MAP_HEIGHT * aspect), height: MAP_HEIGHT }
    : { width: MAP_WIDTH, height: Math.round(MAP_WIDTH / aspect) }
}

const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(1, zoom))

/** The view a region preset gives in a box: its bounds fitted and centred (World: the whole map). */
export function regionViewport(geometry: WorldGeometry, region: MapRegion, box: MapBox): MapViewport {
  if (region === 'world') return wholeWorld(geometry)
  const [west, south, east, north] = REGION_BOUNDS[region]
  // Parallels and meridians are curves in Equal Earth: sample the edges of the box.
  const xs: number[] = []
  const ys: number[] = []
  for (let i = 0; i <= 8; i++) {
    const lon = west + ((east - west) * i) / 8
    const lat = south + ((north - south) * i) / 8
    for (const point of [
      [lon, south],
      [lon, north],
      [west, lat],
      [east, lat],
    ] as Array<[number, number]>) {
      const projected = geometry.projection(point)
      if (!projected) continue
      xs.push(projected[0])
      ys.push(projected[1])
    }
  }
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const center = geometry.projection.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]) ?? [0, 0]
  return {
    center: [center[0], center[1]],
    zoom: clampZoom(Math.min(box.width / (x1 - x0), box.height / (y1 - y0))),
  }
}

/** A view zoomed by a factor about its centre, within the zoom limits. */
export function zoomedBy(view: MapViewport, factor: number): MapViewport {
  return { center: view.center, zoom: clampZoom(view.zoom * factor) }
}

/**
 * A view zoomed by a factor about a point of the frame (a pointer), which stays where it is.
 * `at` is the point in viewBox units from the box's top-left corner.
 */
export function zoomedAbout(
  geometry: WorldGeometry,
  view: MapViewport,
  box: MapBox,
  at: [number, number],
  factor: number,
): MapViewport {
  const zoom = clampZoom(view.zoom * factor)
  const [cx, cy] = geometry.projection(view.center) ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2]
  // The map point under the pointer, then the centre that keeps it there at the new zoom.
  const mx = cx + (at[0] - box.width / 2) / view.zoom
  const my = cy + (at[1] - box.height / 2) / view.zoom
  const center = geometry.projection.invert?.([
    mx - (at[0] - box.width / 2) / zoom,
    my - (at[1] - box.height / 2) / zoom,
  ])
  return center ? { center: [center[0], center[1]], zoom } : { center: view.center, zoom }
}
