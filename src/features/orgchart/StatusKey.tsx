import { memo } from 'react'
import { UNIT_MARK_LABEL } from '../../model/vocabulary'
import { CONFLICT_GLYPH, STATUS_GLYPH, STATUS_MARKS } from './status-marks'

/**
 * The key below the chart: each status mark with its words, the ⚠ of a contradicted record and,
 * while a country or an event is selected, what the outline around its units means.
 */
export const StatusKey = memo(function StatusKey({ linked }: { linked: string | null }) {
  return (
    <ul className="org-key" aria-label="Key to the org chart">
      {STATUS_MARKS.map((mark) => (
        <li key={mark} className="org-key__item">
          <span className={`org-key__mark org-mark--${mark}`} aria-hidden="true">
            {STATUS_GLYPH[mark]}
          </span>
          {UNIT_MARK_LABEL[mark]}
        </li>
      ))}
      <li className="org-key__item">
        <span className="org-key__mark org-mark--conflict" aria-hidden="true">
          {CONFLICT_GLYPH}
        </span>
        conflicting claims
      </li>
      {linked && (
        <li className="org-key__item org-key__item--linked">
          <span className="org-key__outline" aria-hidden="true" />
          {linked}
        </li>
      )}
    </ul>
  )
})
