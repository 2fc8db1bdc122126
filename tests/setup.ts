import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { resetAppStore } from '../src/store/app-store'

afterEach(() => {
  cleanup()
  resetAppStore()
})

// jsdom does no layout: give every element a desktop-sized box so views that measure their
// container (map, timeline, org chart) render their charts in component tests.
Element.prototype.getBoundingClientRect = function () {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: 1000,
    bottom: 600,
    width: 1000,
    height: 600,
    toJSON: () => ({}),
  } as DOMRect
}
