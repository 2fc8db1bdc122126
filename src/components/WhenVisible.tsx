import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * Renders its children once the placeholder comes near the viewport, so a view far down the page
 * (and its code, split into its own chunk) does not weigh on the first load. Without
 * IntersectionObserver (old browsers, jsdom) it renders at once.
 */
export function WhenVisible({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    if (visible || !ref.current) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true)
      },
      { rootMargin: '300px' },
    )
    observer.observe(ref.current)
    return () => observer.disconnect()
  }, [visible])
  return visible ? <>{children}</> : <div ref={ref}>{placeholder}</div>
}
