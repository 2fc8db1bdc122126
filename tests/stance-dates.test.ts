/**
 * The stance and legality layers at dates the source supports: nothing before the Legion existed,
 * and undated statements drawn and counted apart from dated ones.
 */
import { describe, expect, it } from 'vitest'
import { LEGALITIES, STANCES } from '../src/data/schema'
import {
  CATEGORY_FILL,
  layerValues,
  STANCE_CATEGORIES,
  undatedPatternId,
  type StanceCategory,
} from '../src/model/map-layer'
import { legendEntries, legendEntryText } from '../src/model/map-legend'
import { countries } from './helpers/atlas'

const VALUES = new Set<string>([...LEGALITIES, ...STANCES])
/** The legalities the map colours: a row silent on legality is "no stance given", not a stance. */
const STATED_LEGALITIES = STANCE_CATEGORIES.filter((c) => (LEGALITIES as readonly string[]).includes(c))

describe('stances before the Legion existed', () => {
  for (const layer of ['legality', 'stance'] as const) {
    it(`colours no country by its ${layer} on 1 January 2014, and says why`, () => {
      const values = layerValues(countries, layer, '2014-01-01')
      for (const v of values.values()) {
        expect(VALUES.has(v.category)).toBe(false)
        expect(['before-legion', 'no-stance']).toContain(v.category)
      }
      const entries = legendEntries(layer, values)
      const before = entries.find((e) => e.category === 'before-legion')!
      expect(before.label).toBe('the Legion did not exist yet')
      expect(before.count).toBe(countries.filter((c) => c[layer] !== null).length)
      expect(entries.filter((e) => VALUES.has(e.category)).every((e) => e.count + e.undated === 0)).toBe(true)
    })
  }

  it('starts showing stances on the day the Legion was created', () => {
    const values = layerValues(countries, 'legality', '2022-02-27')
    expect([...values.values()].some((v) => v.category === 'before-legion')).toBe(false)
    expect(layerValues(countries, 'legality', '2022-02-26').get('POL')!.category).toBe('before-legion')
  })
})

describe('undated stances from 27 February 2022', () => {
  const values = layerValues(countries, 'legality', '2022-03-01')
  const entries = legendEntries('legality', values)
  const undatedCountries = countries.filter(
    (c) => c.legality !== null && c.legality !== 'unspecified' && c.statedOn === null,
  )

  it('are drawn hatched in their own colour, never in the flat colour of a dated stance', () => {
    expect(undatedCountries.length).toBeGreaterThan(0)
    for (const c of undatedCountries) {
      const v = values.get(c.iso3)!
      expect(v.undated).toBe(true)
      const legality = c.legality as StanceCategory
      expect(v.fill).toBe(`url(#${undatedPatternId(legality)})`)
      expect(v.fill).not.toBe(CATEGORY_FILL[legality])
      expect(v.dateText).toBe('date not stated')
    }
  })

  it('are counted apart in the legend, per category and in a "statement date not stated" entry', () => {
    const undated = entries.find((e) => e.category === 'undated')!
    expect(undated.label).toBe('statement date not stated')
    expect(undated.count).toBe(undatedCountries.length)
    for (const legality of STATED_LEGALITIES) {
      const entry = entries.find((e) => e.category === legality)!
      const shown = [...values.values()].filter((v) => v.category === legality)
      expect(entry.count).toBe(shown.filter((v) => !v.undated).length)
      expect(entry.undated).toBe(shown.filter((v) => v.undated).length)
    }
    const illegal = entries.find((e) => e.category === 'illegal')!
    expect(illegal.undated).toBeGreaterThan(0)
    expect(legendEntryText(illegal)).toBe(
      `illegal (${illegal.count} dated, ${illegal.undated} date not stated)`,
    )
  })

  it('leave a row silent on legality, undated or not, as "no stance given", never hatched', () => {
    const silent = countries.filter((c) => c.legality === 'unspecified')
    expect(silent.length).toBeGreaterThan(0)
    for (const c of silent) {
      const v = values.get(c.iso3)!
      expect(v.category).toBe('no-stance')
      expect(v.undated).toBe(false)
      expect(v.fill).toBe(CATEGORY_FILL['no-stance'])
    }
  })
})
