import { describe, expect, it } from 'vitest'
import type { LegionEvent } from '../src/data/schema'
import {
  emptyStretches,
  fitLabels,
  makeCompressedScale,
  segmentTicks,
} from '../src/features/timeline/compressed-scale'
import { tickLabel } from '../src/lib/dates'
import { dateAtX, dateSpan, xOfDate } from '../src/features/timeline/timeline-scale'
import {
  clampWindow,
  defaultWindow,
  moveWindow,
  resizeWindow,
  windowAfterKey,
  windowDays,
} from '../src/features/timeline/timeline-window'
import { chipLabels } from '../src/features/timeline/UndatedEvents'
import { repoFile } from './helpers/fake-fetch'

const DAY = 86_400_000
const full = ['2014-01-01', '2026-12-01'] as const
const legion = ['2022-02-01', '2025-12-31'] as const
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

describe('the detail window', () => {
  it('opens on the Legion period: the month it was created in to the last event', () => {
    const events = JSON.parse(repoFile('data/events.json')) as LegionEvent[]
    expect(defaultWindow(events, full)).toEqual(['2022-02-01', '2025-12-31'])
  })

  it('moves keeping its length, and stops at the ends of the range', () => {
    expect(moveWindow(full, ['2022-01-01', '2022-12-31'], 31 * DAY)).toEqual(['2022-02-01', '2023-01-31'])
    expect(moveWindow(full, legion, -20 * 365 * DAY)).toEqual(['2014-01-01', '2017-11-30'])
    const late = moveWindow(full, legion, 20 * 365 * DAY)
    expect(late[1]).toBe('2026-12-01')
    expect(windowDays(late)).toBe(windowDays(legion))
  })

  it('resizes by one edge, never past the other nor shorter than 20 days', () => {
    expect(resizeWindow(full, legion, 'start', t('2023-01-01'))).toEqual(['2023-01-01', '2025-12-31'])
    expect(resizeWindow(full, legion, 'end', t('2030-01-01'))).toEqual(['2022-02-01', '2026-12-01'])
    const squeezed = resizeWindow(full, legion, 'start', t('2026-06-01'))
    expect(squeezed[1]).toBe('2025-12-31')
    expect(windowDays(squeezed)).toBe(20)
  })

  it('answers the keys: arrows move a tenth, + and − zoom, Shift stretches the end, Home and End', () => {
    const right = windowAfterKey(full, legion, 'ArrowRight', false)!
    expect(windowDays(right)).toBe(windowDays(legion))
    expect((t(right[0]) - t(legion[0])) / DAY).toBe(Math.round(windowDays(legion) / 10))
    const zoomIn = windowAfterKey(full, legion, '+', false)!
    expect(windowDays(zoomIn)).toBeLessThan(windowDays(legion) * 0.55)
    expect(windowDays(windowAfterKey(full, zoomIn, '-', false)!)).toBeGreaterThan(windowDays(legion) * 0.95)
    const stretched = windowAfterKey(full, legion, 'ArrowRight', true)!
    expect(stretched[0]).toBe(legion[0])
    expect(stretched[1] > legion[1]).toBe(true)
    expect(windowAfterKey(full, legion, 'Home', false)![0]).toBe('2014-01-01')
    expect(windowAfterKey(full, legion, 'End', false)![1]).toBe('2026-12-01')
    expect(windowAfterKey(full, legion, 'x', false)).toBeNull()
  })

  it('is never longer than the range', () => {
    expect(clampWindow(full, [t('2000-01-01'), t('2040-01-01')])).toEqual([...full])
  })
})

describe('the compressed scale', () => {
  const spans = (...dates: Array<[string, 'day' | 'month' | 'year']>) =>
    dates.map(([date, precision]) => dateSpan({ date, precision }))

  it('finds the stretches no event touches, keeping a margin beside the events', () => {
    const gaps = emptyStretches(
      spans(['2014', 'year'], ['2022-02-27', 'day']),
      t('2014-01-01'),
      t('2023-01-01'),
      180 * DAY,
      30 * DAY,
    )
    expect(gaps).toEqual([
      [t('2015-01-31'), t('2022-01-28')],
      [t('2022-03-30'), t('2023-01-01')],
    ])
    // Stretches shorter than the minimum are left alone.
    expect(
      emptyStretches(
        spans(['2022-01', 'month'], ['2022-03', 'month']),
        t('2022-01-01'),
        t('2022-04-01'),
        180 * DAY,
        0,
      ),
    ).toEqual([])
  })

  it('draws the years without events as a narrow break and gives the events the room', () => {
    const window = ['2014-01-01', '2025-12-31'] as const
    const events = spans(
      ['2014', 'year'],
      ['2022', 'year'],
      ['2023', 'year'],
      ['2024', 'year'],
      ['2025', 'year'],
    )
    const { scale, segments } = makeCompressedScale(window, events, 0, 1000, { breakPx: 28 })
    expect(segments.map((s) => s.empty)).toEqual([false, true, false])
    expect(segments[1]!.x1 - segments[1]!.x0).toBe(28)
    // Five years of events share 972 px: about 190 px a year, where a linear scale gives 83.
    const year = xOfDate(scale, '2023-07-01') - xOfDate(scale, '2022-07-01')
    expect(year).toBeGreaterThan(180)
    expect(segments[segments.length - 1]!.x1).toBe(1000)
    // x <-> date round-trips on both sides of the break, and inside it.
    for (const date of ['2014-03-07', '2018-06-01', '2022-02-27', '2025-12-31'])
      expect(dateAtX(scale, xOfDate(scale, date))).toBe(date)
  })

  it('stays linear where events are everywhere, or nowhere', () => {
    const busy = makeCompressedScale(['2022-01-01', '2022-12-31'], spans(['2022', 'year']), 0, 730)
    expect(busy.segments).toHaveLength(1)
    const empty = makeCompressedScale(['2016-01-01', '2019-12-31'], spans(['2022', 'year']), 0, 730)
    expect(empty.segments).toEqual([expect.objectContaining({ empty: false, x0: 0, x1: 730 })])
  })

  it('puts ticks only in the drawn segments, finer as the window narrows', () => {
    const window = ['2014-01-01', '2025-12-31'] as const
    const events = spans(['2014', 'year'], ['2022', 'year'], ['2025', 'year'])
    const { segments } = makeCompressedScale(window, events, 0, 1000)
    const ticks = segmentTicks(segments, 60)
    const gap = segments.find((s) => s.empty)!
    expect(ticks.every((tick) => tick.time.getTime() < gap.start || tick.time.getTime() >= gap.end)).toBe(
      true,
    )
    expect(ticks.map((tick) => tick.label)).toContain('2023')
    // A phone-wide window of the Legion period: six-monthly ticks, not only the years.
    const phone = makeCompressedScale(
      legion,
      spans(['2022', 'year'], ['2023', 'year'], ['2024', 'year'], ['2025', 'year']),
      0,
      340,
    )
    expect(segmentTicks(phone.segments, 40).map((tick) => tick.label)).toEqual([
      'Jul',
      '2023',
      'Jul',
      '2024',
      'Jul',
      '2025',
      'Jul',
    ])
    // A month: days.
    const month = makeCompressedScale(['2022-03-01', '2022-03-31'], spans(['2022-03', 'month']), 0, 600)
    expect(segmentTicks(month.segments, 60).map((tick) => tick.label)).toEqual([
      'Mar 2022',
      '8 Mar',
      '15 Mar',
      '22 Mar',
    ])
  })

  it('leaves blank the labels that would run into the one before, keeping their ticks', () => {
    const tick = (x: number, label: string) => ({ time: new Date(0), x, label })
    const fitted = fitLabels(
      [tick(40, '22 Feb 2022'), tick(87, 'Mar'), tick(134, '8 Mar'), tick(181, '15 Mar')],
      0,
      390,
    )
    expect(fitted.map((t) => t.label)).toEqual(['22 Feb 2022', '', '8 Mar', '15 Mar'])
    // Past the end of the axis: blank.
    expect(fitLabels([tick(400, '2025')], 0, 390)[0]!.label).toBe('2025')
    expect(fitLabels([tick(430, '2025')], 0, 390)[0]!.label).toBe('')
  })

  it('labels ticks by what they mark', () => {
    expect(tickLabel(new Date(t('2023-01-01')), false)).toBe('2023')
    expect(tickLabel(new Date(t('2023-03-01')), false)).toBe('Mar')
    expect(tickLabel(new Date(t('2023-03-01')), true)).toBe('Mar 2023')
    expect(tickLabel(new Date(t('2023-03-07')), false)).toBe('7 Mar')
  })
})

describe('the undated chips', () => {
  it('say what tells the events apart, without the words they share or a closing remark', () => {
    const titles = [
      'The Legion fought in the Battle of Kharkiv (listed among its battles; the article gives no date).',
      'The Legion fought in the Battle of Kyiv (listed among its battles; the article gives no date).',
    ]
    expect(chipLabels(titles)).toEqual(['Battle of Kharkiv', 'Battle of Kyiv'])
    expect(chipLabels([titles[0]!])).toEqual(['The Legion fought in the Battle of Kharkiv'])
    expect(chipLabels(['A recruitment drive', 'A statement'])).toEqual(['A recruitment drive', 'A statement'])
  })
})
