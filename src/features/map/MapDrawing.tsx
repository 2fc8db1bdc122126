import { memo } from 'react'
import { COLOR } from '../../lib/tokens'
import {
  CATEGORY_FILL,
  PATTERN_NO_STANCE,
  PATTERN_UNDATED,
  STANCE_CATEGORIES,
  undatedPatternId,
  type CountryLayerValue,
} from '../../model/map-layer'
import { CountryShapes } from './CountryShapes'
import { circleCentre, type MapFigure } from './map-figure'

/** Half the side of the smallest hit area, in CSS pixels (24×24). */
const MIN_HIT_PX = 12

export interface MapDrawingProps {
  figure: MapFigure
  /** accessible names by alpha-3 code; given only on the live map, which takes pointer and focus */
  labels?: ReadonlyMap<string, string>
  /** the countries with conflicting claims, marked for the legend's ⚠ highlight (live map only) */
  conflicted?: ReadonlySet<string>
  selected: string | null
  /** the country under the pointer or the keyboard's cursor, outlined thinner */
  hovered?: string | null
  /** countries linked to the selected unit or event, outlined dashed */
  linked: readonly string[]
  /** the zoom the drawing is shown at: outlines and markers keep their size on screen */
  zoom: number
  /** map units per CSS pixel of the drawing as shown */
  unitsPerPx: number
}

/**
 * The map as the user sees it, in map units: the patterns, the country shapes with their fills,
 * the outlines of the selected, hovered and linked countries, the figure circles and the markers.
 * The live map draws it inside its zoom layer (MapZoomLayer); the exports draw it in a plain
 * <svg> with the same transform. Every colour is a presentation attribute from the tokens.
 */
export function MapDrawing({
  figure,
  labels,
  conflicted,
  selected,
  hovered = null,
  linked,
  zoom,
  unitsPerPx,
}: MapDrawingProps) {
  const k = zoom
  const interactive = labels !== undefined
  const { geometry, values, markers, markerByIso3, radius } = figure
  const outlined = [selected, hovered].filter((x): x is string => !!x)
  return (
    <>
      {/* On screen about as at zoom 1 of the 800-unit map shown 800 px wide. */}
      <MapPatterns size={unitsPerPx / k} />
      <CountryShapes shapes={geometry.shapes} values={values} labels={labels} conflicted={conflicted} />
      <g className="country-outlines" aria-hidden="true">
        {linked.map((iso3) => {
          const shape = geometry.byIso3.get(iso3)
          const marker = markerByIso3.get(iso3)
          const look = {
            className: 'outline outline--linked',
            fill: 'none',
            stroke: COLOR.outlineLinked,
            strokeDasharray: '4 2',
          }
          if (shape && !marker)
            return <path key={`linked-${iso3}`} d={shape.path} strokeWidth={2.2 / k} {...look} />
          const point = marker?.point ?? shape?.centroid
          return point ? (
            <circle
              key={`linked-${iso3}`}
              cx={point[0]}
              cy={point[1]}
              r={(9 * unitsPerPx) / k}
              strokeWidth={2 / k}
              {...look}
            />
          ) : null
        })}
        {outlined.map((iso3, i) => {
          const shape = geometry.byIso3.get(iso3)
          const isSelected = iso3 === selected
          return shape ? (
            <path
              key={`${iso3}-${i}`}
              d={shape.path}
              className={isSelected ? 'outline outline--selected' : 'outline outline--hover'}
              fill="none"
              stroke={isSelected ? COLOR.outlineSelected : COLOR.outlineHover}
              strokeWidth={(isSelected ? 2 : 1.4) / k}
            />
          ) : null
        })}
      </g>
      {radius && (
        <g className="figure-circles">
          {[...values.values()].map((v) => {
            const point = circleCentre(figure, v.iso3)
            if (v.amount === null || !point) return null
            const dated = v.category === 'figure'
            return (
              <circle
                key={v.iso3}
                data-iso3={v.iso3}
                cx={point[0]}
                cy={point[1]}
                r={Math.max(radius(v.amount), 1.5 * unitsPerPx) / Math.sqrt(k)}
                className={dated ? 'figure-circle' : 'figure-circle figure-circle--undated'}
                fill={dated ? COLOR.figureFill : COLOR.figureUndatedFill}
                stroke={COLOR.figureStroke}
                strokeDasharray={dated ? undefined : '3 2'}
                strokeWidth={0.8 / k}
              />
            )
          })}
        </g>
      )}
      <g className="country-markers">
        {markers.map((m) => {
          const value = values.get(m.iso3)
          return (
            <Marker
              key={m.iso3}
              iso3={m.iso3}
              point={m.point}
              category={value?.category}
              undated={value?.undated ?? false}
              fill={value?.fill}
              label={labels?.get(m.iso3)}
              conflict={conflicted?.has(m.iso3) ?? false}
              interactive={interactive}
              hitRadius={(MIN_HIT_PX * unitsPerPx) / k}
              radius={(5 * unitsPerPx) / k}
              selected={m.iso3 === selected}
            />
          )
        })}
      </g>
    </>
  )
}

/** A colour hatched with white: a stance the source gives no date for (lighter, and striped). */
function UndatedPattern({ id, colour, size }: { id: string; colour: string; size: number }) {
  return (
    <pattern
      id={id}
      width={3 * size}
      height={3 * size}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(-45)"
    >
      <rect width={3 * size} height={3 * size} fill={colour} />
      <line x1="0" y1="0" x2="0" y2={3 * size} stroke={COLOR.patternBg} strokeWidth={1.2 * size} />
    </pattern>
  )
}

/**
 * The patterns: "no stance given" dotted, and each stance colour hatched with white for a stance
 * the source does not date (the legend's hatch swatch is the same hatch in grey). `size` is map
 * units per unit of pattern: the drawing keeps its stripes and dots the same on screen at any
 * zoom; the legend's swatches have their own copy (`prefix`) at size 1.
 */
export const MapPatterns = memo(function MapPatterns({
  size = 1,
  prefix = '',
}: {
  size?: number
  prefix?: string
}) {
  return (
    <defs>
      <pattern
        id={`${prefix}${PATTERN_NO_STANCE}`}
        width={4 * size}
        height={4 * size}
        patternUnits="userSpaceOnUse"
      >
        <rect width={4 * size} height={4 * size} fill={COLOR.patternBg} />
        <circle cx={2 * size} cy={2 * size} r={0.9 * size} fill={COLOR.patternInk} />
      </pattern>
      <UndatedPattern id={`${prefix}${PATTERN_UNDATED}`} colour={COLOR.patternInk} size={size} />
      {STANCE_CATEGORIES.map((category) => (
        <UndatedPattern
          key={category}
          id={`${prefix}${undatedPatternId(category)}`}
          colour={CATEGORY_FILL[category]}
          size={size}
        />
      ))}
    </defs>
  )
})

const Marker = memo(function Marker({
  iso3,
  point,
  category,
  undated,
  fill,
  label,
  conflict,
  interactive,
  hitRadius,
  radius,
  selected,
}: {
  iso3: string
  point: [number, number]
  // The value's parts the marker draws, not the value: a date step makes new values of the same look.
  category: CountryLayerValue['category'] | undefined
  undated: boolean
  fill: string | undefined
  label: string | undefined
  conflict: boolean
  interactive: boolean
  hitRadius: number
  radius: number
  selected: boolean
}) {
  return (
    <g
      data-iso3={iso3}
      data-marker={iso3}
      data-cat={category}
      data-undated={undated || undefined}
      data-conflict={conflict || undefined}
      className="marker"
      {...(interactive && { role: 'img', 'aria-label': label })}
    >
      {interactive && (
        <circle cx={point[0]} cy={point[1]} r={hitRadius} className="marker__hit" fill="transparent" />
      )}
      <circle
        cx={point[0]}
        cy={point[1]}
        r={radius}
        fill={fill}
        className={selected ? 'marker__dot is-selected' : 'marker__dot'}
        stroke={selected ? COLOR.markerSelected : COLOR.markerStroke}
        strokeWidth={radius / 3}
      />
    </g>
  )
})
