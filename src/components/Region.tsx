import { useId, type ReactNode } from 'react'

/**
 * A labelled landmark region of the page. Its heading is visible unless `headingHidden`, where a
 * tab or the layout already names it on screen; screen readers hear the name either way.
 */
export function Region({
  title,
  className,
  actions,
  children,
  as = 'section',
  headingHidden = false,
}: {
  title: string
  className?: string
  actions?: ReactNode
  children: ReactNode
  as?: 'section' | 'aside'
  headingHidden?: boolean
}) {
  const headingId = useId()
  const Tag = as
  const heading = (
    <h2 id={headingId} className={headingHidden ? 'visually-hidden' : 'region__title'}>
      {title}
    </h2>
  )
  return (
    <Tag className={`region ${className ?? ''}`} aria-labelledby={headingId}>
      {headingHidden && !actions ? (
        heading
      ) : (
        <header className="region__header">
          {heading}
          {actions}
        </header>
      )}
      <div className="region__body">{children}</div>
    </Tag>
  )
}
