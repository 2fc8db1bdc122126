/**
 * Turns what is wrong with a data file into messages that name the file, the record and the
 * field. Used by the app's error boxes, by `npm run validate-data` and by the tests, so a person
 * sees the same words everywhere.
 */
import type { z } from 'zod/mini'

export interface DataProblem {
  /** path as served and as in the repository, e.g. "data/countries.json" */
  file: string
  /** index of the record in the file's top-level array; null for a problem with the whole file */
  record: number | null
  /** the record's own name or id, when it has one that could be read */
  recordLabel: string | null
  /** dotted path inside the record, e.g. "facts.2.date.precision"; null for the whole record */
  field: string | null
  message: string
}

export function formatProblem(problem: DataProblem): string {
  const where: string[] = [problem.file]
  if (problem.record !== null) {
    where.push(
      problem.recordLabel
        ? `record ${problem.record} ("${problem.recordLabel}")`
        : `record ${problem.record}`,
    )
  }
  if (problem.field) where.push(`field "${problem.field}"`)
  return `${where.join(', ')}: ${problem.message}`
}

/** A data file that could not be loaded or is not what its schema says. */
export class DataFileError extends Error {
  readonly file: string
  readonly problems: DataProblem[]
  constructor(file: string, problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'DataFileError'
    this.file = file
    this.problems = problems
  }
}

function labelOf(record: unknown): string | null {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>
    for (const key of ['id', 'iso3', 'name']) {
      if (typeof r[key] === 'string' && r[key]) return r[key] as string
    }
  }
  return null
}

/** Problems found by a schema over a file whose top level is an array of records. */
export function problemsFromZod(file: string, json: unknown, error: z.core.$ZodError): DataProblem[] {
  return error.issues.map((issue) => {
    const [first, ...rest] = issue.path
    if (typeof first === 'number' && Array.isArray(json)) {
      return {
        file,
        record: first,
        recordLabel: labelOf(json[first]),
        field: rest.length ? rest.join('.') : null,
        message: issue.message,
      }
    }
    return {
      file,
      record: null,
      recordLabel: null,
      field: issue.path.length ? issue.path.join('.') : null,
      message: issue.message,
    }
  })
}

/** Parses JSON text with a schema, throwing a DataFileError that names what is wrong. */
export function parseDataText<T>(file: string, text: string, schema: z.ZodMiniType<T>): T {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new DataFileError(file, [
      { file, record: null, recordLabel: null, field: null, message: `is not valid JSON (${reason})` },
    ])
  }
  const result = schema.safeParse(json)
  if (!result.success) throw new DataFileError(file, problemsFromZod(file, json, result.error))
  return result.data
}
