// The bench's scrub measures, run inside the page: keyboard steps of the "As of date" slider
// (Shift+→, a month each), and the raw-DOM floor they are compared with, measured the same way on
// the same page. `frame` ends a step at the next animation frame (what the user waits for), else at
// a forced layout after React's microtask flush.

/** Per-step times of up to `steps` month steps (to the slider's end), and the DOM changes each made. */
export function scrubSteps(page, { steps, frame }) {
  return page.evaluate(
    async ({ steps, frame }) => {
      const slider = document.querySelector('[role="slider"][aria-label="As of date"]')
      const max = Number(slider.getAttribute('aria-valuemax'))
      const next = () => new Promise((r) => requestAnimationFrame(() => r()))
      const times = []
      const mutations = []
      const count = (records) => {
        for (const r of records)
          mutations[mutations.length - 1] +=
            r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1
      }
      const observer = new MutationObserver(count)
      observer.observe(document.body, {
        subtree: true,
        attributes: true,
        childList: true,
        characterData: true,
      })
      await next()
      for (let i = 0; i < steps && Number(slider.getAttribute('aria-valuenow')) < max; i++) {
        mutations.push(0)
        const t0 = performance.now()
        slider.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true }),
        )
        await Promise.resolve()
        void document.body.offsetHeight
        if (frame) await next()
        times.push(performance.now() - t0)
        count(observer.takeRecords())
      }
      observer.disconnect()
      return { times, mutations }
    },
    { steps, frame },
  )
}

/**
 * The floor: per step, `changes[i]` fill changes (or `fixed` of them) written straight to the map's
 * paths, then the same ending as the scrub's steps.
 */
export function rawDomFloor(page, { changes, fixed, frame }) {
  return page.evaluate(
    async ({ changes, fixed, frame }) => {
      const next = () => new Promise((r) => requestAnimationFrame(() => r()))
      const targets = [...document.querySelectorAll('.country-shapes path')]
      const times = []
      await next()
      for (const [step, planned] of changes.entries()) {
        const count = fixed ?? planned
        const t0 = performance.now()
        for (let i = 0; i < count; i++)
          targets[(step * 7 + i) % targets.length].setAttribute('fill', step % 2 ? '#0072B2' : '#D55E00')
        await Promise.resolve()
        void document.body.offsetHeight
        if (frame) await next()
        times.push(performance.now() - t0)
      }
      return times
    },
    { changes, fixed: fixed ?? null, frame },
  )
}
