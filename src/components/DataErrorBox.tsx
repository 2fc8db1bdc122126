import { DataFileError, formatProblem } from '../data/data-problems'

const MAX_LISTED = 8

/** What a region shows when a file it needs could not be loaded: which file, record and field, and a Retry. */
export function DataErrorBox({ errors, onRetry }: { errors: unknown[]; onRetry: () => void }) {
  const lines = errors.flatMap((error) =>
    error instanceof DataFileError
      ? error.problems.map(formatProblem)
      : [error instanceof Error ? error.message : String(error)],
  )
  return (
    <div className="data-error" role="alert">
      <p className="data-error__title">This view could not load its data.</p>
      <ul className="data-error__list">
        {lines.slice(0, MAX_LISTED).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {lines.length > MAX_LISTED && <p>…and {lines.length - MAX_LISTED} more problems.</p>}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  )
}
