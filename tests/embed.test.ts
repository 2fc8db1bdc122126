import { describe, expect, it } from 'vitest'
import { embedCode, embedViewOf, keepEmbed, withEmbed } from '../src/app/embed'
import { parseUrlChoices } from '../src/app/url-state'

describe('embeds', () => {
  it('reads the embedded view from the query string, and nothing else as one', () => {
    expect(embedViewOf('?embed=map&date=2023-01-01')).toBe('map')
    expect(embedViewOf('?embed=orgchart')).toBe('orgchart')
    expect(embedViewOf('?embed=gallery')).toBeNull()
    expect(embedViewOf('?date=2023-01-01')).toBeNull()
  })

  it('reports an embed value it does not know, like any other bad parameter', () => {
    expect(parseUrlChoices('?embed=gallery').problems).toEqual([
      { param: 'embed', value: 'gallery', reason: 'is not one of map, timeline, orgchart, table' },
    ])
    expect(parseUrlChoices('?embed=map').problems).toEqual([])
  })

  it('keeps every other parameter when it sets or removes the embed', () => {
    const page = 'https://atlas.example/?date=2023-06-30&country=BLR'
    const embedded = withEmbed(page, 'timeline')
    expect(new URL(embedded).searchParams.get('embed')).toBe('timeline')
    expect(new URL(embedded).searchParams.get('country')).toBe('BLR')
    expect(withEmbed(embedded, null)).toBe(page)
    expect(keepEmbed('?date=2023-06-30', 'map')).toBe('?date=2023-06-30&embed=map')
    expect(keepEmbed('', 'map')).toBe('?embed=map')
    expect(keepEmbed('?date=2023-06-30', null)).toBe('?date=2023-06-30')
  })

  it('writes an iframe with the state and the resizing script served by the app', () => {
    const code = embedCode('https://atlas.example/app/?date=2023-06-30&q=a"b', 'map', 'Legion Atlas: map')
    const iframe = /<iframe src="([^"]+)" title="Legion Atlas: map" data-legion-atlas /.exec(code)
    expect(iframe).not.toBeNull()
    const src = new URL(iframe![1]!.replace(/&amp;/g, '&'))
    expect(src.searchParams.get('embed')).toBe('map')
    expect(src.searchParams.get('date')).toBe('2023-06-30')
    expect(src.searchParams.get('q')).toBe('a"b')
    expect(code).toContain('<script src="https://atlas.example/embed.js" async></script>')
    // The quote in the query cannot end the attribute early.
    expect(code).not.toContain('a"b')
  })
})

describe('the exported map', () => {
  it('leaves out the selection’s outlines unless the user asks for them', async () => {
    const { exportedMap } = await import('../src/app/MapDownloadMenu')
    const source = {
      figure: {} as never,
      view: { center: [0, 0] as [number, number], zoom: 2 },
      selected: 'POL',
      linked: ['BLR'],
    }
    expect(exportedMap(source, false)).toMatchObject({ selected: null, linked: [], view: source.view })
    expect(exportedMap(source, true)).toBe(source)
  })
})
