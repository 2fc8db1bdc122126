import { describe, expect, it } from 'vitest'
import type { LegionEvent } from '../src/data/schema'
import {
  clusterSpan,
  HIT_SIZE,
  MIN_MARK_WIDTH,
  placeEventMarks,
  sharesOnePeriod,
} from '../src/features/timeline/event-lanes'
import { clampDate, dateAfterKey, nextPlayDate, playStart } from '../src/model/playhead'
import {
  dateAtX,
  dateSpan,
  eventsDomain,
  makeTimeScale,
  xOfDate,
} from '../src/features/timeline/timeline-scale'
import { clampWindow, padSpan, zoomWindow } from '../src/features/timeline/timeline-window'

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
    expect((Date.parse(narrow[1]) - Date.parse(narrow[0])) / DAY).toBe(19)
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
  const scale = makeTimeScale(['2022-01-01', '2022-12-31'], 12, 742)
  const plot = [0, 754] as const

  it("puts each lane's kinds in that lane", () => {
    const marks = placeEventMarks(
      [
        event('a', '2022-03-01', 'day', 'policy'),
        event('b', '2022-03-01', 'day', 'death'),
        event('c', '2022-09-01', 'day', 'capture'),
      ],
      [['policy'], ['death', 'capture']],
      scale,
      plot,
    )
    expect(marks.map((m) => [m.events[0]!.id, m.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
    ])
  })

  it('gives every mark a target at least 24 px wide, inside the plot, even at its edges', () => {
    const marks = placeEventMarks(
      [
        event('first', '2022-01-01', 'day'),
        event('mid', '2022-06-15', 'day'),
        event('last', '2022-12-31', 'day'),
      ],
      [['policy']],
      scale,
      plot,
    )
    expect(marks).toHaveLength(3)
    for (const m of marks) {
      expect(m.hitX1 - m.hitX0).toBeGreaterThanOrEqual(HIT_SIZE)
      expect(m.hitX0).toBeGreaterThanOrEqual(plot[0])
      expect(m.hitX1).toBeLessThanOrEqual(plot[1])
      expect(m.x1 - m.x0).toBeGreaterThanOrEqual(MIN_MARK_WIDTH)
    }
  })

  it('merges events closer than a target into a cluster with a count, and never chains clusters', () => {
    // Two px a day; an event every five days for three months: 10 px apart, closer than a target.
    const chain = Array.from({ length: 19 }, (_, i) =>
      event(
        `e${String(i).padStart(2, '0')}`,
        new Date(Date.UTC(2022, 2, 1 + 5 * i)).toISOString().slice(0, 10),
        'day',
      ),
    )
    const marks = placeEventMarks([...chain, event('far', '2022-11-01', 'day')], [['policy']], scale, plot)
    // Every event is in exactly one mark; the chain makes several clusters, none wider than a target.
    expect(marks.flatMap((m) => m.events.map((e) => e.id)).sort()).toEqual(
      [...chain.map((e) => e.id), 'far'].sort(),
    )
    const clusters = marks.filter((m) => m.cluster)
    expect(clusters.length).toBeGreaterThanOrEqual(7)
    for (const m of clusters) expect(m.hitX1 - m.hitX0).toBe(HIT_SIZE)
    const sorted = [...marks].sort((p, q) => p.hitX0 - q.hitX0)
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.hitX0).toBeGreaterThanOrEqual(sorted[i - 1]!.hitX1)
    expect(marks.find((m) => m.events[0]!.id === 'far')).toMatchObject({ cluster: false })
    const [lo, hi] = clusterSpan(clusters[0]!)
    expect(hi - lo).toBeLessThanOrEqual(16 * DAY)
    expect(sharesOnePeriod(clusters[0]!)).toBe(false)
  })

  it('knows a cluster of one period, which no zoom can split', () => {
    const [mark] = placeEventMarks(
      [event('a', '2022-03-07', 'day'), event('b', '2022-03-07', 'day')],
      [['policy']],
      scale,
      plot,
    )
    expect(sharesOnePeriod(mark!)).toBe(true)
  })

  it('draws day, month and year dates in rows of their own, spans as wide as their period', () => {
    const marks = placeEventMarks(
      [event('a', '2022-03-01', 'day'), event('m', '2022-05', 'month'), event('y', '2022', 'year')],
      [['policy']],
      scale,
      plot,
    )
    const row = (id: string) => marks.find((m) => m.events[0]!.id === id)!
    expect([row('a').row, row('m').row, row('y').row]).toEqual([0, 1, 2])
    expect(row('m').x1 - row('m').x0).toBeCloseTo(62, 0)
    expect(row('y').x1 - row('y').x0).toBeCloseTo(730, 0)
  })

  it("cuts long spans at the plot's edges when zoomed in", () => {
    const zoomed = makeTimeScale(['2022-05-01', '2022-05-31'], 112, 488)
    const marks = placeEventMarks(
      [event('y', '2022', 'year'), event('m', '2022-05', 'month')],
      [['policy']],
      zoomed,
      [100, 500],
    )
    expect(marks).toHaveLength(2)
    for (const m of marks) {
      expect(m.x0).toBeGreaterThanOrEqual(100)
      expect(m.x1).toBeLessThanOrEqual(500)
    }
  })

  it('leaves out events outside the visible range', () => {
    expect(placeEventMarks([event('old', '2019-05-01', 'day')], [['policy']], scale, plot)).toEqual([])
  })
})
