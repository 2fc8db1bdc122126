import { useState, type FormEvent } from 'react'
import { formatIsoDate, parseIsoDate } from '../../lib/dates'
import { useAppStore } from '../../store/app-store'
import { type IsoDate } from '../../model/types'

/** A typed date (YYYY-MM-DD). Invalid input says why and changes nothing. */
export function DateField({ domain }: { domain: readonly [IsoDate, IsoDate] }) {
  const setAsOf = useAppStore((s) => s.setAsOf)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const date = parseIsoDate(text)
    if (!date) return setError('Write the date as YYYY-MM-DD, for example 2022-03-07.')
    if (date < domain[0] || date > domain[1])
      return setError(`Choose a date from ${formatIsoDate(domain[0])} to ${formatIsoDate(domain[1])}.`)
    setError(null)
    setAsOf(date)
  }
  return (
    <form className="date-field" onSubmit={onSubmit} noValidate>
      <label htmlFor="as-of-input">Go to date</label>
      <input
        id="as-of-input"
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'as-of-error' : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">Go</button>
      {error && (
        <span id="as-of-error" className="date-field__error" role="alert">
          {error}
        </span>
      )}
    </form>
  )
}
