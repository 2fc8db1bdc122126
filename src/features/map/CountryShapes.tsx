import { memo, Profiler } from 'react'
import { onProfilerRender } from '../../lib/render-probe'
import { COLOR } from '../../lib/tokens'
import { NOT_IN_SOURCE_FILL, type CountryLayerValue } from '../../model/map-layer'
import type { CountryShape } from './geo'

/**
 * One country's outline. Its path string is computed once per topology; a change of layer or date
 * only changes `fill`, `category` and `label`, and a hover elsewhere does not render it at all.
 * Its look is in presentation attributes (from the tokens), so a copy of it draws the same with no
 * stylesheet; the CSS only adds the legend's highlight and the pointer.
 */
const CountryPath = memo(function CountryPath({
  iso3,
  d,
  fill,
  category,
  undated,
  conflict,
  label,
  interactive,
}: {
  iso3: string
  d: string
  /** the layer's fill; undefined for a country the source does not cover */
  fill: string | undefined
  /** a stance the source gives no date for (the legend's "statement date not stated": hatched) */
  undated: boolean
  category: string | undefined
  /** the record holds conflicting claims (the legend's ⚠ entry highlights these) */
  conflict: boolean
  label: string | undefined
  interactive: boolean
}) {
  const hasData = fill !== undefined
  return (
    <path
      d={d}
      className={hasData ? 'country country--data' : 'country'}
      fill={fill ?? NOT_IN_SOURCE_FILL}
      stroke={hasData ? COLOR.mapDataBorder : COLOR.mapBorder}
      strokeWidth={0.4}
      vectorEffect="non-scaling-stroke"
      data-iso3={hasData ? iso3 : undefined}
      data-cat={category}
      data-undated={undated || undefined}
      data-conflict={conflict || undefined}
      {...(interactive && {
        tabIndex: -1,
        role: hasData ? 'img' : undefined,
        'aria-label': label,
        'aria-hidden': hasData ? undefined : true,
      })}
    />
  )
})

/**
 * Every country shape, coloured by the current layer. Props are stable between hovers. Without
 * `labels` (the static form) the shapes carry no roles: the image as a whole is named instead.
 */
export const CountryShapes = memo(function CountryShapes({
  shapes,
  values,
  labels,
  conflicted,
}: {
  shapes: readonly CountryShape[]
  values: ReadonlyMap<string, CountryLayerValue>
  labels?: ReadonlyMap<string, string>
  conflicted?: ReadonlySet<string>
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
              d={shape.path}
              fill={value?.fill}
              category={value?.category}
              undated={value?.undated ?? false}
              conflict={conflicted?.has(shape.iso3) ?? false}
              label={labels?.get(shape.iso3)}
              interactive={labels !== undefined}
            />
          )
        })}
      </g>
    </Profiler>
  )
})
