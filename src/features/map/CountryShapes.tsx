import { memo, Profiler } from 'react'
import { Geography } from 'react-simple-maps'
import { onProfilerRender } from '../../lib/render-probe'
import type { CountryShape } from './geo'
import { NOT_IN_SOURCE_FILL, type CountryLayerValue } from '../../model/map-layer'

/**
 * One country's outline. Its path string is computed once per topology; a change of layer or date
 * only changes `fill`, `category` and `label`, and a hover elsewhere does not render it at all.
 */
const CountryPath = memo(function CountryPath({
  iso3,
  geography,
  fill,
  category,
  label,
}: {
  iso3: string
  geography: CountryShape['geography']
  fill: string
  category: string | undefined
  label: string | undefined
}) {
  const hasData = label !== undefined
  return (
    <Geography
      geography={geography}
      tabIndex={-1}
      className={hasData ? 'country country--data' : 'country'}
      fill={fill}
      data-iso3={hasData ? iso3 : undefined}
      data-cat={category}
      role={hasData ? 'img' : undefined}
      aria-label={label}
      aria-hidden={hasData ? undefined : true}
    />
  )
})

/** Every country shape, coloured by the current layer. Props are stable between hovers. */
export const CountryShapes = memo(function CountryShapes({
  shapes,
  values,
  labels,
}: {
  shapes: readonly CountryShape[]
  values: ReadonlyMap<string, CountryLayerValue>
  labels: ReadonlyMap<string, string>
}) {
  // The Profiler sits inside the memo boundary: it reports only when this layer really renders.
  return (
    <Profiler id="country-shapes" onRender={onProfilerRender}>
      <g className="country-shapes">
        {shapes.map((shape) => {
          const value = values.get(shape.iso3)
          return (
            <CountryPath
              key={shape.iso3}
              iso3={shape.iso3}
              geography={shape.geography}
              fill={value?.fill ?? NOT_IN_SOURCE_FILL}
              category={value?.category}
              label={labels.get(shape.iso3)}
            />
          )
        })}
      </g>
    </Profiler>
  )
})
