/**
 * The dataset in data/ against its schemas, against itself (ids, parents, conflicts) and against
 * the one source it was built from. Failures name the file, the record and the field.
 *
 * The source text is not in the repository: it is read from `sourceTextPath` (LEGION_SOURCE, or
 * ../shared/source/international-legion.txt beside the repository). Without it the source checks
 * are skipped and say so, except when CI is set: there they must run, so they fail.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { mapCodesFromTopology, sourceTextPath } from '../scripts/data-paths'
import { DataFileError, formatProblem, parseDataText, type DataProblem } from '../src/data/data-problems'
import { checkIntegrity, checkSources, type Dataset } from '../src/data/integrity'
import {
  CountriesFileSchema,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EventsFileSchema,
  FACT_MEASURES,
  FIGURE_QUALIFIERS,
  LEGALITIES,
  PeopleFileSchema,
  PERSON_FACT_KINDS,
  PERSON_ROLES,
  SourceDateSchema,
  STANCES,
  UnitsFileSchema,
  WINGS,
  type FullConflict,
  type Person,
  type SourceRef,
} from '../src/data/schema'
import {
  EVENT_KIND_LABEL,
  LEGALITY_DEFINITION,
  MEASURE_LABEL,
  STANCE_DEFINITION,
  WING_LABEL,
} from '../src/model/vocabulary'
import {
  readSourceList,
  readSourceTable,
  sectionText,
  subsectionTitles,
  tableCells,
  tableColumn,
} from './data-source-tables'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const FILES = {
  countries: 'data/countries.json',
  units: 'data/units.json',
  events: 'data/events.json',
  people: 'data/people.json',
} as const

const readRepoFile = (file: string) => readFileSync(resolve(ROOT, file), 'utf8')
const listProblems = (problems: DataProblem[]) => problems.map(formatProblem)

let loaded: Dataset | undefined
/** The four files parsed with the app's schemas (throws a DataFileError naming what is wrong). */
function dataset(): Dataset {
  loaded ??= {
    countries: parseDataText(FILES.countries, readRepoFile(FILES.countries), CountriesFileSchema),
    units: parseDataText(FILES.units, readRepoFile(FILES.units), UnitsFileSchema),
    events: parseDataText(FILES.events, readRepoFile(FILES.events), EventsFileSchema),
    people: parseDataText(FILES.people, readRepoFile(FILES.people), PeopleFileSchema),
  }
  return loaded
}

// ---------------------------------------------------------------------------------------------
// The source text: present, absent (skip and say so), or required (CI).

const SOURCE_PATH = sourceTextPath(ROOT)
const SOURCE_PRESENT = existsSync(SOURCE_PATH)
const IN_CI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase())
const SKIP_SOURCE_CHECKS = !SOURCE_PRESENT && !IN_CI
const itWithSource = it.skipIf(SKIP_SOURCE_CHECKS)
const SOURCE_NOTE = SOURCE_PRESENT
  ? ''
  : IN_CI
    ? ` [CI is set: the source text is required at ${SOURCE_PATH}]`
    : ` [skipped: source text not found at ${SOURCE_PATH}; set LEGION_SOURCE to run]`

if (SKIP_SOURCE_CHECKS)
  console.warn(
    `tests/data.test.ts: source text not found at ${SOURCE_PATH}; the checks against the source are skipped (set LEGION_SOURCE to its path; in CI they fail instead).`,
  )

let sourceCache: string | undefined
function sourceText(): string {
  if (!SOURCE_PRESENT)
    throw new Error(
      `the source text is missing at ${SOURCE_PATH} and CI is set, so the source checks must run: provide the file or set LEGION_SOURCE`,
    )
  sourceCache ??= readFileSync(SOURCE_PATH, 'utf8')
  return sourceCache
}

const STANCE_TABLE = 'Summary of official international government responses'
const UNIT_TABLES = [
  { heading: 'List of standalone units', wing: 'legion', parent: 'international-legion' },
  {
    heading: 'International Legion of the Defence Intelligence of Ukraine',
    wing: 'hur',
    parent: 'international-legion-of-the-defence-intelligence',
  },
] as const

const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b))

// ---------------------------------------------------------------------------------------------

describe('data files', () => {
  // A DataFileError's message lists every problem as: file, record N ("label"), field "path": why
  it.each([
    [
      FILES.countries,
      () => parseDataText(FILES.countries, readRepoFile(FILES.countries), CountriesFileSchema),
    ],
    [FILES.units, () => parseDataText(FILES.units, readRepoFile(FILES.units), UnitsFileSchema)],
    [FILES.events, () => parseDataText(FILES.events, readRepoFile(FILES.events), EventsFileSchema)],
    [FILES.people, () => parseDataText(FILES.people, readRepoFile(FILES.people), PeopleFileSchema)],
  ])('%s parses with its schema', (_file, parse) => {
    expect(parse().length).toBeGreaterThan(0)
  })

  it('has referential integrity (ids, parents, merge targets, country codes, people references, no cycles)', () => {
    const problems = checkIntegrity(dataset(), mapCodesFromTopology(ROOT))
    expect(listProblems(problems), listProblems(problems).join('\n')).toEqual([])
  })
})

describe('data against the source text', () => {
  itWithSource(`can read the source text${SOURCE_NOTE}`, () => {
    expect(sourceText()).toMatch(/^= International Legion \(Ukraine\) =/)
  })

  itWithSource(
    `has every quote verbatim in the source and every section among its headings${SOURCE_NOTE}`,
    () => {
      const problems = checkSources(dataset(), sourceText())
      expect(listProblems(problems), listProblems(problems).join('\n')).toEqual([])
    },
  )

  itWithSource(
    `has one country per row of the stance table, with the row's Official Stance verbatim${SOURCE_NOTE}`,
    () => {
      const table = readSourceTable(sourceText(), STANCE_TABLE)
      const rowNames = tableColumn(table, 'Country')
      const stances = tableColumn(table, 'Official Stance')
      // The Legality column was colour-coded in the original and is empty here; legality is inferred.
      expect(tableColumn(table, 'Legality').filter(Boolean)).toEqual([])
      expect(new Set(rowNames).size, 'a country appears twice in the table').toBe(rowNames.length)

      const withRow = dataset().countries.filter((c) => c.statement !== null)
      const byName = new Map(withRow.map((c) => [c.name, c]))
      const inTable = new Set(rowNames)
      const wrong = [
        ...rowNames.flatMap((name, i) => {
          const country = byName.get(name)
          if (!country) return [`row "${name}": no country record with this name and a statement`]
          return country.statement === stances[i]
            ? []
            : [`${name}: statement differs from the row\n  row:  ${stances[i]}\n  data: ${country.statement}`]
        }),
        ...withRow
          .filter((c) => !inTable.has(c.name))
          .map((c) => `${c.name} (${c.iso3}): has a statement but no row in the table`),
      ]
      expect(wrong, wrong.join('\n')).toEqual([])
      expect(sorted(withRow.map((c) => c.name))).toEqual(sorted(rowNames))
      expect(withRow).toHaveLength(table.rows.length)
    },
  )

  itWithSource(
    `has the countries with an "International response" subsection but no table row, with null stance fields${SOURCE_NOTE}`,
    () => {
      const text = sourceText()
      const rowNames = new Set(tableColumn(readSourceTable(text, STANCE_TABLE), 'Country'))
      const subsections = subsectionTitles(text, 'International response')
      const withoutRow = subsections.filter((title) => !rowNames.has(title))
      expect(withoutRow.length).toBeGreaterThan(0)

      const byName = new Map(dataset().countries.map((c) => [c.name, c]))
      const wrong = withoutRow.flatMap((name) => {
        const c = byName.get(name)
        if (!c) return [`${name}: no record in ${FILES.countries}`]
        const notNull = (['legality', 'stance', 'statement', 'statedOn'] as const).filter(
          (f) => c[f] !== null,
        )
        return notNull.length ? [`${name}: ${notNull.join(', ')} should be null (no table row)`] : []
      })
      expect(wrong, wrong.join('\n')).toEqual([])

      // …and no country comes from anywhere else.
      const known = new Set([...rowNames, ...subsections])
      const unexplained = dataset()
        .countries.map((c) => c.name)
        .filter((name) => !known.has(name))
      expect(unexplained, 'countries that are neither a table row nor a subsection').toEqual([])
    },
  )

  describe.each(UNIT_TABLES.map((table) => [table.heading, table] as const))(
    'unit table "%s"',
    (_heading, { heading, wing, parent }) => {
      itWithSource(
        `has one unit (wing ${wing}, parent ${parent}) per row, named as in the row${SOURCE_NOTE}`,
        () => {
          const table = readSourceTable(sourceText(), heading)
          const names = tableColumn(table, 'Name')
          const descriptions = tableColumn(table, 'Description')
          const children = dataset().units.filter((u) => u.parent === parent && u.kind === 'unit')
          const citesRow = (unit: (typeof children)[number], i: number) =>
            unit.sources.some((s) => descriptions[i]!.includes(s.quote))

          const wrong: string[] = []
          const matched = new Set<string>()
          names.forEach((name, i) => {
            const matches = name
              ? children.filter((u) => u.name === name && u.wing === wing && !u.nameLost)
              : children.filter((u) => u.nameLost && u.wing === wing && citesRow(u, i))
            const row = name
              ? `row "${name}"`
              : `row ${i + 1} (empty name: "${descriptions[i]!.slice(0, 50)}…")`
            if (matches.length !== 1)
              wrong.push(
                name
                  ? `${row}: ${matches.length} units so named with wing ${wing} and parent ${parent}`
                  : `${row}: ${matches.length} units with nameLost, wing ${wing} and parent ${parent} cite it`,
              )
            else if (!citesRow(matches[0]!, i))
              wrong.push(`${row}: unit "${matches[0]!.id}" quotes nothing from the row's description`)
            matches.forEach((u) => matched.add(u.id))
          })
          // …and no more units under this parent than the table has rows.
          children
            .filter((u) => !matched.has(u.id))
            .forEach((u) =>
              wrong.push(`unit "${u.id}" ("${u.name}") has parent ${parent} but no row in the table`),
            )
          expect(wrong, wrong.join('\n')).toEqual([])
          expect(children.map((u) => u.id)).toHaveLength(table.rows.length)
        },
      )
    },
  )
})

const PEOPLE_LISTS = [
  { heading: 'Notable individuals who enlisted', role: 'notable' },
  { heading: 'Criminals who joined the legion', role: 'criminal' },
] as const

describe('people against the source text', () => {
  const people = () => dataset().people
  /** Every source reference of a person, with its field path. */
  const refsOf = (p: Person): Array<[string, SourceRef]> => [
    ...p.sources.map((s, i) => [`sources.${i}`, s] as [string, SourceRef]),
    ...p.facts.map((f, i) => [`facts.${i}.source`, f.source] as [string, SourceRef]),
    ...p.conflicts.flatMap((c, i) =>
      c.claims.map((claim, j) => [`conflicts.${i}.claims.${j}.source`, claim.source] as [string, SourceRef]),
    ),
  ]

  describe.each(PEOPLE_LISTS.map((list) => [list.heading, list] as const))(
    'list "%s"',
    (_heading, { heading, role }) => {
      itWithSource(
        `has one person with role ${role} per entry, named as in the entry or, where the name was lost, citing it${SOURCE_NOTE}`,
        () => {
          const entries = readSourceList(sourceText(), heading)
          const listed = people().filter((p) => p.roles.includes(role))
          const citesEntry = (p: Person, line: string) => p.sources.some((s) => line.includes(s.quote))
          const wrong: string[] = []
          const matched = new Set<string>()
          entries.forEach((entry, i) => {
            const matches = entry.name
              ? listed.filter((p) => p.name === entry.name)
              : listed.filter((p) => citesEntry(p, entry.line))
            const label = entry.name
              ? `entry "${entry.name}"`
              : `entry ${i + 1} (name lost: "${entry.line.slice(0, 50)}…")`
            if (matches.length !== 1) {
              wrong.push(`${label}: ${matches.length} people with role ${role} match it`)
              return
            }
            const p = matches[0]!
            matched.add(p.id)
            if (!citesEntry(p, entry.line)) wrong.push(`${label}: "${p.id}" quotes nothing from the entry`)
            // A lost name stays lost unless the record says which passage gives it.
            if (!entry.name && !p.nameLost && !p.identification)
              wrong.push(`${label}: "${p.id}" has a name but no identification saying where it comes from`)
          })
          listed
            .filter((p) => !matched.has(p.id))
            .forEach((p) => wrong.push(`"${p.id}" has role ${role} but matches no entry of the list`))
          expect(wrong, wrong.join('\n')).toEqual([])
          expect(listed).toHaveLength(entries.length)
        },
      )
    },
  )

  itWithSource(`names every person and alias as the source spells them${SOURCE_NOTE}`, () => {
    const text = sourceText()
    const wrong = people().flatMap((p) =>
      [p.name, ...p.aliases]
        .filter((n): n is string => n !== null && !text.includes(n))
        .map((n) => `${p.id}: "${n}"`),
    )
    expect(wrong, wrong.join('\n')).toEqual([])
  })

  itWithSource(`has every person's quote inside the section it cites${SOURCE_NOTE}`, () => {
    const text = sourceText()
    const wrong = people().flatMap((p) =>
      refsOf(p)
        .filter(([, ref]) => !sectionText(text, ref.section).includes(ref.quote))
        .map(([field, ref]) => `${p.id} ${field}: not in "${ref.section}": "${ref.quote.slice(0, 60)}"`),
    )
    expect(wrong, wrong.join('\n')).toEqual([])
  })

  itWithSource(`has each commander the unit tables name, in that unit${SOURCE_NOTE}`, () => {
    const text = sourceText()
    const leaders = UNIT_TABLES.flatMap(({ heading }) => {
      const table = readSourceTable(text, heading)
      const names = tableColumn(table, 'Name')
      return tableColumn(table, 'Description').flatMap((description, i) => {
        const m = /(?:commander is|[Ll]ed by) ((?:\p{Lu}[\p{L}-]+ ?)+)/u.exec(description)
        return m ? [{ unitName: names[i]!, leader: m[1]!.trim() }] : []
      })
    })
    expect(leaders.map((l) => l.leader)).toEqual(['Adam Osmayev', 'Denis Kapustin', 'Mamuka Mamulashvili'])
    const wrong = leaders.flatMap(({ unitName, leader }) => {
      const unit = dataset().units.find((u) => u.name === unitName)
      const p = people().find((x) => x.name === leader || x.aliases.includes(leader))
      if (!unit) return [`no unit named "${unitName}"`]
      if (!p) return [`${leader} (${unitName}): no person record`]
      return p.roles.includes('commander') && p.units.includes(unit.id)
        ? []
        : [`${p.id}: should have role commander and unit ${unit.id}`]
    })
    expect(wrong, wrong.join('\n')).toEqual([])
  })

  it("keeps both claims of the date of Finbar Cafferkey's death", () => {
    const cafferkey = people().find((p) => p.name === 'Finbar Cafferkey')!
    const conflict = cafferkey.conflicts.find((c) => c.about.includes('death'))
    expect(conflict?.claims.map((c) => c.source.quote)).toEqual([
      'Was killed near Bakhmut on 19 April 2023.',
      'In late April 2023, Finbar Cafferkey was killed fighting in the Battle of Bakhmut.',
    ])
    expect(cafferkey.facts.filter((f) => f.kind === 'killed').map((f) => f.date)).toEqual([
      { date: '2023-04-19', precision: 'day' },
    ])
  })

  it('keeps Denis Kapustin and Denis Nikitin as one leader of the Russian Volunteer Corps, with the conflict', () => {
    const leader = people().filter((p) => p.units.includes('russian-volunteer-corps'))
    expect(leader.map((p) => [p.name, p.aliases])).toEqual([['Denis Kapustin', ['Denis Nikitin']]])
    const quotes = leader[0]!.conflicts.flatMap((c) => c.claims.map((claim) => claim.source.quote))
    expect(quotes.some((q) => q.includes('Denis Kapustin'))).toBe(true)
    expect(quotes.some((q) => q.includes('Denis Nikitin'))).toBe(true)
    expect(leader[0]!.identification).not.toBeNull()
  })

  it('says "name lost in the source" in the description of every person whose name was lost', () => {
    const lost = people().filter((p) => p.nameLost)
    expect(lost.length).toBeGreaterThan(0)
    expect(lost.filter((p) => !p.description.includes('name lost in the source')).map((p) => p.id)).toEqual(
      [],
    )
  })

  itWithSource(
    `gives every person quoted from the United Kingdom subsection British nationality${SOURCE_NOTE}`,
    () => {
      const fromUk = people().filter((p) =>
        p.sources.some((s) => s.section === 'International response > United Kingdom'),
      )
      expect(fromUk.length).toBeGreaterThan(0)
      expect(fromUk.filter((p) => !p.nationalities.includes('GBR')).map((p) => p.id)).toEqual([])
      // …and every person whose full name (two words or more) is in the subsection is one of them.
      // (A one-word name can be part of another: "Boris" in "Boris Johnson".)
      const section = sectionText(sourceText(), 'International response > United Kingdom')
      const named = people().filter((p) => p.name?.includes(' ') && section.includes(p.name))
      expect(sorted(named.map((p) => p.id))).toEqual(sorted(fromUk.map((p) => p.id)))
    },
  )
})

describe('what users rely on', () => {
  it('gives a reason for every ambiguous classification', () => {
    const missing = dataset()
      .countries.filter((c) => c.ambiguous && !c.ambiguity?.trim())
      .map((c) => c.name)
    expect(missing).toEqual([])
    expect(dataset().countries.some((c) => c.ambiguous)).toBe(true)
  })

  it('records every conflict with at least two claims, each with its own quote', () => {
    const { countries, units, events, people } = dataset()
    const records: Array<[string, string, FullConflict[]]> = [
      ...countries.map((c) => [FILES.countries, c.iso3, c.conflicts] as [string, string, FullConflict[]]),
      ...units.map((u) => [FILES.units, u.id, u.conflicts] as [string, string, FullConflict[]]),
      ...events.map((e) => [FILES.events, e.id, e.conflicts] as [string, string, FullConflict[]]),
      ...people.map((p) => [FILES.people, p.id, p.conflicts] as [string, string, FullConflict[]]),
    ]
    const wrong = records.flatMap(([file, label, conflicts]) =>
      conflicts.flatMap((conflict, i) => {
        const quotes = new Set(conflict.claims.map((claim) => claim.source.quote))
        return conflict.claims.length >= 2 && quotes.size === conflict.claims.length
          ? []
          : [
              `${file} "${label}" conflicts.${i} (${conflict.about}): claims need two or more different quotes`,
            ]
      }),
    )
    expect(wrong, wrong.join('\n')).toEqual([])
    expect(records.some(([, , conflicts]) => conflicts.length > 0)).toBe(true)
  })

  it('decodes the garbled "1,5002,000" as 1,500–2,000 outside verbatim quotes', () => {
    const strings: Array<[string, string]> = []
    const numbers: Array<[string, number]> = []
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') strings.push([path, value])
      else if (typeof value === 'number') numbers.push([path, value])
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`))
      else if (value && typeof value === 'object')
        for (const [key, v] of Object.entries(value))
          if (key !== 'quote') walk(v, path ? `${path}.${key}` : key) // quotes keep the source's text
    }
    const { countries, units, events, people } = dataset()
    walk(countries, FILES.countries)
    walk(units, FILES.units)
    walk(events, FILES.events)
    walk(people, FILES.people)

    expect(events.some((e) => e.title.includes('1,500–2,000'))).toBe(true)
    // The garbled form may only appear where a note explains it next to the decoded range.
    const garbled = strings.filter(
      ([, s]) => (/1,5002,000|15002000/.test(s) && !s.includes('1,500–2,000')) || /15002000/.test(s),
    )
    expect(garbled.map(([path]) => path)).toEqual([])
    expect(numbers.filter(([, n]) => [15002000, 1500200, 5002000].includes(n))).toEqual([])
  })

  it('rejects a date more precise than its precision', () => {
    expect(
      SourceDateSchema.safeParse({ date: '2022-03', precision: 'month', qualifier: 'early' }).success,
    ).toBe(true)
    expect(SourceDateSchema.safeParse({ date: '2022-03-07', precision: 'month' }).success).toBe(false)
    expect(SourceDateSchema.safeParse({ date: '2022-03', precision: 'year' }).success).toBe(false)
    expect(SourceDateSchema.safeParse({ date: '2022', precision: 'day' }).success).toBe(false)
  })
})

describe('messages that name the failing record', () => {
  it('names file, record and field when an event names a unit id that does not exist', () => {
    const data = structuredClone(dataset())
    const index = data.events.findIndex((e) => e.units.length > 0)
    const event = data.events[index]!
    event.units[0] = 'no-such-unit'
    const messages = listProblems(checkIntegrity(data, mapCodesFromTopology(ROOT)))
    expect(messages).toEqual([
      `data/events.json, record ${index} ("${event.id}"), field "units.0": no unit has id "no-such-unit"`,
    ])
  })

  it('names file, record and field when a person names a unit or an event that does not exist, or a lost name is not null', () => {
    const data = structuredClone(dataset())
    const index = data.people.findIndex((p) => p.units.length > 0 && p.events.length > 0)
    const person = data.people[index]!
    person.units[0] = 'no-such-unit'
    person.events[0] = 'no-such-event'
    person.nameLost = true
    const messages = listProblems(checkIntegrity(data, mapCodesFromTopology(ROOT)))
    const at = `data/people.json, record ${index} ("${person.id}")`
    expect(messages).toEqual([
      `${at}, field "nameLost": nameLost is true but name is not null`,
      `${at}, field "units.0": no unit has id "no-such-unit"`,
      `${at}, field "events.0": no event has id "no-such-event"`,
    ])
  })

  it('names file, record and field when a date is more precise than its precision', () => {
    const countries = JSON.parse(readRepoFile(FILES.countries)) as Array<Record<string, any>>
    const index = countries.findIndex((c) => c.facts.length > 0)
    countries[index]!.facts[0].date = { date: '2022-03-07', precision: 'month' }
    let error: unknown
    try {
      parseDataText(FILES.countries, JSON.stringify(countries), CountriesFileSchema)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DataFileError)
    expect((error as DataFileError).message).toBe(
      `data/countries.json, record ${index} ("${countries[index]!.iso3}"), field "facts.0.date.date": ` +
        `"2022-03-07" does not match precision "month" (expected YYYY-MM)`,
    )
  })

  it('makes `tsx scripts/validate-data.ts` print the failing record and exit 1', () => {
    // A copy of what the script reads, so the real data/ is never touched.
    const dir = mkdtempSync(join(tmpdir(), 'legion-validate-'))
    try {
      for (const path of [
        'package.json',
        'scripts',
        'src/data',
        'src/lib',
        'src/model',
        'data',
        'public/geo',
      ])
        cpSync(resolve(ROOT, path), join(dir, path), { recursive: true })
      symlinkSync(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
      const tsxBin = (JSON.parse(readRepoFile('node_modules/tsx/package.json')) as { bin: string }).bin
      const run = () =>
        spawnSync(process.execPath, [resolve(ROOT, 'node_modules/tsx', tsxBin), 'scripts/validate-data.ts'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, LEGION_SOURCE: SOURCE_PATH },
        })

      const events = JSON.parse(readRepoFile(FILES.events)) as Array<{ id: string; units: string[] }>
      const index = events.findIndex((e) => e.units.length > 0)
      events[index]!.units[0] = 'no-such-unit'
      writeFileSync(join(dir, FILES.events), JSON.stringify(events, null, 2))
      const broken = run()
      expect(broken.status, broken.stderr).toBe(1)
      expect(broken.stderr).toContain(
        `data/events.json, record ${index} ("${events[index]!.id}"), field "units.0": no unit has id "no-such-unit"`,
      )

      const units = JSON.parse(readRepoFile(FILES.units)) as Array<Record<string, any>>
      const unitIndex = units.findIndex((u) => u.id === '2nd-battalion')
      units[unitIndex]!.formed = { date: '2022-10-01', precision: 'month' }
      writeFileSync(join(dir, FILES.events), readRepoFile(FILES.events))
      writeFileSync(join(dir, FILES.units), JSON.stringify(units, null, 2))
      const badDate = run()
      expect(badDate.status, badDate.stderr).toBe(1)
      expect(badDate.stderr).toContain(
        `data/units.json, record ${unitIndex} ("2nd-battalion"), field "formed.date": "2022-10-01" does not match precision "month"`,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('data/README.md', () => {
  const readme = readRepoFile('data/README.md')
  /** Table rows of the README whose first cell is `first`. */
  const rowsStartingWith = (first: string) =>
    readme
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map(tableCells)
      .filter((cells) => cells[0] === first)

  it('documents every value of every enumeration, with the app’s own definitions', () => {
    const values = [
      ...LEGALITIES,
      ...STANCES,
      ...FACT_MEASURES,
      ...WINGS,
      ...EVENT_KINDS,
      ...FIGURE_QUALIFIERS,
      ...DATE_PRECISIONS,
      ...PERSON_ROLES,
      ...PERSON_FACT_KINDS,
    ]
    expect(values.filter((v) => !readme.includes(`\`${v}\``))).toEqual([])
    const texts = [
      ...Object.values(LEGALITY_DEFINITION),
      ...Object.values(STANCE_DEFINITION),
      ...Object.values(MEASURE_LABEL),
      ...Object.values(WING_LABEL),
      ...Object.values(EVENT_KIND_LABEL),
    ]
    expect(texts.filter((t) => !readme.includes(t))).toEqual([])
  })

  it('lists every ambiguous classification with the legality and stance chosen', () => {
    const wrong = dataset()
      .countries.filter((c) => c.ambiguous)
      .filter((c) => !rowsStartingWith(c.name).some((cells) => cells[1] === `${c.legality} / ${c.stance}`))
      .map((c) => `${c.name} (${c.legality} / ${c.stance})`)
    expect(wrong, 'ambiguous classifications missing from data/README.md').toEqual([])
  })

  it('lists every conflict by record and subject', () => {
    const { countries, units, events, people } = dataset()
    const conflicts = [
      ...countries.flatMap((c) => c.conflicts.map((x) => [c.name, x.about] as const)),
      ...units.flatMap((u) => u.conflicts.map((x) => [`\`${u.id}\``, x.about] as const)),
      ...events.flatMap((e) => e.conflicts.map((x) => [`\`${e.id}\``, x.about] as const)),
      ...people.flatMap((p) => p.conflicts.map((x) => [`\`${p.id}\``, x.about] as const)),
    ]
    const missing = conflicts
      .filter(([record, about]) => !rowsStartingWith(record).some((cells) => cells[1] === about))
      .map(([record, about]) => `${record}: ${about}`)
    expect(missing, 'conflicts missing from data/README.md').toEqual([])
  })

  it('lists every unit whose name was lost', () => {
    const missing = dataset()
      .units.filter((u) => u.nameLost)
      .filter((u) => !rowsStartingWith(`\`${u.id}\``).length)
      .map((u) => u.id)
    expect(missing).toEqual([])
  })

  it('lists every person whose name was lost and every person read from passages that do not name them alike', () => {
    const missing = dataset()
      .people.filter((p) => p.nameLost || p.identification !== null)
      .filter((p) => !rowsStartingWith(`\`${p.id}\``).length)
      .map((p) => p.id)
    expect(missing).toEqual([])
  })
})
