declare function refuse(...args: unknown[]): never
export { refuse as feature, refuse as mesh }
