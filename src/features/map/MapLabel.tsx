import { COLOR } from '../../lib/tokens'

/** The label's type size on screen, in CSS pixels. */
const LABEL_PX = 13

/**
 * The name of the hovered or selected country, on the map beside its shape or marker: one text
 * node with a halo, drawn above the country so it does not hide it, and never in the pointer's way.
 * Its size is in CSS pixels at any zoom.
 */
export function MapLabel({
  name,
  point,
  zoom,
  unitsPerPx,
}: {
  name: string
  /** where the country is, in map units: its largest polygon's centre, or its marker */
  point: [number, number]
  zoom: number
  unitsPerPx: number
}) {
  const px = unitsPerPx / zoom
  return (
    <text
      className="map-label"
      data-testid="map-label"
      x={point[0]}
      y={point[1] - 10 * px}
      fontSize={LABEL_PX * px}
      fontWeight={600}
      textAnchor="middle"
      fill={COLOR.ink}
      stroke={COLOR.surface}
      strokeWidth={3.5 * px}
      strokeLinejoin="round"
      paintOrder="stroke"
      pointerEvents="none"
      aria-hidden="true"
    >
      {name}
    </text>
  )
}
