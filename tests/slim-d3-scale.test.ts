import { scaleLinear, scaleSqrt, scaleUtc } from 'd3-scale'
import { describe, expect, it } from 'vitest'
import { format } from '../scripts/d3-scale-slim/format.mjs'
import { interpolate, interpolateRound, piecewise } from '../scripts/d3-scale-slim/interpolate.mjs'
import { utcFormat } from '../scripts/d3-scale-slim/time-format.mjs'
import { slimModuleFor } from '../scripts/vite-plugin-slim-d3-scale'

const D3_SCALE = '/repo/node_modules/d3-scale/dist/d3-scale.mjs'

describe('the slim modules d3-scale gets (scripts/vite-plugin-slim-d3-scale.ts)', () => {
  it('are given to d3-scale only', () => {
    expect(slimModuleFor('d3-interpolate', D3_SCALE)).toMatch(/d3-scale-slim\/interpolate\.mjs$/)
    expect(slimModuleFor('d3-format', D3_SCALE)).toMatch(/d3-scale-slim\/format\.mjs$/)
    expect(slimModuleFor('d3-time-format', D3_SCALE)).toMatch(/d3-scale-slim\/time-format\.mjs$/)
    expect(slimModuleFor('d3-array', D3_SCALE)).toBeNull()
    expect(slimModuleFor('d3-interpolate', '/repo/node_modules/d3-transition/src/index.js')).toBeNull()
    expect(slimModuleFor('d3-interpolate', '/repo/src/features/map/map-figure.ts')).toBeNull()
  })

  it('blend numbers and dates as d3 does, and refuse anything else', () => {
    expect(interpolate(10, 20)(0.25)).toBe(12.5)
    expect(interpolateRound(0, 3)(0.5)).toBe(2)
    const date = interpolate(new Date(0), new Date(1000))(0.5) as Date
    expect(date.getTime()).toBe(500)
    expect(() => interpolate('red', 'blue')).toThrow(/numbers and dates only, not "blue"/)
    expect(() => piecewise()).toThrow(/no diverging scales/)
  })

  it('make formats that cannot format, saying why', () => {
    const unused = utcFormat('%Y')
    expect(() => unused(new Date())).toThrow(/formats no dates/)
    expect(() => format(',')).toThrow(/formats no numbers/)
  })

  it('are what the tests’ d3-scale uses too, and its scales still map, invert and tick', () => {
    // vite.config.ts inlines d3-scale in tests, so the scales here get the slim modules.
    expect(() => scaleLinear<string>().range(['red', 'blue'])(0.5)).toThrow(/numbers and dates only/)
    expect(() => scaleLinear().tickFormat()(1)).toThrow(/formats no numbers/)
    const time = scaleUtc()
      .domain([new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2024, 0, 1))])
      .range([0, 400])
    expect(time(new Date(Date.UTC(2022, 0, 1)))).toBeCloseTo(200 * (731 / 730.5), 0)
    expect(time.invert(0).getTime()).toBe(Date.UTC(2020, 0, 1))
    expect(time.ticks(4).map((t) => t.getUTCFullYear())).toEqual([2020, 2021, 2022, 2023, 2024])
    expect(() => time.tickFormat()(new Date())).toThrow(/formats no dates/)
    expect(scaleSqrt().domain([0, 4]).range([0, 10])(1)).toBe(5)
  })
})
