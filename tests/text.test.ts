import { afterEach, describe, expect, it, vi } from 'vitest'
import { repoFile } from './helpers/fake-fetch'

const english = new Intl.Collator('en')
const sign = (n: number) => Math.sign(n)
const countryNames = (JSON.parse(repoFile('data/countries.json')) as { name: string }[]).map((c) => c.name)

async function freshCompareText() {
  vi.resetModules()
  return (await import('../src/model/text')).compareText
}

afterEach(() => vi.restoreAllMocks())

describe('compareText', () => {
  it('orders as the English collator does, for plain names and for anything else', async () => {
    const compareText = await freshCompareText()
    const unitNames = (JSON.parse(repoFile('data/units.json')) as { name: string }[]).map((u) => u.name)
    // Case, spaces, prefixes, and strings the fast path hands on: accents, apostrophes, hyphens.
    const made = ['a', 'A', 'ab', 'a b', 'aB', 'Ab', 'AB', 'b', 'boris', 'Boris', 'New Zealand', 'Newark', '']
    const handedOn = ["Belarus's", 'belarus-x', 'Côte', 'Cote', 'Kastuś Kalinoŭski', 'Kastus', 'Ö', 'O']
    const all = [...countryNames, ...unitNames, ...made, ...handedOn]
    const wrong: string[] = []
    for (const a of all)
      for (const b of all)
        if (sign(compareText(a, b)) !== sign(english.compare(a, b))) wrong.push(`${a} | ${b}`)
    expect(wrong).toEqual([])
  })

  it('sorts the country names, as the first paint does, without making a collator', async () => {
    const compareText = await freshCompareText()
    const made = vi.spyOn(Intl, 'Collator')
    const sorted = [...countryNames].reverse().sort(compareText)
    expect(sorted).toEqual([...countryNames].sort(english.compare))
    expect(made).not.toHaveBeenCalled()
    compareText('Kastuś', 'Kastus')
    expect(made).toHaveBeenCalledTimes(1)
  })
})
