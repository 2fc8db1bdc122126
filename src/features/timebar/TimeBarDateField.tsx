import { useState, type FormEvent, type Ref } from 'react'
import { calendarProblem, formatIsoDate, parseIsoDate } from '../../lib/dates'
import type { IsoDate } from '../../model/types'
import { useAppStore } from '../../store/app-store'

export const DATE_INPUT_ID = 'timebar-date-input'
const ERROR_ID = 'timebar-date-error'

/** A typed date (YYYY-MM-DD). Invalid input says why and changes nothing. */
export function TimeBarDateField({
  domain,
  inputRef,
  onDone,
}: {
  domain: readonly [IsoDate, IsoDate]
  inputRef?: Ref<HTMLInputElement>
  /** after a date is accepted (the phone's disclosure closes) */
  onDone?: () => void
}) {
  const setAsOf = useAppStore((s) => s.setAsOf)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const date = parseIsoDate(text)
    // The right shape but not on the calendar (30 February, month 13): say which part is wrong.
    const problem = !date && /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? calendarProblem(text.trim()) : null
    if (problem) return setError(`There is no such day: ${problem}.`)
    if (!date) return setError('Write the date as YYYY-MM-DD, for example 2022-03-07.')
    if (date < domain[0] || date > domain[1])
      return setError(`Choose a date from ${formatIsoDate(domain[0])} to ${formatIsoDate(domain[1])}.`)
    setError(null)
    setAsOf(date)
    onDone?.()
  }
  return (
    <form className="timebar-date" onSubmit={onSubmit} noValidate>
      <label htmlFor={DATE_INPUT_ID}>Go to date</label>
      <input
        ref={inputRef}
        id={DATE_INPUT_ID}
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ERROR_ID : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">Go</button>
      {error && (
        <span id={ERROR_ID} className="timebar-date__error" role="alert">
          {error}
        </span>
      )}
    </form>
  )
}
