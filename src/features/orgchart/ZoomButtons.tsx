const STEP = 1.25

/** The chart's zoom controls: out, the scale, in, and "Fit to view". */
export function ZoomButtons({
  scale,
  limits: [min, max],
  onZoom,
  onFit,
}: {
  scale: number
  limits: [number, number]
  /** zoom by this factor about the window's centre */
  onZoom: (factor: number) => void
  onFit: () => void
}) {
  return (
    <div className="zoom-buttons" role="group" aria-label="Zoom the org chart">
      <button type="button" aria-label="Zoom out" onClick={() => onZoom(1 / STEP)} disabled={scale <= min}>
        −
      </button>
      <output className="org-chart__scale" aria-label="Zoom level">
        {Math.round(scale * 100)}%
      </output>
      <button type="button" aria-label="Zoom in" onClick={() => onZoom(STEP)} disabled={scale >= max}>
        +
      </button>
      <button type="button" onClick={onFit}>
        Fit to view
      </button>
    </div>
  )
}
