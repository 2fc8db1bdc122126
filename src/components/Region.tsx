import { useId, type ReactNode } from 'react'

/** A labelled landmark region of the page with a visible heading. */
export function Region({
  title,
  className,
  actions,
  children,
  as = 'section',
}: {
  title: string
  className?: string
  actions?: ReactNode
  children: ReactNode
  as?: 'section' | 'aside'
}) {
  const headingId = useId()
  const Tag = as
  return (
    <Tag className={`region ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="region__header">
        <h2 id={headingId} className="region__title">
          {title}
        </h2>
        {actions}
      </header>
      <div className="region__body">{children}</div>
    </Tag>
  )
}
