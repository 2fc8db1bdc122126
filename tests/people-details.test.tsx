/** People appear where users look for them: a country's, a unit's and an event's details. */
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { DetailsPanel } from '../src/features/details/DetailsPanel'
import { resetAppStore, useAppStore } from '../src/store/app-store'
import { atlas } from './helpers/atlas'
import { renderWithData } from './helpers/render-app'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { PeopleFileSchema } from '../src/data/schema'
import { buildAtlas } from '../src/model/atlas'

const people = PeopleFileSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../data/people.json'), 'utf8')),
)
const full = buildAtlas({ countries: atlas.countries, units: atlas.units, events: atlas.events, people })

afterEach(() => resetAppStore())

async function sectionOf(heading: string) {
  const title = await screen.findByRole('heading', { name: heading, level: 4 })
  return within(title.nextElementSibling as HTMLElement)
}

describe('people in the details', () => {
  it('lists the people of the United Kingdom when it is selected', async () => {
    useAppStore.setState({ country: 'GBR' })
    renderWithData(<DetailsPanel />)
    const list = await sectionOf('People from United Kingdom the source names')
    const expected = full.peopleOfCountry('GBR')
    expect(expected.length).toBeGreaterThanOrEqual(9)
    for (const person of expected) expect(list.getByText(person.name!)).toBeInTheDocument()
    expect(list.getByText('Aiden Aslin')).toBeInTheDocument()
  })

  it('lists a unit’s people, and a lost name says so', async () => {
    const unit = atlas.units.find((u) => full.peopleOfUnit(u.id).length > 0)!
    useAppStore.setState({ unit: unit.id })
    renderWithData(<DetailsPanel />)
    const list = await sectionOf('People in this unit the source names')
    expect(list.getAllByRole('listitem').length).toBeGreaterThanOrEqual(full.peopleOfUnit(unit.id).length)
  })

  it('shows a person whose name the source lost as such, with who they are', async () => {
    const lost = people.find((p) => p.nameLost && p.nationalities.length > 0)!
    useAppStore.setState({ country: lost.nationalities[0]! })
    renderWithData(<DetailsPanel />)
    const heading = `People from ${full.countryName(lost.nationalities[0]!)} the source names`
    const list = await sectionOf(heading)
    expect(list.getAllByText('name lost in source').length).toBeGreaterThan(0)
    expect(
      list.getByText(new RegExp(lost.description.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))),
    ).toBeInTheDocument()
  })

  it('cites a person with the passages the source names them in', async () => {
    const user = userEvent.setup()
    useAppStore.setState({ country: 'GBR' })
    renderWithData(<DetailsPanel />)
    const aslin = people.find((p) => p.name === 'Aiden Aslin')!
    await user.click(await screen.findByRole('button', { name: 'Cite Aiden Aslin' }))
    const dialog = screen.getByRole('dialog', { name: 'Cite Aiden Aslin' })
    const text = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Plain text' }).value
    for (const source of aslin.sources)
      expect(text).toContain(`Section “${source.section}”: “${source.quote}”`)
    expect(text).toContain('Legion Atlas view of Aiden Aslin: ')
  })
})
