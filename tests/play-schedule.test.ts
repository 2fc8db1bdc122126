/**
 * Play goes where things happen: it starts at the Legion's creation unless the user chose a date,
 * rests on every event, crosses empty years quickly, and reaches the first change of the map
 * within five seconds of pressing Play.
 */
import { describe, expect, it } from 'vitest'
import { addDays, asOfForEvent } from '../src/lib/dates'
import { LEGION_CREATED } from '../src/model/legion'
import { layerValues } from '../src/model/map-layer'
import {
  buildPlaySchedule,
  changeDates,
  eventDates,
  nextDate,
  PLAY_TIMING,
  playheadAt,
  playStartDate,
  playStops,
  previousDate,
  steppedPlayheadAt,
  timeToReach,
  type PlaySchedule,
} from '../src/model/play-schedule'
import { unitStateAt } from '../src/model/unit-status'
import type { IsoDate } from '../src/model/types'
import { atlas, countries, events } from './helpers/atlas'

const DOMAIN: [IsoDate, IsoDate] = ['2014-01-01', '2026-06-30']
const stops = playStops(events, changeDates(atlas))
const scheduleFrom = (chosen: IsoDate | null, speed = 1) =>
  buildPlaySchedule({ stops, start: playStartDate(chosen, DOMAIN, stops), end: DOMAIN[1], speed })

/** The first day after `start` on which any country's fill on the default (legality) layer differs. */
function firstColourChange(start: IsoDate): IsoDate {
  const fills = (date: IsoDate) =>
    [...layerValues(countries, 'legality', date).values()].map((v) => `${v.iso3}:${v.fill}`).join()
  const before = fills(start)
  for (let d = addDays(start, 1); d <= DOMAIN[1]; d = addDays(d, 1)) if (fills(d) !== before) return d
  throw new Error('the map never changes')
}

/** The playhead sampled every frame (16 ms) from Play to the end. */
function frames(schedule: PlaySchedule, at = playheadAt): IsoDate[] {
  const dates: IsoDate[] = []
  for (let t = 0; t <= schedule.durationMs + 16; t += 16) dates.push(at(schedule, t))
  return dates
}

describe('where Play starts', () => {
  it("starts at the Legion's creation when the user has not chosen a date", () => {
    expect(playStartDate(null, DOMAIN, stops)).toBe(LEGION_CREATED)
    expect(scheduleFrom(null).start).toBe('2022-02-27')
  })

  it('starts at the date the user chose, and over from the start when that is the end', () => {
    expect(playStartDate('2014-06-01', DOMAIN, stops)).toBe('2014-06-01')
    expect(playStartDate('2023-06-29', DOMAIN, stops)).toBe('2023-06-29')
    expect(playStartDate(DOMAIN[1], DOMAIN, stops)).toBe(LEGION_CREATED)
    expect(playStartDate('2030-01-01', DOMAIN, stops)).toBe(LEGION_CREATED)
  })

  it('starts at the first event when every event is later than the Legion', () => {
    const later = playStops(events.filter((e) => asOfForEvent(e.date)! >= '2023-01-01'))
    expect(playStartDate(null, DOMAIN, later)).toBe(later[0]!.date)
    expect(later[0]!.date >= '2023-01-01').toBe(true)
  })
})

describe('Play reaches the first stance change within 5 s of pressing it', () => {
  it('from the default start, at 1×', () => {
    const schedule = scheduleFrom(null)
    const change = firstColourChange(schedule.start)
    expect(change).toBe('2022-02-28')
    expect(timeToReach(schedule, change)).toBeLessThan(5000)
    expect(playheadAt(schedule, 5000) >= change).toBe(true)
  })

  it('from 1 January 2014, across seven years without a stance, at 1×', () => {
    const schedule = scheduleFrom('2014-01-01')
    const change = firstColourChange(schedule.start)
    expect(change).toBe(LEGION_CREATED)
    expect(timeToReach(schedule, change)).toBeLessThan(5000)
    expect(playheadAt(schedule, 5000) >= change).toBe(true)
    expect(playheadAt(schedule, timeToReach(schedule, change) - 1) < change).toBe(true)
  }, 60_000)
})

describe('the schedule', () => {
  const schedule = scheduleFrom(null)

  it('stops on every dated event and rests there', () => {
    const stopDates = new Set(schedule.stops.map((s) => s.date))
    for (const date of eventDates(events)) if (date >= schedule.start) expect(stopDates).toContain(date)
    schedule.stops.forEach((stop, i) => {
      const arrival = schedule.arrivals[i]!
      expect(playheadAt(schedule, arrival)).toBe(stop.date)
      expect(playheadAt(schedule, arrival + PLAY_TIMING.restMs - 1)).toBe(stop.date)
    })
    const yavoriv = schedule.stops.find((s) => s.eventIds.includes('yavoriv-strike'))!
    expect(yavoriv.date).toBe('2022-03-13')
  })

  it('moves forward only, a day at a time between stops, and ends at the end of the range', () => {
    const dates = frames(schedule)
    for (let i = 1; i < dates.length; i++) expect(dates[i]! >= dates[i - 1]!).toBe(true)
    expect(dates.at(-1)).toBe(DOMAIN[1])
    expect(playheadAt(schedule, schedule.durationMs)).toBe(DOMAIN[1])
  })

  it('passes quickly over a stretch with no events and slowly through busy days', () => {
    const from2014 = scheduleFrom('2014-01-01')
    const i = from2014.stops.findIndex((s) => s.date === '2022-02-22')
    const previous = from2014.stops[i - 1]!
    expect(previous.date).toBe('2014-12-31')
    const crossing = from2014.arrivals[i]! - (from2014.arrivals[i - 1]! + from2014.restMs)
    expect(crossing).toBeLessThanOrEqual(PLAY_TIMING.maxTravelMs)
    // Seven years take under a second; the eight days from 27 February to 7 March 2022 take longer.
    const march7 = schedule.stops.findIndex((s) => s.date === '2022-03-07')
    expect(schedule.arrivals[march7]!).toBeGreaterThan(crossing * 2)
  })

  it('runs twice as fast at 2× and half as fast at 0.5×', () => {
    expect(scheduleFrom(null, 2).durationMs).toBeCloseTo(schedule.durationMs / 2)
    expect(scheduleFrom(null, 0.5).durationMs).toBeCloseTo(schedule.durationMs * 2)
    expect(playheadAt(scheduleFrom(null, 2), 1000)).toBe(playheadAt(schedule, 2000))
  })

  it('with reduced motion, jumps from stop to stop at the same times and shows no day between', () => {
    const allowed = new Set([schedule.start, schedule.end, ...schedule.stops.map((s) => s.date)])
    const stepped = frames(schedule, steppedPlayheadAt)
    expect(stepped.every((d) => allowed.has(d))).toBe(true)
    expect(frames(schedule).some((d) => !allowed.has(d))).toBe(true)
    schedule.stops.forEach((stop, i) => {
      expect(steppedPlayheadAt(schedule, schedule.arrivals[i]!)).toBe(stop.date)
      if (i > 0)
        expect(steppedPlayheadAt(schedule, schedule.arrivals[i]! - 1)).toBe(schedule.stops[i - 1]!.date)
    })
  })
})

describe('the dates where something changes', () => {
  const changes = new Set(changeDates(atlas))
  const picture = (date: IsoDate) =>
    [
      ...[...layerValues(countries, 'legality', date).values()].map((v) => v.fill),
      ...[...layerValues(countries, 'stance', date).values()].map((v) => v.fill),
      ...atlas.units.map((u) => unitStateAt(atlas, u, date)),
    ].join()

  it('are exactly the days on which the map or a unit changes, from 2021 to 2026', () => {
    let before = picture('2020-12-31')
    for (let d = '2021-01-01'; d <= '2026-06-30'; d = addDays(d, 1)) {
      const now = picture(d)
      expect([d, changes.has(d)]).toEqual([d, now !== before])
      before = now
    }
  }, 60_000)

  it('include the stances of 28 February 2022 and a disbandment', () => {
    expect(changes).toContain('2022-02-28')
    const disbanded = atlas.units.find((u) => u.disbanded && u.disbanded.qualifier !== 'planned')!
    expect([...changes].some((d) => unitStateAt(atlas, disbanded, d) === 'disbanded')).toBe(true)
  })
})

describe('previous and next event', () => {
  const dates = eventDates(events)
  it('are the nearest event dates before and after a date', () => {
    expect(nextDate(dates, '2022-03-12')).toBe('2022-03-13')
    expect(previousDate(dates, '2022-03-13')).toBe(dates[dates.indexOf('2022-03-13') - 1])
    expect(previousDate(dates, dates[0]!)).toBeNull()
    expect(nextDate(dates, dates.at(-1)!)).toBeNull()
  })
})
