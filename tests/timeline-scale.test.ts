import { describe, expect, it } from 'vitest'
import type { LegionEvent } from '../src/data/schema'
import { clusterSpan, MIN_MARK_WIDTH, placeEventMarks } from '../src/features/timeline/event-lanes'
import { clampDate, dateAfterKey, nextPlayDate, playStart } from '../src/model/playhead'
import {
  clampWindow,
  dateAtX,
  dateSpan,
  eventsDomain,
  makeTimeScale,
  padSpan,
  xOfDate,
  zoomWindow,
} from '../src/features/timeline/timeline-scale'

function event(
  id: string,
  date: string,
  precision: 'day' | 'month' | 'year',
  kind: LegionEvent['kind'] = 'policy',
): LegionEvent {
  return {
    id,
    date: { date, precision },
    kind,
    title: id,
    countries: [],
    units: [],
    sources: [{ section: 's', quote: 'q' }],
    conflicts: [],
  }
}

const DAY = 86_400_000
const domain = ['2014-01-01', '2025-12-31'] as const

describe('timeline scale', () => {
  it('draws a month-precision date as the whole month, not one day', () => {
    const [start, end] = dateSpan({ date: '2022-10', precision: 'month' })
    expect(new Date(start).toISOString().slice(0, 10)).toBe('2022-10-01')
    expect((end - start) / DAY).toBe(31)
  })

  it('draws a year-precision date as the whole year', () => {
    const [start, end] = dateSpan({ date: '2023', precision: 'year' })
    expect((end - start) / DAY).toBe(365)
  })

  it('spans the events from the first day of the earliest to the last day of the latest', () => {
    expect(
      eventsDomain([
        event('a', '2014', 'year'),
        event('b', '2025-12-31', 'day'),
        { ...event('c', '2000', 'year'), date: null },
      ]),
    ).toEqual(['2014-01-01', '2025-12-31'])
  })

  it('maps dates to x and back to the same day', () => {
    const scale = makeTimeScale(domain, 0, 1000)
    for (const date of ['2014-01-01', '2022-02-27', '2025-12-31']) {
      expect(dateAtX(scale, xOfDate(scale, date))).toBe(date)
    }
    expect(dateAtX(scale, -50)).toBe('2014-01-01')
    expect(dateAtX(scale, 5000)).toBe('2025-12-31')
  })

  it('keeps a zoom window inside the domain and at least a few weeks long', () => {
    const w = clampWindow(domain, [Date.parse('2013-06-01'), Date.parse('2014-02-01')])
    expect(w[0]).toBe('2014-01-01')
    const narrow = clampWindow(domain, [Date.parse('2022-03-01'), Date.parse('2022-03-02')])
    expect((Date.parse(narrow[1]) - Date.parse(narrow[0])) / DAY).toBeGreaterThanOrEqual(19)
  })

  it('zooms in around a date', () => {
    const w = zoomWindow(domain, domain, 0.5, '2020-01-01')
    expect(w[0] > domain[0] && w[1] < domain[1]).toBe(true)
    expect(w[0] < '2020-01-01' && w[1] > '2020-01-01').toBe(true)
  })

  it('pads an opened cluster by 15% on each side, and by at least three days', () => {
    expect(padSpan([0, 100 * DAY])).toEqual([-15 * DAY, 115 * DAY])
    expect(padSpan([0, 2 * DAY])).toEqual([-3 * DAY, 5 * DAY])
  })
})

describe('playhead', () => {
  it('moves a day with the arrows and a month with Shift', () => {
    expect(dateAfterKey('2022-03-07', 'ArrowRight', false, domain)).toBe('2022-03-08')
    expect(dateAfterKey('2022-03-07', 'ArrowLeft', false, domain)).toBe('2022-03-06')
    expect(dateAfterKey('2022-01-31', 'ArrowRight', true, domain)).toBe('2022-02-28')
    expect(dateAfterKey('2022-03-07', 'ArrowLeft', true, domain)).toBe('2022-02-07')
  })

  it('moves a year with PageUp and PageDown and jumps to the ends with Home and End', () => {
    expect(dateAfterKey('2022-03-07', 'PageUp', false, domain)).toBe('2023-03-07')
    expect(dateAfterKey('2022-03-07', 'PageDown', false, domain)).toBe('2021-03-07')
    expect(dateAfterKey('2022-03-07', 'Home', false, domain)).toBe(domain[0])
    expect(dateAfterKey('2022-03-07', 'End', false, domain)).toBe(domain[1])
  })

  it('never leaves the domain and ignores other keys', () => {
    expect(dateAfterKey('2025-12-31', 'ArrowRight', false, domain)).toBe('2025-12-31')
    expect(dateAfterKey('2014-01-15', 'PageDown', false, domain)).toBe('2014-01-01')
    expect(dateAfterKey('2022-03-07', 'a', false, domain)).toBeNull()
    expect(clampDate('2030-01-01', domain)).toBe('2025-12-31')
  })

  it('plays a month per step and stops at the end', () => {
    expect(nextPlayDate('2025-11-15', domain)).toBe('2025-12-15')
    expect(nextPlayDate('2025-12-15', domain)).toBe('2025-12-31')
    expect(nextPlayDate('2025-12-31', domain)).toBeNull()
    expect(playStart('2025-12-31', domain)).toBe(domain[0])
  })
})

describe('event lanes', () => {
  const scale = makeTimeScale(['2022-01-01', '2022-12-31'], 0, 730)

  it('puts each kind in its own lane', () => {
    const marks = placeEventMarks(
      [event('a', '2022-03-01', 'day', 'policy'), event('b', '2022-03-01', 'day', 'death')],
      ['policy', 'death'],
      scale,
    )
    expect(marks.map((m) => [m.events[0]!.id, m.lane])).toEqual([
      ['a', 0],
      ['b', 1],
    ])
  })

  it('merges events too close to tell apart into one cluster with a count', () => {
    const marks = placeEventMarks(
      [
        event('a', '2022-03-01', 'day'),
        event('b', '2022-03-02', 'day'),
        event('c', '2022-03-03', 'day'),
        event('d', '2022-09-01', 'day'),
      ],
      ['policy'],
      scale,
    )
    expect(marks).toHaveLength(2)
    expect(marks[0]).toMatchObject({ cluster: true })
    expect(marks[0]!.events.map((e) => e.id)).toEqual(['a', 'b', 'c'])
    expect(marks[1]).toMatchObject({ cluster: false })
    const [lo, hi] = clusterSpan(marks[0]!)
    expect(new Date(lo).toISOString().slice(0, 10)).toBe('2022-03-01')
    expect(new Date(hi).toISOString().slice(0, 10)).toBe('2022-03-04')
  })

  it('gives every mark a visible width and year spans their own row', () => {
    const marks = placeEventMarks(
      [event('a', '2022-03-01', 'day'), event('y', '2022', 'year')],
      ['policy'],
      scale,
    )
    const day = marks.find((m) => m.events[0]!.id === 'a')!
    const year = marks.find((m) => m.events[0]!.id === 'y')!
    expect(day.x1 - day.x0).toBeGreaterThanOrEqual(MIN_MARK_WIDTH)
    expect([day.row, year.row]).toEqual([0, 1])
    expect(year.x1 - year.x0).toBeGreaterThan(700)
  })

  it('leaves out events outside the visible range', () => {
    expect(placeEventMarks([event('old', '2019-05-01', 'day')], ['policy'], scale)).toEqual([])
  })
})
