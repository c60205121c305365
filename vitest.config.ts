import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Test files share no mutable state (no mocks, no changes to the
    // environment), so a worker loads the analysis — its modules, lexicons
    // and 5 MB model — once rather than once per file: half the suite's CPU.
    isolate: false,
    // One worker per core, not vitest's cores − 1: many tests wait on a
    // subprocess (the language server, Chromium, Neovim), and on a 2-core
    // machine one worker would leave the other core idle meanwhile.
    maxWorkers: '100%'
  }
})
